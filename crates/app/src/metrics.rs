//! Counters of the background work, for `/metrics`: jobs, mails, index rebuilds. Process-wide
//! (as a Prometheus client's default registry is), so every runner and read model of the
//! process counts into the same numbers; they only ever go up.

use std::sync::atomic::{AtomicU64, Ordering};

/// The counters; see [`COUNTERS`].
#[derive(Debug, Default)]
pub struct Counters {
    /// Jobs run to the end.
    pub jobs_completed: AtomicU64,
    /// Job attempts that failed (retried later, or failed for good).
    pub jobs_failed: AtomicU64,
    /// Mails handed to the mailer (SMTP relay or outbox folder).
    pub mails_sent: AtomicU64,
    /// Mails the mailer refused or could not take.
    pub mails_failed: AtomicU64,
    /// Directory search index builds (at start-up and after changes).
    pub index_rebuilds: AtomicU64,
}

impl Counters {
    const fn new() -> Self {
        Self {
            jobs_completed: AtomicU64::new(0),
            jobs_failed: AtomicU64::new(0),
            mails_sent: AtomicU64::new(0),
            mails_failed: AtomicU64::new(0),
            index_rebuilds: AtomicU64::new(0),
        }
    }

    /// Counts one.
    pub fn count(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The current value.
    pub fn read(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}

/// The process's counters.
pub static COUNTERS: Counters = Counters::new();
