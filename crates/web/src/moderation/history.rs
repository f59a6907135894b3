//! `/organisations/{slug}/history`: every version of an entry, who made it, when, what
//! changed, and its review; the office restores an earlier version, archives and trusts.

use app::moderation::{history, restore, set_archived, set_trusted};
use app::ports::Author;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::changes::{rows, ChangeRow};
use super::review::author_label;
use crate::error::PageError;
use crate::extract::{Association, SignedIn};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

pub struct VersionView {
    pub number: i64,
    pub author: String,
    pub created_at: String,
    pub state: String,
    pub state_key: String,
    pub comment: Option<String>,
    pub changes: Vec<ChangeRow>,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "moderation/history.html")]
pub struct HistoryPage {
    pub page: PageCtx,
    pub slug: String,
    pub name: String,
    pub archived: bool,
    pub trusted: bool,
    pub staff: bool,
    pub versions: Vec<VersionView>,
}

/// Who made a version, as the viewer may see it: the office sees addresses; representatives see
/// their co-editors' addresses, the office's name for staff and no proposer's address.
async fn history_author(state: &SharedState, page: &PageCtx, author: &Author, staff: bool) -> Result<String, PageError> {
    if staff {
        return author_label(state, page, author).await;
    }
    match author {
        Author::Proposer(_) => return Ok(page.t("author-proposer")),
        Author::User(id) => {
            if let Some(user) = state.accounts.user(*id).await? {
                if app::accounts::sign_in::requires_second_factor(user.role) {
                    return Ok(state.site.office.name.clone());
                }
            }
        }
        Author::System(_) => {}
    }
    author_label(state, page, author).await
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
) -> Result<Response, PageError> {
    let entries = history(&state.directory, &viewer, record.id).await?;
    let page = PageCtx::new(&state, &visit, "account");
    let mut versions = Vec::with_capacity(entries.len());
    for entry in entries {
        let info = entry.info;
        versions.push(VersionView {
            number: info.number,
            author: history_author(&state, &page, &info.author, viewer.is_staff()).await?,
            created_at: info.created_at.get(..16).unwrap_or(&info.created_at).replace('T', " "),
            state: page.t(&format!("review-state-{}", info.review_state.key())),
            current: record.approved == Some(info.number),
            state_key: info.review_state.key().to_owned(),
            comment: info.comment.filter(|c| !c.is_empty()),
            changes: rows(&state, &page, &entry.changes),
        });
    }
    let name = record.name.clone();
    Ok(render(
        StatusCode::OK,
        &HistoryPage {
            staff: viewer.is_staff(),
            page,
            slug: record.slug.to_string(),
            name,
            archived: record.archived,
            trusted: record.trusted,
            versions,
        },
    ))
}

pub async fn restore_version(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Path((_, number)): Path<(String, i64)>,
) -> Result<Redirect, PageError> {
    restore(&state.directory, state.accounts.as_ref(), state.logos.as_ref(), &viewer, record.id, number).await?;
    Ok(Redirect::to(&urls::history(record.slug.as_str())))
}

#[derive(Debug, Default, Deserialize)]
pub struct FlagForm {
    #[serde(default)]
    pub value: String,
}

/// Archive or un-archive (`value=1|0`).
pub async fn archive(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Form(form): Form<FlagForm>,
) -> Result<Redirect, PageError> {
    set_archived(&state.directory, state.accounts.as_ref(), &viewer, record.id, form.value == "1").await?;
    Ok(Redirect::to(&urls::history(record.slug.as_str())))
}

/// Mark as trusted or not (`value=1|0`).
pub async fn trust(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Form(form): Form<FlagForm>,
) -> Result<Redirect, PageError> {
    set_trusted(&state.directory, state.accounts.as_ref(), &viewer, record.id, form.value == "1").await?;
    Ok(Redirect::to(&urls::history(record.slug.as_str())))
}
