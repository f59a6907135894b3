-- Introductions between a need and an offer: asked by one side, accepted or declined by the
-- other; contact details are exchanged only on acceptance. A dismissed suggestion is a row
-- in state 'dismissed', so that it stays hidden.

CREATE TABLE introduction (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    need_id BIGINT NOT NULL REFERENCES marketplace_item (id),
    offer_id BIGINT NOT NULL REFERENCES marketplace_item (id),
    requester_org BIGINT NOT NULL REFERENCES organisation (id),
    responder_org BIGINT NOT NULL REFERENCES organisation (id),
    requested_by BIGINT NOT NULL REFERENCES app_user (id),
    responded_by BIGINT REFERENCES app_user (id),
    state TEXT NOT NULL CHECK (state IN ('requested', 'agreed', 'declined', 'done', 'dismissed')),
    message TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (need_id, offer_id)
);
CREATE INDEX introduction_requester ON introduction (requester_org);
CREATE INDEX introduction_responder ON introduction (responder_org);
