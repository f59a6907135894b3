//! `/organisations/{slug}/history`: every version of an entry, who made it, when, what
//! changed, and its review; the office restores an earlier version, archives and trusts.

use app::accounts::registration::Mailing;
use app::moderation::{history, restore_and_tell, restore_preview, set_archived, set_trusted};
use app::ports::Author;
use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Redirect, Response};
use axum::Form;
use serde::Deserialize;

use crate::accounts::register::mailing_parts;

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
    /// The version whose content the office published again as this one.
    pub restored_from: Option<i64>,
    /// For a version an import stored: who imported which file when.
    pub import_origin: Option<String>,
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
    /// What the office just did here, said once.
    pub done: Option<String>,
}

/// The one-off flags the page's own actions set when they lead back here.
#[derive(Debug, Default, Deserialize)]
pub struct HistoryParams {
    /// After a restore: the restored version, the new one, how many editors were told.
    pub from: Option<i64>,
    pub restored: Option<i64>,
    pub told: Option<u32>,
    /// After archiving (`1`) or bringing back (`0`).
    pub archived: Option<String>,
}

/// A question before an action that is hard to take back: what happens, the button that does
/// it (a form to `action` with the hidden `fields`), and the way back.
#[derive(Template)]
#[template(path = "moderation/confirm_action.html")]
pub struct ConfirmPage {
    pub page: PageCtx,
    pub title: String,
    pub text: String,
    pub action: String,
    pub fields: Vec<(&'static str, String)>,
    pub submit: String,
    pub back: String,
    /// The changes the action would make, when they can be shown.
    pub changes: Vec<ChangeRow>,
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
    params: Result<Query<HistoryParams>, QueryRejection>,
) -> Result<Response, PageError> {
    // The flags only add a notice: an address with others still shows the history.
    let params = params.map(|Query(p)| p).unwrap_or_default();
    let entries = history(&state.directory, &viewer, record.id).await?;
    let page = PageCtx::new(&state, &visit, "account");
    let mut versions = Vec::with_capacity(entries.len());
    for entry in entries {
        let info = entry.info;
        let import_origin = match state.stores.imports.import_of_revision(record.id, info.number).await? {
            Some(import) => Some(page.tr.targs(
                "porting-history-origin",
                &[
                    ("author", history_author(&state, &page, &import.author, viewer.is_staff()).await?.into()),
                    ("date", import.created_at.get(..16).unwrap_or(&import.created_at).replace('T', " ").into()),
                    ("file", import.file_name.into()),
                    ("format", import.format.into()),
                ],
            )),
            None => None,
        };
        versions.push(VersionView {
            import_origin,
            number: info.number,
            author: history_author(&state, &page, &info.author, viewer.is_staff()).await?,
            created_at: info.created_at.get(..16).unwrap_or(&info.created_at).replace('T', " "),
            state: page.t(&format!("review-state-{}", info.review_state.key())),
            current: record.approved == Some(info.number),
            state_key: info.review_state.key().to_owned(),
            comment: info.comment.filter(|c| !c.is_empty()),
            changes: rows(&state, &page, &entry.changes),
            restored_from: info.restored_from,
        });
    }
    let done = match (params.from, params.restored, params.archived.as_deref()) {
        (Some(from), Some(number), _) => Some(page.tr.targs(
            "history-restored-note",
            &[("from", from.to_string().into()), ("number", number.to_string().into()), ("told", params.told.unwrap_or(0).into())],
        )),
        (_, _, Some("1")) => Some(page.t("history-archived-note")),
        (_, _, Some("0")) => Some(page.t("history-unarchived-note")),
        _ => None,
    };
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
            done,
        },
    ))
}

/// `GET …/history/{number}/restore`: what restoring would change, and the question.
pub async fn restore_confirm(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Path((_, number)): Path<(String, i64)>,
) -> Result<Response, PageError> {
    let changes = restore_preview(&state.directory, &viewer, record.id, number).await?;
    let page = PageCtx::new(&state, &visit, "account");
    let changes = rows(&state, &page, &changes);
    let n = number.to_string();
    Ok(render(
        StatusCode::OK,
        &ConfirmPage {
            title: page.tr.t1("history-restore-confirm-title", "number", n.as_str()),
            text: page.tr.t1("history-restore-confirm-text", "number", n.as_str()),
            action: format!("{}/{number}/restore", urls::history(record.slug.as_str())),
            fields: Vec::new(),
            submit: page.tr.t1("history-restore-confirm-submit", "number", n.as_str()),
            back: urls::history(record.slug.as_str()),
            changes,
            page,
        },
    ))
}

pub async fn restore_version(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Path((_, number)): Path<(String, i64)>,
) -> Result<Redirect, PageError> {
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let done = restore_and_tell(&state.directory, state.accounts.as_ref(), &mailing, &viewer, record.id, number).await?;
    Ok(Redirect::to(&urls::history_restored(record.slug.as_str(), done.from, done.number, done.editors_told)))
}

/// `GET …/archive`: the question before archiving.
pub async fn archive_confirm(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let page = PageCtx::new(&state, &visit, "account");
    Ok(render(
        StatusCode::OK,
        &ConfirmPage {
            title: page.tr.t1("history-archive-confirm-title", "name", record.name.as_str()),
            text: page.t("history-danger-text"),
            action: format!("/organisations/{}/archive", record.slug),
            fields: vec![("value", "1".to_owned())],
            submit: page.t("history-archive-confirm-submit"),
            back: urls::history(record.slug.as_str()),
            changes: Vec::new(),
            page,
        },
    ))
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
    let archive = form.value == "1";
    set_archived(&state.directory, state.accounts.as_ref(), &viewer, record.id, archive).await?;
    Ok(Redirect::to(&urls::history_archived(record.slug.as_str(), archive)))
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
