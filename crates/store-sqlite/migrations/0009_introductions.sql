-- Introductions between a need and an offer: asked by one side, accepted or declined by the
-- other; contact details are exchanged only on acceptance. A dismissed suggestion is a row
-- in state 'dismissed', so that it stays hidden.

CREATE TABLE introduction (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    need_id INTEGER NOT NULL REFERENCES marketplace_item (id),
    offer_id INTEGER NOT NULL REFERENCES marketplace_item (id),
    requester_org INTEGER NOT NULL REFERENCES organisation (id),
    responder_org INTEGER NOT NULL REFERENCES organisation (id),
    requested_by INTEGER NOT NULL REFERENCES app_user (id),
    responded_by INTEGER REFERENCES app_user (id),
    state TEXT NOT NULL CHECK (state IN ('requested', 'agreed', 'declined', 'done', 'dismissed')),
    message TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (need_id, offer_id)
);
CREATE INDEX introduction_requester ON introduction (requester_org);
CREATE INDEX introduction_responder ON introduction (responder_org);
