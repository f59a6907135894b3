-- Representatives who asked for the weekly email of strong new matches.

CREATE TABLE digest_subscription (
    user_id INTEGER PRIMARY KEY REFERENCES app_user (id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
