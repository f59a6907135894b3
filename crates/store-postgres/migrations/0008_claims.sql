-- Claims: a signed-in representative says "this is our association"; the office decides.

CREATE TABLE membership_claim (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    message TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    decided_by TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX membership_claim_open ON membership_claim (user_id, organisation_id) WHERE state = 'pending';
