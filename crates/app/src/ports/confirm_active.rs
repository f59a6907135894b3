//! The yearly "still active?" check: confirmations, reminders and inactivity flags.

use super::{OrgRecord, StoreError};
use async_trait::async_trait;
use domain::ids::OrgId;

/// Storage of the yearly check's state per organisation.
#[async_trait]
pub trait ConfirmActiveStore: Send + Sync + 'static {
    /// Records that the entry was confirmed as current at `now` (Unix seconds) and clears the
    /// inactivity flag and the reminder.
    async fn set_confirmed(&self, org: OrgId, now: i64) -> Result<(), StoreError>;
    /// Records many confirmations at once, each `(org, at)` as [`Self::set_confirmed`] records
    /// it; adapters write them in one transaction (the demo generator confirms 100,000 entries,
    /// one commit each took minutes). An unknown organisation is `NotFound`; adapters with
    /// transactions then record none of them.
    async fn set_confirmed_many(&self, confirmations: &[(OrgId, i64)]) -> Result<(), StoreError> {
        for (org, at) in confirmations {
            self.set_confirmed(*org, *at).await?;
        }
        Ok(())
    }
    /// Published, not archived and not flagged organisations whose last confirmation is older than
    /// `before` (Unix seconds), for the yearly "still active?" check; by id.
    async fn confirm_active_due(&self, before: i64) -> Result<Vec<OrgRecord>, StoreError>;
    /// The same, at most `limit` of them with an id above `after`: the scan reads them page by
    /// page, so that a directory of 100,000 entries due at once is never in memory whole.
    async fn confirm_active_due_page(&self, before: i64, after: OrgId, limit: usize) -> Result<Vec<OrgRecord>, StoreError> {
        let mut due = self.confirm_active_due(before).await?;
        due.retain(|r| r.id > after);
        due.truncate(limit);
        Ok(due)
    }
    /// Records when the "still active?" reminder went out (`None`: forgets it).
    async fn set_confirmation_sent(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError>;
    /// Flags the entry as possibly inactive at the given time, or clears the flag with `None`.
    async fn set_inactive_flag(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError>;
    /// Flagged organisations that are not archived, for the office; longest flagged first.
    async fn flagged_inactive(&self) -> Result<Vec<OrgRecord>, StoreError>;
}
