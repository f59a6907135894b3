//! The office publishes an item or withdraws it (it stays as a draft with its history).

use super::{audit, require_staff, News, NewsError};
use crate::accounts::sign_in::Viewer;

pub async fn publish_news(news: &News, viewer: &Viewer, slug: &str, published: bool) -> Result<(), NewsError> {
    require_staff(viewer)?;
    let record = news.by_slug(slug).await?;
    news.store.set_published(record.id, published, news.clock.now().unix_secs()).await?;
    let action = if published { "news.publish" } else { "news.unpublish" };
    audit(news, viewer, action, record.id, String::new()).await
}
