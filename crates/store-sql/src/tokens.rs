//! Single-use tokens mailed as links.

use app::ports::{NewToken, PendingInvitation, StoreError, TokenPurpose, TokenStore, UsedToken};
use async_trait::async_trait;
use domain::accounts::EmailAddress;
use domain::ids::OrgId;

use crate::rows::{PendingInvitationRow, TokenRow};
use crate::{db_error, Dialect, SqlStore, Statement};

/// Unused and unexpired (`$3` now) tokens with hash `$1` and purpose `$2`.
const VALID: &str = "token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3";

#[async_trait]
impl<D: Dialect> TokenStore for SqlStore<D> {
    async fn create_token(&self, token: &NewToken) -> Result<(), StoreError> {
        let st = Statement::new(
            "INSERT INTO one_time_token (token_hash, purpose, user_id, email, organisation_id, payload, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&token.token_hash)
        .bind(token.purpose.key())
        .bind(token.user.map(|u| u.0))
        .bind(token.email.as_ref().map(EmailAddress::as_str))
        .bind(token.organisation.map(|o| o.0))
        .bind(&token.payload)
        .bind(token.expires_at);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn consume_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let st = Statement::new(format!(
            "UPDATE one_time_token SET used_at = $3, updated_at = {now} WHERE {VALID} RETURNING user_id, email, organisation_id, payload",
            now = D::NOW
        ))
        .bind(token_hash)
        .bind(purpose.key())
        .bind(now);
        let row: Option<TokenRow> = self.db.write_optional(st).await.map_err(db_error)?;
        row.map(TokenRow::into_used).transpose()
    }

    async fn valid_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError> {
        let st = Statement::new(format!("SELECT user_id, email, organisation_id, payload FROM one_time_token WHERE {VALID}"))
            .bind(token_hash)
            .bind(purpose.key())
            .bind(now);
        let row: Option<TokenRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(TokenRow::into_used).transpose()
    }

    async fn pending_invitations(&self, organisation: OrgId, now: i64) -> Result<Vec<PendingInvitation>, StoreError> {
        let st = Statement::new(
            "SELECT email, payload, expires_at FROM one_time_token WHERE purpose = $1 AND organisation_id = $2 \
             AND used_at IS NULL AND expires_at > $3 AND email IS NOT NULL ORDER BY created_at, token_hash",
        )
        .bind(TokenPurpose::Invitation.key())
        .bind(organisation.0)
        .bind(now);
        let rows: Vec<PendingInvitationRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(PendingInvitationRow::into_pending).collect()
    }

    async fn revoke_invitations(&self, organisation: OrgId, email: &EmailAddress, now: i64) -> Result<u64, StoreError> {
        let st = Statement::new(format!(
            "UPDATE one_time_token SET used_at = $4, updated_at = {now} WHERE purpose = $1 AND organisation_id = $2 AND email = $3 \
             AND used_at IS NULL",
            now = D::NOW
        ))
        .bind(TokenPurpose::Invitation.key())
        .bind(organisation.0)
        .bind(email.as_str())
        .bind(now);
        self.db.execute(st).await.map_err(db_error)
    }
}
