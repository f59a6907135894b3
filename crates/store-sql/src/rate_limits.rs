//! Rate-limit windows. Counting a failure is one `INSERT … ON CONFLICT DO UPDATE … RETURNING`,
//! so two server processes counting the same key at once both count (the row lock on
//! PostgreSQL, the single writer on SQLite).

use app::ports::{FailureWindow, RateLimitStore, StoreError};
use async_trait::async_trait;

use crate::{db_error, Dialect, SqlStore, Statement};

#[derive(sqlx::FromRow)]
struct WindowRow {
    failures: i64,
    expires_at: i64,
}

impl From<WindowRow> for FailureWindow {
    fn from(row: WindowRow) -> Self {
        FailureWindow { failures: row.failures, expires_at: row.expires_at }
    }
}

#[async_trait]
impl<D: Dialect> RateLimitStore for SqlStore<D> {
    async fn failure_window(&self, key: &str) -> Result<Option<FailureWindow>, StoreError> {
        let st = Statement::new("SELECT failures, expires_at FROM rate_limit_window WHERE key = $1").bind(key);
        let row: Option<WindowRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        Ok(row.map(FailureWindow::from))
    }

    async fn record_failure(&self, key: &str, now: i64, window_secs: i64) -> Result<FailureWindow, StoreError> {
        // Both sides of each CASE read the row as it was before the update.
        let st = Statement::new(
            "INSERT INTO rate_limit_window (key, failures, expires_at) VALUES ($1, 1, $2 + $3) \
             ON CONFLICT (key) DO UPDATE SET \
             failures = CASE WHEN rate_limit_window.expires_at <= $2 THEN 1 ELSE rate_limit_window.failures + 1 END, \
             expires_at = CASE WHEN rate_limit_window.expires_at <= $2 THEN $2 + $3 ELSE rate_limit_window.expires_at END \
             RETURNING failures, expires_at",
        )
        .bind(key)
        .bind(now)
        .bind(window_secs);
        let row: WindowRow = self.db.write_one(st).await.map_err(db_error)?;
        Ok(row.into())
    }

    async fn reset_failures(&self, key: &str) -> Result<(), StoreError> {
        self.db.execute(Statement::new("DELETE FROM rate_limit_window WHERE key = $1").bind(key)).await.map_err(db_error)?;
        Ok(())
    }

    async fn delete_closed_windows(&self, now: i64) -> Result<u64, StoreError> {
        self.db.execute(Statement::new("DELETE FROM rate_limit_window WHERE expires_at <= $1").bind(now)).await.map_err(db_error)
    }
}
