//! `/office/review`: the office's queue of pending changes and proposals, each with a
//! field-by-field diff, duplicate candidates for proposals, and approve / reject with a
//! comment. The author, or the proposer of a new association, is told by email.

use app::accounts::sign_in::Viewer;
use app::mail::compose::Mailing;
use app::moderation::{name_author, name_author_label, notify_author, review, review_queue, AuthorName, Decision, ModerationError};
use app::ports::Author;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::duplicates::MatchReason;
use serde::Deserialize;

use super::changes::{rows, ChangeRow};
use crate::accounts::register::mailing_parts;
use crate::error::PageError;
use crate::extract::{Association, SignedIn};
use crate::forms::Posted;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// A possible duplicate of a proposal.
pub struct DuplicateView {
    pub name: String,
    pub slug: String,
    pub reasons: String,
}

/// One pending change.
pub struct ReviewView {
    pub slug: String,
    pub name: String,
    pub number: i64,
    pub author: String,
    pub created_at: String,
    pub is_new: bool,
    pub changes: Vec<ChangeRow>,
    pub duplicates: Vec<DuplicateView>,
}

#[derive(Template)]
#[template(path = "moderation/review.html")]
pub struct ReviewPage {
    pub page: PageCtx,
    /// Open claims with what waits on them.
    pub claims: Vec<ClaimView>,
    pub items: Vec<ReviewView>,
    pub done: Option<String>,
    /// A decision shown again: the revision's slug and number, the message, the comment typed.
    pub error: Option<(String, i64, String, String)>,
    /// A claim's decision shown again: the claim, the message, the comment typed.
    pub claim_error: Option<(i64, String, String)>,
}

/// A readable author: the account's address, a proposer's address, or a system process.
pub async fn author_label(state: &SharedState, page: &PageCtx, author: &Author) -> Result<String, PageError> {
    Ok(author_words(page, name_author(state.accounts.as_ref(), author).await?))
}

/// The same for a stored label (the audit log's actor).
pub async fn actor_label(state: &SharedState, page: &PageCtx, label: &str) -> Result<String, PageError> {
    Ok(author_words(page, name_author_label(state.accounts.as_ref(), label).await?))
}

fn author_words(page: &PageCtx, name: AuthorName) -> String {
    match name {
        AuthorName::Account(email) => email.to_string(),
        AuthorName::DeletedAccount => page.t("author-deleted"),
        AuthorName::Proposer(email) => page.tr.t1("propose-author", "email", &email),
        AuthorName::Survey(slug) => page.tr.t1("author-survey", "survey", &slug),
        AuthorName::System => page.t("author-system"),
    }
}

/// Why an entry may be a duplicate, in words: "similar name, 40 m away".
pub fn reasons_text(page: &PageCtx, reasons: &[MatchReason]) -> String {
    reasons
        .iter()
        .map(|r| match r {
            MatchReason::SimilarName { .. } => page.t("duplicate-similar-name"),
            MatchReason::ContainedName { .. } => page.t("duplicate-contained-name"),
            MatchReason::Nearby { metres } => page.tr.t1("duplicate-nearby", "metres", metres.round() as usize),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// An open claim ("this is our association") as the office's queue shows it.
pub struct ClaimView {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub slug: String,
    pub message: String,
    /// The associations whose introduction requests wait for an answer from this one.
    pub waiting: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct DoneParam {
    pub done: Option<String>,
}

pub(crate) async fn build(state: &SharedState, visit: &Visit, viewer: &Viewer) -> Result<ReviewPage, PageError> {
    let page = PageCtx::new(state, visit, "review");
    let queue = review_queue(&state.directory, viewer).await?;
    let mut items = Vec::with_capacity(queue.len());
    for item in queue {
        let duplicates = item
            .duplicates
            .iter()
            .map(|d| DuplicateView { name: d.name.clone(), slug: d.slug.to_string(), reasons: reasons_text(&page, &d.reasons) })
            .collect();
        items.push(ReviewView {
            slug: item.pending.slug.to_string(),
            name: item.pending.name.clone(),
            number: item.pending.number,
            author: author_label(state, &page, &item.pending.author).await?,
            created_at: item.pending.created_at.get(..16).unwrap_or(&item.pending.created_at).replace('T', " "),
            is_new: item.pending.is_new,
            changes: rows(state, &page, &item.changes),
            duplicates,
        });
    }
    let index = state.directory.index();
    let mut claims = Vec::new();
    for c in app::accounts::claims::pending_claims(state.accounts.as_ref(), viewer).await? {
        let Some(listing) = index.by_id(c.organisation) else { continue };
        // Requests for an introduction that this association has not answered: often why
        // someone claims it (the mail led them here).
        let waiting = state
            .marketplace
            .introductions()
            .introductions_of(c.organisation)
            .await?
            .into_iter()
            .filter(|i| i.responder_org == c.organisation && i.state == domain::marketplace::IntroductionState::Requested)
            .filter_map(|i| index.by_id(i.requester_org).map(|l| l.name().to_owned()))
            .collect();
        claims.push(ClaimView {
            id: c.id,
            email: c.email.to_string(),
            name: listing.name().to_owned(),
            slug: listing.slug().to_owned(),
            message: c.message,
            waiting,
        });
    }
    Ok(ReviewPage { page, claims, items, done: None, error: None, claim_error: None })
}

pub async fn queue(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<DoneParam>,
) -> Result<Response, PageError> {
    let mut page = build(&state, &visit, &viewer).await?;
    page.done =
        q.done.filter(|d| matches!(d.as_str(), "approved" | "rejected" | "claim")).map(|d| page.page.t(&format!("review-done-{d}")));
    Ok(render(StatusCode::OK, &page))
}

#[derive(Debug, Default, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub comment: String,
}

pub async fn decide(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Association(record): Association,
    Path((_, number)): Path<(String, i64)>,
    Posted { form, repeated }: Posted<DecisionForm>,
) -> Result<Response, PageError> {
    // A field sent more than once: the queue again with the comment typed, nothing decided.
    if !repeated.is_empty() {
        let mut page = build(&state, &visit, &viewer).await?;
        let message = page.page.t("form-error-repeated");
        page.error = Some((record.slug.to_string(), number, message, form.comment));
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    let decision = if form.decision == "approve" { Decision::Approve } else { Decision::Reject };
    match review(&state.directory, state.accounts.as_ref(), &viewer, record.id, number, decision, form.comment.trim()).await {
        Ok(outcome) => {
            let (text, base) = mailing_parts(&state, &headers);
            let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
            notify_author(state.accounts.as_ref(), &mailing, &outcome, form.comment.trim()).await;
            let done = if decision == Decision::Approve { "approved" } else { "rejected" };
            Ok(Redirect::to(&urls::review_done(done)).into_response())
        }
        Err(ModerationError::CommentRequired) => {
            let mut page = build(&state, &visit, &viewer).await?;
            let message = page.page.t("review-comment-required");
            page.error = Some((record.slug.to_string(), number, message, form.comment));
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(ModerationError::Conflict) => Ok(Redirect::to(&urls::review_done("conflict")).into_response()),
        Err(error) => Err(error.into()),
    }
}
