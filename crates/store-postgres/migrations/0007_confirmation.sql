-- The yearly "still active?" check: when the last reminder went out (Unix seconds). A reminder
-- older than the last confirmation no longer counts; confirming clears it.

ALTER TABLE organisation ADD COLUMN confirmation_sent_at BIGINT;

CREATE INDEX organisation_inactive_flagged ON organisation (inactive_flagged_at) WHERE inactive_flagged_at IS NOT NULL;
