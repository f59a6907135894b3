//! Figures for the office's reports that are best counted in the database, and the funding
//! report's narrative (the office's own words for a period).

use async_trait::async_trait;

use super::StoreError;

/// Offers or needs posted in a period, counted by kind, field, state and whether they found a
/// partner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemTally {
    /// `offer` or `need`.
    pub kind: String,
    /// The field of activity's key.
    pub category: String,
    /// Still open (not closed by its association).
    pub open: bool,
    /// Has an agreed introduction (agreed, or agreed and done).
    pub matched: bool,
    pub count: u64,
}

/// Inbox cases that arrived in a period (duplicates merged into another case left out),
/// counted by kind and status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTally {
    /// `domain::inbox::CaseKind::key`.
    pub kind: String,
    /// `domain::inbox::CaseStatus::key`.
    pub status: String,
    pub count: u64,
}

/// The office's text for a period's funding report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrative {
    pub text: String,
    /// Who saved it last (`user:42`).
    pub saved_by: String,
    /// Unix seconds.
    pub saved_at: i64,
}

/// Read-only counts for the reports, and the narrative.
#[async_trait]
pub trait ReportStore: Send + Sync + 'static {
    /// For the associations published now (approved, not archived): how many were first
    /// published on each day, as (Unix seconds of the day's start, count), oldest first. First
    /// published is when the association first had an approved revision, on the store's clock:
    /// the review, or the import or creation that published it at once; later edits, archiving
    /// and restoring do not move it.
    async fn first_publication_days(&self) -> Result<Vec<(i64, u64)>, StoreError>;
    /// How many associations published now were confirmed at or after `since` (Unix seconds).
    async fn confirmed_since(&self, since: i64) -> Result<u64, StoreError>;
    /// Offers and needs posted in `[from, until)` (Unix seconds), counted.
    async fn item_tallies(&self, from: i64, until: i64) -> Result<Vec<ItemTally>, StoreError>;
    /// For each need posted in `[from, until)` that has an agreed introduction: the seconds from
    /// posting to its first agreed introduction (the earliest `agreed_at` of its introductions).
    async fn need_match_seconds(&self, from: i64, until: i64) -> Result<Vec<i64>, StoreError>;
    /// Inbox cases that arrived in `[from, until)` (Unix seconds), not merged into another case,
    /// counted by kind and status.
    async fn case_tallies(&self, from: i64, until: i64) -> Result<Vec<CaseTally>, StoreError>;
    /// Of the same cases, those answered or closed: their response times
    /// (`domain::inbox::ResponseTimes::of` their arrival, first answer and close), oldest first.
    async fn case_response_times(&self, from: i64, until: i64) -> Result<Vec<domain::inbox::ResponseTimes>, StoreError>;
    /// The narrative of exactly this period (`YYYY-MM-DD` both), if the office wrote one.
    async fn narrative(&self, from: &str, to: &str) -> Result<Option<Narrative>, StoreError>;
    /// Saves (replaces) the narrative of a period.
    async fn save_narrative(&self, from: &str, to: &str, narrative: &Narrative) -> Result<(), StoreError>;
}
