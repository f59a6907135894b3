//! Representatives' memberships in associations.

use app::ports::{Membership, MembershipStore, StoreError};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;

use crate::rows::{MemberRow, MembershipRow};
use crate::{db_error, Dialect, SqlStore, Statement};

#[async_trait]
impl<D: Dialect> MembershipStore for SqlStore<D> {
    async fn save_membership(&self, membership: &Membership) -> Result<(), StoreError> {
        let st = Statement::new(format!(
            "INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role, updated_at = {}",
            D::NOW
        ))
        .bind(membership.user.0)
        .bind(membership.organisation.0)
        .bind(membership.role.key());
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn remove_membership(&self, user: UserId, organisation: OrgId) -> Result<(), StoreError> {
        let st = Statement::new("DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2").bind(user.0).bind(organisation.0);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn memberships_of(&self, user: UserId) -> Result<Vec<Membership>, StoreError> {
        let st = Statement::new("SELECT user_id, organisation_id, role FROM membership WHERE user_id = $1 ORDER BY organisation_id")
            .bind(user.0);
        let rows: Vec<MembershipRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(MembershipRow::into_membership).collect()
    }

    async fn members_of(&self, organisation: OrgId) -> Result<Vec<(Membership, EmailAddress)>, StoreError> {
        let st = Statement::new(
            "SELECT m.user_id, m.organisation_id, m.role, u.email FROM membership m JOIN app_user u ON u.id = m.user_id \
             WHERE m.organisation_id = $1 AND u.deleted_at IS NULL ORDER BY u.email",
        )
        .bind(organisation.0);
        let rows: Vec<MemberRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(MemberRow::into_member).collect()
    }
}
