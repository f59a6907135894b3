//! The administrators' area: accounts (roles, disabling) and the mail outbox; and the audit
//! log, which coordinators see as well.

pub mod audit;
pub mod outbox;
pub mod users;

use axum::routing::{get, post};
use axum::Router;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/admin/users", get(users::list))
        .route("/admin/users/{id}/role", post(users::change_role))
        .route("/admin/users/{id}/disabled", post(users::set_disabled))
        .route("/admin/outbox", get(outbox::list))
        .route("/admin/outbox/{file}", get(outbox::show))
        .route("/office/audit", get(audit::show))
        .route("/office/invite", get(users::invite_for))
}

/// Shortens an RFC 3339 time to minutes for tables: `2026-11-25 04:35`.
pub fn short_time(rfc3339: &str) -> String {
    rfc3339.get(..16).unwrap_or(rfc3339).replace('T', " ")
}
