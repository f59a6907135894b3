-- The survey of associations: the survey's content as JSON (title, intro, anonymous flag,
-- dates, questionnaire) with its slug, dates and version beside it. One row per invited
-- association holds the hash of its personal link, the reminders and its one response (the
-- answers as JSON, the page to continue on, when saved and submitted, the profile consent).
-- Times are Unix seconds from the application's clock.

CREATE TABLE survey (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    content TEXT NOT NULL,
    opens_at INTEGER,
    closes_at INTEGER,
    changed_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (network_id, slug)
);

CREATE TABLE survey_invitation (
    survey_id INTEGER NOT NULL REFERENCES survey (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    token_hash TEXT NOT NULL UNIQUE,
    invited_at INTEGER NOT NULL,
    reminded_at INTEGER,
    answers TEXT,
    section INTEGER NOT NULL DEFAULT 0 CHECK (section >= 0),
    saved_at INTEGER,
    submitted_at INTEGER,
    profile_consent INTEGER NOT NULL DEFAULT 0 CHECK (profile_consent IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (survey_id, organisation_id)
);
CREATE INDEX survey_invitation_submitted ON survey_invitation (survey_id, submitted_at);
