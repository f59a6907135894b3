-- The directory: networks, fields of activity, districts, organisations and their revisions.

CREATE TABLE schema_migration (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE network (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO network (id, key, name) VALUES (1, 'default', 'Netzwerk');

-- Bumped in every transaction that changes published directory content, so that
-- every server process can tell when to rebuild its search index.
CREATE TABLE content_version (
    network_id INTEGER NOT NULL REFERENCES network (id),
    scope TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (network_id, scope)
);
INSERT INTO content_version (network_id, scope, version) VALUES (1, 'directory', 0);

CREATE TABLE category (
    network_id INTEGER NOT NULL REFERENCES network (id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    labels TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (network_id, key)
);

CREATE TABLE district (
    network_id INTEGER NOT NULL REFERENCES network (id),
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    centre_lat REAL,
    centre_lon REAL,
    postcodes TEXT NOT NULL DEFAULT '[]',
    neighbours TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (network_id, key)
);

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    approved_revision_id INTEGER REFERENCES organisation_revision (id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (network_id, slug)
);

-- Append-only: content, author and number never change; only the review moves on.
CREATE TABLE organisation_revision (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    number INTEGER NOT NULL,
    author TEXT NOT NULL,
    content TEXT NOT NULL,
    review_state TEXT NOT NULL CHECK (review_state IN ('pending', 'approved', 'rejected')),
    review_comment TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (organisation_id, number)
);

CREATE TRIGGER organisation_revision_no_delete BEFORE DELETE ON organisation_revision
BEGIN
    SELECT RAISE(ABORT, 'organisation revisions are append-only');
END;

CREATE TRIGGER organisation_revision_immutable BEFORE UPDATE OF organisation_id, number, author, content, created_at ON organisation_revision
BEGIN
    SELECT RAISE(ABORT, 'organisation revisions are append-only');
END;
