//! `POST /organisations/{slug}/claim` ("this is our association") and the office's decision
//! `POST /office/claims/{id}`, which the claimant is told by email; open claims are listed on
//! the review page.

use app::accounts::claims::{claim, decide_claim, ClaimError};
use app::mail::compose::{send, MailKind};
use app::ports::Claim;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use crate::mail_text::FluentMail;
use crate::page::Visit;
use crate::system::error_page;
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

fn claim_error(state: &SharedState, visit: &Visit, error: &ClaimError) -> Response {
    match error {
        ClaimError::Forbidden => error_page(state, visit, StatusCode::FORBIDDEN, "forbidden"),
        ClaimError::AlreadyOpen | ClaimError::NotOpen | ClaimError::AlreadyEditor => {
            error_page(state, visit, StatusCode::CONFLICT, "claim-open")
        }
        ClaimError::Store(e) => {
            tracing::error!(error = %e, "claim failed");
            error_page(state, visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

pub async fn submit(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>, Form(form): Form<ClaimForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Some(listing) = state.directory.index().get(&slug) else {
        return error_page(&state, &visit, StatusCode::NOT_FOUND, "organisation-not-found");
    };
    match claim(state.accounts.as_ref(), &viewer, listing.id, &form.message).await {
        Ok(_) => Redirect::to(&format!("/organisations/{slug}?claimed=1")).into_response(),
        Err(ClaimError::AlreadyEditor) => Redirect::to(&format!("/organisations/{slug}/edit")).into_response(),
        Err(error) => claim_error(&state, &visit, &error),
    }
}

pub async fn decide(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<ClaimForm>,
) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let approve = form.decision == "approve";
    match decide_claim(state.accounts.as_ref(), &viewer, id, approve).await {
        Ok(decided) => {
            notify_claimant(&state, &headers, &decided, approve, &form.comment).await;
            Redirect::to("/office/review?done=claim").into_response()
        }
        Err(error) => claim_error(&state, &visit, &error),
    }
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
        MailKind::ClaimApproved { organisation, link: format!("{base}/organisations/{}/edit", record.slug) }
    } else {
        MailKind::ClaimRejected { organisation, comment: comment.trim().to_owned(), link: format!("{base}/organisations/{}", record.slug) }
    };
    let text = FluentMail { locale: state.site.default_locale, instance: state.site.instance_name.clone() };
    let language = state.accounts.user(claim.user).await.ok().flatten().and_then(|u| u.language);
    if let Err(error) = send(&state.jobs, &text, &claim.email, language, &kind).await {
        tracing::error!(%error, "could not queue the claim mail");
    }
}
