//! Single-use tokens on PostgreSQL.

use app::ports::{NewToken, StoreError, TokenPurpose, TokenStore, UsedToken};
use async_trait::async_trait;
use domain::accounts::EmailAddress;

use crate::{unavailable, PostgresStore};

#[async_trait]
impl TokenStore for PostgresStore {
    async fn create_token(&self, token: &NewToken) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO one_time_token (token_hash, purpose, user_id, email, organisation_id, payload, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
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
            "UPDATE one_time_token SET used_at = $1, updated_at = now() \
             WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $4 \
             RETURNING user_id, email, organisation_id, payload",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        row.map(app::stored::used_token).transpose()
    }

    async fn valid_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, Option<String>, Option<i64>, String)> = sqlx::query_as(
            "SELECT user_id, email, organisation_id, payload FROM one_time_token \
             WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(unavailable)?;
        row.map(app::stored::used_token).transpose()
    }
}
