-- Network meetings: the meeting (its form as JSON, the start as a column to sort by), the
-- office's marks (held, results published, public summary); one row per registered person;
-- the seating plan with the office's locks and a version counted up by every save; what each
-- table recorded in each round. Registrations are decided under the meeting's lock (on SQLite
-- every write transaction is BEGIN IMMEDIATE), so the waiting list's order is the order of
-- (registered_at, id).

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    content TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
    results_published INTEGER NOT NULL DEFAULT 0 CHECK (results_published IN (0, 1)),
    public_summary TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (network_id, slug)
);
CREATE INDEX meeting_starts ON meeting (network_id, starts_at);

CREATE TABLE meeting_registration (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    user_id INTEGER REFERENCES app_user (id),
    languages TEXT NOT NULL DEFAULT '[]',
    accessibility TEXT,
    consent TEXT NOT NULL DEFAULT 'null', -- JSON; null when none was given
    state TEXT NOT NULL CHECK (state IN ('confirmed', 'waitlisted', 'cancelled')),
    attendance TEXT NOT NULL DEFAULT 'registered' CHECK (attendance IN ('registered', 'checked_in', 'no_show')),
    registered_at INTEGER NOT NULL,
    walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    registered_by TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX meeting_registration_order ON meeting_registration (meeting_id, registered_at, id);
CREATE INDEX meeting_registration_organisation ON meeting_registration (organisation_id);
-- One active registration per address and meeting (the rules say so too; this is the net).
CREATE UNIQUE INDEX meeting_registration_active_email ON meeting_registration (meeting_id, email) WHERE state <> 'cancelled';

CREATE TABLE meeting_plan (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id),
    seats TEXT NOT NULL,
    locks TEXT NOT NULL DEFAULT '[]',
    held_rounds INTEGER NOT NULL DEFAULT 0 CHECK (held_rounds >= 0),
    version INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE meeting_table_result (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    round_index INTEGER NOT NULL CHECK (round_index >= 0),
    table_index INTEGER NOT NULL CHECK (table_index >= 0),
    result TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (meeting_id, round_index, table_index)
);
