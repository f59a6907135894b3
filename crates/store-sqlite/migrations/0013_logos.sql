-- Logo pictures, content-addressed: the PNG that Knotenpunkt made from an upload (never the
-- upload itself), named by the lower-case hex SHA-256 of these bytes. Profiles name their logo
-- by hash in the revision's JSON. Rows are never changed (the hash is the content) and never
-- deleted, so every revision keeps its logo; hence no updated_at.

CREATE TABLE logo (
    hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
    png BLOB NOT NULL,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 512),
    height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 512),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER logo_immutable BEFORE UPDATE ON logo
BEGIN
    SELECT RAISE(ABORT, 'logos are immutable');
END;

CREATE TRIGGER logo_no_delete BEFORE DELETE ON logo
BEGIN
    SELECT RAISE(ABORT, 'logos are kept for the history');
END;
