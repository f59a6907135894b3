//! User accounts, their second factor and recovery codes.

use app::ports::{AdminGuard, NewUser, StoreError, User, UserStore};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::language::UiLocale;

use crate::rows::{CountRow, IdRow, TextRow, UserRow};
use crate::{db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, NETWORK};

fn users<D: Dialect>(condition: &str) -> Statement {
    Statement::new(format!(
        "SELECT id, email, role, password_hash, disabled, email_verified, totp_secret, totp_last_step, \
         {created_at} AS created_at, language FROM app_user WHERE deleted_at IS NULL AND {condition}",
        created_at = D::iso("created_at")
    ))
}

/// Sets one column of the account (`$1`).
async fn set<D: Dialect>(db: &D, assignment: &'static str, value: impl Into<crate::Arg>, id: UserId) -> Result<(), StoreError> {
    let st = Statement::new(format!("UPDATE app_user SET {assignment}, updated_at = {} WHERE id = $2", D::NOW));
    db.execute(st.bind(value).bind(id.0)).await.map_err(db_error)?;
    Ok(())
}

/// The condition a change that could take away an administrator adds to its `UPDATE app_user`:
/// the row is not an active administrator, or another active one is left.
const ANOTHER_ADMINISTRATOR_LEFT: &str = "(role <> 'administrator' OR disabled OR deleted_at IS NOT NULL OR EXISTS (\
     SELECT 1 FROM app_user peer WHERE peer.network_id = app_user.network_id AND peer.role = 'administrator' \
     AND NOT peer.disabled AND peer.deleted_at IS NULL AND peer.id <> app_user.id))";

/// Runs `update` (an `UPDATE app_user … WHERE id = $N AND deleted_at IS NULL AND {ANOTHER_ADMINISTRATOR_LEFT}`)
/// in `tx` after the dialect's administrators lock, so that of two such changes at once the
/// second sees the first. No row changed: the account is the last active administrator, or
/// unknown ([`StoreError::NotFound`]).
async fn guarded<D: Dialect>(tx: &mut crate::TxOf<D>, update: Statement, id: UserId) -> Result<AdminGuard, StoreError> {
    if let Some(lock) = D::administrators_lock() {
        tx.execute(lock).await.map_err(db_error)?;
    }
    if tx.execute(update).await.map_err(db_error)? > 0 {
        return Ok(AdminGuard::Changed);
    }
    let st = Statement::new("SELECT COUNT(*) AS n FROM app_user WHERE id = $1 AND deleted_at IS NULL").bind(id.0);
    match tx.fetch_one::<CountRow>(st).await.map_err(db_error)?.n {
        0 => Err(StoreError::NotFound(format!("user {}", id.0))),
        _ => Ok(AdminGuard::LastAdministrator),
    }
}

/// Sets a column (`$1`) of the account (`$2`) in a transaction of its own; under the
/// administrators guard when `may_take_away` (the change could end an active administrator).
async fn set_guarded<D: Dialect>(
    db: &D,
    assignment: &'static str,
    value: impl Into<crate::Arg>,
    id: UserId,
    may_take_away: bool,
) -> Result<AdminGuard, StoreError> {
    let mut tx = db.begin().await.map_err(db_error)?;
    let condition = if may_take_away { ANOTHER_ADMINISTRATOR_LEFT } else { "TRUE" };
    let update = Statement::new(format!(
        "UPDATE app_user SET {assignment}, updated_at = {now} WHERE id = $2 AND deleted_at IS NULL AND {condition}",
        now = D::NOW
    ))
    .bind(value)
    .bind(id.0);
    let outcome = guarded::<D>(&mut tx, update, id).await?;
    tx.commit().await.map_err(db_error)?;
    Ok(outcome)
}

#[async_trait]
impl<D: Dialect> UserStore for SqlStore<D> {
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError> {
        let st = Statement::new(
            "INSERT INTO app_user (network_id, email, password_hash, role, email_verified, language) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(NETWORK)
        .bind(user.email.as_str())
        .bind(&user.password_hash)
        .bind(user.role.key())
        .bind(user.email_verified)
        .bind(user.language.map(UiLocale::code));
        match self.db.write_one::<IdRow>(st).await {
            Ok(row) => Ok(UserId(row.id)),
            Err(e) if is_unique_violation(&e) => Err(StoreError::EmailTaken),
            Err(e) => Err(db_error(e)),
        }
    }

    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError> {
        let st = users::<D>("network_id = $1 AND email = $2").bind(NETWORK).bind(email.as_str());
        let row: Option<UserRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(UserRow::into_user).transpose()
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError> {
        let row: Option<UserRow> = self.db.fetch_optional(users::<D>("id = $1").bind(id.0)).await.map_err(db_error)?;
        row.map(UserRow::into_user).transpose()
    }

    async fn users(&self) -> Result<Vec<User>, StoreError> {
        let rows: Vec<UserRow> = self.db.fetch_all(users::<D>("network_id = $1 ORDER BY email").bind(NETWORK)).await.map_err(db_error)?;
        rows.into_iter().map(UserRow::into_user).collect()
    }

    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError> {
        let st = Statement::new("SELECT COUNT(*) AS n FROM app_user WHERE network_id = $1 AND role = $2 AND deleted_at IS NULL")
            .bind(NETWORK)
            .bind(role.key());
        Ok(self.db.fetch_one::<CountRow>(st).await.map_err(db_error)?.n)
    }

    async fn set_password_hash(&self, id: UserId, password_hash: &str) -> Result<(), StoreError> {
        set(&self.db, "password_hash = $1", password_hash, id).await
    }

    async fn set_email_verified(&self, id: UserId) -> Result<(), StoreError> {
        set(&self.db, "email_verified = $1", true, id).await
    }

    async fn set_language(&self, id: UserId, language: Option<UiLocale>) -> Result<(), StoreError> {
        set(&self.db, "language = $1", language.map(UiLocale::code), id).await
    }

    async fn set_role(&self, id: UserId, role: Role) -> Result<AdminGuard, StoreError> {
        set_guarded(&self.db, "role = $1", role.key(), id, role != Role::Administrator).await
    }

    async fn set_disabled(&self, id: UserId, disabled: bool) -> Result<AdminGuard, StoreError> {
        set_guarded(&self.db, "disabled = $1", disabled, id, disabled).await
    }

    async fn set_totp(&self, id: UserId, secret: Option<&str>, recovery_code_hashes: &[String]) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st =
            Statement::new(format!("UPDATE app_user SET totp_secret = $1, totp_last_step = NULL, updated_at = {} WHERE id = $2", D::NOW));
        tx.execute(st.bind(secret).bind(id.0)).await.map_err(db_error)?;
        tx.execute(Statement::new("DELETE FROM recovery_code WHERE user_id = $1").bind(id.0)).await.map_err(db_error)?;
        for hash in recovery_code_hashes {
            let st = Statement::new("INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING");
            tx.execute(st.bind(id.0).bind(hash)).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    async fn advance_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError> {
        let st =
            Statement::new("UPDATE app_user SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)")
                .bind(step)
                .bind(id.0);
        Ok(self.db.execute(st).await.map_err(db_error)? == 1)
    }

    async fn use_recovery_code(&self, id: UserId, code_hash: &str, now: i64) -> Result<bool, StoreError> {
        let st = Statement::new("UPDATE recovery_code SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now)
            .bind(id.0)
            .bind(code_hash);
        Ok(self.db.execute(st).await.map_err(db_error)? == 1)
    }

    async fn unused_recovery_codes(&self, id: UserId) -> Result<Vec<String>, StoreError> {
        let st = Statement::new("SELECT code_hash AS text FROM recovery_code WHERE user_id = $1 AND used_at IS NULL").bind(id.0);
        let rows: Vec<TextRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows.into_iter().map(|r| r.text).collect())
    }

    async fn anonymise_user(&self, id: UserId) -> Result<AdminGuard, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let update = Statement::new(format!(
            "UPDATE app_user SET email = 'deleted-' || id || '@invalid.invalid', password_hash = '', totp_secret = NULL, \
             totp_last_step = NULL, disabled = TRUE, deleted_at = {now}, updated_at = {now} \
             WHERE id = $1 AND deleted_at IS NULL AND {ANOTHER_ADMINISTRATOR_LEFT}",
            now = D::NOW
        ))
        .bind(id.0);
        if guarded::<D>(&mut tx, update, id).await? == AdminGuard::LastAdministrator {
            return Ok(AdminGuard::LastAdministrator);
        }
        for sql in [
            "DELETE FROM user_session WHERE user_id = $1",
            "DELETE FROM membership WHERE user_id = $1",
            "DELETE FROM recovery_code WHERE user_id = $1",
            "DELETE FROM digest_subscription WHERE user_id = $1",
            "DELETE FROM one_time_token WHERE user_id = $1",
        ] {
            tx.execute(Statement::new(sql).bind(id.0)).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)?;
        Ok(AdminGuard::Changed)
    }
}
