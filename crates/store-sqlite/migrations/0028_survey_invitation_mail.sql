-- The mails that carry an invited association's current survey link: one job of the queue per
-- recipient (its editors, else its public address). A reminder gives a new link and replaces
-- them. An invitation counts as invited once one of them was sent; while all are queued it is
-- pending, and when all failed for good the association has no working link (issue 16).
CREATE TABLE survey_invitation_mail (
    survey_id INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL,
    job_id INTEGER NOT NULL REFERENCES job (id),
    PRIMARY KEY (survey_id, organisation_id, job_id),
    FOREIGN KEY (survey_id, organisation_id) REFERENCES survey_invitation (survey_id, organisation_id)
);
