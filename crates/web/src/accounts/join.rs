//! `GET /organisations/{slug}/join`: a newcomer's guided path from an association ("this is our
//! association"). The page shows the step the visitor is at: create an account or sign in
//! (step 1), say that the association is theirs (step 3, after confirming the address), and
//! what happens next (step 4: the office checks the claim; then complete the profile and answer
//! contact requests). The claim itself is `POST /organisations/{slug}/claim`.

use app::accounts::claims::own_open_claim;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::local_path::LocalPath;

use super::guide::Guide;
use crate::error::PageError;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// What the page offers at the visitor's step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Not signed in: create an account or sign in.
    Start,
    /// Signed in, not linked: the claim form.
    Claim,
    /// The claim is with the office.
    Waiting,
    /// The viewer edits the association.
    Editor,
}

#[derive(Template)]
#[template(path = "accounts/join.html")]
pub struct JoinPage {
    pub page: PageCtx,
    pub guide: Guide,
    pub stage: Stage,
    pub slug: String,
    pub name: String,
    /// `/register?next=…` and `/login?next=…`, leading back here.
    pub register_url: String,
    pub login_url: String,
}

impl JoinPage {
    pub fn is(&self, stage: &str) -> bool {
        let key = match self.stage {
            Stage::Start => "start",
            Stage::Claim => "claim",
            Stage::Waiting => "waiting",
            Stage::Editor => "editor",
        };
        key == stage
    }
}

pub async fn show(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>) -> Result<Response, PageError> {
    // Only published associations can be claimed.
    let listing = state.directory.index().get(&slug).ok_or(PageError::ORGANISATION_NOT_FOUND)?;
    let page = PageCtx::new(&state, &visit, "directory");
    let stage = match visit.viewer.as_deref().filter(|v| v.is_complete()) {
        None => Stage::Start,
        Some(viewer) if viewer.may_edit(listing.id()) => Stage::Editor,
        Some(viewer) => match own_open_claim(state.accounts.as_ref(), viewer, listing.id()).await? {
            Some(_) => Stage::Waiting,
            None => Stage::Claim,
        },
    };
    let step = match stage {
        Stage::Start => 1,
        Stage::Claim => 3,
        Stage::Waiting | Stage::Editor => 4,
    };
    // The index holds only valid slugs; the check keeps a page from panicking over one that is not.
    let listed = domain::slug::Slug::parse(listing.slug()).map_err(|_| PageError::ORGANISATION_NOT_FOUND)?;
    let guide = Guide::at(&page, step, &listed, listing.name());
    let next = LocalPath::join(&listed);
    let query = serde_urlencoded::to_string([("next", next.as_str())]).unwrap_or_default();
    Ok(render(
        StatusCode::OK,
        &JoinPage {
            guide,
            stage,
            slug: listing.slug().to_owned(),
            name: listing.name().to_owned(),
            register_url: format!("/register?{query}"),
            login_url: format!("/login?{query}"),
            page,
        },
    ))
}
