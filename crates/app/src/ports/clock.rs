//! The current time, as a port: use cases and adapters ask a [`Clock`] instead of the system,
//! so that tests can fix or move time.

use std::sync::atomic::{AtomicI64, Ordering};

use domain::timestamp::Timestamp;

/// Tells the time.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

/// The system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Timestamp::from_unix_secs(i64::try_from(secs).unwrap_or(i64::MAX))
    }
}

/// A clock that stands still until it is set or moved on: for tests, and for reproducible runs.
#[derive(Debug, Default)]
pub struct FixedClock(AtomicI64);

impl FixedClock {
    pub fn at(time: Timestamp) -> Self {
        FixedClock(AtomicI64::new(time.unix_secs()))
    }

    pub fn set(&self, time: Timestamp) {
        self.0.store(time.unix_secs(), Ordering::SeqCst);
    }

    /// Moves the clock on by `secs` seconds.
    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_unix_secs(self.0.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_clock_is_after_2025_and_a_fixed_clock_moves_only_when_told() {
        assert!(SystemClock.now() > Timestamp::from_unix_secs(1_735_689_600));
        let clock = FixedClock::at(Timestamp::from_unix_secs(1_000));
        assert_eq!(clock.now(), Timestamp::from_unix_secs(1_000));
        clock.advance(60);
        assert_eq!(clock.now().unix_secs(), 1_060);
        clock.set(Timestamp::from_unix_secs(5));
        assert_eq!(clock.now().unix_secs(), 5);
    }
}
