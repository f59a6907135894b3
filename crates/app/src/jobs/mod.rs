//! Background jobs: handlers per job kind and the runner that claims due jobs from the
//! persisted queue ([`JobStore`](crate::ports::JobStore)) and dispatches them.

pub mod runner;

use async_trait::async_trait;

pub use runner::{JobRunner, RanJob};

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
