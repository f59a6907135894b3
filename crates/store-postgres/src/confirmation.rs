//! The yearly "still active?" check on PostgreSQL: which entries are due, reminders and flags.

use app::ports::{ConfirmationStore, OrgRecord, StoreError};
use app::stored::OrgRecordColumns;
use async_trait::async_trait;
use domain::ids::OrgId;

use crate::directory::NETWORK;
use crate::revisions::RECORD;
use crate::{unavailable, PostgresStore};

pub(crate) async fn confirmation_due(store: &PostgresStore, before: i64) -> Result<Vec<OrgRecord>, StoreError> {
    let sql = format!(
        "{RECORD} AND o.approved_revision_id IS NOT NULL AND NOT o.archived AND o.inactive_flagged_at IS NULL \
         AND o.confirmed_at < $2 ORDER BY o.id"
    );
    let rows: Vec<OrgRecordColumns> = sqlx::query_as(&sql).bind(NETWORK).bind(before).fetch_all(&store.pool).await.map_err(unavailable)?;
    rows.into_iter().map(app::stored::org_record).collect()
}

pub(crate) async fn flagged_inactive(store: &PostgresStore) -> Result<Vec<OrgRecord>, StoreError> {
    let sql = format!("{RECORD} AND NOT o.archived AND o.inactive_flagged_at IS NOT NULL ORDER BY o.inactive_flagged_at, o.id");
    let rows: Vec<OrgRecordColumns> = sqlx::query_as(&sql).bind(NETWORK).fetch_all(&store.pool).await.map_err(unavailable)?;
    rows.into_iter().map(app::stored::org_record).collect()
}

pub(crate) async fn set_confirmation_sent(store: &PostgresStore, org: OrgId, at: Option<i64>) -> Result<(), StoreError> {
    set_time(store, org, "confirmation_sent_at", at).await
}

pub(crate) async fn set_inactive_flag(store: &PostgresStore, org: OrgId, at: Option<i64>) -> Result<(), StoreError> {
    set_time(store, org, "inactive_flagged_at", at).await
}

/// Sets one of the check's time columns; neither changes published content.
async fn set_time(store: &PostgresStore, org: OrgId, column: &str, at: Option<i64>) -> Result<(), StoreError> {
    let sql = format!("UPDATE organisation SET {column} = $1, updated_at = now() WHERE id = $2 AND network_id = $3");
    let done = sqlx::query(&sql).bind(at).bind(org.0).bind(NETWORK).execute(&store.pool).await.map_err(unavailable)?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound(format!("organisation {org}")));
    }
    Ok(())
}

#[async_trait]
impl ConfirmationStore for PostgresStore {
    async fn set_confirmed(&self, org: OrgId, now: i64) -> Result<(), StoreError> {
        crate::revisions::set_confirmed(self, org, now).await
    }

    async fn confirmation_due(&self, before: i64) -> Result<Vec<OrgRecord>, StoreError> {
        confirmation_due(self, before).await
    }

    async fn set_confirmation_sent(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError> {
        set_confirmation_sent(self, org, at).await
    }

    async fn set_inactive_flag(&self, org: OrgId, at: Option<i64>) -> Result<(), StoreError> {
        set_inactive_flag(self, org, at).await
    }

    async fn flagged_inactive(&self) -> Result<Vec<OrgRecord>, StoreError> {
        flagged_inactive(self).await
    }
}
