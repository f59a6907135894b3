-- Sign-in: verified addresses, second factor, sessions, single-use tokens, memberships
-- of representatives in associations, and the audit log of staff actions.
-- Times the application compares (expiry, idle timeout) are Unix seconds.

ALTER TABLE app_user ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;
-- Base32 TOTP secret; NULL until the second factor is set up.
ALTER TABLE app_user ADD COLUMN totp_secret TEXT;
-- The last TOTP time step accepted, so that a code is never accepted twice.
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;
-- Set when the account was deleted: the row stays, anonymised, so authored revisions keep an author.
ALTER TABLE app_user ADD COLUMN deleted_at TIMESTAMPTZ;

CREATE TABLE recovery_code (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, code_hash)
);

-- Only a hash of the cookie's token is stored.
CREATE TABLE user_session (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    second_factor_done BOOLEAN NOT NULL DEFAULT FALSE,
    started_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Invitation, address verification, password reset, yearly confirmation: hashed, single-use, expiring.
CREATE TABLE one_time_token (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    email TEXT,
    organisation_id BIGINT REFERENCES organisation (id),
    payload TEXT NOT NULL DEFAULT '{}',
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE membership (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX membership_organisation ON membership (organisation_id);

-- Append-only record of what staff and the system did.
CREATE TABLE audit_event (
    id BIGSERIAL PRIMARY KEY,
    network_id BIGINT NOT NULL REFERENCES network (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
