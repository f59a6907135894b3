-- The survey of associations: the survey's content as JSON (title, intro, anonymous flag,
-- dates, questionnaire) with its slug, dates and version beside it. One row per invited
-- association holds the hash of its personal link, the reminders and its one response (the
-- answers as JSON, the page to continue on, when saved and submitted, the profile consent).
-- Times are Unix seconds from the application's clock.

CREATE TABLE survey (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    content JSONB NOT NULL,
    opens_at BIGINT,
    closes_at BIGINT,
    changed_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (network_id, slug)
);

CREATE TABLE survey_invitation (
    survey_id BIGINT NOT NULL REFERENCES survey (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    token_hash TEXT NOT NULL UNIQUE,
    invited_at BIGINT NOT NULL,
    reminded_at BIGINT,
    answers JSONB,
    section BIGINT NOT NULL DEFAULT 0 CHECK (section >= 0),
    saved_at BIGINT,
    submitted_at BIGINT,
    profile_consent BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (survey_id, organisation_id)
);
CREATE INDEX survey_invitation_submitted ON survey_invitation (survey_id, submitted_at);
