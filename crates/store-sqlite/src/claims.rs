//! Claims of associations on SQLite.

use app::ports::{Claim, ClaimStore, StoreError};
use app::stored::ClaimRow;
use async_trait::async_trait;
use domain::accounts::UserId;
use domain::ids::OrgId;

use crate::{unavailable, SqliteStore};

#[async_trait]
impl ClaimStore for SqliteStore {
    async fn create_claim(&self, user: UserId, organisation: OrgId, message: &str) -> Result<i64, StoreError> {
        let inserted: Result<(i64,), sqlx::Error> =
            sqlx::query_as("INSERT INTO membership_claim (user_id, organisation_id, message) VALUES (?, ?, ?) RETURNING id")
                .bind(user.0)
                .bind(organisation.0)
                .bind(message)
                .fetch_one(&self.writer)
                .await;
        match inserted {
            Ok((id,)) => Ok(id),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::Conflict("claim already open".into())),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn pending_claims(&self) -> Result<Vec<Claim>, StoreError> {
        let rows: Vec<ClaimRow> = sqlx::query_as(
            "SELECT c.id, c.user_id, u.email, c.organisation_id, c.message, c.created_at FROM membership_claim c \
             JOIN app_user u ON u.id = c.user_id WHERE c.state = 'pending' AND u.deleted_at IS NULL ORDER BY c.id",
        )
        .fetch_all(&self.reader)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(app::stored::claim).collect()
    }

    async fn decide_claim(&self, id: i64, approve: bool, decided_by: &str) -> Result<Option<Claim>, StoreError> {
        let mut tx = self.writer.begin().await.map_err(unavailable)?;
        let state = if approve { "approved" } else { "rejected" };
        let decided: Option<(i64, i64)> = sqlx::query_as(
            "UPDATE membership_claim SET state = ?, decided_by = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND state = 'pending' \
             RETURNING user_id, organisation_id",
        )
        .bind(state)
        .bind(decided_by)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(unavailable)?;
        let Some((user, organisation)) = decided else { return Ok(None) };
        if approve {
            sqlx::query(
                "INSERT INTO membership (user_id, organisation_id, role) VALUES (?, ?, 'owner') \
                 ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = 'owner'",
            )
            .bind(user)
            .bind(organisation)
            .execute(&mut *tx)
            .await
            .map_err(unavailable)?;
        }
        let row: ClaimRow = sqlx::query_as(
            "SELECT c.id, c.user_id, u.email, c.organisation_id, c.message, c.created_at FROM membership_claim c \
             JOIN app_user u ON u.id = c.user_id WHERE c.id = ?",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .map_err(unavailable)?;
        tx.commit().await.map_err(unavailable)?;
        app::stored::claim(row).map(Some)
    }
}
