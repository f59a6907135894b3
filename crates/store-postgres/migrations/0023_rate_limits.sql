-- Rate-limit windows (failed logins, forms sent), shared by every server process on the
-- database. One row per key ("login.account/…", "inbox.address/ip:…"): the failures counted
-- since the window opened and when it closes (Unix seconds). Closed windows are deleted by the
-- daily clean-up job.

CREATE TABLE rate_limit_window (
    key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX rate_limit_window_expiry ON rate_limit_window (expires_at);
