//! Memberships on PostgreSQL.

use app::ports::{Membership, MembershipStore, StoreError};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;

use crate::{unavailable, PostgresStore};

#[async_trait]
impl MembershipStore for PostgresStore {
    async fn save_membership(&self, membership: &Membership) -> Result<(), StoreError> {
        self.execute(
            sqlx::query(
                "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role, \
                 updated_at = now()",
            )
            .bind(membership.user.0)
            .bind(membership.organisation.0)
            .bind(membership.role.key()),
        )
        .await?;
        Ok(())
    }

    async fn remove_membership(&self, user: UserId, organisation: OrgId) -> Result<(), StoreError> {
        self.execute(sqlx::query("DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2").bind(user.0).bind(organisation.0))
            .await?;
        Ok(())
    }

    async fn memberships_of(&self, user: UserId) -> Result<Vec<Membership>, StoreError> {
        let rows: Vec<(i64, i64, String)> =
            sqlx::query_as("SELECT user_id, organisation_id, role FROM membership WHERE user_id = $1 ORDER BY organisation_id")
                .bind(user.0)
                .fetch_all(&self.pool)
                .await
                .map_err(unavailable)?;
        rows.into_iter().map(|(u, o, r)| app::stored::membership(u, o, &r)).collect()
    }

    async fn members_of(&self, organisation: OrgId) -> Result<Vec<(Membership, EmailAddress)>, StoreError> {
        let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT m.user_id, m.organisation_id, m.role, u.email FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.organisation_id = $1 AND u.deleted_at IS NULL ORDER BY u.email",
        )
        .bind(organisation.0)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(|(u, o, r, email)| app::stored::member(u, o, &r, &email)).collect()
    }
}
