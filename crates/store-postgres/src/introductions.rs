//! Introductions on PostgreSQL.

use app::ports::{Introduction, IntroductionStore, NewIntroduction, StoreError};
use app::stored::IntroductionRow;
use async_trait::async_trait;
use domain::accounts::UserId;
use domain::ids::OrgId;
use domain::marketplace::IntroductionState;

use crate::{unavailable, PostgresStore};

const NETWORK: i64 = 1;

#[async_trait]
impl IntroductionStore for PostgresStore {
    async fn create_introduction(&self, introduction: &NewIntroduction) -> Result<i64, StoreError> {
        let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
            "INSERT INTO introduction (network_id, need_id, offer_id, requester_org, responder_org, requested_by, state, message) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(NETWORK)
        .bind(introduction.need.0)
        .bind(introduction.offer.0)
        .bind(introduction.requester_org.0)
        .bind(introduction.responder_org.0)
        .bind(introduction.requested_by.0)
        .bind(introduction.state.key())
        .bind(&introduction.message)
        .fetch_one(&self.pool)
        .await;
        match inserted {
            Ok((id,)) => Ok(id),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::Conflict("introduction exists".into())),
            Err(e) => Err(unavailable(e)),
        }
    }

    async fn introduction(&self, id: i64) -> Result<Option<Introduction>, StoreError> {
        let row: Option<IntroductionRow> = sqlx::query_as("SELECT id, need_id, offer_id, requester_org, responder_org, requested_by, responded_by, state, message, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM introduction WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(unavailable)?;
        row.map(app::stored::introduction).transpose()
    }

    async fn recent_introductions(&self, limit: i64) -> Result<Vec<Introduction>, StoreError> {
        let rows: Vec<IntroductionRow> = sqlx::query_as(
            "SELECT id, need_id, offer_id, requester_org, responder_org, requested_by, responded_by, state, message, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') \
             FROM introduction WHERE network_id = $1 AND state <> 'dismissed' ORDER BY updated_at DESC, id DESC LIMIT $2",
        )
        .bind(NETWORK)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(app::stored::introduction).collect()
    }

    async fn introductions_of(&self, org: OrgId) -> Result<Vec<Introduction>, StoreError> {
        let rows: Vec<IntroductionRow> = sqlx::query_as(
            "SELECT id, need_id, offer_id, requester_org, responder_org, requested_by, responded_by, state, message, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM introduction WHERE requester_org = $1 OR responder_org = $1 ORDER BY updated_at DESC, id DESC",
        )
        .bind(org.0)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(app::stored::introduction).collect()
    }

    async fn move_introduction(&self, id: i64, from: IntroductionState, to: IntroductionState, by: UserId) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "UPDATE introduction SET state = $1, responded_by = COALESCE(responded_by, $2), updated_at = now() \
             WHERE id = $3 AND state = $4",
        )
        .bind(to.key())
        .bind(by.0)
        .bind(id)
        .bind(from.key())
        .execute(&self.pool)
        .await
        .map_err(unavailable)?
        .rows_affected();
        Ok(changed == 1)
    }
}
