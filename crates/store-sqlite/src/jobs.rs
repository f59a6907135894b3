//! The job queue on SQLite. Claims go through the single writer connection as one
//! `UPDATE … WHERE id = (SELECT …) RETURNING`, so two workers never get the same job.

use std::time::{Duration, SystemTime};

use app::ports::{Job, JobId, JobState, JobStore, JobSummary, StoreError};
use app::stored::{unix_millis, JobSummaryRow};
use async_trait::async_trait;

use crate::{unavailable, SqliteStore};

const NETWORK: i64 = 1;
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

#[async_trait]
impl JobStore for SqliteStore {
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError> {
        let (id,): (i64,) = sqlx::query_as("INSERT INTO job (network_id, kind, payload, run_at) VALUES (?, ?, ?, ?) RETURNING id")
            .bind(NETWORK)
            .bind(kind)
            .bind(payload.to_string())
            .bind(unix_millis(run_at))
            .fetch_one(&self.writer)
            .await
            .map_err(unavailable)?;
        Ok(JobId(id))
    }

    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError> {
        let now_ms = unix_millis(now);
        let until_ms = unix_millis(now + lease);
        sqlx::query(&format!(
            "UPDATE job SET state = 'failed', locked_until = NULL, last_error = 'lease ended without an answer from the worker', \
             updated_at = {NOW} WHERE network_id = ? AND state = 'running' AND locked_until <= ? AND attempts >= max_attempts"
        ))
        .bind(NETWORK)
        .bind(now_ms)
        .execute(&self.writer)
        .await
        .map_err(unavailable)?;
        let row: Option<(i64, String, String, i32, i32)> = sqlx::query_as(&format!(
            "UPDATE job SET state = 'running', attempts = attempts + 1, locked_until = ?, updated_at = {NOW} \
             WHERE id = (SELECT id FROM job WHERE network_id = ? AND attempts < max_attempts \
                 AND ((state = 'queued' AND run_at <= ?) OR (state = 'running' AND locked_until <= ?)) \
                 ORDER BY run_at, id LIMIT 1) \
             RETURNING id, kind, payload, attempts, max_attempts"
        ))
        .bind(until_ms)
        .bind(NETWORK)
        .bind(now_ms)
        .bind(now_ms)
        .fetch_optional(&self.writer)
        .await
        .map_err(unavailable)?;
        row.map(|(id, kind, payload, attempts, max_attempts)| app::stored::job(id, kind, &payload, attempts, max_attempts)).transpose()
    }

    async fn complete(&self, id: JobId) -> Result<(), StoreError> {
        sqlx::query(&format!("UPDATE job SET state = 'done', locked_until = NULL, updated_at = {NOW} WHERE id = ? AND state = 'running'"))
            .bind(id.0)
            .execute(&self.writer)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn fail(&self, id: JobId, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError> {
        let row: Option<(String,)> = sqlx::query_as(&format!(
            "UPDATE job SET \
                 state = CASE WHEN ?1 IS NOT NULL AND attempts < max_attempts THEN 'queued' ELSE 'failed' END, \
                 run_at = CASE WHEN ?1 IS NOT NULL AND attempts < max_attempts THEN ?1 ELSE run_at END, \
                 locked_until = NULL, last_error = ?2, updated_at = {NOW} \
             WHERE id = ?3 AND state = 'running' RETURNING state"
        ))
        .bind(retry_at.map(unix_millis))
        .bind(error)
        .bind(id.0)
        .fetch_optional(&self.writer)
        .await
        .map_err(unavailable)?;
        row.map(|(state,)| app::stored::job_state(&state)).transpose()
    }

    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError> {
        let rows: Vec<JobSummaryRow> = sqlx::query_as(
            "SELECT id, kind, state, attempts, max_attempts, run_at, last_error, created_at, updated_at \
             FROM job WHERE network_id = ? ORDER BY id DESC LIMIT ?",
        )
        .bind(NETWORK)
        .bind(i64::from(limit))
        .fetch_all(&self.reader)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(app::stored::job_summary).collect()
    }
}
