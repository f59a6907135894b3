//! The audit log on PostgreSQL.

use app::ports::{AuditEvent, AuditLog, StoreError};
use async_trait::async_trait;

use crate::{unavailable, PostgresStore};

const NETWORK: i64 = 1;

#[async_trait]
impl AuditLog for PostgresStore {
    async fn record_audit(&self, event: &AuditEvent) -> Result<(), StoreError> {
        self.execute(
            sqlx::query("INSERT INTO audit_event (network_id, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5)")
                .bind(NETWORK)
                .bind(&event.actor)
                .bind(&event.action)
                .bind(&event.target)
                .bind(&event.detail),
        )
        .await?;
        Ok(())
    }

    async fn audit_events(&self, limit: i64) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
            "SELECT actor, action, target, detail, \
             to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM audit_event WHERE network_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(NETWORK)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(rows.into_iter().map(|(actor, action, target, detail, at)| AuditEvent { actor, action, target, detail, at }).collect())
    }

    async fn audit_events_by_actor(&self, actor: &str) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
            "SELECT actor, action, target, detail, \
             to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM audit_event \
             WHERE network_id = $1 AND actor = $2 ORDER BY id",
        )
        .bind(NETWORK)
        .bind(actor)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        Ok(rows.into_iter().map(|(actor, action, target, detail, at)| AuditEvent { actor, action, target, detail, at }).collect())
    }
}
