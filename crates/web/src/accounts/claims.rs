//! `POST /organisations/{slug}/claim` ("this is our association") and the office's decision
//! `POST /office/claims/{id}`, which the claimant is told by email; open claims are listed on
//! the review page.

use app::accounts::claims::{claim, decide_claim, ClaimError};
use app::accounts::notify_claimant::notify_claimant;
use app::mail::compose::Mailing;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::register::mailing_parts;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::Posted;
use crate::page::{render, Visit};
use crate::urls;
use crate::SharedState;

#[derive(Debug, Default, Deserialize)]
pub struct ClaimForm {
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub decision: String,
    /// The office's reason for a rejection, sent to the claimant (optional).
    #[serde(default)]
    pub comment: String,
}

pub async fn submit(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Posted { form, repeated }: Posted<ClaimForm>,
) -> Result<Response, PageError> {
    // Only published associations can be claimed.
    let listing = state.directory.index().get(&slug).ok_or(PageError::ORGANISATION_NOT_FOUND)?;
    // A field sent more than once: the profile again with the claim form open and what was
    // typed, nothing claimed.
    if !repeated.is_empty() {
        let mut page = crate::directory::profile::page_of(&state, &visit, &headers, &slug).await?;
        page.claim_error = Some(page.page.t("form-error-repeated"));
        page.claim_message = form.message;
        let csp = crate::map::settings::map_csp(&state, false);
        return Ok(([csp], render(StatusCode::UNPROCESSABLE_ENTITY, &page)).into_response());
    }
    match claim(state.accounts.as_ref(), &viewer, listing.id(), &form.message).await {
        Ok(_) => Ok(Redirect::to(&urls::organisation_claimed(&slug)).into_response()),
        Err(ClaimError::AlreadyEditor) => Ok(Redirect::to(&urls::edit(&slug)).into_response()),
        Err(error) => Err(error.into()),
    }
}

pub async fn decide(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Posted { form, repeated }: Posted<ClaimForm>,
) -> Result<Response, PageError> {
    // A field sent more than once: the review page again with the comment typed, nothing decided.
    if !repeated.is_empty() {
        let mut page = crate::moderation::review::build(&state, &visit, &viewer).await?;
        page.claim_error = Some((id, page.page.t("form-error-repeated"), form.comment));
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    let approve = form.decision == "approve";
    let decided = decide_claim(state.accounts.as_ref(), &viewer, id, approve).await?;
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    notify_claimant(state.directory.store().as_ref(), state.accounts.as_ref(), &mailing, &decided, approve, &form.comment).await;
    Ok(Redirect::to(&urls::review_done("claim")).into_response())
}
