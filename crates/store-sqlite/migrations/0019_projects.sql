-- Cooperation projects: the project's content as JSON (title, description, partners, origin,
-- status, next steps, visibility), with what lists filter and sort by beside it: slug, status,
-- visible, confirmed, the source it tracks (one project per planned project or introduction)
-- and the Unix seconds of its last change (from the application's clock; stale after 90 days).
-- Partners one row each, so an association's projects are found by index. The history is
-- append-only.

CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('idea', 'planned', 'running', 'done', 'stopped')),
    visible INTEGER NOT NULL CHECK (visible IN (0, 1)),
    confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    source_key TEXT,
    changed_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (network_id, slug),
    UNIQUE (network_id, source_key)
);
CREATE INDEX project_changed ON project (network_id, changed_at);

CREATE TABLE project_partner (
    project_id INTEGER NOT NULL REFERENCES project (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_partner_organisation ON project_partner (organisation_id);

CREATE TABLE project_event (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX project_event_project ON project_event (project_id, id);

CREATE TRIGGER project_event_immutable BEFORE UPDATE ON project_event
BEGIN
    SELECT RAISE(ABORT, 'project history is append-only');
END;

CREATE TRIGGER project_event_no_delete BEFORE DELETE ON project_event
BEGIN
    SELECT RAISE(ABORT, 'project history is kept');
END;
