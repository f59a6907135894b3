//! Ports: the traits that storage and service adapters implement. Use cases depend on these
//! only. One file per kind of record, holding its trait and its types.

mod audit;
mod author;
mod claims;
mod clock;
mod confirm_active;
mod digest;
mod directory;
mod geocoder;
mod handout_renderer;
mod imports;
mod inbox;
mod introductions;
mod items;
mod jobs;
mod logos;
mod meetings;
mod memberships;
mod news;
mod parked_forms;
mod printed;
mod projects;
mod rate_limits;
mod report_renderer;
mod reports;
mod revisions;
mod sessions;
mod survey;
mod tokens;
mod users;

use std::sync::Arc;

pub use audit::{AuditEvent, AuditLog};
pub use author::Author;
pub use claims::{Claim, ClaimStore};
pub use clock::{Clock, FixedClock, ShiftedClock, SystemClock};
pub use confirm_active::ConfirmActiveStore;
pub use digest::DigestStore;
pub use directory::{DirectoryStamp, DirectoryStore, NewOrganisation, OrgPosition, OrgRecord};
pub use geocoder::{GeocodeError, GeocodeRequest, Geocoder, Placement, Precision};
pub use handout_renderer::{HandoutRenderer, RenderError};
pub use imports::{ImportBatch, ImportOrigin, ImportRecord, ImportStore, ImportedEntry, NewUpload, StoredUpload, IMPORT_UPLOAD_JOB};
pub use inbox::{CaseChange, CaseEntry, CaseFilter, CaseRecord, CaseTimes, EntryKind, InboxStore, NewCase};
pub use introductions::{Introduction, IntroductionStore, NewIntroduction};
pub use items::{ItemStore, NewItem};
pub use jobs::{Job, JobId, JobProgress, JobState, JobStore, JobSummary, QueueDepth};
pub use logos::{LogoStore, LogoUsage, StoredLogo};
pub use meetings::{
    Attendee, MeetingRecord, MeetingStore, MeetingsAttendance, MeetingsData, NewRegistration, PlanningRun, RegistrationOfAssociation,
    StoredPlan, StoredTableResult,
};
pub use memberships::{MemberRole, Membership, MembershipStore};
pub use news::{NewsRecord, NewsRevision, NewsStore, NewsTarget};
pub use parked_forms::{ParkedForm, ParkedFormStore};
pub use printed::{PrintedDocument, PrintedStore};
pub use projects::{NewProject, ProjectEvent, ProjectRecord, ProjectStore};
pub use rate_limits::{FailureWindow, RateLimitStore};
pub use report_renderer::ReportRenderer;
pub use reports::{CaseTally, ItemTally, Narrative, ReportStore};
pub use revisions::{AuthoredRevision, PendingReview, ReviewState, Revision, RevisionInfo, RevisionStore, RESTORED_PREFIX};
pub use sessions::{NewSession, SessionRecord, SessionStore};
pub use survey::{InvitationRecord, NewSurvey, ResponseRecord, SaveResponse, SurveyCounts, SurveyRecord, SurveyStore};
pub use tokens::{NewToken, PendingInvitation, TokenPurpose, TokenStore, UsedToken};
pub use users::{AdminGuard, NewUser, User, UserStore};

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

/// Everything about accounts in one handle: users, sessions, tokens, memberships, claims,
/// digest subscriptions and the audit log. The web layer keeps one of these; a use case takes
/// the single ports it needs (a `&dyn AccountStore` coerces to each of them).
pub trait AccountStore: UserStore + SessionStore + TokenStore + MembershipStore + ClaimStore + DigestStore + AuditLog {}

impl<T: UserStore + SessionStore + TokenStore + MembershipStore + ClaimStore + DigestStore + AuditLog> AccountStore for T {}

/// A storage adapter that sets times itself (revision and review times) takes them from the
/// clock it is given, the one its [`Stores`] bundle carries.
pub trait OnClock {
    /// The same adapter, telling time by `clock`.
    #[must_use]
    fn on_clock(self, clock: Arc<dyn Clock>) -> Self;
}

/// Every storage port; what a storage adapter implements.
pub trait AllStores:
    OnClock
    + DirectoryStore
    + RevisionStore
    + ConfirmActiveStore
    + ItemStore
    + IntroductionStore
    + AccountStore
    + JobStore
    + ParkedFormStore
    + LogoStore
    + MeetingStore
    + PrintedStore
    + InboxStore
    + ProjectStore
    + NewsStore
    + ImportStore
    + RateLimitStore
    + ReportStore
    + SurveyStore
{
}

impl<T> AllStores for T where
    T: OnClock
        + DirectoryStore
        + RevisionStore
        + ConfirmActiveStore
        + ItemStore
        + IntroductionStore
        + AccountStore
        + JobStore
        + ParkedFormStore
        + LogoStore
        + MeetingStore
        + PrintedStore
        + InboxStore
        + ProjectStore
        + NewsStore
        + ImportStore
        + RateLimitStore
        + ReportStore
        + SurveyStore
{
}

/// The storage ports of one adapter, each as its own handle.
#[derive(Clone)]
pub struct Stores {
    pub directory: Arc<dyn DirectoryStore>,
    pub revisions: Arc<dyn RevisionStore>,
    pub confirm_active: Arc<dyn ConfirmActiveStore>,
    pub items: Arc<dyn ItemStore>,
    pub introductions: Arc<dyn IntroductionStore>,
    pub accounts: Arc<dyn AccountStore>,
    pub jobs: Arc<dyn JobStore>,
    pub parked: Arc<dyn ParkedFormStore>,
    pub logos: Arc<dyn LogoStore>,
    pub meetings: Arc<dyn MeetingStore>,
    /// What was printed for meetings (fingerprints of handouts and table sheets).
    pub printed: Arc<dyn PrintedStore>,
    pub inbox: Arc<dyn InboxStore>,
    pub projects: Arc<dyn ProjectStore>,
    pub news: Arc<dyn NewsStore>,
    /// External ids and whole imports of the directory.
    pub imports: Arc<dyn ImportStore>,
    /// Failure counters of the rate limits (login, forms), shared by every server process.
    pub rate_limits: Arc<dyn RateLimitStore>,
    /// Counts for the office's reports and the funding report's narrative.
    pub reports: Arc<dyn ReportStore>,
    /// Surveys of associations: questionnaires, invitations and responses.
    pub survey: Arc<dyn SurveyStore>,
    /// The time, for the use cases built on these stores (the system's unless a test sets one).
    pub clock: Arc<dyn Clock>,
}

impl Stores {
    /// All ports of one adapter value, on the system's clock.
    pub fn of<S: AllStores>(store: S) -> Stores {
        Stores::on(store, Arc::new(SystemClock))
    }

    /// All ports of one adapter value, the adapter and the use cases on one `clock`.
    pub fn on<S: AllStores>(store: S, clock: Arc<dyn Clock>) -> Stores {
        let store = Arc::new(store.on_clock(clock.clone()));
        Stores {
            directory: store.clone(),
            revisions: store.clone(),
            confirm_active: store.clone(),
            items: store.clone(),
            introductions: store.clone(),
            accounts: store.clone(),
            jobs: store.clone(),
            parked: store.clone(),
            logos: store.clone(),
            meetings: store.clone(),
            printed: store.clone(),
            inbox: store.clone(),
            projects: store.clone(),
            news: store.clone(),
            imports: store.clone(),
            rate_limits: store.clone(),
            reports: store.clone(),
            survey: store,
            clock,
        }
    }
}
