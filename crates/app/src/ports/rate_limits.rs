//! Failure counters of the rate limits, shared by every server process on one database.

use super::StoreError;
use async_trait::async_trait;

/// The failures counted under one key in its current window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailureWindow {
    /// Failures counted since the window opened.
    pub failures: i64,
    /// Unix seconds at which the window closes and its count stops mattering.
    pub expires_at: i64,
}

/// Storage of the rate-limit windows: one row per key, changed by one statement per failure,
/// so that two processes counting the same key at once both count.
#[async_trait]
pub trait RateLimitStore: Send + Sync + 'static {
    /// The window of `key`, if one was opened (it may have closed already: compare `expires_at`).
    async fn failure_window(&self, key: &str) -> Result<Option<FailureWindow>, StoreError>;
    /// Counts one failure of `key` at `now` in a single upsert: a window closed at `now` (or
    /// none) opens anew with one failure until `now + window_secs`, an open one counts one more.
    /// Returns the window after counting.
    async fn record_failure(&self, key: &str, now: i64, window_secs: i64) -> Result<FailureWindow, StoreError>;
    /// Forgets the window of `key`.
    async fn reset_failures(&self, key: &str) -> Result<(), StoreError>;
    /// Deletes the windows closed at `now`; returns how many.
    async fn delete_closed_windows(&self, now: i64) -> Result<u64, StoreError>;
}
