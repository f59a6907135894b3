//! The append-only audit log.

use super::StoreError;
use async_trait::async_trait;

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

/// The audit log: entries are added, never changed.
#[async_trait]
pub trait AuditLog: Send + Sync + 'static {
    async fn record_audit(&self, event: &AuditEvent) -> Result<(), StoreError>;
    /// The newest entries first.
    async fn audit_events(&self, limit: i64) -> Result<Vec<AuditEvent>, StoreError>;
    /// Every entry whose actor is `actor` (e.g. `user:42`), oldest first.
    async fn audit_events_by_actor(&self, actor: &str) -> Result<Vec<AuditEvent>, StoreError>;
}
