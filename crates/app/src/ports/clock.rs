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

/// The system's clock shifted by a settable number of seconds (zero at first): the demo tells
/// its story with it, storing the network's past (associations published in 2019–2022) through
/// the ordinary use cases, and sets it back to zero before anyone else asks the time.
#[derive(Debug, Default)]
pub struct ShiftedClock(AtomicI64);

impl ShiftedClock {
    pub fn new() -> Self {
        ShiftedClock::default()
    }

    /// From now on the clock shows `time` (and runs on from there).
    pub fn show(&self, time: Timestamp) {
        self.0.store(time.unix_secs() - SystemClock.now().unix_secs(), Ordering::SeqCst);
    }

    /// Back to the system's time.
    pub fn reset(&self) {
        self.0.store(0, Ordering::SeqCst);
    }
}

impl Clock for ShiftedClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_unix_secs(SystemClock.now().unix_secs() + self.0.load(Ordering::SeqCst))
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
    fn a_shifted_clock_shows_the_time_it_was_set_to_and_runs_on() {
        let clock = ShiftedClock::new();
        let system = SystemClock.now().unix_secs();
        assert!((clock.now().unix_secs() - system).abs() <= 1);
        clock.show(Timestamp::from_unix_secs(1_560_000_000));
        assert!((1_560_000_000..=1_560_000_002).contains(&clock.now().unix_secs()));
        clock.reset();
        assert!(clock.now().unix_secs() >= system);
    }

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
