//! Revisions of organisation profiles: append-only, reviewed by the office.

use super::{Author, StoreError};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;

/// Where a revision is in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewState {
    /// Waiting for the office; the public keeps the approved revision.
    Pending,
    /// Published (at once or by review).
    Approved,
    /// Refused by the office, or closed as `superseded` by a newer reviewed revision.
    Rejected,
}

impl ReviewState {
    /// The stable key stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            ReviewState::Pending => "pending",
            ReviewState::Approved => "approved",
            ReviewState::Rejected => "rejected",
        }
    }

    /// The state for a stored key.
    pub fn from_key(key: &str) -> Option<ReviewState> {
        [ReviewState::Pending, ReviewState::Approved, ReviewState::Rejected].into_iter().find(|s| s.key() == key)
    }
}

/// One stored revision, without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    pub number: i64,
    pub author: Author,
    pub review_state: ReviewState,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// The reviewer's comment; `superseded` when a newer revision was reviewed first.
    pub comment: Option<String>,
    /// The reviewer; for a revision published at once, its author.
    pub reviewed_by: Option<Author>,
    /// Unix seconds of the review.
    pub reviewed_at: Option<i64>,
    /// The revision whose content this one published again, when the office restored it.
    pub restored_from: Option<i64>,
}

/// What a restored revision keeps as its review comment: `restored:<number>` (a stable key, as
/// `superseded` is), read back as [`RevisionInfo::restored_from`].
pub const RESTORED_PREFIX: &str = "restored:";

/// One stored revision with its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub info: RevisionInfo,
    pub profile: Profile,
}

/// A revision as its author's personal data lists it: which organisation, which number, when, how reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthoredRevision {
    pub org: OrgId,
    pub slug: Slug,
    /// The organisation's current name.
    pub organisation: String,
    pub number: i64,
    pub review_state: ReviewState,
    /// RFC 3339 time in UTC.
    pub created_at: String,
}

/// The newest pending revision of one organisation, as the review queue lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingReview {
    pub org: OrgId,
    pub slug: Slug,
    pub name: String,
    pub number: i64,
    /// The revision's author.
    pub author: Author,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// True when the organisation has no approved revision: a proposal of a new entry.
    pub is_new: bool,
}

/// Storage of profile revisions and proposals of new organisations.
#[async_trait]
pub trait RevisionStore: Send + Sync + 'static {
    /// The organisation's revisions, oldest first.
    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError>;
    /// Every revision whose author label is `author` (e.g. `user:42`), of any organisation and
    /// state, oldest first.
    async fn revisions_by_author(&self, author: &str) -> Result<Vec<AuthoredRevision>, StoreError>;
    /// One revision with its content.
    async fn revision(&self, org: OrgId, number: i64) -> Result<Option<Revision>, StoreError>;
    /// Every revision with its content, oldest first.
    async fn revision_history(&self, org: OrgId) -> Result<Vec<Revision>, StoreError>;
    /// Appends a revision and returns its number. With `publish` it is approved at once (by its
    /// author): the organisation points at it, takes its name, counts as confirmed now, and older
    /// pending revisions are rejected as `superseded`; all in one transaction.
    /// An unknown organisation gives [`StoreError::NotFound`].
    async fn add_revision(&self, org: OrgId, profile: &Profile, author: &Author, publish: bool) -> Result<i64, StoreError>;
    /// Appends a pending revision by `author` in place of that author's own earlier pending
    /// revisions of the organisation, which are rejected as `superseded` (reviewed by the same
    /// author, now); revisions of other authors stay as they are. One transaction; returns the
    /// new number. For a source that proposes again and again, such as a survey re-submitted
    /// with consent: the office reviews its latest proposal only. An unknown organisation
    /// gives [`StoreError::NotFound`].
    async fn replace_pending_revision(&self, org: OrgId, profile: &Profile, author: &Author) -> Result<i64, StoreError>;
    /// Appends the content of revision `from` again as a new revision, published at once by
    /// `author` and marked as restored from `from`; returns its number. All in one transaction,
    /// as [`RevisionStore::add_revision`]. An unknown organisation or revision gives
    /// [`StoreError::NotFound`].
    async fn restore_revision(&self, org: OrgId, from: i64, author: &Author) -> Result<i64, StoreError>;
    /// Approves or rejects a pending revision (`now` in Unix seconds). Approving publishes it as
    /// [`RevisionStore::add_revision`] does; either way older pending revisions are rejected as
    /// `superseded`. A revision that is not pending gives [`StoreError::Conflict`], an unknown one
    /// [`StoreError::NotFound`].
    async fn review_revision(
        &self,
        org: OrgId,
        number: i64,
        approve: bool,
        comment: &str,
        reviewer: &Author,
        now: i64,
    ) -> Result<(), StoreError>;
    /// Per organisation that is not archived, its newest pending revision; oldest first.
    async fn pending_reviews(&self) -> Result<Vec<PendingReview>, StoreError>;
    /// Stores a proposed organisation with a first pending revision; nothing is published.
    async fn create_proposal(&self, slug: &Slug, profile: &Profile, author: &Author) -> Result<OrgId, StoreError>;
}
