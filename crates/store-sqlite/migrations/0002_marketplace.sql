-- Offers and needs of organisations ("Vereine bieten / Vereine suchen").

CREATE TABLE marketplace_item (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'need')),
    category TEXT NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX marketplace_item_organisation ON marketplace_item (organisation_id);
