//! `GET /logos/{hash}.png`: a logo picture, as stored (only pictures Knotenpunkt re-encoded are
//! stored). A hash names its content forever, so browsers and proxies may keep it for a year.

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::logo::LogoHash;

use crate::page::Visit;
use crate::system::error_page;
use crate::SharedState;

const FOREVER: &str = "public, max-age=31536000, immutable";

pub async fn show(State(state): State<SharedState>, visit: Visit, headers: HeaderMap, Path(file): Path<String>) -> Response {
    let not_found = || error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found");
    let Some(hash) = file.strip_suffix(".png").and_then(|h| LogoHash::parse(h).ok()) else { return not_found() };
    let etag = format!("\"{hash}\"");
    let logo = match state.logos.logo(&hash).await {
        Ok(Some(logo)) => logo,
        Ok(None) => return not_found(),
        Err(error) => {
            tracing::error!(%error, "reading a logo failed");
            return error_page(&state, &visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable");
        }
    };
    let cache = [
        (CACHE_CONTROL, HeaderValue::from_static(FOREVER)),
        (ETAG, HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""))),
    ];
    if headers.get(IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v.split(',').any(|t| t.trim() == etag)) {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (StatusCode::OK, [(CONTENT_TYPE, HeaderValue::from_static("image/png"))], cache, logo.png).into_response()
}
