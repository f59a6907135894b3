//! Claims that an association is one's own.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;

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

/// Storage of claims.
#[async_trait]
pub trait ClaimStore: Send + Sync + 'static {
    /// Records a claim; a second open claim of the same user for the same association gives
    /// [`StoreError::Conflict`].
    async fn create_claim(&self, user: UserId, organisation: OrgId, message: &str) -> Result<i64, StoreError>;
    /// Open claims, oldest first.
    async fn pending_claims(&self) -> Result<Vec<Claim>, StoreError>;
    /// Decides an open claim; approving makes the claimant an owner, in the same transaction.
    /// `None` when the claim is not open (decided already, or unknown).
    async fn decide_claim(&self, id: i64, approve: bool, decided_by: &str) -> Result<Option<Claim>, StoreError>;
}
