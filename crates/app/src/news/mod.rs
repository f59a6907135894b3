//! News and pages of the office (capability 7): writing and changing them (drafts, every save a
//! revision), publishing and withdrawing, restoring an old revision, a picture with alt text,
//! and reading them for the public (paging, links from associations, meetings and projects).
//! Every change is the office's; each checks that the viewer is staff and is audited.

mod list_news;
mod publish_news;
mod restore_news;
mod set_news_image;
mod write_news;

pub use list_news::{news_list, NewsList, PER_PAGE};
pub use publish_news::publish_news;
pub use restore_news::restore_news;
pub use set_news_image::{set_news_image, NewsImageError};
pub use write_news::{create_news, edit_news};

use std::sync::Arc;

use domain::news::NewsId;
use domain::profile_form::FieldError;

use crate::accounts::sign_in::Viewer;
use crate::ports::{
    AuditEvent, AuditLog, Author, Clock, DirectoryStore, MeetingStore, NewsRecord, NewsStore, ProjectStore, StoreError, Stores,
};

/// What the news use cases work on.
#[derive(Clone)]
pub struct News {
    pub store: Arc<dyn NewsStore>,
    /// To check that linked associations exist.
    pub directory: Arc<dyn DirectoryStore>,
    /// To check that linked meetings exist.
    pub meetings: Arc<dyn MeetingStore>,
    /// To check that linked projects exist.
    pub projects: Arc<dyn ProjectStore>,
    pub audit: Arc<dyn AuditLog>,
    pub clock: Arc<dyn Clock>,
}

impl News {
    pub fn new(stores: &Stores) -> News {
        News {
            store: stores.news.clone(),
            directory: stores.directory.clone(),
            meetings: stores.meetings.clone(),
            projects: stores.projects.clone(),
            audit: stores.accounts.clone(),
            clock: stores.clock.clone(),
        }
    }

    /// The item at `slug`, drafts included; [`NewsError::NotFound`].
    pub async fn by_slug(&self, slug: &str) -> Result<NewsRecord, NewsError> {
        self.store.news_by_slug(slug).await?.ok_or(NewsError::NotFound)
    }
}

/// Why a news use case did nothing.
#[derive(Debug, thiserror::Error)]
pub enum NewsError {
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The form has problems, by field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(StoreError),
}

impl NewsError {
    /// Stable code that the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            NewsError::Forbidden => "forbidden",
            NewsError::NotFound => "not_found",
            NewsError::Invalid(_) => "invalid",
            NewsError::Store(_) => "unavailable",
        }
    }
}

impl From<StoreError> for NewsError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound(_) => NewsError::NotFound,
            other => NewsError::Store(other),
        }
    }
}

fn require_staff(viewer: &Viewer) -> Result<(), NewsError> {
    if viewer.is_staff() {
        Ok(())
    } else {
        Err(NewsError::Forbidden)
    }
}

fn author(viewer: &Viewer) -> Author {
    Author::User(viewer.user.id)
}

/// Records the office's action on an item in the audit log.
async fn audit(news: &News, viewer: &Viewer, action: &str, id: NewsId, detail: String) -> Result<(), NewsError> {
    let event =
        AuditEvent { actor: author(viewer).label(), action: action.into(), target: format!("news:{id}"), detail, at: String::new() };
    news.audit.record_audit(&event).await?;
    Ok(())
}
