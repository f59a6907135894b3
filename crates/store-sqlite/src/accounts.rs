//! The accounts port on SQLite.

use app::ports::{AccountStore, NewUser, StoreError, User};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};

use crate::{unavailable, SqliteStore};

const NETWORK: i64 = 1;

type UserRow = (i64, String, String, String, bool, String);

fn to_user((id, email, role, password_hash, disabled, created_at): UserRow) -> Result<User, StoreError> {
    app::stored::user(id, &email, &role, password_hash, disabled, created_at)
}

#[async_trait]
impl AccountStore for SqliteStore {
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError> {
        let inserted: Result<(i64,), sqlx::Error> =
            sqlx::query_as("INSERT INTO app_user (network_id, email, password_hash, role) VALUES (?, ?, ?, ?) RETURNING id")
                .bind(NETWORK)
                .bind(user.email.as_str())
                .bind(&user.password_hash)
                .bind(user.role.key())
                .fetch_one(&self.writer)
                .await;
        match inserted {
            Ok((id,)) => Ok(UserId(id)),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::EmailTaken),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError> {
        let row: Option<UserRow> =
            sqlx::query_as("SELECT id, email, role, password_hash, disabled, created_at FROM app_user WHERE network_id = ? AND email = ?")
                .bind(NETWORK)
                .bind(email.as_str())
                .fetch_optional(&self.reader)
                .await
                .map_err(unavailable)?;
        row.map(to_user).transpose()
    }

    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM app_user WHERE network_id = ? AND role = ?")
            .bind(NETWORK)
            .bind(role.key())
            .fetch_one(&self.reader)
            .await
            .map_err(unavailable)?;
        Ok(n)
    }
}
