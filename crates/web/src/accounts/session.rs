//! Who is asking: resolves the session cookie into a [`Viewer`] and makes sure every visitor
//! has a CSRF secret. Both land in the request's extensions for handlers and pages.

use std::sync::Arc;

use app::accounts::sign_in::{authenticate, unix_now, Viewer};
use app::accounts::tokens::new_secret;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::cookies;
use crate::SharedState;

/// The holder of the request's session, if any.
#[derive(Debug, Clone, Default)]
pub struct CurrentViewer(pub Option<Arc<Viewer>>);

/// The CSRF secret of this visitor, which forms repeat in their `csrf` field.
#[derive(Debug, Clone, Default)]
pub struct CsrfToken(pub String);

pub async fn resolve_session(State(state): State<SharedState>, mut request: Request, next: Next) -> Response {
    let viewer = match cookies::read(request.headers(), cookies::SESSION, state.secure_cookies) {
        Some(token) => match authenticate(state.accounts.as_ref(), &token, unix_now(), state.sessions).await {
            Ok(viewer) => viewer.map(Arc::new),
            Err(error) => {
                tracing::error!(%error, "session lookup failed");
                None
            }
        },
        None => None,
    };
    let existing =
        cookies::read(request.headers(), cookies::CSRF, state.secure_cookies).filter(|t| app::accounts::tokens::looks_like_secret(t));
    let (csrf, fresh) = match existing {
        Some(token) => (token, false),
        None => (new_secret(), true),
    };
    request.extensions_mut().insert(CurrentViewer(viewer));
    request.extensions_mut().insert(CsrfToken(csrf.clone()));
    let mut response = next.run(request).await;
    if fresh {
        cookies::set(response.headers_mut(), cookies::CSRF, &csrf, "Strict", state.secure_cookies);
    }
    response
}
