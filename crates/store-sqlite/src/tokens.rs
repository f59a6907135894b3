//! Single-use tokens on SQLite.

use app::ports::{NewToken, StoreError, TokenPurpose, TokenStore, UsedToken};
use async_trait::async_trait;
use domain::accounts::EmailAddress;

use crate::{unavailable, SqliteStore};

#[async_trait]
impl TokenStore for SqliteStore {
    async fn create_token(&self, token: &NewToken) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO one_time_token (token_hash, purpose, user_id, email, organisation_id, payload, expires_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&token.token_hash)
            .bind(token.purpose.key())
            .bind(token.user.map(|u| u.0))
            .bind(token.email.as_ref().map(EmailAddress::as_str))
            .bind(token.organisation.map(|o| o.0))
            .bind(&token.payload)
            .bind(token.expires_at),
        )
        .await?;
        Ok(())
    }

    async fn consume_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, Option<String>, Option<i64>, String)> = sqlx::query_as(
            "UPDATE one_time_token SET used_at = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') \
             WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? \
             RETURNING user_id, email, organisation_id, payload",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now)
        .fetch_optional(&self.writer)
        .await
        .map_err(unavailable)?;
        row.map(app::stored::used_token).transpose()
    }

    async fn valid_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, Option<String>, Option<i64>, String)> = sqlx::query_as(
            "SELECT user_id, email, organisation_id, payload FROM one_time_token \
             WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?",
        )
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now)
        .fetch_optional(&self.reader)
        .await
        .map_err(unavailable)?;
        row.map(app::stored::used_token).transpose()
    }
}
