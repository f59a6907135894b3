//! Extractors every capability shares: who is signed in, and the association a path names.

use std::sync::Arc;

use app::accounts::sign_in::Viewer;
use app::ports::OrgRecord;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::response::Redirect;
use domain::ids::OrgId;
use domain::slug::Slug;

use crate::accounts::session::CurrentViewer;
use crate::error::PageError;
use crate::{urls, AppState, SharedState};

/// The signed-in viewer. A visitor without a session is sent to the sign-in form (the access
/// matrix already does so for the routes that need a session; this is the handler's proof).
pub struct SignedIn(pub Arc<Viewer>);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Redirect;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let viewer = parts.extensions.get::<CurrentViewer>().and_then(|v| v.0.clone());
        viewer.map(SignedIn).ok_or_else(|| Redirect::to(urls::LOGIN))
    }
}

/// The association named by the path's `{slug}`, as stored (also unpublished and archived
/// ones; the use cases decide who may see them). Unknown: 404; the database failing: 503.
pub struct Association(pub OrgRecord);

impl FromRequestParts<SharedState> for Association {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &SharedState) -> Result<Self, Self::Rejection> {
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| PageError::ORGANISATION_NOT_FOUND)?;
        let slug = params.iter().find(|(name, _)| *name == "slug").map(|(_, value)| value).ok_or(PageError::ORGANISATION_NOT_FOUND)?;
        association_by_slug(state, slug).await.map(Association)
    }
}

/// The association with this slug; see [`Association`].
pub async fn association_by_slug(state: &AppState, slug: &str) -> Result<OrgRecord, PageError> {
    let slug = Slug::parse(slug).map_err(|_| PageError::ORGANISATION_NOT_FOUND)?;
    state.directory.store().organisation_record_by_slug(&slug).await?.ok_or(PageError::ORGANISATION_NOT_FOUND)
}

/// The association with this id; see [`Association`].
pub async fn association_by_id(state: &AppState, id: OrgId) -> Result<OrgRecord, PageError> {
    state.directory.store().organisation_record(id).await?.ok_or(PageError::ORGANISATION_NOT_FOUND)
}
