-- The mails that carry an invited association's current survey link: one job of the queue per
-- recipient (its editors, else its public address). A reminder gives a new link and replaces
-- them. An invitation counts as invited once one of them was sent; while all are queued it is
-- pending, and when all failed for good the association has no working link (issue 16).
CREATE TABLE survey_invitation_mail (
    survey_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    job_id BIGINT NOT NULL REFERENCES job (id),
    PRIMARY KEY (survey_id, organisation_id, job_id),
    FOREIGN KEY (survey_id, organisation_id) REFERENCES survey_invitation (survey_id, organisation_id)
);
