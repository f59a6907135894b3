//! What was printed for a meeting: per document of its print bundle (a participant's handout,
//! a table's sheet for a round) a fingerprint of its layout data, so that after re-planning the
//! office sees whose papers changed and prints just those.

use super::StoreError;
use async_trait::async_trait;
use domain::meetings::MeetingId;

/// One printed document: its key in the bundle and the fingerprint of what was on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedDocument {
    /// `handout:<registration id>` or `sheet:<round>:<table name>` (see `app::meetings::print`).
    pub key: String,
    /// SHA-256 (hex) of the document's layout data.
    pub fingerprint: String,
}

/// Storage of what was printed, per meeting.
#[async_trait]
pub trait PrintedStore: Send + Sync + 'static {
    /// Records documents as printed at `at` (Unix seconds); a document printed before under the
    /// same key gets the new fingerprint. [`StoreError::NotFound`] for an unknown meeting.
    async fn record_printed(&self, meeting: MeetingId, documents: &[PrintedDocument], at: i64) -> Result<(), StoreError>;
    /// Every document printed for the meeting (the last print of each key), by key.
    async fn printed(&self, meeting: MeetingId) -> Result<Vec<PrintedDocument>, StoreError>;
}
