//! User accounts, their second factor and recovery codes on PostgreSQL.

use app::ports::{NewUser, StoreError, User, UserStore};
use app::stored::UserColumns;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::language::UiLocale;

use crate::{unavailable, PostgresStore};

const NETWORK: i64 = 1;

const USER_COLUMNS: &str = "id, email, role, password_hash, disabled, email_verified, totp_secret, totp_last_step, \
     to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), language";

fn to_users(rows: Vec<UserColumns>) -> Result<Vec<User>, StoreError> {
    rows.into_iter().map(app::stored::user).collect()
}

#[async_trait]
impl UserStore for PostgresStore {
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError> {
        let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
            "INSERT INTO app_user (network_id, email, password_hash, role, email_verified, language) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(NETWORK)
        .bind(user.email.as_str())
        .bind(&user.password_hash)
        .bind(user.role.key())
        .bind(user.email_verified)
        .bind(user.language.map(UiLocale::code))
        .fetch_one(&self.pool)
        .await;
        match inserted {
            Ok((id,)) => Ok(UserId(id)),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::EmailTaken),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user WHERE network_id = $1 AND email = $2 AND deleted_at IS NULL");
        let row: Option<UserColumns> =
            sqlx::query_as(&sql).bind(NETWORK).bind(email.as_str()).fetch_optional(&self.pool).await.map_err(unavailable)?;
        row.map(app::stored::user).transpose()
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user WHERE id = $1 AND deleted_at IS NULL");
        let row: Option<UserColumns> = sqlx::query_as(&sql).bind(id.0).fetch_optional(&self.pool).await.map_err(unavailable)?;
        row.map(app::stored::user).transpose()
    }

    async fn users(&self) -> Result<Vec<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user WHERE network_id = $1 AND deleted_at IS NULL ORDER BY email");
        to_users(sqlx::query_as(&sql).bind(NETWORK).fetch_all(&self.pool).await.map_err(unavailable)?)
    }

    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM app_user WHERE network_id = $1 AND role = $2 AND deleted_at IS NULL")
            .bind(NETWORK)
            .bind(role.key())
            .fetch_one(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(n)
    }

    async fn set_password_hash(&self, id: UserId, password_hash: &str) -> Result<(), StoreError> {
        self.execute(
            sqlx::query("UPDATE app_user SET password_hash = $1, updated_at = now() WHERE id = $2").bind(password_hash).bind(id.0),
        )
        .await?;
        Ok(())
    }

    async fn set_email_verified(&self, id: UserId) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE app_user SET email_verified = TRUE, updated_at = now() WHERE id = $1").bind(id.0)).await?;
        Ok(())
    }

    async fn set_language(&self, id: UserId, language: Option<UiLocale>) -> Result<(), StoreError> {
        self.execute(
            sqlx::query("UPDATE app_user SET language = $1, updated_at = now() WHERE id = $2")
                .bind(language.map(UiLocale::code))
                .bind(id.0),
        )
        .await?;
        Ok(())
    }

    async fn set_role(&self, id: UserId, role: Role) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE app_user SET role = $1, updated_at = now() WHERE id = $2").bind(role.key()).bind(id.0)).await?;
        Ok(())
    }

    async fn set_disabled(&self, id: UserId, disabled: bool) -> Result<(), StoreError> {
        self.execute(sqlx::query("UPDATE app_user SET disabled = $1, updated_at = now() WHERE id = $2").bind(disabled).bind(id.0)).await?;
        Ok(())
    }

    async fn set_totp(&self, id: UserId, secret: Option<&str>, recovery_code_hashes: &[String]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        sqlx::query("UPDATE app_user SET totp_secret = $1, totp_last_step = NULL, updated_at = now() WHERE id = $2")
            .bind(secret)
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(unavailable)?;
        sqlx::query("DELETE FROM recovery_code WHERE user_id = $1").bind(id.0).execute(&mut *tx).await.map_err(unavailable)?;
        for hash in recovery_code_hashes {
            sqlx::query("INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id.0)
                .bind(hash)
                .execute(&mut *tx)
                .await
                .map_err(unavailable)?;
        }
        tx.commit().await.map_err(unavailable)
    }

    async fn advance_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError> {
        let changed = self
            .execute(
                sqlx::query("UPDATE app_user SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $3)")
                    .bind(step)
                    .bind(id.0)
                    .bind(step),
            )
            .await?;
        Ok(changed == 1)
    }

    async fn use_recovery_code(&self, id: UserId, code_hash: &str, now: i64) -> Result<bool, StoreError> {
        let changed = self
            .execute(
                sqlx::query("UPDATE recovery_code SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
                    .bind(now)
                    .bind(id.0)
                    .bind(code_hash),
            )
            .await?;
        Ok(changed == 1)
    }

    async fn unused_recovery_codes(&self, id: UserId) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM recovery_code WHERE user_id = $1 AND used_at IS NULL")
            .bind(id.0)
            .fetch_all(&self.pool)
            .await
            .map_err(unavailable)?;
        Ok(rows.into_iter().map(|(hash,)| hash).collect())
    }

    async fn anonymise_user(&self, id: UserId) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        for sql in [
            "DELETE FROM user_session WHERE user_id = $1",
            "DELETE FROM membership WHERE user_id = $1",
            "DELETE FROM recovery_code WHERE user_id = $1",
            "DELETE FROM digest_subscription WHERE user_id = $1",
            "DELETE FROM one_time_token WHERE user_id = $1",
            "UPDATE app_user SET email = 'deleted-' || id::text || '@invalid.invalid', password_hash = '', totp_secret = NULL, \
             totp_last_step = NULL, disabled = TRUE, deleted_at = now(), \
             updated_at = now() WHERE id = $1",
        ] {
            sqlx::query(sql).bind(id.0).execute(&mut *tx).await.map_err(unavailable)?;
        }
        tx.commit().await.map_err(unavailable)
    }
}
