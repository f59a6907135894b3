//! The job runner: claims due jobs one at a time and hands each to the handler of its kind.
//! Servers run [`JobRunner::run`] in the background; tests call [`JobRunner::drain`].

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::Notify;

use crate::jobs::{JobError, JobHandler};
use crate::ports::{Job, JobId, JobState, JobStore, StoreError};

/// How long a claimed job stays with its worker before another may take it over.
const DEFAULT_LEASE: Duration = Duration::from_secs(300);
/// Wait before the first retry; doubled for every further attempt.
const DEFAULT_BACKOFF: Duration = Duration::from_secs(30);
/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(6 * 3600);

/// What became of a job that [`JobRunner::run_once`] ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RanJob {
    pub id: JobId,
    pub kind: String,
    /// `Done`, `Queued` (will be retried) or `Failed`.
    pub state: JobState,
}

/// Claims due jobs and dispatches them by kind.
pub struct JobRunner {
    store: Arc<dyn JobStore>,
    handlers: HashMap<String, Arc<dyn JobHandler>>,
    lease: Duration,
    backoff: Duration,
    wake: Arc<Notify>,
}

impl JobRunner {
    /// A runner without handlers; jobs of a kind without handler fail at once.
    pub fn new(store: Arc<dyn JobStore>) -> Self {
        JobRunner { store, handlers: HashMap::new(), lease: DEFAULT_LEASE, backoff: DEFAULT_BACKOFF, wake: Arc::new(Notify::new()) }
    }

    /// Runs jobs of `kind` with `handler`.
    pub fn with_handler(mut self, kind: &str, handler: Arc<dyn JobHandler>) -> Self {
        self.handlers.insert(kind.to_owned(), handler);
        self
    }

    /// Sets the wait before the first retry (doubled for every further attempt, at most 6 hours).
    pub fn with_backoff(mut self, first_retry: Duration) -> Self {
        self.backoff = first_retry;
        self
    }

    /// Sets how long a worker may take for one job before another worker takes it over.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// The queue this runner works on.
    pub fn store(&self) -> &Arc<dyn JobStore> {
        &self.store
    }

    /// Wakes [`JobRunner::run`] before its next poll, e.g. right after a job was queued.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// The wait before attempt `attempts + 1`, after `attempts` failed ones.
    pub fn retry_delay(&self, attempts: i32) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(20);
        self.backoff.saturating_mul(1 << doublings).min(MAX_BACKOFF)
    }

    /// Claims and runs one due job; `None` when no job is due.
    pub async fn run_once(&self) -> Result<Option<RanJob>, StoreError> {
        let now = SystemTime::now();
        let Some(job) = self.store.claim_next(now, self.lease).await? else { return Ok(None) };
        let result = match self.handlers.get(&job.kind) {
            Some(handler) => supervised(handler.clone(), job.payload.clone()).await,
            None => Err(JobError::Permanent(format!("no handler for job kind {}", job.kind))),
        };
        let state = self.record(&job, result).await?;
        Ok(Some(RanJob { id: job.id, kind: job.kind, state }))
    }

    async fn record(&self, job: &Job, result: Result<(), JobError>) -> Result<JobState, StoreError> {
        let (error, retry_at) = match result {
            Ok(()) => {
                if !self.store.complete(job.id, job.attempts).await? {
                    tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, "job done after its lease was taken over");
                    return Ok(JobState::Running);
                }
                crate::metrics::Counters::count(&crate::metrics::COUNTERS.jobs_completed);
                tracing::debug!(job = %job.id, kind = %job.kind, "job done");
                return Ok(JobState::Done);
            }
            Err(JobError::Retry(error)) => (error, Some(SystemTime::now() + self.retry_delay(job.attempts))),
            Err(JobError::Permanent(error)) => (error, None),
        };
        crate::metrics::Counters::count(&crate::metrics::COUNTERS.jobs_failed);
        // `None`: the lease ended meanwhile and another worker owns the job now.
        let state = self.store.fail(job.id, job.attempts, &error, retry_at).await?.unwrap_or(JobState::Running);
        tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, %error, state = state.key(), "job attempt failed");
        Ok(state)
    }

    /// Runs jobs until none is due and returns what ran. The synchronous test hook: after
    /// `drain()` every job that was due has been run once (retries wait for their time).
    pub async fn drain(&self) -> Result<Vec<RanJob>, StoreError> {
        let mut ran = Vec::new();
        while let Some(job) = self.run_once().await? {
            ran.push(job);
        }
        Ok(ran)
    }

    /// Works the queue forever: drains it, then sleeps until `poll` has passed or
    /// [`JobRunner::wake`] is called. Storage errors are logged and retried at the next poll.
    pub async fn run(&self, poll: Duration) {
        loop {
            if let Err(error) = self.drain().await {
                tracing::warn!(%error, "job queue unavailable");
            }
            let _ = tokio::time::timeout(poll, self.wake.notified()).await;
        }
    }
}

/// Runs the handler as a task of its own, so that a panicking job is an attempt that failed
/// (logged and retried later like any other) instead of the end of the runner.
async fn supervised(handler: Arc<dyn JobHandler>, payload: serde_json::Value) -> Result<(), JobError> {
    match tokio::spawn(async move { handler.run(&payload).await }).await {
        Ok(result) => result,
        Err(error) if error.is_panic() => Err(JobError::Retry("the job panicked".into())),
        Err(error) => Err(JobError::Retry(format!("the job was cancelled: {error}"))),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use domain::accounts::EmailAddress;

    use super::*;
    use crate::fakes::{InMemoryJobs, RecordingMailer};
    use crate::mail::enqueue_mail::{enqueue_mail, SEND_MAIL};
    use crate::mail::send_mail::SendMail;
    use crate::mail::{MailError, OutgoingMail};

    fn mail(to: &str) -> OutgoingMail {
        OutgoingMail {
            to: EmailAddress::parse(to).unwrap(),
            subject: "Einladung zum Netzwerktreffen – دعوة".into(),
            text_body: "Hallo!\nBis Donnerstag.".into(),
            html_body: Some("<p>Hallo!</p>".into()),
            attachments: Vec::new(),
        }
    }

    fn runner() -> (JobRunner, Arc<InMemoryJobs>, Arc<RecordingMailer>) {
        let jobs = Arc::new(InMemoryJobs::default());
        let mailer = Arc::new(RecordingMailer::default());
        let runner = JobRunner::new(jobs.clone()).with_handler(SEND_MAIL, Arc::new(SendMail::new(mailer.clone())));
        (runner, jobs, mailer)
    }

    struct Panics;

    #[async_trait::async_trait]
    impl JobHandler for Panics {
        async fn run(&self, _payload: &serde_json::Value) -> Result<(), JobError> {
            panic!("a bug in a job");
        }
    }

    #[tokio::test]
    async fn a_panicking_job_is_retried_later_and_the_runner_goes_on() {
        let (runner, jobs, mailer) = runner();
        let runner = runner.with_handler("report.render", Arc::new(Panics));
        jobs.enqueue("report.render", &serde_json::json!({}), SystemTime::now()).await.unwrap();
        enqueue_mail(jobs.as_ref(), &mail("amira@example.de")).await.unwrap();
        let ran = runner.drain().await.unwrap();
        let states: Vec<(&str, JobState)> = ran.iter().map(|r| (r.kind.as_str(), r.state)).collect();
        assert_eq!(states, [("report.render", JobState::Queued), (SEND_MAIL, JobState::Done)]);
        assert_eq!(mailer.sent().len(), 1, "the next job ran");
    }

    #[tokio::test]
    async fn queued_mail_is_sent_when_the_queue_is_drained() {
        let (runner, jobs, mailer) = runner();
        let first = enqueue_mail(jobs.as_ref(), &mail("amira@example.de")).await.unwrap();
        enqueue_mail(jobs.as_ref(), &mail("jonas@example.de")).await.unwrap();
        assert!(mailer.sent().is_empty(), "nothing is sent before the runner runs");
        let ran = runner.drain().await.unwrap();
        assert_eq!(ran.len(), 2);
        assert_eq!(ran[0], RanJob { id: first, kind: SEND_MAIL.into(), state: JobState::Done });
        assert_eq!(mailer.sent(), vec![mail("amira@example.de"), mail("jonas@example.de")]);
        assert!(runner.drain().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn an_unavailable_transport_is_retried_later() {
        let (runner, jobs, mailer) = runner();
        enqueue_mail(jobs.as_ref(), &mail("amira@example.de")).await.unwrap();
        mailer.fail_with(Some(MailError::Unavailable));
        let ran = runner.drain().await.unwrap();
        assert_eq!(ran.iter().map(|r| r.state).collect::<Vec<_>>(), vec![JobState::Queued], "the retry waits for its time");
        let job = jobs.recent_jobs(1).await.unwrap().remove(0);
        assert!(job.run_at > SystemTime::now() + Duration::from_secs(20), "backoff of about 30 s");
        assert_eq!(job.last_error.as_deref(), Some("mail transport unavailable: test failure"));
    }

    #[tokio::test]
    async fn retries_end_in_failure_after_the_last_attempt() {
        let (runner, jobs, mailer) = runner();
        let runner = runner.with_backoff(Duration::ZERO);
        enqueue_mail(jobs.as_ref(), &mail("amira@example.de")).await.unwrap();
        mailer.fail_with(Some(MailError::Unavailable));
        let states: Vec<JobState> = runner.drain().await.unwrap().into_iter().map(|r| r.state).collect();
        assert_eq!(states, [vec![JobState::Queued; 4], vec![JobState::Failed]].concat());
    }

    #[tokio::test]
    async fn refused_mail_and_unknown_kinds_fail_at_once() {
        let (runner, jobs, mailer) = runner();
        mailer.fail_with(Some(MailError::Rejected));
        enqueue_mail(jobs.as_ref(), &mail("amira@example.de")).await.unwrap();
        jobs.enqueue("report.render", &serde_json::json!({}), SystemTime::now()).await.unwrap();
        jobs.enqueue(SEND_MAIL, &serde_json::json!({"to": "not an address"}), SystemTime::now()).await.unwrap();
        let ran = runner.drain().await.unwrap();
        assert!(ran.iter().all(|r| r.state == JobState::Failed), "{ran:?}");
        let errors: Vec<String> = jobs.recent_jobs(10).await.unwrap().into_iter().filter_map(|j| j.last_error).collect();
        assert!(errors[0].starts_with("bad mail payload"), "{errors:?}");
        assert_eq!(errors[1], "no handler for job kind report.render");
        assert_eq!(errors[2], "mail refused: test failure");
    }

    #[test]
    fn backoff_doubles_up_to_a_limit() {
        let (runner, _, _) = runner();
        assert_eq!(runner.retry_delay(1), Duration::from_secs(30));
        assert_eq!(runner.retry_delay(3), Duration::from_secs(120));
        assert_eq!(runner.retry_delay(50), MAX_BACKOFF);
    }

    #[tokio::test]
    async fn the_loop_runs_jobs_when_woken() {
        let (runner, jobs, mailer) = runner();
        let runner = Arc::new(runner);
        let background = tokio::spawn({
            let runner = runner.clone();
            async move { runner.run(Duration::from_secs(3600)).await }
        });
        tokio::task::yield_now().await;
        enqueue_mail(jobs.as_ref(), &mail("amira@example.de")).await.unwrap();
        runner.wake();
        for _ in 0..100 {
            if !mailer.sent().is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(mailer.sent().len(), 1);
        background.abort();
    }
}
