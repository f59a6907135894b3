-- The directory: networks, fields of activity, districts, organisations and their revisions.

CREATE TABLE schema_migration (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE network (
    id BIGINT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO network (id, key, name) VALUES (1, 'default', 'Netzwerk');

-- Bumped in every transaction that changes published directory content, so that
-- every server process can tell when to rebuild its search index.
CREATE TABLE content_version (
    network_id BIGINT NOT NULL REFERENCES network (id),
    scope TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (network_id, scope)
);
INSERT INTO content_version (network_id, scope, version) VALUES (1, 'directory', 0);

CREATE TABLE category (
    network_id BIGINT NOT NULL REFERENCES network (id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    labels JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (network_id, key)
);

CREATE TABLE district (
    network_id BIGINT NOT NULL REFERENCES network (id),
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    centre_lat DOUBLE PRECISION,
    centre_lon DOUBLE PRECISION,
    postcodes JSONB NOT NULL DEFAULT '[]',
    neighbours JSONB NOT NULL DEFAULT '[]',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (network_id, key)
);

CREATE TABLE organisation (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    approved_revision_id BIGINT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (network_id, slug)
);

-- Append-only: content, author and number never change; only the review moves on.
CREATE TABLE organisation_revision (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    number BIGINT NOT NULL,
    author TEXT NOT NULL,
    content JSONB NOT NULL,
    review_state TEXT NOT NULL CHECK (review_state IN ('pending', 'approved', 'rejected')),
    review_comment TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, number)
);

ALTER TABLE organisation ADD CONSTRAINT organisation_approved_revision_fk
    FOREIGN KEY (approved_revision_id) REFERENCES organisation_revision (id);

CREATE FUNCTION organisation_revision_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.organisation_id <> OLD.organisation_id OR NEW.number <> OLD.number
       OR NEW.author <> OLD.author OR NEW.content <> OLD.content OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'organisation revisions are append-only';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_revision_append_only BEFORE UPDATE OR DELETE ON organisation_revision
    FOR EACH ROW EXECUTE FUNCTION organisation_revision_append_only();
