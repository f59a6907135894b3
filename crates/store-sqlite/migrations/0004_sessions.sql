-- Sign-in: verified addresses, second factor, sessions, single-use tokens, memberships
-- of representatives in associations, and the audit log of staff actions.
-- Times the application compares (expiry, idle timeout) are Unix seconds.

ALTER TABLE app_user ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 0 CHECK (email_verified IN (0, 1));
-- Base32 TOTP secret; NULL until the second factor is set up.
ALTER TABLE app_user ADD COLUMN totp_secret TEXT;
-- The last TOTP time step accepted, so that a code is never accepted twice.
ALTER TABLE app_user ADD COLUMN totp_last_step INTEGER;
-- Set when the account was deleted: the row stays, anonymised, so authored revisions keep an author.
ALTER TABLE app_user ADD COLUMN deleted_at TEXT;

CREATE TABLE recovery_code (
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (user_id, code_hash)
);

-- Only a hash of the cookie's token is stored.
CREATE TABLE user_session (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    second_factor_done INTEGER NOT NULL DEFAULT 0 CHECK (second_factor_done IN (0, 1)),
    started_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Invitation, address verification, password reset, yearly confirmation: hashed, single-use, expiring.
CREATE TABLE one_time_token (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    user_id INTEGER REFERENCES app_user (id),
    email TEXT,
    organisation_id INTEGER REFERENCES organisation (id),
    payload TEXT NOT NULL DEFAULT '{}',
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE membership (
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX membership_organisation ON membership (organisation_id);

-- Append-only record of what staff and the system did.
CREATE TABLE audit_event (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES network (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
