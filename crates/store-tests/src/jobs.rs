//! Contract of `JobStore`.

use std::collections::BTreeSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use app::ports::{JobId, JobState};
use serde_json::json;

use crate::TestStores;

const LEASE: Duration = Duration::from_secs(60);

/// A fixed "now", so that tests never depend on the clock.
fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_800_000_000 + seconds)
}

pub async fn jobs_are_enqueued_claimed_and_completed(stores: TestStores) {
    let payload = json!({"to": "amira@example.de", "subject": "Grüße مرحبا"});
    let id = stores.jobs.enqueue("mail.send", &payload, at(0)).await.unwrap();
    let job = stores.jobs.claim_next(at(1), LEASE).await.unwrap().unwrap();
    assert_eq!(job.id, id);
    assert_eq!(job.kind, "mail.send");
    assert_eq!(job.payload, payload);
    assert_eq!((job.attempts, job.max_attempts), (1, 5));
    assert_eq!(stores.jobs.claim_next(at(2), LEASE).await.unwrap(), None, "a running job is not claimed again");
    assert!(stores.jobs.complete(id, job.attempts).await.unwrap());
    assert_eq!(stores.jobs.claim_next(at(3600), LEASE).await.unwrap(), None, "a done job is never claimed");
    let recent = stores.jobs.recent_jobs(10).await.unwrap();
    assert_eq!(recent.len(), 1);
    assert_eq!((recent[0].id, recent[0].state, recent[0].attempts), (id, JobState::Done, 1));
    assert_eq!(recent[0].run_at, at(0));
    assert!(recent[0].created_at.starts_with("20") && recent[0].created_at.ends_with('Z'), "{}", recent[0].created_at);
}

pub async fn jobs_are_claimed_in_order_of_due_time(stores: TestStores) {
    let later = stores.jobs.enqueue("b", &json!(2), at(10)).await.unwrap();
    let sooner = stores.jobs.enqueue("a", &json!(1), at(5)).await.unwrap();
    assert_eq!(stores.jobs.claim_next(at(20), LEASE).await.unwrap().unwrap().id, sooner);
    assert_eq!(stores.jobs.claim_next(at(20), LEASE).await.unwrap().unwrap().id, later);
    let listed: Vec<JobId> = stores.jobs.recent_jobs(1).await.unwrap().into_iter().map(|j| j.id).collect();
    assert_eq!(listed, vec![sooner], "newest first, as many as asked for");
}

pub async fn a_job_due_in_the_future_is_not_claimed(stores: TestStores) {
    let id = stores.jobs.enqueue("mail.send", &json!({}), at(100)).await.unwrap();
    assert_eq!(stores.jobs.claim_next(at(99), LEASE).await.unwrap(), None);
    assert_eq!(stores.jobs.claim_next(at(100), LEASE).await.unwrap().map(|j| j.id), Some(id));
}

pub async fn a_claimed_job_is_not_claimed_twice(stores: TestStores) {
    let mut queued = BTreeSet::new();
    for n in 0..30 {
        queued.insert(stores.jobs.enqueue("count", &json!(n), at(0)).await.unwrap());
    }
    let claimer = |stores: TestStores| async move {
        let mut claimed = Vec::new();
        while let Some(job) = stores.jobs.claim_next(at(1), LEASE).await.unwrap() {
            claimed.push(job.id);
        }
        claimed
    };
    let (first, second) = tokio::join!(tokio::spawn(claimer(stores.clone())), tokio::spawn(claimer(stores.clone())));
    let (first, second) = (first.unwrap(), second.unwrap());
    let all: Vec<JobId> = first.iter().chain(&second).copied().collect();
    let distinct: BTreeSet<JobId> = all.iter().copied().collect();
    assert_eq!(all.len(), distinct.len(), "a job was claimed twice: {first:?} {second:?}");
    assert_eq!(distinct, queued);
}

pub async fn a_job_whose_lease_ended_is_claimed_again(stores: TestStores) {
    let id = stores.jobs.enqueue("mail.send", &json!({}), at(0)).await.unwrap();
    stores.jobs.claim_next(at(0), LEASE).await.unwrap().unwrap();
    assert_eq!(stores.jobs.claim_next(at(59), LEASE).await.unwrap(), None);
    let again = stores.jobs.claim_next(at(60), LEASE).await.unwrap().unwrap();
    assert_eq!((again.id, again.attempts), (id, 2));
}

pub async fn a_failing_job_is_retried_then_failed(stores: TestStores) {
    let id = stores.jobs.enqueue("mail.send", &json!({}), at(0)).await.unwrap();
    for attempt in 1..=5 {
        let now = at(attempt * 100);
        let job = stores.jobs.claim_next(now, LEASE).await.unwrap().unwrap();
        assert_eq!((job.id, job.attempts), (id, i32::try_from(attempt).unwrap()));
        let retry_at = now + Duration::from_secs(50);
        let state = stores.jobs.fail(id, job.attempts, &format!("refused {attempt}"), Some(retry_at)).await.unwrap();
        if attempt < 5 {
            assert_eq!(state, Some(JobState::Queued));
            assert_eq!(stores.jobs.claim_next(retry_at - Duration::from_secs(1), LEASE).await.unwrap(), None, "not before the retry time");
        } else {
            assert_eq!(state, Some(JobState::Failed));
        }
    }
    assert_eq!(stores.jobs.claim_next(at(10_000), LEASE).await.unwrap(), None);
    let job = stores.jobs.recent_jobs(10).await.unwrap().remove(0);
    assert_eq!((job.state, job.attempts, job.last_error.as_deref()), (JobState::Failed, 5, Some("refused 5")));
    assert_eq!(stores.jobs.fail(id, 5, "again", Some(at(20_000))).await.unwrap(), None, "only a running job can fail");
}

pub async fn a_job_without_retry_fails_at_once(stores: TestStores) {
    let id = stores.jobs.enqueue("unknown.kind", &json!({}), at(0)).await.unwrap();
    let job = stores.jobs.claim_next(at(0), LEASE).await.unwrap().unwrap();
    assert_eq!(stores.jobs.fail(id, job.attempts, "no handler", None).await.unwrap(), Some(JobState::Failed));
    assert_eq!(stores.jobs.claim_next(at(10_000), LEASE).await.unwrap(), None);
}

pub async fn a_job_whose_last_lease_ended_is_failed(stores: TestStores) {
    let id = stores.jobs.enqueue("mail.send", &json!({}), at(0)).await.unwrap();
    for attempt in 0..5 {
        let job = stores.jobs.claim_next(at(attempt * 100), LEASE).await.unwrap().unwrap();
        assert_eq!(job.id, id);
    }
    assert_eq!(stores.jobs.claim_next(at(1000), LEASE).await.unwrap(), None);
    let job = stores.jobs.recent_jobs(1).await.unwrap().remove(0);
    assert_eq!((job.state, job.attempts), (JobState::Failed, 5));
    assert!(job.last_error.is_some());
}

pub async fn a_worker_whose_lease_was_taken_over_cannot_finish_the_job(stores: TestStores) {
    let id = stores.jobs.enqueue("mail.send", &json!({}), at(0)).await.unwrap();
    let late = stores.jobs.claim_next(at(0), LEASE).await.unwrap().unwrap();
    let current = stores.jobs.claim_next(at(60), LEASE).await.unwrap().unwrap();
    assert_eq!((late.id, current.id), (id, id));
    assert!(!stores.jobs.complete(id, late.attempts).await.unwrap(), "the late worker's success is not recorded");
    assert_eq!(stores.jobs.fail(id, late.attempts, "late", None).await.unwrap(), None, "the late worker's failure is not recorded");
    let job = stores.jobs.recent_jobs(1).await.unwrap().remove(0);
    assert_eq!((job.state, job.last_error), (JobState::Running, None), "the late worker's answer is ignored");
    assert!(stores.jobs.complete(id, current.attempts).await.unwrap(), "the lease holder finishes the job");
    assert_eq!(stores.jobs.recent_jobs(1).await.unwrap().remove(0).state, JobState::Done);
}

pub async fn the_queue_depth_counts_jobs_per_state(stores: TestStores) {
    assert_eq!(stores.jobs.queue_depth().await.unwrap(), app::ports::QueueDepth::default());
    let first = stores.jobs.enqueue("a", &json!(1), at(0)).await.unwrap();
    stores.jobs.enqueue("b", &json!(2), at(0)).await.unwrap();
    stores.jobs.enqueue("c", &json!(3), at(100)).await.unwrap();
    let job = stores.jobs.claim_next(at(1), LEASE).await.unwrap().unwrap();
    assert_eq!(job.id, first);
    stores.jobs.fail(job.id, job.attempts, "no", None).await.unwrap();
    stores.jobs.claim_next(at(2), LEASE).await.unwrap().unwrap();
    let depth = stores.jobs.queue_depth().await.unwrap();
    assert_eq!((depth.queued, depth.running, depth.done, depth.failed), (1, 1, 0, 1));
}
