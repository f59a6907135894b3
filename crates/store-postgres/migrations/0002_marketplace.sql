-- Offers and needs of organisations ("Vereine bieten / Vereine suchen").

CREATE TABLE marketplace_item (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'need')),
    category TEXT NOT NULL,
    content JSONB NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    author TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX marketplace_item_organisation ON marketplace_item (organisation_id);
