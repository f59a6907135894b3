//! Introductions between a need and an offer.

use app::ports::{Introduction, IntroductionStore, NewIntroduction, StoreError};
use async_trait::async_trait;
use domain::accounts::UserId;
use domain::ids::OrgId;
use domain::marketplace::IntroductionState;

use crate::rows::{IdRow, IntroductionRow};
use crate::{db_error, is_unique_violation, Dialect, SqlStore, Statement, NETWORK};

fn introductions<D: Dialect>(rest: &str) -> Statement {
    Statement::new(format!(
        "SELECT id, need_id, offer_id, requester_org, responder_org, requested_by, responded_by, state, message, \
         {updated_at} AS updated_at, agreed_at FROM introduction {rest}",
        updated_at = D::iso("updated_at")
    ))
}

/// Whether reaching `state` means the two associations agreed (at the latest then).
fn agreed_now(state: IntroductionState) -> bool {
    matches!(state, IntroductionState::Agreed | IntroductionState::Done)
}

#[async_trait]
impl<D: Dialect> IntroductionStore for SqlStore<D> {
    async fn create_introduction(&self, introduction: &NewIntroduction) -> Result<i64, StoreError> {
        // Times from the store's clock, like `agreed_at` (the demo tells its past on a shifted clock).
        let now = self.clock.now().unix_secs();
        let st = Statement::new(format!(
            "INSERT INTO introduction (network_id, need_id, offer_id, requester_org, responder_org, requested_by, state, message, agreed_at, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, {at}, {at}) RETURNING id",
            at = D::stamp("$10")
        ))
        .bind(NETWORK)
        .bind(introduction.need.0)
        .bind(introduction.offer.0)
        .bind(introduction.requester_org.0)
        .bind(introduction.responder_org.0)
        .bind(introduction.requested_by.0)
        .bind(introduction.state.key())
        .bind(&introduction.message)
        .bind(agreed_now(introduction.state).then_some(now))
        .bind(now);
        match self.db.write_one::<IdRow>(st).await {
            Ok(row) => Ok(row.id),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict("introduction exists".into())),
            Err(e) => Err(db_error(e)),
        }
    }

    async fn introduction(&self, id: i64) -> Result<Option<Introduction>, StoreError> {
        let row: Option<IntroductionRow> = self.db.fetch_optional(introductions::<D>("WHERE id = $1").bind(id)).await.map_err(db_error)?;
        row.map(IntroductionRow::into_introduction).transpose()
    }

    async fn recent_introductions(&self, limit: i64) -> Result<Vec<Introduction>, StoreError> {
        let st = introductions::<D>("WHERE network_id = $1 AND state <> 'dismissed' ORDER BY updated_at DESC, id DESC LIMIT $2")
            .bind(NETWORK)
            .bind(limit);
        let rows: Vec<IntroductionRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(IntroductionRow::into_introduction).collect()
    }

    async fn introductions_of(&self, org: OrgId) -> Result<Vec<Introduction>, StoreError> {
        let st = introductions::<D>("WHERE requester_org = $1 OR responder_org = $1 ORDER BY updated_at DESC, id DESC").bind(org.0);
        let rows: Vec<IntroductionRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(IntroductionRow::into_introduction).collect()
    }

    async fn move_introduction(&self, id: i64, from: IntroductionState, to: IntroductionState, by: UserId) -> Result<bool, StoreError> {
        // The first agreement's time stays; a move straight to done counts as agreed then too.
        let agreed = if agreed_now(to) { ", agreed_at = COALESCE(agreed_at, $5)" } else { "" };
        let st = Statement::new(format!(
            "UPDATE introduction SET state = $1, responded_by = COALESCE(responded_by, $2), updated_at = {}{agreed} \
             WHERE id = $3 AND state = $4",
            D::stamp("$5")
        ))
        .bind(to.key())
        .bind(by.0)
        .bind(id)
        .bind(from.key())
        .bind(self.clock.now().unix_secs());
        Ok(self.db.execute(st).await.map_err(db_error)? == 1)
    }
}
