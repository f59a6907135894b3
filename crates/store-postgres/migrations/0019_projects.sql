-- Cooperation projects: the project's content as JSON (title, description, partners, origin,
-- status, next steps, visibility), with what lists filter and sort by beside it: slug, status,
-- visible, confirmed, the source it tracks (one project per planned project or introduction)
-- and the Unix seconds of its last change (from the application's clock; stale after 90 days).
-- Partners one row each, so an association's projects are found by index. The history is
-- append-only.

CREATE TABLE project (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    slug TEXT NOT NULL,
    content JSONB NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('idea', 'planned', 'running', 'done', 'stopped')),
    visible BOOLEAN NOT NULL,
    confirmed BOOLEAN NOT NULL,
    source_key TEXT,
    changed_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (network_id, slug),
    UNIQUE (network_id, source_key)
);
CREATE INDEX project_changed ON project (network_id, changed_at);

CREATE TABLE project_partner (
    project_id BIGINT NOT NULL REFERENCES project (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    position INTEGER NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_partner_organisation ON project_partner (organisation_id);

CREATE TABLE project_event (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES project (id),
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_event_project ON project_event (project_id, id);

CREATE FUNCTION project_event_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'project history is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER project_event_immutable BEFORE UPDATE OR DELETE ON project_event
    FOR EACH ROW EXECUTE FUNCTION project_event_immutable();
