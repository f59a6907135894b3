-- Representatives who asked for the weekly email of strong new matches.

CREATE TABLE digest_subscription (
    user_id BIGINT PRIMARY KEY REFERENCES app_user (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
