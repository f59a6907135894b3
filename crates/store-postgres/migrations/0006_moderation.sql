-- Moderation: trusted organisations, the yearly confirmation, and who reviewed a revision when.

ALTER TABLE organisation ADD COLUMN trusted BOOLEAN NOT NULL DEFAULT FALSE;
-- Unix seconds of the last approval or confirmation that the entry is current.
ALTER TABLE organisation ADD COLUMN confirmed_at BIGINT;
-- Unix seconds when the yearly check flagged the entry as possibly inactive.
ALTER TABLE organisation ADD COLUMN inactive_flagged_at BIGINT;

-- Review columns may change; organisation_revision_append_only() (0001) compares only the
-- identity, number, author, content and creation time, so it keeps refusing changes to those.
ALTER TABLE organisation_revision ADD COLUMN reviewed_by TEXT;
ALTER TABLE organisation_revision ADD COLUMN reviewed_at BIGINT;

-- Entries published before this migration count as confirmed when their revision was written.
UPDATE organisation o SET confirmed_at = extract(epoch FROM r.created_at)::bigint
    FROM organisation_revision r WHERE r.id = o.approved_revision_id;

CREATE INDEX organisation_revision_pending ON organisation_revision (organisation_id, number) WHERE review_state = 'pending';
