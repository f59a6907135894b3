//! CSRF protection for every state-changing request: the form's `csrf` field must equal the
//! visitor's CSRF cookie (double submit, cookie `HttpOnly` and `SameSite=Strict`), and a
//! browser's `Origin`, when sent, must be this site. Otherwise: 403, and the handler never runs.

use app::accounts::tokens::constant_time_eq;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::cookies;
use crate::page::Visit;
use crate::SharedState;

/// Largest form body read to find the token (the app's body limit is lower anyway).
const MAX_FORM_BYTES: usize = 1024 * 1024;

pub async fn verify_csrf(State(state): State<SharedState>, request: Request, next: Next) -> Response {
    let refuse = |request: &Request, reason: &str| {
        tracing::warn!(reason, "state-changing request refused");
        let visit = Visit::of(request.extensions(), request.uri(), state.site.default_locale);
        crate::system::error_page(&state, &visit, StatusCode::FORBIDDEN, "csrf")
    };
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    if !same_origin(&request) {
        return refuse(&request, "cross-origin request");
    }
    let Some(expected) = cookies::read(request.headers(), cookies::CSRF) else { return refuse(&request, "no CSRF cookie") };
    let is_form = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return refuse(&request, "not a form");
    }
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES).await.unwrap_or_default();
    let request = Request::from_parts(parts, Body::from(bytes.clone()));
    let sent = form_field(&bytes, "csrf");
    if !sent.is_some_and(|sent| constant_time_eq(&sent, &expected)) {
        return refuse(&request, "CSRF token missing, wrong, or the body unreadable");
    }
    next.run(request).await
}

/// A browser's `Origin` header, when present, must name the host the request was sent to.
fn same_origin(request: &Request) -> bool {
    let Some(origin) = request.headers().get(ORIGIN).and_then(|v| v.to_str().ok()) else { return true };
    let host = request.headers().get(HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let origin_host = origin.split_once("://").map_or("", |(_, rest)| rest);
    origin != "null" && !host.is_empty() && origin_host == host
}

/// The first value of a field in an urlencoded body.
pub fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).ok()?.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_token_in_a_form() {
        assert_eq!(form_field(b"email=a%40b.de&csrf=abc", "csrf").as_deref(), Some("abc"));
        assert_eq!(form_field(b"email=a", "csrf"), None);
        assert_eq!(form_field(b"%%%", "csrf"), None);
    }

    #[test]
    fn origin_must_match_the_host() {
        let request = |origin: Option<&str>| {
            let mut builder = Request::builder().method(Method::POST).uri("/login").header(HOST, "knotenpunkt.example:8080");
            if let Some(origin) = origin {
                builder = builder.header(ORIGIN, origin);
            }
            builder.body(Body::empty()).unwrap_or_default()
        };
        assert!(same_origin(&request(None)));
        assert!(same_origin(&request(Some("http://knotenpunkt.example:8080"))));
        assert!(!same_origin(&request(Some("https://evil.example"))));
        assert!(!same_origin(&request(Some("null"))));
    }
}
