-- Imports of the directory (issue 20): each import (who, which file, in which format, when),
-- the external ids it keeps (an OpenFairDB entry's id, so that a second import of the same
-- source updates instead of duplicating), and the import each revision came from, fixed once
-- written like the rest of a revision.

CREATE TABLE directory_import (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    author TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    created_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE external_reference (
    network_id INTEGER NOT NULL REFERENCES network (id),
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    import_id INTEGER NOT NULL REFERENCES directory_import (id),
    PRIMARY KEY (network_id, source, external_id)
);

ALTER TABLE organisation_revision ADD COLUMN import_id INTEGER REFERENCES directory_import (id);

CREATE TRIGGER organisation_revision_import_fixed BEFORE UPDATE OF import_id ON organisation_revision
WHEN OLD.import_id IS NOT NEW.import_id
BEGIN
    SELECT RAISE(ABORT, 'the import a revision came from does not change');
END;
