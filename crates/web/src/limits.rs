//! Body size and time limits per request. Most routes take small forms within
//! [`Limits::body_bytes`] and [`Limits::request_timeout`]; the upload routes ([`UPLOAD_ROUTES`])
//! take a file and get [`Limits::upload_bytes`] and [`Limits::upload_timeout`]: a phone photo of
//! several megabytes must arrive whole over a slow connection so that its handler can answer
//! "too big" on the form, instead of the connection being cut.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::CONTENT_LENGTH;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::Limited;

use crate::page::Visit;
use crate::SharedState;

/// Routes that receive a file (multipart forms).
pub const UPLOAD_ROUTES: &[&str] = &["/organisations/{slug}/logo", "/office/news/{slug}/image", "/office/import"];

/// Routes that typeset a PDF (a meeting's print bundle: ~150 pages; the funding report of three
/// years at 100,000 associations: ~60 pages; a survey's report): small requests that get the
/// upload time, so that a busy machine sends the document late rather than a 408.
pub const PRINT_ROUTES: &[&str] = &[
    "/office/meetings/{meeting}/handouts/bundle",
    "/meetings/{meeting}/handouts/{id}",
    "/office/reports/funding.pdf",
    "/office/surveys/{survey}/report.pdf",
];

/// Limits applied to every request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub body_bytes: usize,
    pub request_timeout: Duration,
    /// Bodies of upload routes; the handler decides what it accepts (a logo: 2 MB) and says so.
    pub upload_bytes: usize,
    pub upload_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            body_bytes: 64 * 1024,
            request_timeout: Duration::from_secs(15),
            upload_bytes: 16 * 1024 * 1024,
            upload_timeout: Duration::from_secs(120),
        }
    }
}

impl Limits {
    /// The body limit and timeout of a route.
    pub fn of(&self, route: Option<&str>) -> (usize, Duration) {
        if route.is_some_and(|r| UPLOAD_ROUTES.contains(&r)) {
            (self.upload_bytes, self.upload_timeout)
        } else if route.is_some_and(|r| PRINT_ROUTES.contains(&r)) {
            (self.body_bytes, self.upload_timeout)
        } else {
            (self.body_bytes, self.request_timeout)
        }
    }
}

/// Refuses a declared body over the route's limit with a translated 413 page, caps bodies
/// that do not declare their length, and ends requests that take too long with 408.
pub async fn apply(State((state, limits)): State<(SharedState, Limits)>, request: Request, next: Next) -> Response {
    let (max_bytes, timeout) = limits.of(request.extensions().get::<MatchedPath>().map(MatchedPath::as_str));
    let declared = request.headers().get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > max_bytes as u64) {
        let visit = Visit::of(request.extensions(), request.uri(), state.site.default_locale);
        return crate::error::error_page(&state, &visit, StatusCode::PAYLOAD_TOO_LARGE, "too-large");
    }
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts, Body::new(Limited::new(body, max_bytes)));
    match tokio::time::timeout(timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::REQUEST_TIMEOUT;
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_upload_routes_get_the_upload_limits() {
        let limits = Limits::default();
        assert_eq!(limits.of(Some("/organisations/{slug}/logo")), (16 * 1024 * 1024, Duration::from_secs(120)));
        assert_eq!(limits.of(Some("/organisations/{slug}/edit")), (64 * 1024, Duration::from_secs(15)));
        assert_eq!(limits.of(None), (64 * 1024, Duration::from_secs(15)));
        assert_eq!(limits.of(Some("/office/meetings/{meeting}/handouts/bundle")), (64 * 1024, Duration::from_secs(120)));
    }
}
