//! Introductions between a need and an offer.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::UserId;
use domain::ids::OrgId;
use domain::marketplace::ItemId;

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
    /// Unix seconds: when it was first agreed (kept when it is done); `None` until then.
    pub agreed_at: Option<i64>,
}

/// Storage of introductions.
#[async_trait]
pub trait IntroductionStore: Send + Sync + 'static {
    /// Stores an introduction; one per need and offer ([`StoreError::Conflict`] otherwise).
    async fn create_introduction(&self, introduction: &NewIntroduction) -> Result<i64, StoreError>;
    async fn introduction(&self, id: i64) -> Result<Option<Introduction>, StoreError>;
    /// The most recently changed introductions of the whole network, dismissed ones left out.
    async fn recent_introductions(&self, limit: i64) -> Result<Vec<Introduction>, StoreError>;
    /// Introductions where the association asks or answers, newest change first.
    async fn introductions_of(&self, org: OrgId) -> Result<Vec<Introduction>, StoreError>;
    /// Moves an introduction from `from` to `to` (compare-and-set); false when it was not in `from`.
    /// The first move to agreed (or straight to done) records `agreed_at` from the clock.
    async fn move_introduction(
        &self,
        id: i64,
        from: domain::marketplace::IntroductionState,
        to: domain::marketplace::IntroductionState,
        by: UserId,
    ) -> Result<bool, StoreError>;
}
