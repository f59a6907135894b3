//! `/account`: who is signed in, their associations, and what they can do next.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// An association the user represents.
pub struct MyOrganisation {
    pub name: String,
    pub slug: String,
    pub owner: bool,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub struct AccountPage {
    pub page: PageCtx,
    pub email: String,
    pub role_label: String,
    pub has_second_factor: bool,
    pub is_staff: bool,
    /// Subscribed to the weekly digest of strong new matches.
    pub digest: bool,
    pub is_admin: bool,
    pub organisations: Vec<MyOrganisation>,
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let page = PageCtx::new(&state, &visit, "account");
    let index = state.directory.index();
    let organisations = viewer
        .memberships
        .iter()
        .filter_map(|m| {
            let listing = index.by_id(m.organisation)?;
            Some(MyOrganisation {
                name: listing.name.clone(),
                slug: listing.slug.to_string(),
                owner: m.role == app::ports::MemberRole::Owner,
            })
        })
        .collect();
    let role_label = page.t(&format!("role-{}", viewer.user.role.key()));
    render(
        StatusCode::OK,
        &AccountPage {
            page,
            email: viewer.user.email.to_string(),
            role_label,
            has_second_factor: viewer.user.totp_secret.is_some(),
            is_staff: viewer.is_staff(),
            digest: state.accounts.is_digest_subscriber(viewer.user.id).await.unwrap_or(false),
            is_admin: viewer.is_admin(),
            organisations,
        },
    )
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct DigestForm {
    #[serde(default)]
    pub digest: String,
}

/// `POST /account/digest`: subscribe to or unsubscribe from the weekly digest.
pub async fn set_digest(State(state): State<SharedState>, visit: Visit, axum::Form(form): axum::Form<DigestForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    match state.accounts.set_digest(viewer.user.id, form.digest == "on").await {
        Ok(()) => Redirect::to("/account?digest=saved").into_response(),
        Err(error) => {
            tracing::error!(%error, "digest setting failed");
            crate::system::error_page(&state, &visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}
