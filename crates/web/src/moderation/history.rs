//! `/organisations/{slug}/history`: every version of an entry, who made it, when, what
//! changed, and its review; the office restores an earlier version, archives and trusts.

use app::moderation::{history, restore, set_archived, set_trusted, ModerationError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::changes::{rows, ChangeRow};
use super::edit::moderation_error;
use super::review::author_label;
use crate::page::{render, PageCtx, Visit};
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

async fn record(state: &SharedState, slug: &str) -> Result<app::ports::OrgRecord, ModerationError> {
    let slug = domain::slug::Slug::parse(slug).map_err(|_| ModerationError::NotFound)?;
    state.directory.store().organisation_record_by_slug(&slug).await?.ok_or(ModerationError::NotFound)
}

/// Who made a version, as the viewer may see it: the office sees addresses; representatives see
/// their co-editors' addresses, the office's name for staff and no proposer's address.
async fn history_author(state: &SharedState, page: &PageCtx, label: &str, staff: bool) -> String {
    if staff {
        return author_label(state, page, label).await;
    }
    if label.starts_with("proposal:") {
        return page.t("author-proposer");
    }
    let user = label.strip_prefix("user:").and_then(|id| id.parse::<i64>().ok());
    if let Some(id) = user {
        if let Ok(Some(user)) = state.accounts.user(domain::accounts::UserId(id)).await {
            if app::accounts::sign_in::requires_second_factor(user.role) {
                return state.site.office.name.clone();
            }
        }
    }
    author_label(state, page, label).await
}

pub async fn show(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let record = match record(&state, &slug).await {
        Ok(r) => r,
        Err(e) => return moderation_error(&state, &visit, &e),
    };
    let entries = match history(&state.directory, &viewer, record.id).await {
        Ok(entries) => entries,
        Err(e) => return moderation_error(&state, &visit, &e),
    };
    let page = PageCtx::new(&state, &visit, "account");
    let mut versions = Vec::with_capacity(entries.len());
    for entry in entries {
        let info = entry.info;
        versions.push(VersionView {
            number: info.number,
            author: history_author(&state, &page, &info.author, viewer.is_staff()).await,
            created_at: info.created_at.get(..16).unwrap_or(&info.created_at).replace('T', " "),
            state: page.t(&format!("review-state-{}", info.review_state)),
            current: record.approved == Some(info.number),
            state_key: info.review_state,
            comment: info.comment.filter(|c| !c.is_empty()),
            changes: rows(&state, &page, &entry.changes),
        });
    }
    let name = record.name.clone();
    render(
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
    )
}

pub async fn restore_version(State(state): State<SharedState>, visit: Visit, Path((slug, number)): Path<(String, i64)>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let record = match record(&state, &slug).await {
        Ok(r) => r,
        Err(e) => return moderation_error(&state, &visit, &e),
    };
    match restore(&state.directory, state.accounts.as_ref(), &viewer, record.id, number).await {
        Ok(_) => Redirect::to(&format!("/organisations/{}/history", record.slug)).into_response(),
        Err(e) => moderation_error(&state, &visit, &e),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct FlagForm {
    #[serde(default)]
    pub value: String,
}

/// Archive or un-archive (`value=1|0`).
pub async fn archive(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>, Form(form): Form<FlagForm>) -> Response {
    flag(state, visit, slug, form, true).await
}

/// Mark as trusted or not (`value=1|0`).
pub async fn trust(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>, Form(form): Form<FlagForm>) -> Response {
    flag(state, visit, slug, form, false).await
}

async fn flag(state: SharedState, visit: Visit, slug: String, form: FlagForm, archive: bool) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let record = match record(&state, &slug).await {
        Ok(r) => r,
        Err(e) => return moderation_error(&state, &visit, &e),
    };
    let on = form.value == "1";
    let outcome = if archive {
        set_archived(&state.directory, state.accounts.as_ref(), &viewer, record.id, on).await
    } else {
        set_trusted(&state.directory, state.accounts.as_ref(), &viewer, record.id, on).await
    };
    match outcome {
        Ok(()) => Redirect::to(&format!("/organisations/{}/history", record.slug)).into_response(),
        Err(e) => moderation_error(&state, &visit, &e),
    }
}
