//! Who is asking: resolves the session cookie into a [`Viewer`] and finds the CSRF token forms
//! must repeat. Both land in the request's extensions for handlers and pages.
//!
//! A visitor who is not signed in gets a CSRF secret in its own cookie (double submit). Once
//! signed in, the token is bound to the session: derived from the session cookie's secret, so a
//! token from before the sign-in or from another session is refused, and signing in gives a new
//! one. Starting or ending a session also replaces the visitor's own secret.

use std::sync::Arc;

use app::accounts::sign_in::{authenticate, Viewer};
use app::accounts::tokens::{new_secret, session_csrf_token};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

use super::cookies;
use crate::page::Visit;
use crate::SharedState;

/// The holder of the request's session, if any.
#[derive(Debug, Clone, Default)]
pub struct CurrentViewer(pub Option<Arc<Viewer>>);

/// The CSRF token of this request, which forms repeat in their `csrf` field: the signed-in
/// session's token, else the visitor's CSRF cookie.
#[derive(Debug, Clone, Default)]
pub struct CsrfToken(pub String);

pub async fn resolve_session(State(state): State<SharedState>, mut request: Request, next: Next) -> Response {
    let session_token = cookies::read(request.headers(), cookies::SESSION, state.secure_cookies);
    let viewer = match &session_token {
        Some(token) => match authenticate(state.accounts.as_ref(), token, state.clock.now().unix_secs(), state.sessions).await {
            Ok(viewer) => viewer.map(Arc::new),
            Err(error) => {
                // Not "signed out": that would send the visitor to the sign-in page and a form
                // they sent to the parked-forms store, which is just as unreachable. A translated
                // 503 says to try again; the next request after the database is back works.
                tracing::error!(%error, "session lookup failed");
                let visit = Visit::of(request.extensions(), request.uri(), state.site.default_locale);
                return crate::error::error_page(&state, &visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable");
            }
        },
        None => None,
    };
    let existing =
        cookies::read(request.headers(), cookies::CSRF, state.secure_cookies).filter(|t| app::accounts::tokens::looks_like_secret(t));
    let fresh = existing.is_none();
    let visitor_secret = existing.unwrap_or_else(new_secret);
    let csrf = match (&viewer, &session_token) {
        (Some(_), Some(token)) => session_csrf_token(token),
        _ => visitor_secret.clone(),
    };
    request.extensions_mut().insert(CurrentViewer(viewer));
    request.extensions_mut().insert(CsrfToken(csrf));
    let mut response = next.run(request).await;
    if cookies::is_set(response.headers(), cookies::SESSION, state.secure_cookies) {
        // Signed in or out: what a page showed before no longer counts after sign-out either.
        cookies::set(response.headers_mut(), cookies::CSRF, &new_secret(), "Strict", state.secure_cookies);
    } else if fresh {
        cookies::set(response.headers_mut(), cookies::CSRF, &visitor_secret, "Strict", state.secure_cookies);
    }
    response
}
