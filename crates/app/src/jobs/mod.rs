//! Background jobs: handlers per job kind and the runner that claims due jobs from the
//! persisted queue ([`JobStore`](crate::ports::JobStore)) and dispatches them.

pub mod runner;

use std::time::SystemTime;

use async_trait::async_trait;

pub use runner::{JobRunner, RanJob};

use crate::ports::{JobState, JobStore, StoreError};

/// How many recent jobs are looked through for an already queued run of a recurring job.
const RECENT_JOBS: u32 = 500;

/// Queues a run of a recurring job at `run_at` unless one of its kind is already queued (or,
/// with `or_running`, running): restarts and several server processes keep a single chain.
/// Returns whether a run was queued.
pub async fn schedule_once(jobs: &dyn JobStore, kind: &str, run_at: SystemTime, or_running: bool) -> Result<bool, StoreError> {
    let recent = jobs.recent_jobs(RECENT_JOBS).await?;
    let pending = |state: JobState| state == JobState::Queued || (or_running && state == JobState::Running);
    if recent.iter().any(|j| j.kind == kind && pending(j.state)) {
        return Ok(false);
    }
    jobs.enqueue(kind, &serde_json::json!({}), run_at).await?;
    Ok(true)
}

/// Why a job's attempt failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    /// Worth trying again later (a service was unreachable).
    #[error("{0}")]
    Retry(String),
    /// Trying again cannot help (the payload is unreadable, the recipient refused).
    #[error("{0}")]
    Permanent(String),
}

/// Runs the jobs of one kind.
#[async_trait]
pub trait JobHandler: Send + Sync + 'static {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError>;
}
