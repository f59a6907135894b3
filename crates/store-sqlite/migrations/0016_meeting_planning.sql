-- The planning of a meeting ("Tische planen"), kept in the database so that every server
-- process behind a load balancer sees it: running since when for how many people, or finished
-- with its outcome (the plan's version and compromises, or why no plan came out) as JSON.
CREATE TABLE meeting_planning (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id),
    state TEXT NOT NULL CHECK (state IN ('running', 'finished')),
    started_at INTEGER NOT NULL,
    people INTEGER NOT NULL CHECK (people >= 0),
    outcome TEXT
);
