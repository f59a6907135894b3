-- Logo pictures, content-addressed: the PNG that Knotenpunkt made from an upload (never the
-- upload itself), named by the lower-case hex SHA-256 of these bytes. Profiles name their logo
-- by hash in the revision's JSON. Rows are never changed (the hash is the content) and never
-- deleted, so every revision keeps its logo; hence no updated_at.

CREATE TABLE logo (
    hash TEXT PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    png BYTEA NOT NULL,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 512),
    height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 512),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION logo_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'logos are immutable and kept for the history';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER logo_immutable BEFORE UPDATE OR DELETE ON logo
    FOR EACH ROW EXECUTE FUNCTION logo_immutable();
