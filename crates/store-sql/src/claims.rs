//! Claims that an association is one's own.

use app::ports::{Claim, ClaimStore, StoreError};
use async_trait::async_trait;
use domain::accounts::UserId;
use domain::ids::OrgId;

use crate::rows::{ClaimRow, ClaimantRow, IdRow};
use crate::{db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement};

fn claims<D: Dialect>(condition: &str) -> Statement {
    Statement::new(format!(
        "SELECT c.id, c.user_id, u.email, c.organisation_id, c.message, {created_at} AS created_at FROM membership_claim c \
         JOIN app_user u ON u.id = c.user_id WHERE {condition}",
        created_at = D::iso("c.created_at")
    ))
}

#[async_trait]
impl<D: Dialect> ClaimStore for SqlStore<D> {
    async fn create_claim(&self, user: UserId, organisation: OrgId, message: &str) -> Result<i64, StoreError> {
        let st = Statement::new("INSERT INTO membership_claim (user_id, organisation_id, message) VALUES ($1, $2, $3) RETURNING id")
            .bind(user.0)
            .bind(organisation.0)
            .bind(message);
        match self.db.write_one::<IdRow>(st).await {
            Ok(row) => Ok(row.id),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict("claim already open".into())),
            Err(e) => Err(db_error(e)),
        }
    }

    async fn pending_claims(&self) -> Result<Vec<Claim>, StoreError> {
        let rows: Vec<ClaimRow> =
            self.db.fetch_all(claims::<D>("c.state = 'pending' AND u.deleted_at IS NULL ORDER BY c.id")).await.map_err(db_error)?;
        rows.into_iter().map(ClaimRow::into_claim).collect()
    }

    async fn decide_claim(&self, id: i64, approve: bool, decided_by: &str) -> Result<Option<Claim>, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let decide = Statement::new(format!(
            "UPDATE membership_claim SET state = $1, decided_by = $2, updated_at = {} WHERE id = $3 AND state = 'pending' \
             RETURNING user_id, organisation_id",
            D::NOW
        ))
        .bind(if approve { "approved" } else { "rejected" })
        .bind(decided_by)
        .bind(id);
        let Some(claimant) = tx.fetch_optional::<ClaimantRow>(decide).await.map_err(db_error)? else { return Ok(None) };
        if approve {
            let owner = Statement::new(
                "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'owner') \
                 ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = 'owner'",
            )
            .bind(claimant.user_id)
            .bind(claimant.organisation_id);
            tx.execute(owner).await.map_err(db_error)?;
        }
        let row: ClaimRow = tx.fetch_one(claims::<D>("c.id = $1").bind(id)).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        row.into_claim().map(Some)
    }
}
