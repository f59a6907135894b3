-- The office's import in the browser (issue 20): the uploaded file kept between the preview
-- and the confirmation (bounded by the upload form), the column mapping chosen for it, the
-- job that runs the import and its report; and the progress of a job, which the browser's
-- progress element reads from the job row.

ALTER TABLE job ADD COLUMN progress_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE job ADD COLUMN progress_total INTEGER NOT NULL DEFAULT 0;

CREATE TABLE import_upload (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    author TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    -- `header=field` lines (headers folded as the import compares them).
    mapping TEXT NOT NULL DEFAULT '',
    -- Emptied once the import has run; the report stays.
    content BLOB NOT NULL,
    job_id INTEGER REFERENCES job (id),
    -- JSON: the counts and the import's id, or the code of why nothing was stored.
    report TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX import_upload_created ON import_upload (network_id, created_at);
