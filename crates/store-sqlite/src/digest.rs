//! Digest subscriptions on SQLite.

use app::ports::{DigestStore, StoreError};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};

use crate::{unavailable, SqliteStore};

#[async_trait]
impl DigestStore for SqliteStore {
    async fn set_digest(&self, user: UserId, on: bool) -> Result<(), StoreError> {
        let sql = if on {
            "INSERT INTO digest_subscription (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING"
        } else {
            "DELETE FROM digest_subscription WHERE user_id = ?"
        };
        sqlx::query(sql).bind(user.0).execute(&self.writer).await.map_err(unavailable)?;
        Ok(())
    }

    async fn is_digest_subscriber(&self, user: UserId) -> Result<bool, StoreError> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT user_id FROM digest_subscription WHERE user_id = ?")
            .bind(user.0)
            .fetch_optional(&self.reader)
            .await
            .map_err(unavailable)?;
        Ok(row.is_some())
    }

    async fn digest_subscribers(&self) -> Result<Vec<(UserId, EmailAddress)>, StoreError> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT u.id, u.email FROM digest_subscription d JOIN app_user u ON u.id = d.user_id \
             WHERE u.deleted_at IS NULL AND u.disabled = 0 ORDER BY u.id",
        )
        .fetch_all(&self.reader)
        .await
        .map_err(unavailable)?;
        rows.into_iter()
            .map(|(id, email)| Ok((UserId(id), EmailAddress::parse(&email).map_err(|e| StoreError::Corrupt(e.to_string()))?)))
            .collect()
    }
}
