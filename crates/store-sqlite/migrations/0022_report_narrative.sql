-- The office's own words for a funding report, one text per network and period (the dates as
-- typed, YYYY-MM-DD), replaced when saved again. saved_at: Unix seconds.

CREATE TABLE report_narrative (
    network_id INTEGER NOT NULL REFERENCES network (id),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    text TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (network_id, period_from, period_to)
);
