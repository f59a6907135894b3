//! The daily `parked_forms.clean_up` job: deletes the parked forms that expired without being
//! taken, so that nothing typed stays in the database longer than a day or two.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::jobs::{schedule_once, JobError, JobHandler};
use crate::ports::{Clock, JobStore, ParkedFormStore, StoreError};

/// The job kind.
pub const CLEAN_UP_JOB: &str = "parked_forms.clean_up";
/// Time between two runs.
const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// Queues a run at `run_at` unless one is already queued or running (restarts and several
/// server processes keep a single chain). Returns whether a run was queued.
pub async fn schedule_clean_up(jobs: &dyn JobStore, run_at: SystemTime) -> Result<bool, StoreError> {
    schedule_once(jobs, CLEAN_UP_JOB, run_at, true).await
}

/// Deletes the expired parked forms, then queues the next run a day later unless another one
/// is already queued.
pub struct CleanUpParkedForms {
    pub parked: Arc<dyn ParkedFormStore>,
    pub jobs: Arc<dyn JobStore>,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl JobHandler for CleanUpParkedForms {
    async fn run(&self, _payload: &serde_json::Value) -> Result<(), JobError> {
        let retry = |e: StoreError| JobError::Retry(e.to_string());
        let deleted = self.parked.delete_expired_parked_forms(self.clock.now().unix_secs()).await.map_err(retry)?;
        tracing::info!(deleted, "expired parked forms deleted");
        schedule_once(self.jobs.as_ref(), CLEAN_UP_JOB, SystemTime::now() + EVERY, false).await.map_err(retry)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fakes::InMemoryJobs;
    use crate::jobs::JobRunner;
    use crate::parked_forms::fake::InMemoryParkedForms;
    use crate::ports::{FixedClock, JobState, ParkedForm};
    use domain::timestamp::Timestamp;

    #[tokio::test]
    async fn the_job_deletes_expired_forms_and_queues_the_next_run() {
        let parked = Arc::new(InMemoryParkedForms::default());
        let now = 1_780_000_000;
        for (path, expires_at) in [("/old", now - 1), ("/new", now + 3_600)] {
            let form = ParkedForm { secret_hash: "h".into(), path: path.into(), body: String::new(), expires_at };
            parked.park_form(&form).await.ok();
        }
        let jobs = Arc::new(InMemoryJobs::default());
        assert!(schedule_clean_up(jobs.as_ref(), SystemTime::now()).await.unwrap_or(false));
        assert!(!schedule_clean_up(jobs.as_ref(), SystemTime::now()).await.unwrap_or(true), "one chain only");
        let runner = JobRunner::new(jobs.clone()).with_handler(
            CLEAN_UP_JOB,
            Arc::new(CleanUpParkedForms {
                parked: parked.clone(),
                jobs: jobs.clone(),
                clock: Arc::new(FixedClock::at(Timestamp::from_unix_secs(now))),
            }),
        );
        runner.drain().await.ok();
        assert_eq!(parked.len(), 1, "the form still valid stays");
        let queued = jobs.recent_jobs(10).await.unwrap_or_default();
        assert_eq!(queued.iter().filter(|j| j.kind == CLEAN_UP_JOB && j.state == JobState::Queued).count(), 1, "the next run a day later");
    }
}
