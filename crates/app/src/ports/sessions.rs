//! Sign-in sessions.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::UserId;

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

/// Storage of sessions, by the hash of the cookie's secret.
#[async_trait]
pub trait SessionStore: Send + Sync + 'static {
    async fn create_session(&self, session: &NewSession) -> Result<(), StoreError>;
    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError>;
    /// Updates the time of the last request.
    async fn touch_session(&self, token_hash: &str, now: i64) -> Result<(), StoreError>;
    async fn complete_second_factor(&self, token_hash: &str) -> Result<(), StoreError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;
    /// Ends every session of the account (password changed, account disabled).
    async fn delete_sessions_of(&self, id: UserId) -> Result<(), StoreError>;
}
