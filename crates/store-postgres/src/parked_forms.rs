//! Parked forms on PostgreSQL. Taking one is a single `DELETE … RETURNING`, so a form is
//! given back at most once.

use app::ports::{ParkedForm, ParkedFormStore, StoreError};
use async_trait::async_trait;

use crate::{unavailable, PostgresStore};

#[async_trait]
impl ParkedFormStore for PostgresStore {
    async fn park_form(&self, form: &ParkedForm) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO parked_form (secret_hash, path, body, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (secret_hash, path) DO UPDATE SET body = excluded.body, expires_at = excluded.expires_at, \
             updated_at = now()",
        )
        .bind(&form.secret_hash)
        .bind(&form.path)
        .bind(&form.body)
        .bind(form.expires_at)
        .execute(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(())
    }

    async fn take_parked_form(&self, secret_hash: &str, path: &str, now: i64) -> Result<Option<ParkedForm>, StoreError> {
        let row: Option<(String, String, String, i64)> =
            sqlx::query_as("DELETE FROM parked_form WHERE secret_hash = $1 AND path = $2 RETURNING secret_hash, path, body, expires_at")
                .bind(secret_hash)
                .bind(path)
                .fetch_optional(&self.pool)
                .await
                .map_err(unavailable)?;
        Ok(row.filter(|(.., expires_at)| *expires_at > now).map(|(secret_hash, path, body, expires_at)| ParkedForm {
            secret_hash,
            path,
            body,
            expires_at,
        }))
    }

    async fn discard_parked_forms(&self, secret_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM parked_form WHERE secret_hash = $1").bind(secret_hash).execute(&self.pool).await.map_err(unavailable)?;
        Ok(())
    }

    async fn delete_expired_parked_forms(&self, now: i64) -> Result<u64, StoreError> {
        let done =
            sqlx::query("DELETE FROM parked_form WHERE expires_at <= $1").bind(now).execute(&self.pool).await.map_err(unavailable)?;
        Ok(done.rows_affected())
    }
}
