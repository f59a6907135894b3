-- News items and simple pages of the office (issue 15). `news_item` is the current state: the
-- last revision's content as JSON (with its kind, date and placement as columns to sort and
-- filter by), whether it is published and since when. `news_revision` is append-only like a
-- profile's revisions: every save is a numbered revision, a restore appends an old content again
-- and names the revision it came from. `news_link` lists the associations and meetings the
-- current revision links (by slug), so their pages find the news. `news_image` holds pictures
-- prepared like logos (re-encoded PNG named by its SHA-256), never changed or deleted.

CREATE TABLE news_item (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('news', 'page')),
    news_date TEXT NOT NULL,
    placement TEXT NOT NULL DEFAULT 'none' CHECK (placement IN ('none', 'header', 'footer')),
    content TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    -- Unix seconds of the first publication.
    published_at INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (network_id, slug)
);
CREATE INDEX news_item_listing ON news_item (network_id, kind, published, news_date);

CREATE TABLE news_revision (
    id INTEGER PRIMARY KEY,
    news_id INTEGER NOT NULL REFERENCES news_item (id),
    number INTEGER NOT NULL CHECK (number >= 1),
    author TEXT NOT NULL,
    content TEXT NOT NULL,
    restored_from INTEGER,
    -- Unix seconds, from the application's clock.
    saved_at INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (news_id, number)
);

CREATE TRIGGER news_revision_immutable BEFORE UPDATE ON news_revision
BEGIN
    SELECT RAISE(ABORT, 'news revisions are append-only');
END;

CREATE TRIGGER news_revision_no_delete BEFORE DELETE ON news_revision
BEGIN
    SELECT RAISE(ABORT, 'news revisions are kept for the history');
END;

CREATE TABLE news_link (
    news_id INTEGER NOT NULL REFERENCES news_item (id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('association', 'meeting')),
    target_slug TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (news_id, target_kind, target_slug)
);
CREATE INDEX news_link_target ON news_link (target_kind, target_slug);

CREATE TABLE news_image (
    hash TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
    png BLOB NOT NULL,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 512),
    height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 512),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER news_image_immutable BEFORE UPDATE ON news_image
BEGIN
    SELECT RAISE(ABORT, 'news pictures are immutable');
END;
