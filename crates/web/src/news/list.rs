//! `/news`: published news, the latest first, ten a page; `/office/news`: every item and page
//! with its state, for the office.

use app::news::{news_list, PER_PAGE};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::news::NewsKind;
use serde::Deserialize;

use super::{item_url, NewsCard};
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

#[derive(Template)]
#[template(path = "news/list.html")]
pub struct ListPage {
    pub page: PageCtx,
    pub items: Vec<NewsCard>,
    pub current: i64,
    pub pages: i64,
    pub staff: bool,
}

impl ListPage {
    pub fn previous(&self) -> Option<String> {
        (self.current > 1).then(|| format!("/news?page={}", self.current - 1))
    }

    pub fn next(&self) -> Option<String> {
        (self.current < self.pages).then(|| format!("/news?page={}", self.current + 1))
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Paging {
    #[serde(default)]
    pub page: Option<String>,
}

pub async fn public(State(state): State<SharedState>, visit: Visit, Query(q): Query<Paging>) -> Result<Response, PageError> {
    let page = PageCtx::new(&state, &visit, "news");
    // Anything that is not a page number reads as the first page.
    let wanted = q.page.as_deref().and_then(|p| p.trim().parse::<i64>().ok()).unwrap_or(1);
    let list = news_list(&state.news, NewsKind::News, wanted, PER_PAGE).await?;
    let items = list.items.iter().map(|r| NewsCard::of(&page.tr, r)).collect();
    let staff = visit.viewer.as_ref().is_some_and(|v| v.is_staff());
    Ok(render(StatusCode::OK, &ListPage { page, items, current: list.page, pages: list.pages, staff }))
}

/// A row of the office's list.
pub struct OfficeRow {
    pub slug: String,
    pub title: String,
    pub date: String,
    pub published: bool,
    pub url: String,
    pub placement: &'static str,
}

/// The office's list of news items, or of pages.
pub struct OfficeSection {
    pub id: &'static str,
    pub heading: String,
    pub rows: Vec<OfficeRow>,
}

#[derive(Template)]
#[template(path = "news/office.html")]
pub struct OfficePage {
    pub page: PageCtx,
    pub sections: Vec<OfficeSection>,
}

pub async fn office(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let page = PageCtx::new(&state, &visit, "news");
    let rows = |records: Vec<app::ports::NewsRecord>| -> Vec<OfficeRow> {
        records
            .iter()
            .map(|r| OfficeRow {
                slug: r.slug.clone(),
                title: r.content.german().map(|v| v.title.clone()).unwrap_or_default(),
                date: r.content.date.clone(),
                published: r.published,
                url: item_url(r),
                placement: r.content.placement.key(),
            })
            .collect()
    };
    let news = rows(state.news.store.all_news(NewsKind::News).await?);
    let pages = rows(state.news.store.all_news(NewsKind::Page).await?);
    let sections = vec![
        OfficeSection { id: "office-news-list", heading: page.t("news-office-news"), rows: news },
        OfficeSection { id: "office-pages-list", heading: page.t("news-office-pages"), rows: pages },
    ];
    Ok(render(StatusCode::OK, &OfficePage { page, sections }))
}
