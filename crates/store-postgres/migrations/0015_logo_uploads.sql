-- Logos per association (issue 12): who uploaded which picture when, for a quota per
-- association and for purging pictures no revision uses any more. A logo named by an
-- association's published revision or by a revision awaiting review is in use and cannot be
-- deleted; any other picture may be deleted once its last upload is older than the grace period
-- (a photo of a person must be erasable). Pictures still cannot be changed.

CREATE TABLE logo_upload (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    hash TEXT NOT NULL REFERENCES logo (hash) ON DELETE CASCADE,
    -- Unix seconds of the last upload of this picture by this association.
    uploaded_at BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, hash)
);
CREATE INDEX logo_upload_hash ON logo_upload (hash, uploaded_at);

DROP TRIGGER logo_immutable ON logo;
CREATE TRIGGER logo_immutable BEFORE UPDATE ON logo
    FOR EACH ROW EXECUTE FUNCTION logo_immutable();

CREATE FUNCTION logo_in_use_kept() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM organisation_revision r
        WHERE r.content->>'logo' = OLD.hash
          AND (r.review_state = 'pending' OR r.id IN (SELECT approved_revision_id FROM organisation))
    ) THEN
        RAISE EXCEPTION 'a logo in use is kept';
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER logo_in_use_kept BEFORE DELETE ON logo
    FOR EACH ROW EXECUTE FUNCTION logo_in_use_kept();
