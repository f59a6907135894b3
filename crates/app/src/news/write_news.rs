//! The office writes a news item or page (a draft) and changes it; every save is a revision.

use domain::news::{news_slug, NewsContent, NewsInput};
use domain::profile_form::FieldError;
use domain::slug::Slug;

use super::{audit, author, require_staff, News, NewsError};
use crate::accounts::sign_in::Viewer;
use crate::ports::StoreError;

/// Checks the form and that every linked association, meeting and project exists.
async fn checked(news: &News, input: &NewsInput) -> Result<NewsContent, NewsError> {
    let content = input.validate().map_err(NewsError::Invalid)?;
    let mut errors = Vec::new();
    for slug in &content.associations {
        let known = match Slug::parse(slug) {
            Ok(s) => news.directory.organisation_record_by_slug(&s).await?.is_some(),
            Err(_) => false,
        };
        if !known {
            errors.push(FieldError { field: "associations".into(), code: "news_link_unknown" });
            break;
        }
    }
    for slug in &content.meetings {
        if news.meetings.meeting_by_slug(slug).await?.is_none() {
            errors.push(FieldError { field: "meetings".into(), code: "news_link_unknown" });
            break;
        }
    }
    for slug in &content.projects {
        if news.projects.project_by_slug(slug).await?.is_none() {
            errors.push(FieldError { field: "projects".into(), code: "news_link_unknown" });
            break;
        }
    }
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(NewsError::Invalid(errors))
    }
}

/// Stores a new draft under a slug from its date and German title (`-2`, `-3` … when taken);
/// returns the slug.
pub async fn create_news(news: &News, viewer: &Viewer, input: &NewsInput) -> Result<String, NewsError> {
    require_staff(viewer)?;
    let content = checked(news, input).await?;
    let title = content.german().map(|v| v.title.as_str()).unwrap_or_default();
    let Some(base) = news_slug(content.kind, &content.date, title) else {
        return Err(NewsError::Invalid(vec![FieldError { field: "de.title".into(), code: "too_short" }]));
    };
    let now = news.clock.now().unix_secs();
    for n in 1..=50 {
        let slug = if n == 1 { base.as_str().to_owned() } else { format!("{}-{n}", base.as_str()) };
        match news.store.create_news(&slug, &content, &author(viewer), now).await {
            Ok(id) => {
                audit(news, viewer, "news.create", id, slug.clone()).await?;
                return Ok(slug);
            }
            Err(StoreError::SlugTaken(_)) => continue,
            Err(other) => return Err(other.into()),
        }
    }
    Err(NewsError::Store(StoreError::Conflict(format!("no free slug for {}", base.as_str()))))
}

/// Saves a new revision of the item at `slug`; its slug and publication stay. Saving the same
/// content again adds nothing.
pub async fn edit_news(news: &News, viewer: &Viewer, slug: &str, input: &NewsInput) -> Result<(), NewsError> {
    require_staff(viewer)?;
    let record = news.by_slug(slug).await?;
    let mut content = checked(news, input).await?;
    // The kind is the item's; the form cannot turn a news item into a page.
    content.kind = record.content.kind;
    if content == record.content {
        return Ok(());
    }
    let number = news.store.save_news(record.id, &content, &author(viewer), None, news.clock.now().unix_secs()).await?;
    audit(news, viewer, "news.edit", record.id, format!("revision {number}")).await
}
