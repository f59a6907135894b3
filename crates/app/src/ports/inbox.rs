//! The office's inbox: cases (Anliegen), their messages, internal notes and history.

use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::inbox::{CaseId, CaseKind, CaseStatus, Outcome, ResponseTimes};
use domain::language::UiLocale;

use super::StoreError;

/// A case to store: what the sender wrote, once their address is confirmed (or at once when signed in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCase {
    pub kind: CaseKind,
    /// A category key; `None` for "other".
    pub topic: Option<String>,
    pub text: String,
    /// Where answers go.
    pub email: EmailAddress,
    /// The language answers are written and mailed in.
    pub language: UiLocale,
    /// Slugs of the associations the case concerns.
    pub concerns: Vec<String>,
    /// The account that sent it, when signed in.
    pub sender: Option<UserId>,
    /// The association a representative sent it for.
    pub on_behalf: Option<OrgId>,
    /// SHA-256 of the secret in the sender's private link.
    pub access_hash: String,
    /// Unix seconds.
    pub at: i64,
}

/// A stored case as the queue and the sender's page show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    pub id: CaseId,
    pub kind: CaseKind,
    pub topic: Option<String>,
    pub text: String,
    pub email: EmailAddress,
    pub language: UiLocale,
    pub concerns: Vec<String>,
    pub sender: Option<UserId>,
    pub on_behalf: Option<OrgId>,
    pub status: CaseStatus,
    pub assignee: Option<UserId>,
    pub outcome: Option<Outcome>,
    /// The case this one was merged into as a duplicate.
    pub merged_into: Option<CaseId>,
    /// Unix seconds: arrival, the last change, the first public answer, the close.
    pub created_at: i64,
    pub changed_at: i64,
    pub first_answer_at: Option<i64>,
    pub closed_at: Option<i64>,
}

impl CaseRecord {
    pub fn response_times(&self) -> ResponseTimes {
        ResponseTimes::of(self.created_at, self.first_answer_at, self.closed_at)
    }
}

/// What an entry of a case's history is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// The sender wrote (on their page).
    Sender,
    /// The office answered publicly: shown to the sender and mailed.
    Reply,
    /// An internal note: the sender never sees it.
    Note,
    /// A change (status, assignment, merge, outcome); `body` is a stable mark like `status:done`.
    Event,
}

impl EntryKind {
    pub const ALL: [EntryKind; 4] = [EntryKind::Sender, EntryKind::Reply, EntryKind::Note, EntryKind::Event];

    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Sender => "sender",
            EntryKind::Reply => "reply",
            EntryKind::Note => "note",
            EntryKind::Event => "event",
        }
    }

    pub fn parse(key: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the sender sees entries of this kind.
    pub fn is_public(self) -> bool {
        matches!(self, EntryKind::Sender | EntryKind::Reply)
    }
}

/// One entry of a case's history, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseEntry {
    pub kind: EntryKind,
    /// `user:<id>` for accounts, `sender` for the sender by their private link, `system:<name>`.
    pub author: String,
    pub body: String,
    /// Unix seconds.
    pub at: i64,
}

/// A change of one case, stored at once with its history entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseChange {
    /// The status the change was decided on; another status now is a [`StoreError::Conflict`].
    pub expected: CaseStatus,
    pub status: CaseStatus,
    pub entries: Vec<CaseEntry>,
    /// `Some(None)` removes the assignee.
    pub assignee: Option<Option<UserId>>,
    /// Set when closing; cleared when the status leaves done.
    pub outcome: Option<Outcome>,
    /// A public answer: records the first answer's time if there was none.
    pub answered: bool,
    /// SHA-256 of the secret of a further private link to the case, stored with the change
    /// (the link mailed with a reply to a sender who is not signed in).
    pub new_link: Option<String>,
    /// Unix seconds.
    pub at: i64,
}

/// Which cases the office's queue shows; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub status: Option<CaseStatus>,
    /// Only the cases not done.
    pub open_only: bool,
    pub kind: Option<CaseKind>,
    pub topic: Option<String>,
    pub assignee: Option<UserId>,
    /// Only cases that arrived at or before this time (Unix seconds): "older than".
    pub arrived_before: Option<i64>,
}

/// A case's times, for the reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTimes {
    pub id: CaseId,
    pub kind: CaseKind,
    pub topic: Option<String>,
    pub created_at: i64,
    pub times: ResponseTimes,
}

/// Storage of the inbox.
#[async_trait]
pub trait InboxStore: Send + Sync + 'static {
    /// Stores a new case (status new) with the history entry `created`.
    async fn create_case(&self, case: &NewCase) -> Result<CaseId, StoreError>;
    async fn case(&self, id: CaseId) -> Result<Option<CaseRecord>, StoreError>;
    /// The case of a private link (the receipt's or one stored with a change), by the hash of its secret.
    async fn case_by_access(&self, access_hash: &str) -> Result<Option<CaseRecord>, StoreError>;
    /// The queue, oldest arrival first.
    async fn queue(&self, filter: &CaseFilter) -> Result<Vec<CaseRecord>, StoreError>;
    /// Cases an account sent, newest first.
    async fn cases_of_sender(&self, sender: UserId) -> Result<Vec<CaseRecord>, StoreError>;
    /// Cases sent on behalf of an association, newest first.
    async fn cases_of_association(&self, organisation: OrgId) -> Result<Vec<CaseRecord>, StoreError>;
    /// Every entry of a case, oldest first (the caller leaves out what the viewer may not see).
    async fn entries(&self, id: CaseId) -> Result<Vec<CaseEntry>, StoreError>;
    /// Changes a case and appends its entries in one transaction. [`StoreError::NotFound`] for an
    /// unknown case, [`StoreError::Conflict`] when its status is no longer `change.expected`.
    async fn change_case(&self, id: CaseId, change: &CaseChange) -> Result<(), StoreError>;
    /// Closes `duplicate` (outcome duplicate, `merged_into`) and notes the merge in both
    /// histories, in one transaction. Conflict when it is done already or the same case.
    async fn merge_cases(&self, duplicate: CaseId, into: CaseId, author: &str, at: i64) -> Result<(), StoreError>;
    /// The times of the cases that arrived in `[from, until)`, for the reports.
    async fn case_times(&self, from: i64, until: i64) -> Result<Vec<CaseTimes>, StoreError>;
}
