-- What was printed for a meeting: per document of its print bundle (`handout:<registration>`,
-- `sheet:<round>:<table>`) the SHA-256 of its layout data at the last print, so that after
-- re-planning the office sees whose handouts changed. printed_at: Unix seconds.

CREATE TABLE meeting_printed_document (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    document_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    printed_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, document_key)
);
