//! The administrators' area: accounts (roles, disabling) and the mail outbox; and the audit
//! log, which coordinators see as well.

pub mod audit;
pub mod outbox;
pub mod users;

use app::accounts::admin_users::AdminError;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

use crate::page::Visit;
use crate::system::error_page;
use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/admin/users", get(users::list))
        .route("/admin/users/{id}/role", post(users::change_role))
        .route("/admin/users/{id}/disabled", post(users::set_disabled))
        .route("/admin/outbox", get(outbox::list))
        .route("/admin/outbox/{file}", get(outbox::show))
        .route("/office/audit", get(audit::show))
}

/// The error page for an administration use case that refused.
pub fn admin_error(state: &SharedState, visit: &Visit, error: &AdminError) -> Response {
    match error {
        AdminError::Forbidden => error_page(state, visit, StatusCode::FORBIDDEN, "forbidden"),
        AdminError::NotFound => error_page(state, visit, StatusCode::NOT_FOUND, "not-found"),
        other => {
            tracing::error!(error = %other, "administration failed");
            error_page(state, visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

/// Shortens an RFC 3339 time to minutes for tables: `2026-11-25 04:35`.
pub fn short_time(rfc3339: &str) -> String {
    rfc3339.get(..16).unwrap_or(rfc3339).replace('T', " ")
}
