//! The job queue on PostgreSQL. Claims lock the chosen row with `FOR UPDATE SKIP LOCKED`,
//! so workers in several server processes never get the same job and never wait for each other.

use std::time::{Duration, SystemTime};

use app::ports::{Job, JobId, JobState, JobStore, JobSummary, StoreError};
use app::stored::{unix_millis, JobSummaryRow};
use async_trait::async_trait;

use crate::{unavailable, PostgresStore};

const NETWORK: i64 = 1;

/// A `timestamptz` column as Unix milliseconds.
fn millis(column: &str) -> String {
    format!("(extract(epoch FROM {column}) * 1000)::bigint")
}

/// A `timestamptz` column as RFC 3339 text in UTC.
fn rfc3339(column: &str) -> String {
    format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
}

#[async_trait]
impl JobStore for PostgresStore {
    async fn enqueue(&self, kind: &str, payload: &serde_json::Value, run_at: SystemTime) -> Result<JobId, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO job (network_id, kind, payload, run_at) VALUES ($1, $2, $3::jsonb, to_timestamp($4::bigint / 1000.0)) RETURNING id",
        )
        .bind(NETWORK)
        .bind(kind)
        .bind(payload.to_string())
        .bind(unix_millis(run_at))
        .fetch_one(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(JobId(id))
    }

    async fn claim_next(&self, now: SystemTime, lease: Duration) -> Result<Option<Job>, StoreError> {
        let now_ms = unix_millis(now);
        let until_ms = unix_millis(now + lease);
        sqlx::query(
            "UPDATE job SET state = 'failed', locked_until = NULL, last_error = 'lease ended without an answer from the worker', \
             updated_at = now() WHERE network_id = $1 AND state = 'running' \
             AND locked_until <= to_timestamp($2::bigint / 1000.0) AND attempts >= max_attempts",
        )
        .bind(NETWORK)
        .bind(now_ms)
        .execute(&self.pool)
        .await
        .map_err(unavailable)?;
        let row: Option<(i64, String, String, i32, i32)> = sqlx::query_as(
            "UPDATE job SET state = 'running', attempts = attempts + 1, locked_until = to_timestamp($1::bigint / 1000.0), \
                 updated_at = now() \
             WHERE id = (SELECT id FROM job WHERE network_id = $2 AND attempts < max_attempts \
                 AND ((state = 'queued' AND run_at <= to_timestamp($3::bigint / 1000.0)) \
                   OR (state = 'running' AND locked_until <= to_timestamp($3::bigint / 1000.0))) \
                 ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING id, kind, payload::text, attempts, max_attempts",
        )
        .bind(until_ms)
        .bind(NETWORK)
        .bind(now_ms)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        row.map(|(id, kind, payload, attempts, max_attempts)| app::stored::job(id, kind, &payload, attempts, max_attempts)).transpose()
    }

    async fn complete(&self, id: JobId) -> Result<(), StoreError> {
        sqlx::query("UPDATE job SET state = 'done', locked_until = NULL, updated_at = now() WHERE id = $1 AND state = 'running'")
            .bind(id.0)
            .execute(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn fail(&self, id: JobId, error: &str, retry_at: Option<SystemTime>) -> Result<Option<JobState>, StoreError> {
        let row: Option<(String,)> = sqlx::query_as(
            "UPDATE job SET \
                 state = CASE WHEN $1::bigint IS NOT NULL AND attempts < max_attempts THEN 'queued' ELSE 'failed' END, \
                 run_at = CASE WHEN $1::bigint IS NOT NULL AND attempts < max_attempts \
                     THEN to_timestamp($1::bigint / 1000.0) ELSE run_at END, \
                 locked_until = NULL, last_error = $2, updated_at = now() \
             WHERE id = $3 AND state = 'running' RETURNING state",
        )
        .bind(retry_at.map(unix_millis))
        .bind(error)
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        row.map(|(state,)| app::stored::job_state(&state)).transpose()
    }

    async fn recent_jobs(&self, limit: u32) -> Result<Vec<JobSummary>, StoreError> {
        let rows: Vec<JobSummaryRow> = sqlx::query_as(&format!(
            "SELECT id, kind, state, attempts, max_attempts, {}, last_error, {}, {} FROM job WHERE network_id = $1 ORDER BY id DESC LIMIT $2",
            millis("run_at"),
            rfc3339("created_at"),
            rfc3339("updated_at"),
        ))
        .bind(NETWORK)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(app::stored::job_summary).collect()
    }
}
