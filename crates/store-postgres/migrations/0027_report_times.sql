-- Times the office's reports (issue 17) count from, kept once instead of searched for.
--
-- organisation.published_at: Unix seconds when the association was first published (its first
-- approved revision: the review, or the import that published it at once); set once and kept
-- through later edits, archiving and restoring. Before this migration it had to be found
-- over all revisions of 100,000 associations on every dashboard. Filled here the way the
-- reports counted it: the first review, or for an import the time the import stored it.
ALTER TABLE organisation ADD COLUMN published_at BIGINT;
UPDATE organisation o SET published_at = (
    SELECT CASE WHEN COUNT(*) = COUNT(r.reviewed_at) THEN MIN(r.reviewed_at)
                ELSE MIN(CASE WHEN r.reviewed_at IS NULL THEN extract(epoch FROM r.created_at)::bigint END) END
    FROM organisation_revision r WHERE r.organisation_id = o.id AND r.review_state = 'approved')
WHERE o.approved_revision_id IS NOT NULL;

-- The reports count the published associations by these two times: read from this index
-- alone, without visiting the table's rows.
CREATE INDEX organisation_report_times ON organisation (network_id, published_at, confirmed_at)
    WHERE NOT archived AND approved_revision_id IS NOT NULL;

-- introduction.agreed_at: Unix seconds when it was first agreed ("median days from a need being
-- posted to its first agreed introduction"), from the store's clock; kept when it is done.
-- Those agreed before this migration count from their last change, the best time they kept.
ALTER TABLE introduction ADD COLUMN agreed_at BIGINT;
UPDATE introduction SET agreed_at = extract(epoch FROM updated_at)::bigint WHERE state IN ('agreed', 'done');
