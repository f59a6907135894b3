-- Network meetings: the meeting (its form as JSON, the start as a column to sort by), the
-- office's marks (held, results published, public summary); one row per registered person;
-- the seating plan with the office's locks and a version counted up by every save; what each
-- table recorded in each round. Registrations are decided with the meeting's row locked
-- (SELECT … FOR UPDATE), so the waiting list's order is the order of (registered_at, id).

CREATE TABLE meeting (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    content JSONB NOT NULL,
    starts_at BIGINT NOT NULL,
    held BOOLEAN NOT NULL DEFAULT FALSE,
    results_published BOOLEAN NOT NULL DEFAULT FALSE,
    public_summary TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (network_id, slug)
);
CREATE INDEX meeting_starts ON meeting (network_id, starts_at);

CREATE TABLE meeting_registration (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    languages JSONB NOT NULL DEFAULT '[]',
    accessibility TEXT,
    consent JSONB NOT NULL DEFAULT 'null', -- null when none was given
    state TEXT NOT NULL CHECK (state IN ('confirmed', 'waitlisted', 'cancelled')),
    attendance TEXT NOT NULL DEFAULT 'registered' CHECK (attendance IN ('registered', 'checked_in', 'no_show')),
    registered_at BIGINT NOT NULL,
    walk_in BOOLEAN NOT NULL DEFAULT FALSE,
    registered_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX meeting_registration_order ON meeting_registration (meeting_id, registered_at, id);
CREATE INDEX meeting_registration_organisation ON meeting_registration (organisation_id);
-- One active registration per address and meeting (the rules say so too; this is the net).
CREATE UNIQUE INDEX meeting_registration_active_email ON meeting_registration (meeting_id, email) WHERE state <> 'cancelled';

CREATE TABLE meeting_plan (
    meeting_id BIGINT PRIMARY KEY REFERENCES meeting (id),
    seats JSONB NOT NULL,
    locks JSONB NOT NULL DEFAULT '[]',
    held_rounds INTEGER NOT NULL DEFAULT 0 CHECK (held_rounds >= 0),
    version BIGINT NOT NULL CHECK (version >= 1),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE meeting_table_result (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    round_index INTEGER NOT NULL CHECK (round_index >= 0),
    table_index INTEGER NOT NULL CHECK (table_index >= 0),
    result JSONB NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, round_index, table_index)
);
