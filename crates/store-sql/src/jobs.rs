//! The persisted job queue. A claim is one `UPDATE … WHERE id = (SELECT … LIMIT 1) RETURNING`
//! on the writer; on PostgreSQL the subquery skips rows other workers have locked.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use app::ports::{Job, JobId, JobProgress, JobState, JobStore, JobSummary, QueueDepth, StoreError};
use async_trait::async_trait;
use sqlx::types::Json;

use crate::rows::{IdRow, TextRow};
use crate::{corrupt, db_error, Dialect, SqlStore, Statement, NETWORK};

/// Milliseconds since the Unix epoch, the form job times are compared in (negative before 1970).
pub fn unix_millis(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_millis()).map_or(i64::MIN, |ms| -ms),
    }
}

/// The time `millis` milliseconds after the Unix epoch.
pub fn from_unix_millis(millis: i64) -> SystemTime {
    let offset = Duration::from_millis(millis.unsigned_abs());
    if millis >= 0 {
        UNIX_EPOCH + offset
    } else {
        UNIX_EPOCH - offset
    }
}

fn job_state(key: &str) -> Result<JobState, StoreError> {
    JobState::from_key(key).ok_or_else(|| corrupt(format!("unknown job state {key}")))
}

#[derive(sqlx::FromRow)]
struct StateCountRow {
    state: String,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct JobRow {
    id: i64,
    kind: String,
    payload: Json<serde_json::Value>,
    attempts: i32,
    max_attempts: i32,
}

#[derive(sqlx::FromRow)]
struct ProgressRow {
    state: String,
    progress_done: i64,
    progress_total: i64,
    last_error: Option<String>,
}

#[derive(sqlx::FromRow)]
struct JobSummaryRow {
    id: i64,
    kind: String,
    state: String,
    attempts: i32,
    max_attempts: i32,
    run_at: i64,
    last_error: Option<String>,
    created_at: String,
    updated_at: String,
}

impl JobSummaryRow {
    fn into_summary(self) -> Result<JobSummary, StoreError> {
        Ok(JobSummary {
            id: JobId(self.id),
            kind: self.kind,
            state: job_state(&self.state)?,
            attempts: self.attempts,
            max_attempts: self.max_attempts,
            run_at: from_unix_millis(self.run_at),
            last_error: self.last_error,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

#[async_trait]
impl<D: Dialect> JobStore for SqlStore<D> {
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError> {
        let st = Statement::new(format!(
            "INSERT INTO job (network_id, kind, payload, run_at) VALUES ($1, $2, $3, {}) RETURNING id",
            D::job_time("$4")
        ))
        .bind(NETWORK)
        .bind(kind)
        .bind(payload.clone())
        .bind(unix_millis(run_at));
        Ok(JobId(self.db.write_one::<IdRow>(st).await.map_err(db_error)?.id))
    }

    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError> {
        let give_up = Statement::new(format!(
            "UPDATE job SET state = 'failed', locked_until = NULL, last_error = 'lease ended without an answer from the worker', \
             updated_at = {now} WHERE network_id = $1 AND state = 'running' AND locked_until <= {at} AND attempts >= max_attempts",
            now = D::NOW,
            at = D::job_time("$2")
        ))
        .bind(NETWORK)
        .bind(unix_millis(now));
        self.db.execute(give_up).await.map_err(db_error)?;
        let claim = Statement::new(format!(
            "UPDATE job SET state = 'running', attempts = attempts + 1, locked_until = {until}, updated_at = {now} \
             WHERE id = (SELECT id FROM job WHERE network_id = $2 AND attempts < max_attempts \
                 AND ((state = 'queued' AND run_at <= {at}) OR (state = 'running' AND locked_until <= {at})) \
                 ORDER BY run_at, id LIMIT 1{lock}) \
             RETURNING id, kind, payload, attempts, max_attempts",
            until = D::job_time("$1"),
            now = D::NOW,
            at = D::job_time("$3"),
            lock = D::CLAIM_LOCK,
        ))
        .bind(unix_millis(now + lease))
        .bind(NETWORK)
        .bind(unix_millis(now));
        let row: Option<JobRow> = self.db.write_optional(claim).await.map_err(db_error)?;
        Ok(row.map(|r| Job { id: JobId(r.id), kind: r.kind, payload: r.payload.0, attempts: r.attempts, max_attempts: r.max_attempts }))
    }

    async fn complete(&self, id: JobId, attempt: i32) -> Result<bool, StoreError> {
        let st = Statement::new(format!(
            "UPDATE job SET state = 'done', locked_until = NULL, updated_at = {} \
             WHERE id = $1 AND attempts = $2 AND state = 'running'",
            D::NOW
        ));
        Ok(self.db.execute(st.bind(id.0).bind(attempt)).await.map_err(db_error)? > 0)
    }

    async fn fail(&self, id: JobId, attempt: i32, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError> {
        let st = Statement::new(format!(
            "UPDATE job SET \
                 state = CASE WHEN $1 IS NOT NULL AND attempts < max_attempts THEN 'queued' ELSE 'failed' END, \
                 run_at = CASE WHEN $1 IS NOT NULL AND attempts < max_attempts THEN {retry} ELSE run_at END, \
                 locked_until = NULL, last_error = $2, updated_at = {now} \
             WHERE id = $3 AND attempts = $4 AND state = 'running' RETURNING state AS text",
            retry = D::job_time("$1"),
            now = D::NOW
        ))
        .bind(retry_at.map(unix_millis))
        .bind(error)
        .bind(id.0)
        .bind(attempt);
        let row: Option<TextRow> = self.db.write_optional(st).await.map_err(db_error)?;
        row.map(|r| job_state(&r.text)).transpose()
    }

    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError> {
        let st = Statement::new(format!(
            "SELECT id, kind, state, attempts, max_attempts, {run_at} AS run_at, last_error, {created_at} AS created_at, \
             {updated_at} AS updated_at FROM job WHERE network_id = $1 ORDER BY id DESC LIMIT $2",
            run_at = D::job_millis("run_at"),
            created_at = D::iso("created_at"),
            updated_at = D::iso("updated_at"),
        ))
        .bind(NETWORK)
        .bind(i64::from(limit));
        let rows: Vec<JobSummaryRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(JobSummaryRow::into_summary).collect()
    }

    async fn queue_depth(&self) -> Result<QueueDepth, StoreError> {
        let st = Statement::new("SELECT state, COUNT(*) AS n FROM job WHERE network_id = $1 GROUP BY state").bind(NETWORK);
        let rows: Vec<StateCountRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        let mut depth = QueueDepth::default();
        for row in rows {
            depth.add(job_state(&row.state)?, u64::try_from(row.n).unwrap_or_default());
        }
        Ok(depth)
    }

    async fn set_progress(&self, id: JobId, done: u64, total: u64) -> Result<(), StoreError> {
        let st = Statement::new("UPDATE job SET progress_done = $1, progress_total = $2 WHERE id = $3 AND network_id = $4")
            .bind(i64::try_from(done).unwrap_or(i64::MAX))
            .bind(i64::try_from(total).unwrap_or(i64::MAX))
            .bind(id.0)
            .bind(NETWORK);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn progress(&self, id: JobId) -> Result<Option<JobProgress>, StoreError> {
        let st = Statement::new("SELECT state, progress_done, progress_total, last_error FROM job WHERE id = $1 AND network_id = $2")
            .bind(id.0)
            .bind(NETWORK);
        let row: Option<ProgressRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(|r| {
            Ok(JobProgress {
                state: job_state(&r.state)?,
                done: u64::try_from(r.progress_done).unwrap_or_default(),
                total: u64::try_from(r.progress_total).unwrap_or_default(),
                last_error: r.last_error,
            })
        })
        .transpose()
    }
}
