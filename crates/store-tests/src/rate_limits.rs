//! Contract of [`RateLimitStore`](app::ports::RateLimitStore): one window per key, counted by
//! one upsert that loses no count when several processes fail at once, reopened once closed.
//! Also: two job runners on one queue run each job once.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use app::jobs::{JobError, JobHandler, JobRunner};
use app::ports::{FailureWindow, JobStore, Stores};
use async_trait::async_trait;

use crate::TestStores;

pub async fn a_window_counts_failures_until_it_closes_then_opens_anew(stores: TestStores) {
    let store = stores.rate_limits.as_ref();
    assert_eq!(store.failure_window("login.ip/ip:192.0.2.1").await.unwrap(), None);
    for (n, now) in [(1, 1_000), (2, 1_100), (3, 1_899)] {
        let window = store.record_failure("login.ip/ip:192.0.2.1", now, 900).await.unwrap();
        assert_eq!(window, FailureWindow { failures: n, expires_at: 1_900 }, "failure {n} counts in the window of the first");
    }
    assert_eq!(store.failure_window("login.ip/ip:192.0.2.1").await.unwrap(), Some(FailureWindow { failures: 3, expires_at: 1_900 }));
    assert_eq!(store.failure_window("login.ip/ip:192.0.2.2").await.unwrap(), None, "another key");
    let reopened = store.record_failure("login.ip/ip:192.0.2.1", 1_900, 900).await.unwrap();
    assert_eq!(reopened, FailureWindow { failures: 1, expires_at: 2_800 }, "the closed window starts again");
    store.reset_failures("login.ip/ip:192.0.2.1").await.unwrap();
    assert_eq!(store.failure_window("login.ip/ip:192.0.2.1").await.unwrap(), None);
}

pub async fn closed_windows_are_deleted_and_open_ones_kept(stores: TestStores) {
    let store = stores.rate_limits.as_ref();
    store.record_failure("a", 1_000, 100).await.unwrap();
    store.record_failure("b", 1_050, 100).await.unwrap();
    let hostile = format!("inbox.address/{}'; DROP TABLE rate_limit_window; --{}", "<b>", "é".repeat(2_000));
    store.record_failure(&hostile, 1_050, 100).await.unwrap();
    assert_eq!(store.delete_closed_windows(1_099).await.unwrap(), 0);
    assert_eq!(store.delete_closed_windows(1_100).await.unwrap(), 1);
    assert_eq!(store.failure_window("a").await.unwrap(), None);
    assert_eq!(store.failure_window(&hostile).await.unwrap().map(|w| w.failures), Some(1));
    assert_eq!(store.delete_closed_windows(1_150).await.unwrap(), 2);
}

pub async fn failures_counted_at_once_are_all_counted(stores: TestStores) {
    let tasks: Vec<_> = (0..40)
        .map(|_| {
            let store = stores.rate_limits.clone();
            tokio::spawn(async move { store.record_failure("login.account/x", 5_000, 900).await.unwrap() })
        })
        .collect();
    let mut seen = Vec::new();
    for task in tasks {
        seen.push(task.await.unwrap().failures);
    }
    seen.sort_unstable();
    assert_eq!(seen, (1..=40).collect::<Vec<_>>(), "every upsert saw its own count");
    assert_eq!(stores.rate_limits.failure_window("login.account/x").await.unwrap().map(|w| w.failures), Some(40));
}

/// Counts how often each job ran, and which runner ran it.
struct Counting {
    runner: &'static str,
    runs: Arc<Mutex<BTreeMap<i64, Vec<&'static str>>>>,
}

#[async_trait]
impl JobHandler for Counting {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError> {
        let n = payload.as_i64().ok_or_else(|| JobError::Permanent("no number".into()))?;
        tokio::time::sleep(Duration::from_millis(2)).await;
        self.runs.lock().unwrap().entry(n).or_default().push(self.runner);
        Ok(())
    }
}

pub async fn two_job_runners_on_one_queue_run_each_job_once(stores: TestStores) {
    run_each_job_once(stores.jobs.clone(), stores.jobs.clone()).await;
}

/// Two job runners, each with its own handle on one database (as two server processes have),
/// work one queue: each job runs once. For the tests that open the database twice.
pub fn two_processes_run_each_job_once(first: Stores, second: Stores) -> impl std::future::Future<Output = ()> {
    run_each_job_once(first.jobs, second.jobs)
}

async fn run_each_job_once(first: Arc<dyn JobStore>, second: Arc<dyn JobStore>) {
    for n in 0..40 {
        first.enqueue("count", &serde_json::json!(n), SystemTime::now()).await.unwrap();
    }
    let runs = Arc::new(Mutex::new(BTreeMap::new()));
    let runner = |jobs: Arc<dyn JobStore>, name: &'static str| {
        Arc::new(JobRunner::new(jobs).with_handler("count", Arc::new(Counting { runner: name, runs: runs.clone() })))
    };
    let (first, second) = (runner(first, "first"), runner(second, "second"));
    let (a, b) = tokio::join!(tokio::spawn(async move { first.drain().await }), tokio::spawn(async move { second.drain().await }));
    let (a, b) = (a.unwrap().unwrap(), b.unwrap().unwrap());
    assert_eq!(a.len() + b.len(), 40, "the runners ran 40 jobs between them");
    let runs = runs.lock().unwrap().clone();
    assert_eq!(runs.len(), 40, "every job ran");
    assert!(runs.values().all(|by| by.len() == 1), "a job ran twice: {runs:?}");
}
