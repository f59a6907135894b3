//! CSRF protection for every state-changing request: the form's `csrf` field must equal the
//! request's token (`session::CsrfToken`): for a signed-in session the token bound to it, else
//! the visitor's CSRF cookie (double submit, cookie `HttpOnly` and `SameSite=Strict`); and a
//! browser's `Origin`, when sent, must be this site. Otherwise: 403, and the handler never runs.
//! A form is urlencoded, or multipart (file uploads) with `csrf` as its first field, which is
//! read from the start of the body; the rest streams on to the handler unread.

use app::accounts::tokens::{constant_time_eq, looks_like_secret, session_csrf_token};
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use futures_util::StreamExt;

use super::cookies;
use super::session::{CsrfToken, CurrentViewer};
use crate::page::Visit;
use crate::SharedState;

/// Largest form body read to find the token (the app's body limit is lower anyway).
const MAX_FORM_BYTES: usize = 1024 * 1024;
/// How much of a multipart body is read to find its first field, the token.
const MULTIPART_HEAD_BYTES: usize = 8 * 1024;

pub async fn verify_csrf(State(state): State<SharedState>, request: Request, next: Next) -> Response {
    let refuse = |request: &Request, reason: &str| {
        tracing::warn!(reason, "state-changing request refused");
        let visit = Visit::of(request.extensions(), request.uri(), state.site.default_locale);
        crate::error::error_page(&state, &visit, StatusCode::FORBIDDEN, "csrf")
    };
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    if !same_origin(&request, state.site.public_url.as_deref()) {
        return refuse(&request, "cross-origin request");
    }
    let signed_in = request.extensions().get::<CurrentViewer>().is_some_and(|v| v.0.is_some());
    if !signed_in && cookies::read(request.headers(), cookies::CSRF, state.secure_cookies).is_none() {
        return refuse(&request, "no CSRF cookie");
    }
    let Some(expected) = request.extensions().get::<CsrfToken>().map(|t| t.0.clone()).filter(|t| !t.is_empty()) else {
        return refuse(&request, "no CSRF token");
    };
    let content_type = request.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let (parts, body) = request.into_parts();
    let (sent, request) = if content_type.starts_with("application/x-www-form-urlencoded") {
        let bytes = to_bytes(body, MAX_FORM_BYTES).await.unwrap_or_default();
        (form_field(&bytes, "csrf"), Request::from_parts(parts, Body::from(bytes)))
    } else if let Some(boundary) = multipart_boundary(&content_type) {
        let (head, body) = read_head(body, MULTIPART_HEAD_BYTES).await;
        (first_multipart_field(&head, &boundary, "csrf"), Request::from_parts(parts, body))
    } else {
        return refuse(&Request::from_parts(parts, Body::empty()), "not a form");
    };
    // A form rendered during a session that has since ended carries that session's token: still
    // accepted with its session cookie, so that the form can be parked (`parked_forms`) rather
    // than refused. Without the cookie's secret nobody can compute it.
    let ended_session = (!signed_in)
        .then(|| cookies::read(request.headers(), cookies::SESSION, state.secure_cookies))
        .flatten()
        .filter(|secret| looks_like_secret(secret))
        .map(|secret| session_csrf_token(&secret));
    let matches = |token: &str| sent.as_deref().is_some_and(|sent| constant_time_eq(sent, token));
    if !matches(&expected) && !ended_session.as_deref().is_some_and(matches) {
        return refuse(&request, "CSRF token missing, wrong, or the body unreadable");
    }
    next.run(request).await
}

/// The start of a body (at least `wanted` bytes unless it is shorter), and the whole body again.
async fn read_head(body: Body, wanted: usize) -> (Vec<u8>, Body) {
    let mut stream = body.into_data_stream();
    let mut head = Vec::new();
    while head.len() < wanted {
        match stream.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            // A broken body: the token is not found and the request refused.
            Some(Err(_)) => return (Vec::new(), Body::empty()),
            None => break,
        }
    }
    let first = axum::body::Bytes::from(head.clone());
    (head, Body::from_stream(futures_util::stream::iter([Ok::<_, axum::Error>(first)]).chain(stream)))
}

/// The boundary of a `multipart/form-data` content type.
fn multipart_boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (key, value) = p.split_once('=')?;
        let value = value.trim().trim_matches('"');
        (key.trim().eq_ignore_ascii_case("boundary") && !value.is_empty() && value.len() <= 70).then(|| value.to_owned())
    })
}

/// The value of the first part of a multipart body, when it is the plain field `name` and
/// complete within `head`. Only the first part counts, so the token is found without reading
/// the file that follows.
fn first_multipart_field(head: &[u8], boundary: &str, name: &str) -> Option<String> {
    let opening = format!("--{boundary}\r\n");
    let rest = head.strip_prefix(opening.as_bytes())?;
    let headers_end = find(rest, b"\r\n\r\n")?;
    let headers = std::str::from_utf8(&rest[..headers_end]).ok()?;
    let disposition = headers.split("\r\n").find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim().eq_ignore_ascii_case("content-disposition").then(|| value.trim())
    })?;
    let mut params = disposition.split(';').map(str::trim);
    if !params.next()?.eq_ignore_ascii_case("form-data") {
        return None;
    }
    let params: Vec<(&str, &str)> = params.filter_map(|p| p.split_once('=')).map(|(k, v)| (k.trim(), v.trim().trim_matches('"'))).collect();
    if params.iter().any(|(k, _)| k.eq_ignore_ascii_case("filename"))
        || !params.iter().any(|(k, v)| k.eq_ignore_ascii_case("name") && *v == name)
    {
        return None;
    }
    let value = &rest[headers_end + 4..];
    let end = find(value, format!("\r\n--{boundary}").as_bytes())?;
    String::from_utf8(value[..end].to_vec()).ok()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A browser's `Origin` header, when present, must be the configured public origin (so that a
/// proxy that rewrites `Host` still works) or name the host the request was sent to.
fn same_origin(request: &Request, public_url: Option<&str>) -> bool {
    let Some(origin) = request.headers().get(ORIGIN).and_then(|v| v.to_str().ok()) else { return true };
    if origin == "null" {
        return false;
    }
    if public_url.is_some_and(|url| origin_of(url).eq_ignore_ascii_case(origin)) {
        return true;
    }
    let host = request.headers().get(HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let origin_host = origin.split_once("://").map_or("", |(_, rest)| rest);
    !host.is_empty() && origin_host == host
}

/// `https://kp.example.org` of `https://kp.example.org/path`.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    url[after_scheme..].find('/').map_or(url, |end| &url[..after_scheme + end])
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

    const BOUNDARY: &str = "----formdata42";

    fn multipart(parts: &[(&str, Option<&str>, &str)]) -> Vec<u8> {
        let mut body = String::new();
        for (name, filename, value) in parts {
            let file = filename.map(|f| format!("; filename=\"{f}\"\r\nContent-Type: image/png")).unwrap_or_default();
            body.push_str(&format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"{file}\r\n\r\n{value}\r\n"));
        }
        body.push_str(&format!("--{BOUNDARY}--\r\n"));
        body.into_bytes()
    }

    #[test]
    fn finds_the_token_as_the_first_field_of_a_multipart_form() {
        let body = multipart(&[("csrf", None, "abc"), ("logo", Some("logo.png"), "\u{89}PNG...")]);
        assert_eq!(first_multipart_field(&body, BOUNDARY, "csrf").as_deref(), Some("abc"));
        let later = multipart(&[("logo", Some("logo.png"), "x"), ("csrf", None, "abc")]);
        assert_eq!(first_multipart_field(&later, BOUNDARY, "csrf"), None, "only the first part counts");
        let as_file = multipart(&[("csrf", Some("csrf.txt"), "abc")]);
        assert_eq!(first_multipart_field(&as_file, BOUNDARY, "csrf"), None, "a file is not the token");
        let cut = &body[..body.len().min(60)];
        assert_eq!(first_multipart_field(cut, BOUNDARY, "csrf"), None, "an incomplete part is not read");
        assert_eq!(first_multipart_field(&body, "other", "csrf"), None);
    }

    #[test]
    fn reads_the_boundary_of_multipart_forms_only() {
        assert_eq!(multipart_boundary("multipart/form-data; boundary=----formdata42").as_deref(), Some(BOUNDARY));
        assert_eq!(multipart_boundary("multipart/form-data; charset=utf-8; boundary=\"abc\"").as_deref(), Some("abc"));
        assert_eq!(multipart_boundary("multipart/mixed; boundary=abc"), None);
        assert_eq!(multipart_boundary("multipart/form-data"), None);
        assert_eq!(multipart_boundary("text/plain"), None);
    }

    #[tokio::test]
    async fn the_body_after_the_token_reaches_the_handler_whole() {
        let body = multipart(&[("csrf", None, "abc"), ("logo", Some("logo.png"), &"x".repeat(20_000))]);
        let (head, rest) = read_head(Body::from(body.clone()), 100).await;
        assert!(head.len() >= 100);
        assert_eq!(to_bytes(rest, usize::MAX).await.map(|b| b.to_vec()).unwrap_or_default(), body);
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
        assert!(same_origin(&request(None), None));
        assert!(same_origin(&request(Some("http://knotenpunkt.example:8080")), None));
        assert!(!same_origin(&request(Some("https://evil.example")), None));
        assert!(!same_origin(&request(Some("null")), None));
    }

    #[test]
    fn origin_may_be_the_public_url_when_a_proxy_rewrites_the_host() {
        let request = Request::builder()
            .method(Method::POST)
            .uri("/login")
            .header(HOST, "backend:8080")
            .header(ORIGIN, "https://kp.example.org")
            .body(Body::empty())
            .unwrap_or_default();
        assert!(same_origin(&request, Some("https://kp.example.org")));
        assert!(same_origin(&request, Some("https://kp.example.org/base")));
        assert!(!same_origin(&request, Some("https://other.example.org")));
        assert!(!same_origin(&request, None), "without a public URL the host must match");
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
    }
}
