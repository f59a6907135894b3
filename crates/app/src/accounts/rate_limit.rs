//! Rate limiting of failed logins and sent forms: a window of failures per key (`"ip:…"`,
//! `"account:…"`), one fixed policy per limiter, counted in the database
//! ([`RateLimitStore`]) so that every server process on it sees the same counts: the sixth wrong
//! password is refused whichever process gets it.
//!
//! The caller checks before verifying a password or code, records a failure when it was wrong
//! and resets the account key after a successful login. Resetting the IP key on success is
//! usually wrong: one valid account would then clear the counter for every guess from that address.
//! For IPv6, key on the /64 network rather than the full address.
//!
//! A window opens at a key's first failure and lasts the policy's window; once it holds
//! `max_failures`, attempts are refused until it closes. (In a fixed window an attacker may
//! spend one window's failures at its end and the next one's at the start: at most twice the
//! policy in a short time, never more.) Counting is one upsert per failure; checking is one read.
//! Closed windows are deleted by the daily clean-up job ([`CleanUpRateLimits`]), so the table
//! holds only keys that failed within the last window.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::jobs::{schedule_once, JobError, JobHandler};
use crate::ports::{Clock, FailureWindow, JobStore, RateLimitStore, StoreError};

/// How many failures a limiter tolerates per key within a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitPolicy {
    max_failures: u32,
    window: Duration,
}

impl RateLimitPolicy {
    /// Five failed logins per account in fifteen minutes.
    pub const PER_ACCOUNT: Self = Self::new(5, Duration::from_secs(15 * 60));
    /// Twenty failed logins per IP address in fifteen minutes.
    pub const PER_IP: Self = Self::new(20, Duration::from_secs(15 * 60));

    /// At most `max_failures` (at least 1) failures within any `window`.
    pub const fn new(max_failures: u32, window: Duration) -> Self {
        Self { max_failures: if max_failures == 0 { 1 } else { max_failures }, window }
    }

    /// Failures tolerated within the window; the next attempt is refused.
    pub fn max_failures(&self) -> u32 {
        self.max_failures
    }

    /// Length of the window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// The window in whole seconds (at least one).
    fn window_secs(&self) -> i64 {
        i64::try_from(self.window.as_secs()).unwrap_or(i64::MAX).max(1)
    }

    /// Whether another attempt is allowed at `now` (Unix seconds) given the key's window.
    pub fn allows(&self, window: Option<FailureWindow>, now: i64) -> Result<(), RetryAfter> {
        match window {
            Some(w) if w.expires_at > now && w.failures >= i64::from(self.max_failures) => {
                Err(RetryAfter(Duration::from_secs(u64::try_from(w.expires_at - now).unwrap_or(0))))
            }
            _ => Ok(()),
        }
    }
}

/// The key has used up its failures; attempts are accepted again after the duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many failed attempts; try again in {} seconds", self.seconds())]
pub struct RetryAfter(pub Duration);

impl RetryAfter {
    /// Stable identifier of the error.
    pub fn code(self) -> &'static str {
        "rate_limited"
    }

    /// Whole seconds to wait, rounded up (for a `Retry-After` header or a message).
    pub fn seconds(self) -> u64 {
        self.0.as_secs() + u64::from(self.0.subsec_nanos() > 0)
    }
}

/// Why an attempt was not let through: the key used up its failures, or the counters could
/// not be read.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error(transparent)]
    TooMany(#[from] RetryAfter),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Refusal {
    /// The caller's error: `limited(seconds to wait)` when too many, its storage error otherwise.
    pub fn into_error<E: From<StoreError>>(self, limited: impl FnOnce(u64) -> E) -> E {
        match self {
            Refusal::TooMany(retry) => limited(retry.seconds()),
            Refusal::Store(error) => error.into(),
        }
    }
}

/// A failure counter per key with one [`RateLimitPolicy`], kept in the database under the
/// limiter's `scope` (so that two limiters never share a key). Time is passed in (Unix seconds
/// from the clock), so that tests need not sleep and all processes agree on it.
#[derive(Clone)]
pub struct RateLimiter {
    scope: &'static str,
    policy: RateLimitPolicy,
    store: Arc<dyn RateLimitStore>,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter").field("scope", &self.scope).field("policy", &self.policy).finish_non_exhaustive()
    }
}

impl RateLimiter {
    /// A limiter named `scope` (e.g. `"login.ip"`), counting in `store`.
    pub fn new(scope: &'static str, policy: RateLimitPolicy, store: Arc<dyn RateLimitStore>) -> Self {
        Self { scope, policy, store }
    }

    /// The policy this limiter enforces.
    pub fn policy(&self) -> RateLimitPolicy {
        self.policy
    }

    fn stored_key(&self, key: &str) -> String {
        format!("{}/{key}", self.scope)
    }

    /// Whether `key` may make another attempt at `now`; records nothing.
    pub async fn check(&self, key: &str, now: i64) -> Result<(), Refusal> {
        let window = self.store.failure_window(&self.stored_key(key)).await?;
        Ok(self.policy.allows(window, now)?)
    }

    /// Counts a failed attempt of `key` at `now`.
    pub async fn record_failure(&self, key: &str, now: i64) -> Result<(), StoreError> {
        self.store.record_failure(&self.stored_key(key), now, self.policy.window_secs()).await.map(drop)
    }

    /// Counts an attempt of `key` at `now` and refuses it when the window was already full:
    /// one read and one upsert, for limits on sending rather than on failing.
    pub async fn count(&self, key: &str, now: i64) -> Result<(), Refusal> {
        self.check(key, now).await?;
        self.record_failure(key, now).await?;
        Ok(())
    }

    /// Forgets the failures of `key`, after a successful login.
    pub async fn reset(&self, key: &str) -> Result<(), StoreError> {
        self.store.reset_failures(&self.stored_key(key)).await
    }
}

/// The job kind of the daily clean-up of closed windows.
pub const CLEAN_UP_RATE_LIMITS_JOB: &str = "rate_limits.clean_up";
/// Time between two clean-ups.
const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// Queues a clean-up at `run_at` unless one is already queued or running (restarts and several
/// server processes keep a single chain). Returns whether one was queued.
pub async fn schedule_rate_limit_clean_up(jobs: &dyn JobStore, run_at: SystemTime) -> Result<bool, StoreError> {
    schedule_once(jobs, CLEAN_UP_RATE_LIMITS_JOB, run_at, true).await
}

/// Deletes the closed windows, then queues the next run a day later.
pub struct CleanUpRateLimits {
    pub rate_limits: Arc<dyn RateLimitStore>,
    pub jobs: Arc<dyn JobStore>,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl JobHandler for CleanUpRateLimits {
    async fn run(&self, _payload: &serde_json::Value) -> Result<(), JobError> {
        let retry = |e: StoreError| JobError::Retry(e.to_string());
        let deleted = self.rate_limits.delete_closed_windows(self.clock.now().unix_secs()).await.map_err(retry)?;
        tracing::info!(deleted, "closed rate-limit windows deleted");
        schedule_once(self.jobs.as_ref(), CLEAN_UP_RATE_LIMITS_JOB, SystemTime::now() + EVERY, false).await.map_err(retry)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::fakes::{InMemoryJobs, InMemoryRateLimits};
    use crate::jobs::JobRunner;
    use crate::ports::{FixedClock, JobState};
    use domain::timestamp::Timestamp;

    const MINUTE: i64 = 60;

    fn limiter(policy: RateLimitPolicy) -> RateLimiter {
        RateLimiter::new("test", policy, Arc::new(InMemoryRateLimits::default()))
    }

    fn retry(seconds: i64) -> RetryAfter {
        RetryAfter(Duration::from_secs(u64::try_from(seconds).unwrap()))
    }

    #[test]
    fn a_full_open_window_refuses_until_it_closes() {
        let policy = RateLimitPolicy::new(2, Duration::from_secs(600));
        assert_eq!(policy.allows(None, 0), Ok(()));
        assert_eq!(policy.allows(Some(FailureWindow { failures: 1, expires_at: 600 }), 0), Ok(()));
        assert_eq!(policy.allows(Some(FailureWindow { failures: 2, expires_at: 600 }), 0), Err(retry(600)));
        assert_eq!(policy.allows(Some(FailureWindow { failures: 9, expires_at: 600 }), 599), Err(retry(1)));
        assert_eq!(policy.allows(Some(FailureWindow { failures: 9, expires_at: 600 }), 600), Ok(()), "closed");
    }

    #[tokio::test]
    async fn the_sixth_attempt_within_the_window_is_refused_until_the_first_failure_expires() {
        let limiter = limiter(RateLimitPolicy::PER_ACCOUNT);
        let start = 1_780_000_000;
        for minute in 0..5 {
            let now = start + MINUTE * minute;
            assert!(limiter.check("account:a@b.de", now).await.is_ok(), "attempt {}", minute + 1);
            limiter.record_failure("account:a@b.de", now).await.unwrap();
        }
        let refused = limiter.check("account:a@b.de", start + MINUTE * 5).await.unwrap_err();
        assert!(matches!(refused, Refusal::TooMany(r) if r == retry(MINUTE * 10) && r.seconds() == 600));
        assert!(limiter.check("account:a@b.de", start + MINUTE * 15 - 1).await.is_err());
        assert!(limiter.check("account:a@b.de", start + MINUTE * 15).await.is_ok(), "the window of the first failure closed");
        limiter.record_failure("account:a@b.de", start + MINUTE * 15).await.unwrap();
        assert!(limiter.check("account:a@b.de", start + MINUTE * 15).await.is_ok(), "a new window with one failure");
    }

    #[tokio::test]
    async fn checking_does_not_count_and_counting_does() {
        let limiter = limiter(RateLimitPolicy::new(3, Duration::from_secs(60)));
        for _ in 0..100 {
            assert!(limiter.check("ip:192.0.2.1", 0).await.is_ok());
        }
        for _ in 0..3 {
            assert!(limiter.count("ip:192.0.2.1", 0).await.is_ok());
        }
        assert!(matches!(limiter.count("ip:192.0.2.1", 0).await, Err(Refusal::TooMany(_))));
    }

    #[tokio::test]
    async fn keys_and_scopes_are_counted_separately_and_reset_forgets_one() {
        let store: Arc<dyn RateLimitStore> = Arc::new(InMemoryRateLimits::default());
        let limiter = RateLimiter::new("login.account", RateLimitPolicy::PER_ACCOUNT, store.clone());
        let other = RateLimiter::new("inbox.account", RateLimitPolicy::PER_ACCOUNT, store);
        for _ in 0..5 {
            limiter.record_failure("account:a@b.de", 0).await.unwrap();
            limiter.record_failure("account:c@d.de", 0).await.unwrap();
        }
        assert!(limiter.check("account:a@b.de", 0).await.is_err());
        assert!(other.check("account:a@b.de", 0).await.is_ok(), "another limiter's key");
        assert!(limiter.check("account:x@y.de", 0).await.is_ok());
        limiter.reset("account:a@b.de").await.unwrap();
        assert!(limiter.check("account:a@b.de", 0).await.is_ok());
        assert!(limiter.check("account:c@d.de", 0).await.is_err());
    }

    #[tokio::test]
    async fn the_per_ip_policy_allows_twenty_failures() {
        let limiter = limiter(RateLimitPolicy::PER_IP);
        for _ in 0..19 {
            limiter.record_failure("ip:198.51.100.7", 0).await.unwrap();
        }
        assert!(limiter.check("ip:198.51.100.7", 0).await.is_ok());
        limiter.record_failure("ip:198.51.100.7", 0).await.unwrap();
        assert!(matches!(limiter.check("ip:198.51.100.7", 0).await, Err(Refusal::TooMany(r)) if r == retry(15 * MINUTE)));
    }

    #[tokio::test]
    async fn a_policy_of_zero_failures_still_allows_the_first_attempt() {
        let limiter = limiter(RateLimitPolicy::new(0, Duration::from_secs(60)));
        assert!(limiter.check("k", 0).await.is_ok());
        limiter.record_failure("k", 0).await.unwrap();
        assert!(limiter.check("k", 0).await.is_err());
    }

    #[test]
    fn a_refusal_becomes_the_callers_error() {
        #[derive(Debug, PartialEq)]
        enum E {
            Limited(u64),
            Store,
        }
        impl From<StoreError> for E {
            fn from(_: StoreError) -> Self {
                E::Store
            }
        }
        assert_eq!(Refusal::TooMany(retry(5)).into_error(E::Limited), E::Limited(5));
        assert_eq!(Refusal::Store(StoreError::Unavailable("down".into())).into_error(E::Limited), E::Store);
    }

    #[tokio::test]
    async fn the_clean_up_deletes_closed_windows_and_queues_the_next_run() {
        let store = Arc::new(InMemoryRateLimits::default());
        let now = 1_780_000_000;
        store.record_failure("old", now - 100, 60).await.unwrap();
        store.record_failure("open", now - 10, 60).await.unwrap();
        let jobs = Arc::new(InMemoryJobs::default());
        assert!(schedule_rate_limit_clean_up(jobs.as_ref(), SystemTime::now()).await.unwrap());
        assert!(!schedule_rate_limit_clean_up(jobs.as_ref(), SystemTime::now()).await.unwrap(), "one chain only");
        let clock = Arc::new(FixedClock::at(Timestamp::from_unix_secs(now)));
        let handler = CleanUpRateLimits { rate_limits: store.clone(), jobs: jobs.clone(), clock };
        JobRunner::new(jobs.clone()).with_handler(CLEAN_UP_RATE_LIMITS_JOB, Arc::new(handler)).drain().await.ok();
        assert!(store.failure_window("old").await.unwrap().is_none());
        assert!(store.failure_window("open").await.unwrap().is_some());
        let queued = jobs.recent_jobs(10).await.unwrap();
        assert_eq!(queued.iter().filter(|j| j.kind == CLEAN_UP_RATE_LIMITS_JOB && j.state == JobState::Queued).count(), 1);
    }
}
