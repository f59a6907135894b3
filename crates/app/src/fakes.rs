//! In-memory implementations of ports, for use-case tests only (compiled with `cfg(test)`).
//! Each implements its whole trait.

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::mail::{MailError, Mailer, OutgoingMail};
use crate::ports::{Job, JobId, JobProgress, JobState, JobStore, JobSummary, QueueDepth, StoreError};

/// A job queue in memory, with the same claiming rules as the storage adapters.
#[derive(Default)]
pub struct InMemoryJobs {
    jobs: Mutex<Vec<StoredJob>>,
}

#[derive(Clone)]
struct StoredJob {
    job: Job,
    state: JobState,
    run_at: SystemTime,
    locked_until: Option<SystemTime>,
    last_error: Option<String>,
    progress: (u64, u64),
}

impl InMemoryJobs {
    fn with_jobs<T>(&self, f: impl FnOnce(&mut Vec<StoredJob>) -> T) -> T {
        match self.jobs.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }
}

#[async_trait]
impl JobStore for InMemoryJobs {
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let id = JobId(i64::try_from(jobs.len()).unwrap_or(i64::MAX) + 1);
            let job = Job { id, kind: kind.to_owned(), payload: payload.clone(), attempts: 0, max_attempts: 5 };
            jobs.push(StoredJob { job, state: JobState::Queued, run_at, locked_until: None, last_error: None, progress: (0, 0) });
            id
        }))
    }

    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let lease_ended = |j: &StoredJob| j.state == JobState::Running && j.locked_until.is_some_and(|t| t <= now);
            for j in jobs.iter_mut().filter(|j| lease_ended(j) && j.job.attempts >= j.job.max_attempts) {
                j.state = JobState::Failed;
                j.locked_until = None;
            }
            let due = jobs
                .iter_mut()
                .filter(|j| j.job.attempts < j.job.max_attempts && ((j.state == JobState::Queued && j.run_at <= now) || lease_ended(j)))
                .min_by_key(|j| (j.run_at, j.job.id))?;
            due.state = JobState::Running;
            due.job.attempts += 1;
            due.locked_until = Some(now + lease);
            Some(due.job.clone())
        }))
    }

    async fn complete(&self, id: JobId, attempt: i32) -> Result<bool, StoreError> {
        Ok(self
            .with_jobs(|jobs| {
                let leased = |j: &&mut StoredJob| j.job.id == id && j.job.attempts == attempt && j.state == JobState::Running;
                jobs.iter_mut().find(leased).map(|j| {
                    j.state = JobState::Done;
                    j.locked_until = None;
                })
            })
            .is_some())
    }

    async fn fail(&self, id: JobId, attempt: i32, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let j = jobs.iter_mut().find(|j| j.job.id == id && j.job.attempts == attempt && j.state == JobState::Running)?;
            match retry_at.filter(|_| j.job.attempts < j.job.max_attempts) {
                Some(at) => {
                    j.state = JobState::Queued;
                    j.run_at = at;
                }
                None => j.state = JobState::Failed,
            }
            j.locked_until = None;
            j.last_error = Some(error.to_owned());
            Some(j.state)
        }))
    }

    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            jobs.iter()
                .rev()
                .take(usize::try_from(limit).unwrap_or(usize::MAX))
                .map(|j| JobSummary {
                    id: j.job.id,
                    kind: j.job.kind.clone(),
                    state: j.state,
                    attempts: j.job.attempts,
                    max_attempts: j.job.max_attempts,
                    run_at: j.run_at,
                    last_error: j.last_error.clone(),
                    created_at: String::new(),
                    updated_at: String::new(),
                })
                .collect()
        }))
    }

    async fn queue_depth(&self) -> Result<QueueDepth, StoreError> {
        Ok(self.with_jobs(|jobs| {
            let mut depth = QueueDepth::default();
            for job in jobs.iter() {
                depth.add(job.state, 1);
            }
            depth
        }))
    }

    async fn set_progress(&self, id: JobId, done: u64, total: u64) -> Result<(), StoreError> {
        self.with_jobs(|jobs| {
            if let Some(j) = jobs.iter_mut().find(|j| j.job.id == id) {
                j.progress = (done, total);
            }
        });
        Ok(())
    }

    async fn progress(&self, id: JobId) -> Result<Option<JobProgress>, StoreError> {
        Ok(self.with_jobs(|jobs| {
            jobs.iter().find(|j| j.job.id == id).map(|j| JobProgress {
                state: j.state,
                done: j.progress.0,
                total: j.progress.1,
                last_error: j.last_error.clone(),
            })
        }))
    }
}

/// Makes the error a failing [`RecordingMailer`] answers with, e.g. `MailError::Unavailable`.
pub type MailFailure = fn(String) -> MailError;

/// A mailer that keeps what it was given; it can be told to fail.
#[derive(Default)]
pub struct RecordingMailer {
    sent: Mutex<Vec<OutgoingMail>>,
    failure: Mutex<Option<MailFailure>>,
}

impl RecordingMailer {
    /// The mail sent so far, oldest first.
    pub fn sent(&self) -> Vec<OutgoingMail> {
        match self.sent.lock() {
            Ok(sent) => sent.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// From now on every send fails with the error `failure` makes (e.g. `MailError::Unavailable`); `None`: succeed again.
    pub fn fail_with(&self, failure: Option<MailFailure>) {
        match self.failure.lock() {
            Ok(mut f) => *f = failure,
            Err(poisoned) => *poisoned.into_inner() = failure,
        }
    }
}

#[async_trait]
impl Mailer for RecordingMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let failure = match self.failure.lock() {
            Ok(f) => *f,
            Err(poisoned) => *poisoned.into_inner(),
        };
        if let Some(failure) = failure {
            return Err(failure("test failure".to_owned()));
        }
        match self.sent.lock() {
            Ok(mut sent) => sent.push(mail.clone()),
            Err(poisoned) => poisoned.into_inner().push(mail.clone()),
        }
        Ok(())
    }
}

/// Rate-limit windows in memory, with the same counting rule as the storage adapters.
#[derive(Default)]
pub struct InMemoryRateLimits {
    windows: Mutex<std::collections::HashMap<String, crate::ports::FailureWindow>>,
}

impl InMemoryRateLimits {
    fn with_windows<T>(&self, f: impl FnOnce(&mut std::collections::HashMap<String, crate::ports::FailureWindow>) -> T) -> T {
        match self.windows.lock() {
            Ok(mut guard) => f(&mut guard),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }
}

#[async_trait]
impl crate::ports::RateLimitStore for InMemoryRateLimits {
    async fn failure_window(&self, key: &str) -> Result<Option<crate::ports::FailureWindow>, StoreError> {
        Ok(self.with_windows(|w| w.get(key).copied()))
    }

    async fn record_failure(&self, key: &str, now: i64, window_secs: i64) -> Result<crate::ports::FailureWindow, StoreError> {
        Ok(self.with_windows(|windows| {
            let fresh = crate::ports::FailureWindow { failures: 1, expires_at: now + window_secs };
            let window = windows.entry(key.to_owned()).or_insert(crate::ports::FailureWindow { failures: 0, expires_at: now });
            *window =
                if window.expires_at <= now { fresh } else { crate::ports::FailureWindow { failures: window.failures + 1, ..*window } };
            *window
        }))
    }

    async fn reset_failures(&self, key: &str) -> Result<(), StoreError> {
        self.with_windows(|w| w.remove(key));
        Ok(())
    }

    async fn delete_closed_windows(&self, now: i64) -> Result<u64, StoreError> {
        Ok(self.with_windows(|windows| {
            let before = windows.len();
            windows.retain(|_, w| w.expires_at > now);
            (before - windows.len()) as u64
        }))
    }
}
