-- Further private links of an inbox case: the receipt's link stays in inbox_case.access_hash;
-- every reply the office mails to a sender who is not signed in carries a fresh link, stored
-- here as the SHA-256 of its secret (the secret itself is only in the mail). Every link of a
-- case opens it while the case is open and for a while after its close (the application's rule).

CREATE TABLE inbox_case_link (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES inbox_case (id),
    access_hash TEXT NOT NULL UNIQUE,
    issued_at INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX inbox_case_link_case ON inbox_case_link (case_id);

-- News items may link cooperation projects too (by slug), which then show the news. SQLite
-- cannot change a CHECK, so the table is built again with its rows.
CREATE TABLE news_link_new (
    news_id INTEGER NOT NULL REFERENCES news_item (id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('association', 'meeting', 'project')),
    target_slug TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (news_id, target_kind, target_slug)
);
INSERT INTO news_link_new (news_id, target_kind, target_slug, created_at, updated_at)
    SELECT news_id, target_kind, target_slug, created_at, updated_at FROM news_link;
DROP TABLE news_link;
ALTER TABLE news_link_new RENAME TO news_link;
CREATE INDEX news_link_target ON news_link (target_kind, target_slug);
