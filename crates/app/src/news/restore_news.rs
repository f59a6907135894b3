//! The office restores an old revision: its content is appended as a new revision that names it.

use super::{audit, author, require_staff, News, NewsError};
use crate::accounts::sign_in::Viewer;

/// Appends revision `number`'s content again; returns the new revision's number.
pub async fn restore_news(news: &News, viewer: &Viewer, slug: &str, number: i64) -> Result<i64, NewsError> {
    require_staff(viewer)?;
    let record = news.by_slug(slug).await?;
    let revisions = news.store.news_revisions(record.id).await?;
    let old = revisions.into_iter().find(|r| r.number == number).ok_or(NewsError::NotFound)?;
    let new = news.store.save_news(record.id, &old.content, &author(viewer), Some(number), news.clock.now().unix_secs()).await?;
    audit(news, viewer, "news.restore", record.id, format!("revision {number} as {new}")).await?;
    Ok(new)
}
