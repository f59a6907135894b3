-- The persisted job queue: side effects such as sending mail run from here, so an
-- acknowledged request never loses them. Times the worker compares (run_at, locked_until)
-- are Unix milliseconds, so a claim compares integers.

CREATE TABLE job (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL DEFAULT 1 REFERENCES network (id),
    kind TEXT NOT NULL,
    -- JSON; its shape belongs to the handler of `kind`.
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    run_at INTEGER NOT NULL,
    -- While running: when the worker's lease ends and another worker may take the job over.
    locked_until INTEGER,
    last_error TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The worker's question: which queued job is due first?
CREATE INDEX job_due ON job (state, run_at);
