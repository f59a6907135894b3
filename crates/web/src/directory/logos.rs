//! `GET /logos/{hash}.png`: a logo picture, as stored (only pictures Knotenpunkt re-encoded are
//! stored). A hash names its content forever, so browsers and proxies may keep it for a year.

use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::logo::LogoHash;

use crate::error::PageError;
use crate::SharedState;

const FOREVER: &str = "public, max-age=31536000, immutable";

pub async fn show(State(state): State<SharedState>, headers: HeaderMap, Path(file): Path<String>) -> Result<Response, PageError> {
    let hash = file.strip_suffix(".png").and_then(|h| LogoHash::parse(h).ok()).ok_or(PageError::NOT_FOUND)?;
    let etag = format!("\"{hash}\"");
    let logo = state.logos.logo(&hash).await?.ok_or(PageError::NOT_FOUND)?;
    let cache = [
        (CACHE_CONTROL, HeaderValue::from_static(FOREVER)),
        (ETAG, HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""))),
    ];
    if headers.get(IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v.split(',').any(|t| t.trim() == etag)) {
        return Ok((StatusCode::NOT_MODIFIED, cache).into_response());
    }
    Ok((StatusCode::OK, [(CONTENT_TYPE, HeaderValue::from_static("image/png"))], cache, logo.png).into_response())
}
