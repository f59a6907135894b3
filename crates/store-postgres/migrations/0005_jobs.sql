-- The persisted job queue: side effects such as sending mail run from here, so an
-- acknowledged request never loses them.

CREATE TABLE job (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL DEFAULT 1 REFERENCES network (id),
    kind TEXT NOT NULL,
    -- JSON; its shape belongs to the handler of `kind`.
    payload JSONB NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    run_at TIMESTAMPTZ NOT NULL,
    -- While running: when the worker's lease ends and another worker may take the job over.
    locked_until TIMESTAMPTZ,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The worker's question: which queued job is due first?
CREATE INDEX job_due ON job (state, run_at);
