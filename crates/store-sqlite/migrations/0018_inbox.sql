-- The office's inbox for ideas and concerns (Anliegen): one row per case, stored once the
-- sender's address is confirmed (or at once for a signed-in sender), and its history: the
-- sender's messages, the office's public replies, internal notes and every change, append-only.
-- Times are Unix seconds; first_answer_at and closed_at are kept for the reports.

CREATE TABLE inbox_case (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    kind TEXT NOT NULL CHECK (kind IN ('idea', 'concern', 'question', 'support')),
    topic TEXT,
    body TEXT NOT NULL,
    email TEXT NOT NULL,
    language TEXT NOT NULL,
    concerns TEXT NOT NULL DEFAULT '[]',
    sender_id INTEGER REFERENCES app_user (id),
    on_behalf_id INTEGER REFERENCES organisation (id),
    access_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'waiting', 'done')),
    assignee_id INTEGER REFERENCES app_user (id),
    outcome TEXT,
    merged_into INTEGER REFERENCES inbox_case (id),
    arrived_at INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    first_answer_at INTEGER,
    closed_at INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX inbox_case_queue ON inbox_case (network_id, status, arrived_at);
CREATE INDEX inbox_case_sender ON inbox_case (sender_id);
CREATE INDEX inbox_case_on_behalf ON inbox_case (on_behalf_id);

CREATE TABLE inbox_entry (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES inbox_case (id),
    kind TEXT NOT NULL CHECK (kind IN ('sender', 'reply', 'note', 'event')),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    at INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX inbox_entry_case ON inbox_entry (case_id, id);
CREATE TRIGGER inbox_entry_append_only BEFORE UPDATE ON inbox_entry
BEGIN
    SELECT RAISE(ABORT, 'inbox entries are append-only');
END;
