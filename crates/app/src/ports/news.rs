//! News items and simple pages of the office: the current state of each (draft or published),
//! its append-only revisions (like profiles: every save is a new numbered revision, restoring
//! appends an old one again), the associations and meetings it links, and its pictures.

use async_trait::async_trait;
use domain::logo::LogoHash;
use domain::news::{NewsContent, NewsId, NewsKind, Placement};

use super::{Author, StoreError, StoredLogo};

/// An item as it is now.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsRecord {
    pub id: NewsId,
    /// Unique and stable: `/news/{slug}` or `/pages/{slug}`.
    pub slug: String,
    /// The last revision's content.
    pub content: NewsContent,
    /// The last revision's number.
    pub revision: i64,
    pub published: bool,
    /// Unix seconds of the first publication; kept when it is unpublished and published again.
    pub published_at: Option<i64>,
    /// RFC 3339 time in UTC of the last change (a save or a publication).
    pub updated_at: String,
}

/// One stored revision of an item.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsRevision {
    pub number: i64,
    pub author: Author,
    /// Unix seconds.
    pub created_at: i64,
    /// The revision this one restored, if it was a restore.
    pub restored_from: Option<i64>,
    pub content: NewsContent,
}

/// What an item can link to; the target's page lists the published items that do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewsTarget<'a> {
    Association(&'a str),
    Meeting(&'a str),
    Project(&'a str),
}

/// Storage of news items and pages.
#[async_trait]
pub trait NewsStore: Send + Sync + 'static {
    /// Stores a new draft with its first revision; [`StoreError::SlugTaken`] when the slug is in use.
    async fn create_news(&self, slug: &str, content: &NewsContent, author: &Author, now: i64) -> Result<NewsId, StoreError>;
    /// Appends a revision and makes it current (links too), in one transaction; returns its
    /// number. `restored_from` marks a restore. [`StoreError::NotFound`].
    async fn save_news(
        &self,
        id: NewsId,
        content: &NewsContent,
        author: &Author,
        restored_from: Option<i64>,
        now: i64,
    ) -> Result<i64, StoreError>;
    async fn news(&self, id: NewsId) -> Result<Option<NewsRecord>, StoreError>;
    async fn news_by_slug(&self, slug: &str) -> Result<Option<NewsRecord>, StoreError>;
    /// Every item of a kind, drafts too, the latest date first (for the office).
    async fn all_news(&self, kind: NewsKind) -> Result<Vec<NewsRecord>, StoreError>;
    /// Published items of a kind, the latest date first (then the latest created), `limit` from `offset`.
    async fn published_news(&self, kind: NewsKind, offset: i64, limit: i64) -> Result<Vec<NewsRecord>, StoreError>;
    async fn count_published(&self, kind: NewsKind) -> Result<i64, StoreError>;
    /// Publishes or withdraws an item; the first publication sets `published_at` to `now`.
    /// [`StoreError::NotFound`].
    async fn set_published(&self, id: NewsId, published: bool, now: i64) -> Result<(), StoreError>;
    /// Every revision, the first first.
    async fn news_revisions(&self, id: NewsId) -> Result<Vec<NewsRevision>, StoreError>;
    /// Published news items (not pages) linking the target, the latest date first.
    async fn news_linking(&self, target: NewsTarget<'_>) -> Result<Vec<NewsRecord>, StoreError>;
    /// Published pages placed in the header or footer, by title order of their German version.
    async fn placed_pages(&self, placement: Placement) -> Result<Vec<NewsRecord>, StoreError>;
    /// Stores a picture once (prepared like a logo: re-encoded PNG named by its hash).
    async fn save_news_image(&self, image: &StoredLogo) -> Result<(), StoreError>;
    async fn news_image(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError>;
}
