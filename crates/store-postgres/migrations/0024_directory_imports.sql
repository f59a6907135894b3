-- Imports of the directory (issue 20): each import (who, which file, in which format, when),
-- the external ids it keeps (an OpenFairDB entry's id, so that a second import of the same
-- source updates instead of duplicating), and the import each revision came from, fixed once
-- written like the rest of a revision.

CREATE TABLE directory_import (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    author TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    created_count BIGINT NOT NULL DEFAULT 0,
    updated_count BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE external_reference (
    network_id BIGINT NOT NULL REFERENCES network (id),
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    import_id BIGINT NOT NULL REFERENCES directory_import (id),
    PRIMARY KEY (network_id, source, external_id)
);

ALTER TABLE organisation_revision ADD COLUMN import_id BIGINT REFERENCES directory_import (id);

CREATE FUNCTION organisation_revision_import_fixed() RETURNS trigger AS $$
BEGIN
    IF OLD.import_id IS DISTINCT FROM NEW.import_id THEN
        RAISE EXCEPTION 'the import a revision came from does not change';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_revision_import_fixed BEFORE UPDATE ON organisation_revision
    FOR EACH ROW EXECUTE FUNCTION organisation_revision_import_fixed();
