//! Sessions on SQLite.

use app::ports::{NewSession, SessionRecord, SessionStore, StoreError};
use async_trait::async_trait;
use domain::accounts::UserId;

use crate::{unavailable, SqliteStore};

#[async_trait]
impl SessionStore for SqliteStore {
    async fn create_session(&self, session: &NewSession) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO user_session (token_hash, user_id, second_factor_done, started_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(&session.token_hash)
            .bind(session.user.0)
            .bind(session.second_factor_done)
            .bind(session.now)
            .bind(session.now),
        )
        .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let row: Option<(i64, bool, i64, i64)> =
            sqlx::query_as("SELECT user_id, second_factor_done, started_at, last_seen_at FROM user_session WHERE token_hash = ?")
                .bind(token_hash)
                .fetch_optional(&self.reader)
                .await
                .map_err(unavailable)?;
        Ok(row.map(|(user, second_factor_done, started_at, last_seen_at)| SessionRecord {
            user: UserId(user),
            second_factor_done,
            started_at,
            last_seen_at,
        }))
    }

    async fn touch_session(&self, token_hash: &str, now: i64) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE user_session SET last_seen_at = ? WHERE token_hash = ?").bind(now).bind(token_hash)).await?;
        Ok(())
    }

    async fn complete_second_factor(&self, token_hash: &str) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE user_session SET second_factor_done = 1 WHERE token_hash = ?").bind(token_hash)).await?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.execute(sqlx::query("DELETE FROM user_session WHERE token_hash = ?").bind(token_hash)).await?;
        Ok(())
    }

    async fn delete_sessions_of(&self, id: UserId) -> Result<(), StoreError> {
        self.execute(sqlx::query("DELETE FROM user_session WHERE user_id = ?").bind(id.0)).await?;
        Ok(())
    }
}
