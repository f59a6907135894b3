//! The append-only audit log.

use app::ports::{AuditEvent, AuditLog, StoreError};
use async_trait::async_trait;

use crate::rows::AuditRow;
use crate::{db_error, Dialect, SqlStore, Statement, NETWORK};

fn events<D: Dialect>(rest: &str) -> Statement {
    Statement::new(format!(
        "SELECT actor, action, target, detail, {created_at} AS created_at FROM audit_event WHERE network_id = $1 {rest}",
        created_at = D::iso("created_at")
    ))
    .bind(NETWORK)
}

#[async_trait]
impl<D: Dialect> AuditLog for SqlStore<D> {
    async fn record_audit(&self, event: &AuditEvent) -> Result<(), StoreError> {
        let st = Statement::new("INSERT INTO audit_event (network_id, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)")
            .bind(NETWORK)
            .bind(&event.actor)
            .bind(&event.action)
            .bind(&event.target)
            .bind(&event.detail);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }

    async fn audit_events(&self, limit: i64) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<AuditRow> = self.db.fetch_all(events::<D>("ORDER BY id DESC LIMIT $2").bind(limit)).await.map_err(db_error)?;
        Ok(rows.into_iter().map(AuditEvent::from).collect())
    }

    async fn audit_events_by_actor(&self, actor: &str) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<AuditRow> = self.db.fetch_all(events::<D>("AND actor = $2 ORDER BY id").bind(actor)).await.map_err(db_error)?;
        Ok(rows.into_iter().map(AuditEvent::from).collect())
    }
}
