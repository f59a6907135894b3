//! Health check, the not-found page and translated error pages.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new().route("/healthz", get(healthz))
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<SharedState>) -> Response {
    match state.directory.store().ping().await {
        Ok(()) => (StatusCode::OK, Json(json!({"status": "ok", "organisations": state.directory.index().len()}))).into_response(),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "unavailable"}))).into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub page: PageCtx,
    pub title: String,
    pub message: String,
}

/// A translated error page; `code` names the messages `error-<code>-title` and `-text`.
pub fn error_page(state: &SharedState, visit: &Visit, status: StatusCode, code: &str) -> Response {
    let page = PageCtx::new(state, visit, "");
    let title = page.t(&format!("error-{code}-title"));
    let message = page.t(&format!("error-{code}-text"));
    render(status, &ErrorPage { page, title, message })
}

pub async fn not_found(State(state): State<SharedState>, visit: Visit) -> Response {
    if visit.uri.path().starts_with("/api/") {
        return crate::api_error::ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such resource").into_response();
    }
    error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found")
}
