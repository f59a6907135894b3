//! Login rate limiting: an in-memory sliding window of recent failures per key (`"ip:…"`,
//! `"account:…"`), one fixed policy per limiter, with bounded memory.
//!
//! The caller checks before verifying a password or code, records a failure when it was wrong
//! and resets the account key after a successful login. Resetting the IP key on success is
//! usually wrong: one valid account would then clear the counter for every guess from that address.
//! For IPv6, key on the /64 network rather than the full address.
//!
//! Memory: each key keeps at most `max_failures` timestamps, and the map holds at most
//! `max_keys` keys. When it is full, keys whose failures have all expired go first, then the
//! tenth of keys whose latest failure is oldest. Flooding the map to push out one account's
//! counter therefore takes `max_keys / 10` fresh failures, which the per-IP limit makes expensive.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// How many failures a limiter tolerates per key within a sliding window.
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

    /// Length of the sliding window.
    pub fn window(&self) -> Duration {
        self.window
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

/// A thread-safe failure counter per key with one [`RateLimitPolicy`]. Time is passed in, so
/// that tests need not sleep.
#[derive(Debug)]
pub struct RateLimiter {
    policy: RateLimitPolicy,
    max_keys: usize,
    /// The latest failures of each key, oldest first, never more than `policy.max_failures`.
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// Keys held at most unless told otherwise.
    pub const DEFAULT_MAX_KEYS: usize = 100_000;

    /// A limiter holding at most [`Self::DEFAULT_MAX_KEYS`] keys.
    pub fn new(policy: RateLimitPolicy) -> Self {
        Self::with_max_keys(policy, Self::DEFAULT_MAX_KEYS)
    }

    /// A limiter holding at most `max_keys` (at least 1) keys.
    pub fn with_max_keys(policy: RateLimitPolicy, max_keys: usize) -> Self {
        Self { policy, max_keys: max_keys.max(1), failures: Mutex::new(HashMap::new()) }
    }

    /// The policy this limiter enforces.
    pub fn policy(&self) -> RateLimitPolicy {
        self.policy
    }

    /// Whether `key` may make another attempt at `now`; records nothing.
    pub fn check(&self, key: &str, now: Instant) -> Result<(), RetryAfter> {
        let mut map = self.lock();
        let Some(times) = map.get_mut(key) else { return Ok(()) };
        self.forget_expired(times, now);
        let Some(&oldest) = times.front() else {
            map.remove(key);
            return Ok(());
        };
        if times.len() < self.max_failures() {
            return Ok(());
        }
        Err(RetryAfter((oldest + self.policy.window).saturating_duration_since(now)))
    }

    /// Counts a failed attempt of `key` at `now`.
    pub fn record_failure(&self, key: &str, now: Instant) {
        let mut map = self.lock();
        if let Some(times) = map.get_mut(key) {
            self.forget_expired(times, now);
            if times.len() >= self.max_failures() {
                times.pop_front();
            }
            times.push_back(now);
            return;
        }
        if map.len() >= self.max_keys {
            self.make_room(&mut map, now);
        }
        map.insert(key.to_owned(), VecDeque::from([now]));
    }

    /// Forgets the failures of `key`, after a successful login.
    pub fn reset(&self, key: &str) {
        self.lock().remove(key);
    }

    /// Drops every key whose failures have all expired at `now`; for a periodic clean-up.
    pub fn sweep(&self, now: Instant) {
        let mut map = self.lock();
        self.retain_live(&mut map, now);
    }

    /// Number of keys held.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// True when no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn max_failures(&self) -> usize {
        usize::try_from(self.policy.max_failures).unwrap_or(usize::MAX)
    }

    /// The map stays consistent even if a thread panicked while holding the lock, so poisoning is ignored.
    fn lock(&self) -> MutexGuard<'_, HashMap<String, VecDeque<Instant>>> {
        self.failures.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn is_live(&self, time: Instant, now: Instant) -> bool {
        now.saturating_duration_since(time) < self.policy.window
    }

    fn forget_expired(&self, times: &mut VecDeque<Instant>, now: Instant) {
        while times.front().is_some_and(|&time| !self.is_live(time, now)) {
            times.pop_front();
        }
    }

    fn retain_live(&self, map: &mut HashMap<String, VecDeque<Instant>>, now: Instant) {
        map.retain(|_, times| times.back().is_some_and(|&latest| self.is_live(latest, now)));
    }

    /// Frees at least one slot: expired keys first, then the tenth with the oldest latest failure.
    /// Evicting a tenth at once keeps the cost per insertion low while the map is under attack.
    fn make_room(&self, map: &mut HashMap<String, VecDeque<Instant>>, now: Instant) {
        self.retain_live(map, now);
        if map.len() < self.max_keys {
            return;
        }
        let evict = (self.max_keys / 10).max(1);
        let mut latest: Vec<Instant> = map.values().filter_map(|times| times.back().copied()).collect();
        if latest.len() < evict {
            map.clear();
            return;
        }
        let (_, &mut cutoff, _) = latest.select_nth_unstable(evict - 1);
        let victims: Vec<String> = map
            .iter()
            .filter(|(_, times)| times.back().is_none_or(|&time| time <= cutoff))
            .map(|(key, _)| key.clone())
            .take(evict)
            .collect();
        for key in victims {
            map.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn the_sixth_attempt_within_the_window_is_refused_until_the_first_failure_expires() {
        let limiter = RateLimiter::new(RateLimitPolicy::PER_ACCOUNT);
        let start = Instant::now();
        for minute in 0..5 {
            let now = start + MINUTE * minute;
            assert_eq!(limiter.check("account:a@b.de", now), Ok(()), "attempt {}", minute + 1);
            limiter.record_failure("account:a@b.de", now);
        }
        let now = start + MINUTE * 5;
        let refused = limiter.check("account:a@b.de", now).unwrap_err();
        assert_eq!(refused, RetryAfter(MINUTE * 10));
        assert_eq!(refused.seconds(), 600);
        assert_eq!(limiter.check("account:a@b.de", start + MINUTE * 15 - Duration::from_millis(1)).unwrap_err().seconds(), 1);
        assert_eq!(limiter.check("account:a@b.de", start + MINUTE * 15), Ok(()), "the first failure has left the window");
    }

    #[test]
    fn checking_does_not_count() {
        let limiter = RateLimiter::new(RateLimitPolicy::PER_ACCOUNT);
        let now = Instant::now();
        for _ in 0..100 {
            assert_eq!(limiter.check("account:a@b.de", now), Ok(()));
        }
        assert!(limiter.is_empty());
    }

    #[test]
    fn a_failure_while_refused_keeps_the_key_refused_longer() {
        let limiter = RateLimiter::new(RateLimitPolicy::new(2, MINUTE * 10));
        let start = Instant::now();
        limiter.record_failure("ip:192.0.2.1", start);
        limiter.record_failure("ip:192.0.2.1", start + MINUTE);
        limiter.record_failure("ip:192.0.2.1", start + MINUTE * 2);
        assert_eq!(limiter.check("ip:192.0.2.1", start + MINUTE * 2), Err(RetryAfter(MINUTE * 9)));
    }

    #[test]
    fn keys_are_counted_separately_and_reset_forgets_one() {
        let limiter = RateLimiter::new(RateLimitPolicy::PER_ACCOUNT);
        let now = Instant::now();
        for _ in 0..5 {
            limiter.record_failure("account:a@b.de", now);
            limiter.record_failure("account:c@d.de", now);
        }
        assert!(limiter.check("account:a@b.de", now).is_err());
        assert_eq!(limiter.check("account:x@y.de", now), Ok(()));
        limiter.reset("account:a@b.de");
        assert_eq!(limiter.check("account:a@b.de", now), Ok(()));
        assert!(limiter.check("account:c@d.de", now).is_err());
    }

    #[test]
    fn the_per_ip_policy_allows_twenty_failures() {
        let limiter = RateLimiter::new(RateLimitPolicy::PER_IP);
        let now = Instant::now();
        for _ in 0..19 {
            limiter.record_failure("ip:198.51.100.7", now);
        }
        assert_eq!(limiter.check("ip:198.51.100.7", now), Ok(()));
        limiter.record_failure("ip:198.51.100.7", now);
        assert_eq!(limiter.check("ip:198.51.100.7", now), Err(RetryAfter(MINUTE * 15)));
    }

    #[test]
    fn the_number_of_keys_never_exceeds_the_cap() {
        let limiter = RateLimiter::with_max_keys(RateLimitPolicy::PER_IP, 1000);
        let start = Instant::now();
        for i in 0..50_000u32 {
            limiter.record_failure(&format!("ip:{i}"), start + Duration::from_millis(u64::from(i)));
            assert!(limiter.len() <= 1000);
        }
        assert!(limiter.len() >= 900);
    }

    #[test]
    fn a_flood_of_new_keys_evicts_the_stalest_first() {
        let limiter = RateLimiter::with_max_keys(RateLimitPolicy::PER_ACCOUNT, 100);
        let start = Instant::now();
        for i in 0..99 {
            limiter.record_failure(&format!("account:{i}@flood.de"), start);
        }
        let later = start + MINUTE;
        for _ in 0..5 {
            limiter.record_failure("account:target@b.de", later);
        }
        for i in 0..50 {
            limiter.record_failure(&format!("account:new{i}@flood.de"), later);
        }
        assert!(limiter.len() <= 100);
        assert!(limiter.check("account:target@b.de", later).is_err(), "the account under attack keeps its count");
    }

    #[test]
    fn expired_keys_are_dropped_by_a_sweep_and_when_the_map_is_full() {
        let limiter = RateLimiter::with_max_keys(RateLimitPolicy::PER_ACCOUNT, 10);
        let start = Instant::now();
        for i in 0..10 {
            limiter.record_failure(&format!("account:{i}@b.de"), start);
        }
        let later = start + MINUTE * 15;
        limiter.record_failure("account:late@b.de", later);
        assert_eq!(limiter.len(), 1, "all expired keys went to make room");

        limiter.sweep(later + MINUTE * 14);
        assert_eq!(limiter.len(), 1);
        limiter.sweep(later + MINUTE * 15);
        assert!(limiter.is_empty());
    }

    #[test]
    fn many_threads_share_one_limiter() {
        let limiter = RateLimiter::new(RateLimitPolicy::new(1000, MINUTE));
        let now = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..250 {
                        limiter.record_failure("ip:203.0.113.9", now);
                    }
                });
            }
        });
        assert_eq!(limiter.check("ip:203.0.113.9", now), Err(RetryAfter(MINUTE)));
    }

    #[test]
    fn a_policy_of_zero_failures_still_allows_the_first_attempt() {
        let limiter = RateLimiter::new(RateLimitPolicy::new(0, MINUTE));
        let now = Instant::now();
        assert_eq!(limiter.check("k", now), Ok(()));
        limiter.record_failure("k", now);
        assert!(limiter.check("k", now).is_err());
    }
}
