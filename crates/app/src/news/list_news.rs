//! The public list of news: published items, the latest date first, [`PER_PAGE`] a page.

use domain::news::NewsKind;

use super::{News, NewsError};
use crate::ports::NewsRecord;

/// News items on one page of `/news`.
pub const PER_PAGE: i64 = 10;

/// One page of published news.
#[derive(Debug, Clone)]
pub struct NewsList {
    pub items: Vec<NewsRecord>,
    /// From 1.
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

/// Page `page` (from 1; anything out of range gives the nearest page) of published items of `kind`.
pub async fn news_list(news: &News, kind: NewsKind, page: i64, per_page: i64) -> Result<NewsList, NewsError> {
    let per_page = per_page.clamp(1, 100);
    let total = news.store.count_published(kind).await?;
    let pages = ((total + per_page - 1) / per_page).max(1);
    let page = page.clamp(1, pages);
    let items = news.store.published_news(kind, (page - 1) * per_page, per_page).await?;
    Ok(NewsList { items, page, pages, total })
}
