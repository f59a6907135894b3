//! Sessions, by the hash of the cookie's secret.

use app::ports::{NewSession, SessionRecord, SessionStore, StoreError};
use async_trait::async_trait;
use domain::accounts::UserId;

use crate::rows::SessionRow;
use crate::{db_error, Dialect, SqlStore, Statement};

impl<D: Dialect> SqlStore<D> {
    async fn write(&self, statement: Statement) -> Result<(), StoreError> {
        self.db.execute(statement).await.map_err(db_error)?;
        Ok(())
    }
}

#[async_trait]
impl<D: Dialect> SessionStore for SqlStore<D> {
    async fn create_session(&self, session: &NewSession) -> Result<(), StoreError> {
        let st = Statement::new(
            "INSERT INTO user_session (token_hash, user_id, second_factor_done, started_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(&session.token_hash)
        .bind(session.user.0)
        .bind(session.second_factor_done)
        .bind(session.now);
        self.write(st).await
    }

    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let st = Statement::new("SELECT user_id, second_factor_done, started_at, last_seen_at FROM user_session WHERE token_hash = $1")
            .bind(token_hash);
        let row: Option<SessionRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        Ok(row.map(SessionRecord::from))
    }

    async fn touch_session(&self, token_hash: &str, now: i64) -> Result<(), StoreError> {
        self.write(Statement::new("UPDATE user_session SET last_seen_at = $1 WHERE token_hash = $2").bind(now).bind(token_hash)).await
    }

    async fn complete_second_factor(&self, token_hash: &str) -> Result<(), StoreError> {
        self.write(Statement::new("UPDATE user_session SET second_factor_done = TRUE WHERE token_hash = $1").bind(token_hash)).await
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.write(Statement::new("DELETE FROM user_session WHERE token_hash = $1").bind(token_hash)).await
    }

    async fn delete_sessions_of(&self, id: UserId) -> Result<(), StoreError> {
        self.write(Statement::new("DELETE FROM user_session WHERE user_id = $1").bind(id.0)).await
    }
}
