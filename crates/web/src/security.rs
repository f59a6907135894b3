//! Security headers on every response: a strict Content-Security-Policy without inline
//! scripts, no framing by default, no referrer leaks, no MIME sniffing. Map pages widen the
//! policy by exactly what they need (`csp_for`): the tile host for images, and for the
//! embeddable map the sites allowed to frame it.

use axum::extract::Request;
use axum::http::header::{HeaderName, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

/// The policy for pages: everything from our own origin, nothing inline, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// The strict policy with extra image sources (a tile host) and other frame ancestors.
pub fn csp_for(extra_img: Option<&str>, frame_ancestors: &[String]) -> HeaderValue {
    let img = extra_img.map_or_else(String::new, |source| format!(" {source}"));
    let ancestors = if frame_ancestors.is_empty() { "'none'".to_owned() } else { frame_ancestors.join(" ") };
    let policy = CSP
        .replace("img-src 'self' data:;", &format!("img-src 'self' data:{img};"))
        .replace("frame-ancestors 'none'", &format!("frame-ancestors {ancestors}"));
    HeaderValue::from_str(&policy).unwrap_or(HeaderValue::from_static(CSP))
}

pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let framable =
        headers.get(CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).is_some_and(|csp| !csp.contains("frame-ancestors 'none'"));
    let mut set = |name: HeaderName, value: &'static str| {
        headers.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(CONTENT_SECURITY_POLICY, CSP);
    set(X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(REFERRER_POLICY, "strict-origin-when-cross-origin");
    if !framable {
        set(X_FRAME_OPTIONS, "DENY");
    }
    set(HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set(HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    response
}

/// `Strict-Transport-Security` when the site is served over https (`public_url`), and
/// `Cache-Control: no-store` on pages and API answers for a signed-in visitor (a request with a
/// session cookie) unless the handler chose a policy, so that shared or back-button caches never
/// keep what only that person may see.
pub async fn session_headers(
    axum::extract::State(state): axum::extract::State<crate::SharedState>,
    request: Request,
    next: Next,
) -> Response {
    let signed_in = crate::accounts::cookies::read(request.headers(), crate::accounts::cookies::SESSION, state.secure_cookies).is_some();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if state.site.public_url.as_deref().is_some_and(|url| url.starts_with("https://")) {
        headers.entry(HeaderName::from_static("strict-transport-security")).or_insert(HeaderValue::from_static("max-age=31536000"));
    }
    let personal = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if signed_in && personal {
        headers.entry(axum::http::header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widened_policy_keeps_the_rest() {
        let csp = csp_for(Some("https://*.tile.example.org"), &[]);
        let csp = csp.to_str().unwrap_or_default();
        assert!(csp.contains("img-src 'self' data: https://*.tile.example.org;"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self';"), "{csp}");
        let csp = csp_for(None, &["*".to_owned()]);
        assert!(csp.to_str().unwrap_or_default().ends_with("frame-ancestors *"));
    }
}
