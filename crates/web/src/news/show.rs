//! A news item's page and a simple page: the reader's language or German (said so), picture
//! with alt text, Markdown through the sanitiser, linked associations and meetings. Drafts are
//! shown to the office only, marked as drafts. Pictures by hash.

use app::ports::NewsRecord;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::logo::LogoHash;
use domain::news::NewsKind;
use domain::slug::Slug;

use super::{shown_date, NewsCard};
use crate::config::OfficeContact;
use crate::error::PageError;
use crate::markdown::to_safe_html;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// A linked association, meeting or project.
pub struct Linked {
    pub url: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "news/show.html")]
pub struct ShowPage {
    pub page: PageCtx,
    pub card: NewsCard,
    pub kind: &'static str,
    pub body_html: String,
    pub associations: Vec<Linked>,
    pub meetings: Vec<Linked>,
    /// Linked projects that are public (a link never shows a project to whom it is hidden).
    pub projects: Vec<Linked>,
    pub draft: bool,
    pub staff: bool,
    pub slug: String,
    pub office: Option<OfficeContact>,
    /// The languages this item is written in, by name.
    pub languages: Vec<String>,
}

/// The item for a reader: published, or any for the office; else not found.
async fn readable(state: &SharedState, visit: &Visit, slug: &str, kind: NewsKind) -> Result<NewsRecord, PageError> {
    let staff = visit.viewer.as_ref().is_some_and(|v| v.is_staff());
    match state.news.store.news_by_slug(slug).await? {
        Some(r) if r.content.kind == kind && (r.published || staff) => Ok(r),
        _ => Err(PageError::NotFound("news-not-found")),
    }
}

async fn show(state: SharedState, visit: Visit, slug: String, kind: NewsKind) -> Result<Response, PageError> {
    let record = readable(&state, &visit, &slug, kind).await?;
    let section = if kind == NewsKind::News { "news" } else { "" };
    let page = PageCtx::new(&state, &visit, section);
    let card = NewsCard::of(&page.tr, &record);
    let lang = page.lang;
    let body = record.content.choose(lang).map(|c| c.version.body.clone()).unwrap_or_default();
    let mut associations = Vec::new();
    for s in &record.content.associations {
        let Ok(slug) = Slug::parse(s) else { continue };
        if let Some(org) = state.directory.store().organisation(&slug).await? {
            associations.push(Linked { url: format!("/organisations/{s}"), name: org.profile.name.clone() });
        }
    }
    let mut meetings = Vec::new();
    for s in &record.content.meetings {
        if let Some(m) = state.meetings.store.meeting_by_slug(s).await? {
            meetings.push(Linked { url: format!("/meetings/{s}"), name: m.meeting.title.clone() });
        }
    }
    let mut projects = Vec::new();
    for s in &record.content.projects {
        if let Some(p) = state.projects.store.project_by_slug(s).await?.filter(|p| p.project.is_public()) {
            projects.push(Linked { url: format!("/projects/{s}"), name: p.project.title.clone() });
        }
    }
    let languages = record.content.languages().into_iter().map(|l| page.tr.language_name(l)).collect();
    let template = ShowPage {
        kind: kind.key(),
        body_html: to_safe_html(&body),
        associations,
        meetings,
        projects,
        draft: !record.published,
        staff: visit.viewer.as_ref().is_some_and(|v| v.is_staff()),
        slug: record.slug.clone(),
        office: record.content.contact_block.then(|| state.site.office.clone()),
        languages,
        card,
        page,
    };
    Ok(render(StatusCode::OK, &template))
}

impl ShowPage {
    pub fn date(&self) -> String {
        shown_date(self.page.lang, &self.card.date)
    }

    pub fn dir(&self) -> &'static str {
        if matches!(self.card.lang.as_str(), "ar" | "fa") {
            "rtl"
        } else {
            "ltr"
        }
    }
}

pub async fn news(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>) -> Result<Response, PageError> {
    show(state, visit, slug, NewsKind::News).await
}

pub async fn page(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>) -> Result<Response, PageError> {
    show(state, visit, slug, NewsKind::Page).await
}

/// `GET /news/images/{hash}.png`: a stored picture, cached for good (the name is its content).
pub async fn image(State(state): State<SharedState>, headers: HeaderMap, Path(file): Path<String>) -> Result<Response, PageError> {
    let hash = file.strip_suffix(".png").and_then(|h| LogoHash::parse(h).ok()).ok_or(PageError::NOT_FOUND)?;
    let etag = format!("\"{}\"", hash.as_str());
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response());
    }
    let picture = state.news.store.news_image(&hash).await?.ok_or(PageError::NOT_FOUND)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/png".to_owned()),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable".to_owned()),
            (header::ETAG, etag),
        ],
        picture.png,
    )
        .into_response())
}
