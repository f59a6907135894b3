//! Subscriptions to the weekly digest.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};

/// Storage of digest subscriptions.
#[async_trait]
pub trait DigestStore: Send + Sync + 'static {
    /// Subscribes to (or unsubscribes from) the weekly digest of strong new matches.
    async fn set_digest(&self, user: UserId, on: bool) -> Result<(), StoreError>;
    async fn is_digest_subscriber(&self, user: UserId) -> Result<bool, StoreError>;
    /// Every subscriber with their address.
    async fn digest_subscribers(&self) -> Result<Vec<(UserId, EmailAddress)>, StoreError>;
}
