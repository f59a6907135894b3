//! Extractors every capability shares: who is signed in, and the association a path names.

use std::sync::Arc;

use app::accounts::sign_in::Viewer;
use app::ports::OrgRecord;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, RawPathParams, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use domain::ids::OrgId;
use domain::slug::Slug;

use crate::accounts::session::CurrentViewer;
use crate::error::PageError;
use crate::forms::FormFields;
use crate::page::Visit;
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

/// A signed-in viewer's form post: everything an action handler of the inbox, the projects and
/// the meetings takes from the request, in one extractor. `P` is what the path names (`String`
/// for one `{slug}`, a tuple for more, `()` for none). The form's `csrf` field was checked by
/// the CSRF middleware before any handler runs; the form is parsed here once. Rejections are
/// those of the parts: no session sends to the sign-in form, a path that does not fit is axum's
/// own refusal, a body over the limit is refused by the body limit.
pub struct Action<P> {
    pub state: SharedState,
    pub visit: Visit,
    pub viewer: Arc<Viewer>,
    pub path: P,
    pub form: FormFields,
}

impl<P> FromRequest<SharedState> for Action<P>
where
    P: serde::de::DeserializeOwned + Send,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &SharedState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let visit = Visit::of(&parts.extensions, &parts.uri, domain::language::UiLocale::De);
        let SignedIn(viewer) = SignedIn::from_request_parts(&mut parts, state).await.map_err(IntoResponse::into_response)?;
        let Path(path) = Path::<P>::from_request_parts(&mut parts, state).await.map_err(IntoResponse::into_response)?;
        let body = Bytes::from_request(Request::from_parts(parts, body), state).await.map_err(IntoResponse::into_response)?;
        Ok(Action { state: state.clone(), visit, viewer, path, form: FormFields::parse(&body) })
    }
}

/// An [`Action`] of the office: the viewer must be staff (the access matrix already refuses
/// everybody else on `/office/…`; this is the handler's proof), otherwise 403.
pub struct OfficeAction<P>(pub Action<P>);

impl<P> FromRequest<SharedState> for OfficeAction<P>
where
    P: serde::de::DeserializeOwned + Send,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &SharedState) -> Result<Self, Self::Rejection> {
        let action = Action::<P>::from_request(request, state).await?;
        if action.viewer.is_staff() {
            Ok(OfficeAction(action))
        } else {
            Err(PageError::Forbidden.into_response())
        }
    }
}
