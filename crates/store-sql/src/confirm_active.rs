//! The yearly "still active?" check: which entries are due, reminders and flags.

use app::ports::{ConfirmActiveStore, OrgRecord, StoreError};
use async_trait::async_trait;
use domain::ids::OrgId;

use crate::directory::{update_organisation, RECORD};
use crate::rows::OrgRecordRow;
use crate::{db_error, Conn, Dialect, SqlStore, Statement, NETWORK};

#[async_trait]
impl<D: Dialect> ConfirmActiveStore for SqlStore<D> {
    async fn set_confirmed(&self, org: OrgId, now: i64) -> Result<(), StoreError> {
        let assignment = "confirmed_at = $1, inactive_flagged_at = NULL, confirmation_sent_at = NULL";
        update_organisation(&self.db, assignment, now, org, false).await
    }

    async fn set_confirmed_many(&self, confirmations: &[(OrgId, i64)]) -> Result<(), StoreError> {
        let sql = format!(
            "UPDATE organisation SET confirmed_at = $1, inactive_flagged_at = NULL, confirmation_sent_at = NULL, \
             updated_at = {} WHERE id = $2 AND network_id = $3",
            D::NOW
        );
        let mut tx = self.db.begin().await.map_err(db_error)?;
        for (org, at) in confirmations {
            let done = tx.execute(Statement::new(sql.clone()).bind(*at).bind(org.0).bind(NETWORK)).await.map_err(db_error)?;
            if done == 0 {
                return Err(StoreError::NotFound(format!("organisation {org}")));
            }
        }
        tx.commit().await.map_err(db_error)
    }

    async fn confirm_active_due(&self, before: i64) -> Result<Vec<OrgRecord>, StoreError> {
        let st = Statement::new(format!(
            "{RECORD} AND o.approved_revision_id IS NOT NULL AND NOT o.archived AND o.inactive_flagged_at IS NULL \
             AND o.confirmed_at < $2 ORDER BY o.id"
        ))
        .bind(NETWORK)
        .bind(before);
        let rows: Vec<OrgRecordRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(OrgRecordRow::into_record).collect()
    }

    async fn confirm_active_due_page(&self, before: i64, after: OrgId, limit: usize) -> Result<Vec<OrgRecord>, StoreError> {
        let st = Statement::new(format!(
            "{RECORD} AND o.approved_revision_id IS NOT NULL AND NOT o.archived AND o.inactive_flagged_at IS NULL \
             AND o.confirmed_at < $2 AND o.id > $3 ORDER BY o.id LIMIT $4"
        ))
        .bind(NETWORK)
        .bind(before)
        .bind(after.0)
        .bind(limit as i64);
        let rows: Vec<OrgRecordRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(OrgRecordRow::into_record).collect()
    }

    async fn set_confirmation_sent(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError> {
        update_organisation(&self.db, "confirmation_sent_at = $1", at, org, false).await
    }

    async fn set_inactive_flag(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError> {
        update_organisation(&self.db, "inactive_flagged_at = $1", at, org, false).await
    }

    async fn flagged_inactive(&self) -> Result<Vec<OrgRecord>, StoreError> {
        let st = Statement::new(format!(
            "{RECORD} AND NOT o.archived AND o.inactive_flagged_at IS NOT NULL ORDER BY o.inactive_flagged_at, o.id"
        ))
        .bind(NETWORK);
        let rows: Vec<OrgRecordRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(OrgRecordRow::into_record).collect()
    }
}
