//! The persisted job queue.

use super::StoreError;
use async_trait::async_trait;
use std::time::{Duration, SystemTime};

/// Identifies a job in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(pub i64);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a job is in its life: queued (waiting for `run_at`), running (claimed by a worker
/// until its lease ends), done, or failed for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobState {
    Queued,
    Running,
    Done,
    Failed,
}

impl JobState {
    /// The stable key stored in the database.
    pub fn key(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }

    /// The state for a stored key.
    pub fn from_key(key: &str) -> Option<JobState> {
        [JobState::Queued, JobState::Running, JobState::Done, JobState::Failed].into_iter().find(|s| s.key() == key)
    }
}

/// A job a worker has claimed and now runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: JobId,
    /// Names the handler, e.g. `mail.send`.
    pub kind: String,
    pub payload: serde_json::Value,
    /// Attempts so far, this one included.
    pub attempts: i32,
    pub max_attempts: i32,
}

/// A job as an administrator sees it in the list of recent jobs.
#[derive(Debug, Clone, PartialEq)]
pub struct JobSummary {
    pub id: JobId,
    pub kind: String,
    pub state: JobState,
    pub attempts: i32,
    pub max_attempts: i32,
    /// When the job is (or was) due.
    pub run_at: SystemTime,
    pub last_error: Option<String>,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// RFC 3339 time in UTC.
    pub updated_at: String,
}

/// The persisted job queue. Several workers (in several server processes) may claim at
/// once; each due job goes to exactly one of them until its lease ends.
#[async_trait]
pub trait JobStore: Send + Sync + 'static {
    /// Queues a job that is due at `run_at`.
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError>;
    /// Atomically takes the job that has been due longest: a queued job with `run_at <= now`, or a
    /// running one whose lease ended (its worker died). The job is leased until `now + lease`
    /// and its attempts are counted up. A running job with an ended lease and no attempts left
    /// is marked failed instead.
    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError>;
    /// Marks a running job done if the caller still holds its lease: `attempt` is the
    /// `Job::attempts` the claim returned, and a takeover counts attempts up, so a worker whose
    /// lease ended and was taken over changes nothing. Returns whether the job was marked done.
    async fn complete(&self, id: JobId, attempt: i32) -> Result<bool, StoreError>;
    /// Records a failed attempt of a running job whose lease the caller holds (`attempt` as in
    /// `complete`): it is queued again for `retry_at` while it has attempts left, otherwise (or
    /// when `retry_at` is `None`) it is marked failed for good. Returns the new state, or `None`
    /// when no running job has this id and attempt.
    async fn fail(&self, id: JobId, attempt: i32, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError>;
    /// The most recent jobs, newest first.
    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError>;
    /// How many jobs are in each state (for `/metrics`).
    async fn queue_depth(&self) -> Result<QueueDepth, StoreError>;
    /// Records how far a long job is (`done` of `total` steps), for a progress element.
    async fn set_progress(&self, id: JobId, done: u64, total: u64) -> Result<(), StoreError>;
    /// A job's state and progress; `None` when there is no such job.
    async fn progress(&self, id: JobId) -> Result<Option<JobProgress>, StoreError>;
}

/// Where a job is and how far, as a progress element shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobProgress {
    pub state: JobState,
    pub done: u64,
    pub total: u64,
    pub last_error: Option<String>,
}

/// Jobs per state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueDepth {
    pub queued: u64,
    pub running: u64,
    pub done: u64,
    pub failed: u64,
}

impl QueueDepth {
    /// Adds `count` jobs in `state`.
    pub fn add(&mut self, state: JobState, count: u64) {
        match state {
            JobState::Queued => self.queued += count,
            JobState::Running => self.running += count,
            JobState::Done => self.done += count,
            JobState::Failed => self.failed += count,
        }
    }
}
