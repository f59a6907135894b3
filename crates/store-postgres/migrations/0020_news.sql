-- News items and simple pages of the office (issue 15). `news_item` is the current state: the
-- last revision's content as JSON (with its kind, date and placement as columns to sort and
-- filter by), whether it is published and since when. `news_revision` is append-only like a
-- profile's revisions: every save is a numbered revision, a restore appends an old content again
-- and names the revision it came from. `news_link` lists the associations and meetings the
-- current revision links (by slug), so their pages find the news. `news_image` holds pictures
-- prepared like logos (re-encoded PNG named by its SHA-256), never changed or deleted.

CREATE TABLE news_item (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('news', 'page')),
    news_date TEXT NOT NULL,
    placement TEXT NOT NULL DEFAULT 'none' CHECK (placement IN ('none', 'header', 'footer')),
    content JSONB NOT NULL,
    revision BIGINT NOT NULL CHECK (revision >= 1),
    published BOOLEAN NOT NULL DEFAULT FALSE,
    -- Unix seconds of the first publication.
    published_at BIGINT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (network_id, slug)
);
CREATE INDEX news_item_listing ON news_item (network_id, kind, published, news_date);

CREATE TABLE news_revision (
    id BIGSERIAL PRIMARY KEY,
    news_id BIGINT NOT NULL REFERENCES news_item (id),
    number BIGINT NOT NULL CHECK (number >= 1),
    author TEXT NOT NULL,
    content JSONB NOT NULL,
    restored_from BIGINT,
    -- Unix seconds, from the application's clock.
    saved_at BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (news_id, number)
);

CREATE FUNCTION news_revision_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'news revisions are append-only and kept for the history';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER news_revision_append_only BEFORE UPDATE OR DELETE ON news_revision
    FOR EACH ROW EXECUTE FUNCTION news_revision_append_only();

CREATE TABLE news_link (
    news_id BIGINT NOT NULL REFERENCES news_item (id),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('association', 'meeting')),
    target_slug TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (news_id, target_kind, target_slug)
);
CREATE INDEX news_link_target ON news_link (target_kind, target_slug);

CREATE TABLE news_image (
    hash TEXT PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    png BYTEA NOT NULL,
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 512),
    height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 512),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION news_image_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'news pictures are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER news_image_immutable BEFORE UPDATE ON news_image
    FOR EACH ROW EXECUTE FUNCTION news_image_immutable();
