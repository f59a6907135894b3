//! `POST /organisations/{slug}/claim` ("this is our association") and the office's decision
//! `POST /office/claims/{id}`, which the claimant is told by email; open claims are listed on
//! the review page.

use app::accounts::claims::{claim, decide_claim, ClaimError};
use app::mail::compose::{send, MailKind};
use app::ports::Claim;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Redirect;
use axum::Form;
use serde::Deserialize;

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::mail_text::FluentMail;
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
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Form(form): Form<ClaimForm>,
) -> Result<Redirect, PageError> {
    // Only published associations can be claimed.
    let listing = state.directory.index().get(&slug).ok_or(PageError::ORGANISATION_NOT_FOUND)?;
    match claim(state.accounts.as_ref(), &viewer, listing.id, &form.message).await {
        Ok(_) => Ok(Redirect::to(&urls::organisation_claimed(&slug))),
        Err(ClaimError::AlreadyEditor) => Ok(Redirect::to(&urls::edit(&slug))),
        Err(error) => Err(error.into()),
    }
}

pub async fn decide(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<ClaimForm>,
) -> Result<Redirect, PageError> {
    let approve = form.decision == "approve";
    let decided = decide_claim(state.accounts.as_ref(), &viewer, id, approve).await?;
    notify_claimant(&state, &headers, &decided, approve, &form.comment).await;
    Ok(Redirect::to(&urls::review_done("claim")))
}

/// Mails the claimant the office's decision: the edit page when approved, the public profile
/// and the office's reason (if it gave one) when not. Failures are logged, the decision stands.
async fn notify_claimant(state: &SharedState, headers: &HeaderMap, claim: &Claim, approved: bool, comment: &str) {
    let record = match state.directory.store().organisation_record(claim.organisation).await {
        Ok(Some(record)) => record,
        Ok(None) => return,
        Err(error) => {
            tracing::error!(%error, "could not read the claimed organisation for the claim mail");
            return;
        }
    };
    let base = crate::base_url(state, headers);
    let organisation = record.name;
    let kind = if approved {
        MailKind::ClaimApproved { organisation, link: format!("{base}{}", urls::edit(record.slug.as_str())) }
    } else {
        MailKind::ClaimRejected {
            organisation,
            comment: comment.trim().to_owned(),
            link: format!("{base}{}", urls::organisation(record.slug.as_str())),
        }
    };
    let text = FluentMail { locale: state.site.default_locale, instance: state.site.instance_name.clone() };
    let language = state.accounts.user(claim.user).await.ok().flatten().and_then(|u| u.language);
    if let Err(error) = send(&state.jobs, &text, &claim.email, language, &kind).await {
        tracing::error!(%error, "could not queue the claim mail");
    }
}
