//! `/office/review`: the office's queue of pending changes and proposals, each with a
//! field-by-field diff, duplicate candidates for proposals, and approve / reject with a
//! comment. The author, or the proposer of a new association, is told by email.

use app::accounts::sign_in::Viewer;
use app::mail::compose::{send, MailKind};
use app::moderation::{review, review_queue, Decision, ModerationError, ReviewOutcome};
use app::ports::Author;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use domain::duplicates::MatchReason;
use serde::Deserialize;

use super::changes::{rows, ChangeRow};
use super::edit::moderation_error;
use crate::mail_text::FluentMail;
use crate::page::{render, PageCtx, Visit};
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
    /// Open claims: (id, claimant, association name, slug, message).
    pub claims: Vec<(i64, String, String, String, String)>,
    pub items: Vec<ReviewView>,
    pub done: Option<String>,
    pub error: Option<(String, i64, String)>,
}

/// A readable author: the account's address, a proposer's address, or a system process.
pub async fn author_label(state: &SharedState, page: &PageCtx, author: &Author) -> String {
    match author {
        Author::User(id) => match state.accounts.user(*id).await {
            Ok(Some(user)) => user.email.to_string(),
            _ => page.t("author-deleted"),
        },
        Author::Proposer(email) => page.tr.t1("propose-author", "email", email.as_str()),
        Author::System(_) => page.t("author-system"),
    }
}

/// Why an entry may be a duplicate, in words: "similar name, 40 m away".
pub fn reasons_text(page: &PageCtx, reasons: &[MatchReason]) -> String {
    reasons
        .iter()
        .map(|r| match r {
            MatchReason::SimilarName { .. } => page.t("duplicate-similar-name"),
            MatchReason::Nearby { metres } => page.tr.t1("duplicate-nearby", "metres", metres.round() as usize),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Default, Deserialize)]
pub struct DoneParam {
    pub done: Option<String>,
}

async fn build(state: &SharedState, visit: &Visit, viewer: &Viewer) -> Result<ReviewPage, ModerationError> {
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
            author: author_label(state, &page, &item.pending.author).await,
            created_at: item.pending.created_at.get(..16).unwrap_or(&item.pending.created_at).replace('T', " "),
            is_new: item.pending.is_new,
            changes: rows(state, &page, &item.changes),
            duplicates,
        });
    }
    let index = state.directory.index();
    let claims = app::accounts::claims::pending_claims(state.accounts.as_ref(), viewer)
        .await
        .map_err(|_| ModerationError::Forbidden)?
        .into_iter()
        .filter_map(|c| {
            let listing = index.by_id(c.organisation)?;
            Some((c.id, c.email.to_string(), listing.name.clone(), listing.slug.to_string(), c.message))
        })
        .collect();
    Ok(ReviewPage { page, claims, items, done: None, error: None })
}

pub async fn queue(State(state): State<SharedState>, visit: Visit, Query(q): Query<DoneParam>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    match build(&state, &visit, &viewer).await {
        Ok(mut page) => {
            page.done = q
                .done
                .filter(|d| matches!(d.as_str(), "approved" | "rejected" | "claim"))
                .map(|d| page.page.t(&format!("review-done-{d}")));
            render(StatusCode::OK, &page)
        }
        Err(error) => moderation_error(&state, &visit, &error),
    }
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
    headers: HeaderMap,
    Path((slug, number)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Ok(slug) = domain::slug::Slug::parse(&slug) else { return moderation_error(&state, &visit, &ModerationError::NotFound) };
    let record = match state.directory.store().organisation_record_by_slug(&slug).await {
        Ok(Some(record)) => record,
        Ok(None) => return moderation_error(&state, &visit, &ModerationError::NotFound),
        Err(e) => return moderation_error(&state, &visit, &e.into()),
    };
    let decision = if form.decision == "approve" { Decision::Approve } else { Decision::Reject };
    match review(&state.directory, state.accounts.as_ref(), &viewer, record.id, number, decision, form.comment.trim()).await {
        Ok(outcome) => {
            notify_author(&state, &headers, &outcome, form.comment.trim()).await;
            let done = if decision == Decision::Approve { "approved" } else { "rejected" };
            Redirect::to(&format!("/office/review?done={done}")).into_response()
        }
        Err(ModerationError::CommentRequired) => match build(&state, &visit, &viewer).await {
            Ok(mut page) => {
                page.error = Some((record.slug.to_string(), number, page.page.t("review-comment-required")));
                render(StatusCode::UNPROCESSABLE_ENTITY, &page)
            }
            Err(error) => moderation_error(&state, &visit, &error),
        },
        Err(ModerationError::Conflict) => Redirect::to("/office/review?done=conflict").into_response(),
        Err(error) => moderation_error(&state, &visit, &error),
    }
}

/// Mails the author of a reviewed change, or the proposer of a new association; failures are
/// logged, the decision stands.
async fn notify_author(state: &SharedState, headers: &HeaderMap, outcome: &ReviewOutcome, comment: &str) {
    let base = crate::base_url(state, headers);
    let organisation = outcome.name.clone();
    let (to, language, kind) = match outcome.proposer() {
        Some(proposer) => {
            let kind = match outcome.decision {
                Decision::Approve => MailKind::ProposalApproved { organisation, link: format!("{base}/organisations/{}", outcome.slug) },
                Decision::Reject => {
                    MailKind::ProposalRejected { organisation, comment: comment.to_owned(), link: format!("{base}/organisations/propose") }
                }
            };
            // A proposer with an account gets its language; others the instance's.
            let language = state.accounts.user_by_email(&proposer).await.ok().flatten().and_then(|u| u.language);
            (proposer, language, kind)
        }
        None => {
            let Author::User(id) = outcome.author else { return };
            let Ok(Some(user)) = state.accounts.user(id).await else { return };
            let link = format!("{base}/organisations/{}/edit", outcome.slug);
            let kind = match outcome.decision {
                Decision::Approve => MailKind::RevisionApproved { organisation, link },
                Decision::Reject => MailKind::RevisionRejected { organisation, comment: comment.to_owned(), link },
            };
            (user.email, user.language, kind)
        }
    };
    let text = FluentMail { locale: state.site.default_locale, instance: state.site.instance_name.clone() };
    if let Err(error) = send(&state.jobs, &text, &to, language, &kind).await {
        tracing::error!(%error, "could not queue the review mail");
    }
}
