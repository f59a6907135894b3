-- Forms sent after the session had ended, kept until their author has signed in again.
-- Found by the hash of the browser cookie's secret and the form page; single use; the body
-- goes away when taken or at expires_at (Unix seconds).

CREATE TABLE parked_form (
    secret_hash TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (secret_hash, path)
);
CREATE INDEX parked_form_expiry ON parked_form (expires_at);
