-- Moderation: trusted organisations, the yearly confirmation, and who reviewed a revision when.

ALTER TABLE organisation ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1));
-- Unix seconds of the last approval or confirmation that the entry is current.
ALTER TABLE organisation ADD COLUMN confirmed_at INTEGER;
-- Unix seconds when the yearly check flagged the entry as possibly inactive.
ALTER TABLE organisation ADD COLUMN inactive_flagged_at INTEGER;

-- Review columns may change; the triggers of 0001 keep content, author and number fixed.
ALTER TABLE organisation_revision ADD COLUMN reviewed_by TEXT;
ALTER TABLE organisation_revision ADD COLUMN reviewed_at INTEGER;

-- Entries published before this migration count as confirmed when their revision was written.
UPDATE organisation SET confirmed_at = (
    SELECT CAST(strftime('%s', r.created_at) AS INTEGER) FROM organisation_revision r WHERE r.id = organisation.approved_revision_id
) WHERE approved_revision_id IS NOT NULL;

CREATE INDEX organisation_revision_pending ON organisation_revision (organisation_id, number) WHERE review_state = 'pending';
