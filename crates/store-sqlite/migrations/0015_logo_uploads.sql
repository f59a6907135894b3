-- Logos per association (issue 12): who uploaded which picture when, for a quota per
-- association and for purging pictures no revision uses any more. A logo named by an
-- association's published revision or by a revision awaiting review is in use and cannot be
-- deleted; any other picture may be deleted once its last upload is older than the grace period
-- (a photo of a person must be erasable). Pictures still cannot be changed.

CREATE TABLE logo_upload (
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    hash TEXT NOT NULL REFERENCES logo (hash) ON DELETE CASCADE,
    -- Unix seconds of the last upload of this picture by this association.
    uploaded_at INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (organisation_id, hash)
);
CREATE INDEX logo_upload_hash ON logo_upload (hash, uploaded_at);

DROP TRIGGER logo_no_delete;

CREATE TRIGGER logo_in_use_kept BEFORE DELETE ON logo
WHEN EXISTS (
    SELECT 1 FROM organisation_revision r
    WHERE json_extract(r.content, '$.logo') = OLD.hash
      AND (r.review_state = 'pending' OR r.id IN (SELECT approved_revision_id FROM organisation))
)
BEGIN
    SELECT RAISE(ABORT, 'a logo in use is kept');
END;
