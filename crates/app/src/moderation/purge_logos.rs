//! The daily `moderation.purge_logos` job: deletes the logo pictures that no published revision
//! and no revision awaiting review names, once their last upload is [`GRACE_SECS`] old. A
//! replaced or removed logo (a photo of a person, say) is thereby erased; within the grace
//! period the office can still restore a recent revision with its picture.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::jobs::{schedule_once, JobError, JobHandler};
use crate::ports::{Clock, JobStore, LogoStore, StoreError};

/// The job kind.
pub const PURGE_LOGOS_JOB: &str = "moderation.purge_logos";
/// How long a picture no revision uses is kept after its last upload: 30 days.
pub const GRACE_SECS: i64 = 30 * 24 * 60 * 60;
/// Time between two runs.
const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// Queues a run at `run_at` unless one is already queued or running.
pub async fn schedule_purge_logos(jobs: &dyn JobStore, run_at: SystemTime) -> Result<bool, StoreError> {
    schedule_once(jobs, PURGE_LOGOS_JOB, run_at, true).await
}

/// Deletes the unused pictures past the grace period, then queues the next run a day later.
pub struct PurgeLogos {
    pub logos: Arc<dyn LogoStore>,
    pub jobs: Arc<dyn JobStore>,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl JobHandler for PurgeLogos {
    async fn run(&self, _payload: &serde_json::Value) -> Result<(), JobError> {
        let retry = |e: StoreError| JobError::Retry(e.to_string());
        let deleted = self.logos.purge_unused_logos(self.clock.now().plus_secs(-GRACE_SECS).unix_secs()).await.map_err(retry)?;
        tracing::info!(deleted, "unused logos purged");
        schedule_once(self.jobs.as_ref(), PURGE_LOGOS_JOB, SystemTime::now() + EVERY, false).await.map_err(retry)?;
        Ok(())
    }
}
