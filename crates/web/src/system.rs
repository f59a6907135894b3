//! Health check and the not-found page.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::error::PageError;
use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new().route("/healthz", get(healthz)).route("/healthz/live", get(live)).route("/healthz/ready", get(ready))
}

/// "Up": the process answers requests (for a supervisor that restarts a hung process); says
/// nothing about the database.
async fn live() -> Response {
    (StatusCode::OK, Json(json!({"status": "up"}))).into_response()
}

/// "Ready": the database answers and holds the directory's tables (the migrations are done:
/// `serve` applies them before it listens). 503 otherwise, so a load balancer sends requests
/// elsewhere.
async fn ready(State(state): State<SharedState>) -> Response {
    match state.directory.store().directory_stamp().await {
        Ok(_) => (StatusCode::OK, Json(json!({"status": "ready"}))).into_response(),
        Err(error) => {
            tracing::error!(%error, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "unavailable"}))).into_response()
        }
    }
}

/// 200 when the database answers, 503 otherwise (as `/healthz/ready`, with the number of
/// indexed associations; kept for the setups that use it).
async fn healthz(State(state): State<SharedState>) -> Response {
    match state.directory.store().ping().await {
        Ok(()) => (StatusCode::OK, Json(json!({"status": "ok", "organisations": state.directory.index().len()}))).into_response(),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "unavailable"}))).into_response()
        }
    }
}

/// Any address no router knows: a JSON error under `/api/`, the translated page elsewhere.
pub async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        return crate::api_error::ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such resource").into_response();
    }
    PageError::NOT_FOUND.into_response()
}
