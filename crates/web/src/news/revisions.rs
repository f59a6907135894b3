//! An item's revisions for the office: who saved what when, restores marked, and restoring an
//! old revision (appended as a new one; nothing is lost).

use app::moderation::{name_author, AuthorName};
use app::news::restore_news;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::timestamp::Timestamp;

use super::editor::refresh;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// One revision as the page lists it.
pub struct RevisionLine {
    pub number: i64,
    pub when: String,
    pub author: String,
    pub title: String,
    pub restored_from: Option<i64>,
    pub current: bool,
    pub languages: String,
}

#[derive(Template)]
#[template(path = "news/revisions.html")]
pub struct RevisionsPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub revisions: Vec<RevisionLine>,
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let record = state.news.store.news_by_slug(&slug).await?.ok_or(PageError::NotFound("news-not-found"))?;
    let page = PageCtx::new(&state, &visit, "news");
    let mut revisions = Vec::new();
    for r in state.news.store.news_revisions(record.id).await?.into_iter().rev() {
        let author = match name_author(state.accounts.as_ref(), &r.author).await? {
            AuthorName::Account(email) => email.to_string(),
            AuthorName::DeletedAccount => page.t("author-deleted"),
            AuthorName::Proposer(email) => email,
            AuthorName::Survey(slug) => page.tr.t1("author-survey", "survey", &slug),
            AuthorName::System => page.t("author-system"),
        };
        revisions.push(RevisionLine {
            number: r.number,
            when: Timestamp::from_unix_secs(r.created_at).to_rfc3339().chars().take(16).collect::<String>().replace('T', " "),
            author,
            title: r.content.german().map(|v| v.title.clone()).unwrap_or_default(),
            restored_from: r.restored_from,
            current: r.number == record.revision,
            languages: r.content.languages().into_iter().map(|l| page.tr.language_name(l)).collect::<Vec<_>>().join(", "),
        });
    }
    let title = record.content.german().map(|v| v.title.clone()).unwrap_or_default();
    Ok(render(StatusCode::OK, &RevisionsPage { page, slug, title, revisions }))
}

pub async fn restore(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let number: i64 = number.parse().map_err(|_| PageError::NotFound("news-not-found"))?;
    restore_news(&state.news, &viewer, &slug, number).await?;
    refresh(&state).await;
    Ok(Redirect::to(&format!("/office/news/{slug}/edit?saved=restored")).into_response())
}
