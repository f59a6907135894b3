//! Ports: the traits that storage adapters implement. Use cases depend on these only.

use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::marketplace::{Item, ItemContent, ItemId, ItemKind};
use domain::organisation::{Address, Organisation, Profile};
use domain::slug::Slug;

/// A storage failure. Conflicts are the caller's to resolve; the rest are operational.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("slug already taken: {0}")]
    SlugTaken(String),
    #[error("email address already registered")]
    EmailTaken,
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
}

/// Who made a change: a user, or a system process such as an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    System(&'static str),
}

impl Author {
    pub fn label(&self) -> String {
        match self {
            Author::System(name) => format!("system:{name}"),
        }
    }
}

/// An organisation to create, published at once (imports, demo data).
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub slug: Slug,
    pub profile: Profile,
}

/// One stored revision, without its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    pub number: i64,
    pub author: String,
    pub review_state: String,
}

/// Changes whenever published directory content changes; used to refresh caches.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectoryStamp {
    pub organisations: i64,
    pub last_change: String,
}

/// Storage of the directory: organisations, categories, districts.
#[async_trait]
pub trait DirectoryStore: Send + Sync + 'static {
    /// Answers when the database is reachable.
    async fn ping(&self) -> Result<(), StoreError>;
    /// True when no organisation was ever stored.
    async fn is_empty(&self) -> Result<bool, StoreError>;

    async fn categories(&self) -> Result<Vec<Category>, StoreError>;
    /// Creates or replaces a category by key.
    async fn save_category(&self, category: &Category) -> Result<(), StoreError>;
    async fn districts(&self) -> Result<Vec<District>, StoreError>;
    /// Creates or replaces a district by key.
    async fn save_district(&self, district: &District) -> Result<(), StoreError>;

    /// Stores organisations with an approved first revision each, in one transaction:
    /// either all are stored or none.
    async fn create_organisations(&self, batch: &[NewOrganisation], author: &Author) -> Result<Vec<OrgId>, StoreError>;
    async fn organisation(&self, slug: &Slug) -> Result<Option<Organisation>, StoreError>;
    /// All published (not archived) organisations with their approved profile.
    async fn published_organisations(&self) -> Result<Vec<Organisation>, StoreError>;
    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError>;
    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError>;
}

/// An offer or need to store.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub org: OrgId,
    pub kind: ItemKind,
    pub content: ItemContent,
}

/// Storage of offers and needs.
#[async_trait]
pub trait MarketplaceStore: Send + Sync + 'static {
    /// Stores the items in one transaction: either all are stored or none.
    async fn create_items(&self, batch: &[NewItem], author: &Author) -> Result<Vec<ItemId>, StoreError>;
    /// Open items of published organisations, ordered by id.
    async fn open_items(&self) -> Result<Vec<Item>, StoreError>;
}

/// An account to create; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: EmailAddress,
    pub role: Role,
    pub password_hash: String,
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: EmailAddress,
    pub role: Role,
    /// PHC string of the password hash.
    pub password_hash: String,
    pub disabled: bool,
    /// RFC 3339 time in UTC.
    pub created_at: String,
}

/// Storage of user accounts.
#[async_trait]
pub trait AccountStore: Send + Sync + 'static {
    /// Stores a new account; an address that is already registered gives [`StoreError::EmailTaken`].
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError>;
    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError>;
    /// How many accounts, disabled ones included, have the role.
    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError>;
}

/// What is known about where an association is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GeocodeRequest {
    pub address: Option<Address>,
    /// District key, when the association named one.
    pub district: Option<String>,
}

/// How exact a placement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// The building or street.
    Address,
    /// The centre of the postcode area.
    Postcode,
    /// The centre of the district.
    District,
}

/// Where a geocoder put an association.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub point: GeoPoint,
    pub precision: Precision,
    /// The district the point belongs to, when the geocoder knows it.
    pub district: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum GeocodeError {
    #[error("geocoding service unavailable: {0}")]
    Unavailable(String),
    #[error("geocoding service answered something unreadable: {0}")]
    BadAnswer(String),
}

/// Turns an address into a point on the map.
#[async_trait]
pub trait Geocoder: Send + Sync + 'static {
    /// `Ok(None)` when the address is not found; errors are for services that fail.
    async fn locate(&self, request: &GeocodeRequest) -> Result<Option<Placement>, GeocodeError>;
}

/// Identifies a job in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(pub i64);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a job is in its life: queued (waiting for `run_at`), running (claimed by a worker
/// until its lease ends), done, or failed for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobState {
    Queued,
    Running,
    Done,
    Failed,
}

impl JobState {
    /// The stable key stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }

    /// The state for a stored key.
    pub fn from_key(key: &str) -> Option<JobState> {
        [JobState::Queued, JobState::Running, JobState::Done, JobState::Failed].into_iter().find(|s| s.key() == key)
    }
}

/// A job a worker has claimed and now runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: JobId,
    /// Names the handler, e.g. `mail.send`.
    pub kind: String,
    pub payload: serde_json::Value,
    /// Attempts so far, this one included.
    pub attempts: i32,
    pub max_attempts: i32,
}

/// A job as an administrator sees it in the list of recent jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct JobSummary {
    pub id: JobId,
    pub kind: String,
    pub state: JobState,
    pub attempts: i32,
    pub max_attempts: i32,
    /// When the job is (or was) due.
    pub run_at: SystemTime,
    pub last_error: Option<String>,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// RFC 3339 time in UTC.
    pub updated_at: String,
}

/// The persisted job queue. Several workers (in several server processes) may claim at
/// once; each due job goes to exactly one of them until its lease ends.
#[async_trait]
pub trait JobStore: Send + Sync + 'static {
    /// Queues a job that is due at `run_at`.
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError>;
    /// Atomically takes the job that has been due longest: a queued job with `run_at <= now`, or a
    /// running one whose lease ended (its worker died). The job is leased until `now + lease`
    /// and its attempts are counted up. A running job with an ended lease and no attempts left
    /// is marked failed instead.
    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError>;
    /// Marks a running job done.
    async fn complete(&self, id: JobId) -> Result<(), StoreError>;
    /// Records a failed attempt of a running job: it is queued again for `retry_at` while it has
    /// attempts left, otherwise (or when `retry_at` is `None`) it is marked failed for good.
    /// Returns the new state, or `None` when no running job has this id.
    async fn fail(&self, id: JobId, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError>;
    /// The most recent jobs, newest first.
    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError>;
}
