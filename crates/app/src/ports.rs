//! Ports: the traits that storage adapters implement. Use cases depend on these only.

use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::logo::LogoHash;
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
    /// The change does not fit the current state, e.g. reviewing a revision that is no longer pending.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The organisation or revision to change does not exist.
    #[error("not found: {0}")]
    NotFound(String),
}

/// Who made a change: a user, or a system process such as an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    System(&'static str),
    User(UserId),
    /// A visitor without an account who proposed a new association and confirmed this address.
    Proposer(EmailAddress),
}

impl Author {
    pub fn label(&self) -> String {
        match self {
            Author::System(name) => format!("system:{name}"),
            Author::User(id) => format!("user:{id}"),
            Author::Proposer(email) => format!("proposal:{email}"),
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
    /// Label of the author, e.g. `user:42` or `system:import` (see [`Author::label`]).
    pub author: String,
    /// `pending`, `approved` or `rejected`.
    pub review_state: String,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// The reviewer's comment; `superseded` when a newer revision was reviewed first.
    pub comment: Option<String>,
    /// Label of the reviewer; for a revision published at once, its author.
    pub reviewed_by: Option<String>,
    /// Unix seconds of the review.
    pub reviewed_at: Option<i64>,
}

/// One stored revision with its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub info: RevisionInfo,
    pub profile: Profile,
}

/// An organisation as the office sees it: archived and unpublished ones included.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgRecord {
    pub id: OrgId,
    pub slug: Slug,
    /// The name of the approved revision; for a proposal, the proposed name.
    pub name: String,
    pub archived: bool,
    /// Edits of a trusted organisation are published without review.
    pub trusted: bool,
    /// Number of the approved revision; `None` while nothing was approved (a proposal).
    pub approved: Option<i64>,
    /// Unix seconds of the last approval or confirmation that the entry is still current.
    pub confirmed_at: Option<i64>,
    /// Unix seconds when the yearly check flagged the entry as possibly inactive.
    pub inactive_flagged_at: Option<i64>,
    /// Unix seconds when the last "still active?" reminder went out; it counts only while it is
    /// newer than `confirmed_at`.
    pub confirmation_sent_at: Option<i64>,
    /// Content of the approved revision.
    pub profile: Option<Profile>,
}

/// A revision as its author's personal data lists it: which organisation, which number, when, how reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthoredRevision {
    pub org: OrgId,
    pub slug: Slug,
    /// The organisation's current name.
    pub organisation: String,
    pub number: i64,
    /// `pending`, `approved` or `rejected`.
    pub review_state: String,
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
    /// Label of the revision's author.
    pub author: String,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// True when the organisation has no approved revision: a proposal of a new entry.
    pub is_new: bool,
}

/// Where an organisation is, for duplicate checks: id, slug, name and position.
pub type OrgPosition = (OrgId, Slug, String, Option<GeoPoint>);

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
    /// The organisation's revisions, oldest first.
    async fn revisions(&self, id: OrgId) -> Result<Vec<RevisionInfo>, StoreError>;
    /// Every revision whose author label is `author` (e.g. `user:42`), of any organisation and
    /// state, oldest first.
    async fn revisions_by_author(&self, author: &str) -> Result<Vec<AuthoredRevision>, StoreError>;
    async fn directory_stamp(&self) -> Result<DirectoryStamp, StoreError>;

    /// The organisation whatever its state: archived and unpublished ones included.
    async fn organisation_record(&self, id: OrgId) -> Result<Option<OrgRecord>, StoreError>;
    async fn organisation_record_by_slug(&self, slug: &Slug) -> Result<Option<OrgRecord>, StoreError>;
    /// One revision with its content.
    async fn revision(&self, org: OrgId, number: i64) -> Result<Option<Revision>, StoreError>;
    /// Every revision with its content, oldest first.
    async fn revision_history(&self, org: OrgId) -> Result<Vec<Revision>, StoreError>;
    /// Appends a revision and returns its number. With `publish` it is approved at once (by its
    /// author): the organisation points at it, takes its name, counts as confirmed now, and older
    /// pending revisions are rejected as `superseded`; all in one transaction.
    /// An unknown organisation gives [`StoreError::NotFound`].
    async fn add_revision(&self, org: OrgId, profile: &Profile, author: &Author, publish: bool) -> Result<i64, StoreError>;
    /// Approves or rejects a pending revision (`now` in Unix seconds). Approving publishes it as
    /// [`DirectoryStore::add_revision`] does; either way older pending revisions are rejected as
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
    /// Archives or restores an organisation; changes the public listing.
    async fn set_archived(&self, org: OrgId, archived: bool) -> Result<(), StoreError>;
    /// Marks an organisation as trusted (edits published without review) or not.
    async fn set_trusted(&self, org: OrgId, trusted: bool) -> Result<(), StoreError>;
    /// Records that the entry was confirmed as current at `now` (Unix seconds) and clears the
    /// inactivity flag and the reminder.
    async fn set_confirmed(&self, org: OrgId, now: i64) -> Result<(), StoreError>;
    /// Published, not archived and not flagged organisations whose last confirmation is older than
    /// `before` (Unix seconds), for the yearly "still active?" check; by id.
    async fn confirmation_due(&self, before: i64) -> Result<Vec<OrgRecord>, StoreError>;
    /// Records when the "still active?" reminder went out (`None`: forgets it).
    async fn set_confirmation_sent(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError>;
    /// Flags the entry as possibly inactive at the given time, or clears the flag with `None`.
    async fn set_inactive_flag(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError>;
    /// Flagged organisations that are not archived, for the office; longest flagged first.
    async fn flagged_inactive(&self) -> Result<Vec<OrgRecord>, StoreError>;
    /// Stores a proposed organisation with a first pending revision; nothing is published.
    async fn create_proposal(&self, slug: &Slug, profile: &Profile, author: &Author) -> Result<OrgId, StoreError>;
    /// Positions of the organisations that are not archived and are published or have a pending
    /// revision (proposals included), from the approved revision or else the newest one; by id.
    async fn all_positions(&self) -> Result<Vec<OrgPosition>, StoreError>;
}

/// An offer or need to store.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub org: OrgId,
    pub kind: ItemKind,
    pub content: ItemContent,
}

/// An introduction to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIntroduction {
    pub need: ItemId,
    pub offer: ItemId,
    pub requester_org: OrgId,
    pub responder_org: OrgId,
    pub requested_by: UserId,
    pub state: domain::marketplace::IntroductionState,
    pub message: String,
}

/// A stored introduction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduction {
    pub id: i64,
    pub need: ItemId,
    pub offer: ItemId,
    pub requester_org: OrgId,
    pub responder_org: OrgId,
    pub requested_by: UserId,
    pub responded_by: Option<UserId>,
    pub state: domain::marketplace::IntroductionState,
    pub message: String,
    /// RFC 3339 time in UTC of the last change.
    pub updated_at: String,
}

/// Storage of offers and needs.
#[async_trait]
pub trait MarketplaceStore: Send + Sync + 'static {
    /// Stores the items in one transaction: either all are stored or none.
    async fn create_items(&self, batch: &[NewItem], author: &Author) -> Result<Vec<ItemId>, StoreError>;
    /// Open items of published organisations, ordered by id.
    async fn open_items(&self) -> Result<Vec<Item>, StoreError>;
    /// The item, open or closed, whatever its organisation's state.
    async fn item(&self, id: ItemId) -> Result<Option<(Item, bool /* open */)>, StoreError>;
    /// Closes an open item (fulfilled or withdrawn); false when it was not open. Nothing is deleted.
    async fn close_item(&self, id: ItemId, author: &Author) -> Result<bool, StoreError>;
    /// Replaces what an open item says (kind and organisation stay); false when it was not open.
    async fn update_item(&self, id: ItemId, content: &ItemContent, author: &Author) -> Result<bool, StoreError>;
    /// Stores an introduction; one per need and offer ([`StoreError::Conflict`] otherwise).
    async fn create_introduction(&self, introduction: &NewIntroduction) -> Result<i64, StoreError>;
    async fn introduction(&self, id: i64) -> Result<Option<Introduction>, StoreError>;
    /// The most recently changed introductions of the whole network, dismissed ones left out.
    async fn recent_introductions(&self, limit: i64) -> Result<Vec<Introduction>, StoreError>;
    /// Introductions where the association asks or answers, newest change first.
    async fn introductions_of(&self, org: OrgId) -> Result<Vec<Introduction>, StoreError>;
    /// Moves an introduction from `from` to `to` (compare-and-set); false when it was not in `from`.
    async fn move_introduction(
        &self,
        id: i64,
        from: domain::marketplace::IntroductionState,
        to: domain::marketplace::IntroductionState,
        by: UserId,
    ) -> Result<bool, StoreError>;
}

/// An account to create; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: EmailAddress,
    pub role: Role,
    pub password_hash: String,
    /// True when the address is known to work (created by staff, or verified by a link).
    pub email_verified: bool,
    /// The language of the user's mails; `None`: the instance's.
    pub language: Option<UiLocale>,
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
    pub email_verified: bool,
    /// Base32 TOTP secret, once the second factor is set up.
    pub totp_secret: Option<String>,
    /// The last TOTP time step accepted.
    pub totp_last_step: Option<i64>,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// The language of the user's mails; `None`: the instance's.
    pub language: Option<UiLocale>,
}

/// A session to store; only the hash of the cookie's token is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub token_hash: String,
    pub user: UserId,
    pub second_factor_done: bool,
    /// Unix seconds.
    pub now: i64,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub user: UserId,
    pub second_factor_done: bool,
    /// Unix seconds of the login.
    pub started_at: i64,
    /// Unix seconds of the last request.
    pub last_seen_at: i64,
}

/// What a single-use token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenPurpose {
    /// Confirms a new account's email address.
    VerifyEmail,
    /// Sets a new password.
    ResetPassword,
    /// Lets an invited representative set a password and join an association.
    Invitation,
    /// Confirms that an association is still active, without logging in.
    ConfirmActive,
    /// Confirms the address of someone who proposed a new association.
    VerifyProposal,
}

impl TokenPurpose {
    pub const ALL: [TokenPurpose; 5] = [
        TokenPurpose::VerifyEmail,
        TokenPurpose::ResetPassword,
        TokenPurpose::Invitation,
        TokenPurpose::ConfirmActive,
        TokenPurpose::VerifyProposal,
    ];

    /// Stable key, as stored.
    pub fn key(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::Invitation => "invitation",
            TokenPurpose::ConfirmActive => "confirm_active",
            TokenPurpose::VerifyProposal => "verify_proposal",
        }
    }
}

/// A single-use token to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub token_hash: String,
    pub purpose: TokenPurpose,
    pub user: Option<UserId>,
    pub email: Option<EmailAddress>,
    pub organisation: Option<OrgId>,
    /// Purpose-specific data as JSON.
    pub payload: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// A token that was just used up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedToken {
    pub user: Option<UserId>,
    pub email: Option<EmailAddress>,
    pub organisation: Option<OrgId>,
    pub payload: String,
}

/// How a representative belongs to an association.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemberRole {
    /// May edit and add co-editors.
    Owner,
    /// May edit.
    Editor,
}

impl MemberRole {
    pub fn key(self) -> &'static str {
        match self {
            MemberRole::Owner => "owner",
            MemberRole::Editor => "editor",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "owner" => Some(MemberRole::Owner),
            "editor" => Some(MemberRole::Editor),
            _ => None,
        }
    }
}

/// A representative's link to an association.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub user: UserId,
    pub organisation: OrgId,
    pub role: MemberRole,
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    /// Who acted, e.g. `user:3` or `system:jobs`.
    pub actor: String,
    /// Stable key of the action, e.g. `revision.approve`.
    pub action: String,
    /// What it acted on, e.g. `organisation:12`.
    pub target: String,
    pub detail: String,
    /// RFC 3339 time in UTC; empty when recording.
    pub at: String,
}

/// A representative's claim that an association is theirs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: i64,
    pub user: UserId,
    pub email: EmailAddress,
    pub organisation: OrgId,
    pub message: String,
    /// RFC 3339 time in UTC.
    pub created_at: String,
}

/// Storage of user accounts, sessions, single-use tokens, memberships and the audit log.
#[async_trait]
pub trait AccountStore: Send + Sync + 'static {
    /// Stores a new account; an address that is already registered gives [`StoreError::EmailTaken`].
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError>;
    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError>;
    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError>;
    /// All accounts that were not deleted, ordered by email.
    async fn users(&self) -> Result<Vec<User>, StoreError>;
    /// How many accounts, disabled ones included, have the role.
    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError>;
    async fn set_password_hash(&self, id: UserId, password_hash: &str) -> Result<(), StoreError>;
    async fn set_email_verified(&self, id: UserId) -> Result<(), StoreError>;
    /// Sets the language of the user's mails; `None`: the instance's.
    async fn set_language(&self, id: UserId, language: Option<UiLocale>) -> Result<(), StoreError>;
    async fn set_role(&self, id: UserId, role: Role) -> Result<(), StoreError>;
    async fn set_disabled(&self, id: UserId, disabled: bool) -> Result<(), StoreError>;
    /// Sets up (or, with `None`, removes) the second factor and replaces the recovery codes.
    async fn set_totp(&self, id: UserId, secret: Option<&str>, recovery_code_hashes: &[String]) -> Result<(), StoreError>;
    /// Records an accepted TOTP step; false (and nothing changed) when a step at least as new was
    /// already accepted, so that a code cannot be replayed, even by two requests at once.
    async fn advance_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError>;
    /// Marks an unused recovery code (by its stored hash) as used; false when there is no such
    /// unused code, so that of two requests with the same code only one succeeds.
    async fn use_recovery_code(&self, id: UserId, code_hash: &str, now: i64) -> Result<bool, StoreError>;
    /// The stored hashes of the account's unused recovery codes.
    async fn unused_recovery_codes(&self, id: UserId) -> Result<Vec<String>, StoreError>;
    /// Deletes the account's personal data: the address is replaced, password and second factor
    /// removed, sessions, memberships and tokens deleted. The row stays for authored revisions.
    async fn anonymise_user(&self, id: UserId) -> Result<(), StoreError>;

    async fn create_session(&self, session: &NewSession) -> Result<(), StoreError>;
    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError>;
    /// Updates the time of the last request.
    async fn touch_session(&self, token_hash: &str, now: i64) -> Result<(), StoreError>;
    async fn complete_second_factor(&self, token_hash: &str) -> Result<(), StoreError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;
    /// Ends every session of the account (password changed, account disabled).
    async fn delete_sessions_of(&self, id: UserId) -> Result<(), StoreError>;

    async fn create_token(&self, token: &NewToken) -> Result<(), StoreError>;
    /// Uses up a token of the purpose that is unused and not expired at `now`, atomically:
    /// of two requests with the same token only one gets it.
    async fn consume_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError>;
    /// An unused, unexpired token of the purpose, without using it (to show a form first).
    async fn valid_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError>;

    /// Adds or changes a membership.
    async fn save_membership(&self, membership: &Membership) -> Result<(), StoreError>;
    async fn remove_membership(&self, user: UserId, organisation: OrgId) -> Result<(), StoreError>;
    async fn memberships_of(&self, user: UserId) -> Result<Vec<Membership>, StoreError>;
    async fn members_of(&self, organisation: OrgId) -> Result<Vec<(Membership, EmailAddress)>, StoreError>;

    /// Records a claim; a second open claim of the same user for the same association gives
    /// [`StoreError::Conflict`].
    async fn create_claim(&self, user: UserId, organisation: OrgId, message: &str) -> Result<i64, StoreError>;
    /// Open claims, oldest first.
    async fn pending_claims(&self) -> Result<Vec<Claim>, StoreError>;
    /// Decides an open claim; approving makes the claimant an owner, in the same transaction.
    /// `None` when the claim is not open (decided already, or unknown).
    async fn decide_claim(&self, id: i64, approve: bool, decided_by: &str) -> Result<Option<Claim>, StoreError>;

    /// Subscribes to (or unsubscribes from) the weekly digest of strong new matches.
    async fn set_digest(&self, user: UserId, on: bool) -> Result<(), StoreError>;
    async fn is_digest_subscriber(&self, user: UserId) -> Result<bool, StoreError>;
    /// Every subscriber with their address.
    async fn digest_subscribers(&self) -> Result<Vec<(UserId, EmailAddress)>, StoreError>;

    async fn record_audit(&self, event: &AuditEvent) -> Result<(), StoreError>;
    /// The newest entries first.
    async fn audit_events(&self, limit: i64) -> Result<Vec<AuditEvent>, StoreError>;
    /// Every entry whose actor is `actor` (e.g. `user:42`), oldest first.
    async fn audit_events_by_actor(&self, actor: &str) -> Result<Vec<AuditEvent>, StoreError>;
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

/// A form kept for a browser whose session had ended when it was sent, until its author has
/// signed in again and is back on the form page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParkedForm {
    /// SHA-256 of the secret in the browser's `kp_parked` cookie; the secret is not stored.
    pub secret_hash: String,
    /// The form page that gives it back, e.g. `/organisations/x/edit`.
    pub path: String,
    /// The urlencoded form body, without the CSRF field.
    pub body: String,
    /// Unix seconds; from then on it is no longer given back.
    pub expires_at: i64,
}

/// Storage of parked forms: single use, expiring, found only by the hash of the cookie's secret.
#[async_trait]
pub trait ParkedFormStore: Send + Sync + 'static {
    /// Keeps a form; one kept before under the same secret hash and path is replaced.
    async fn park_form(&self, form: &ParkedForm) -> Result<(), StoreError>;
    /// Takes the form kept under the secret hash for the path, atomically: it is deleted, so of
    /// two requests only one gets it. An expired form is deleted as well but not returned.
    async fn take_parked_form(&self, secret_hash: &str, path: &str, now: i64) -> Result<Option<ParkedForm>, StoreError>;
    /// Deletes every form kept under the secret hash (the browser got a new secret).
    async fn discard_parked_forms(&self, secret_hash: &str) -> Result<(), StoreError>;
    /// Deletes the forms expired at `now`; returns how many.
    async fn delete_expired_parked_forms(&self, now: i64) -> Result<u64, StoreError>;
}

/// A logo picture as stored: the PNG made by `logo::prepare_logo`, named by its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLogo {
    pub hash: LogoHash,
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Logo pictures, content-addressed. Only re-encoded pictures are handed to it; revisions of
/// profiles name them by hash. Pictures are never changed or deleted, so a restored revision
/// finds its logo again.
#[async_trait]
pub trait LogoStore: Send + Sync + 'static {
    /// Stores the picture under its hash; storing a hash that is already there changes nothing.
    async fn save_logo(&self, logo: &StoredLogo) -> Result<(), StoreError>;
    /// The picture with this hash, if stored.
    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError>;
}
