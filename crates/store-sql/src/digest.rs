//! Subscriptions to the weekly digest.

use app::ports::{DigestStore, StoreError};
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};

use crate::rows::{IdRow, SubscriberRow};
use crate::{db_error, Dialect, SqlStore, Statement};

#[async_trait]
impl<D: Dialect> DigestStore for SqlStore<D> {
    async fn set_digest(&self, user: UserId, on: bool) -> Result<(), StoreError> {
        let sql = if on {
            "INSERT INTO digest_subscription (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING"
        } else {
            "DELETE FROM digest_subscription WHERE user_id = $1"
        };
        self.db.execute(Statement::new(sql).bind(user.0)).await.map_err(db_error)?;
        Ok(())
    }

    async fn is_digest_subscriber(&self, user: UserId) -> Result<bool, StoreError> {
        let st = Statement::new("SELECT user_id AS id FROM digest_subscription WHERE user_id = $1").bind(user.0);
        Ok(self.db.fetch_optional::<IdRow>(st).await.map_err(db_error)?.is_some())
    }

    async fn digest_subscribers(&self) -> Result<Vec<(UserId, EmailAddress)>, StoreError> {
        let st = Statement::new(
            "SELECT u.id, u.email FROM digest_subscription d JOIN app_user u ON u.id = d.user_id \
             WHERE u.deleted_at IS NULL AND NOT u.disabled ORDER BY u.id",
        );
        let rows: Vec<SubscriberRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(SubscriberRow::into_subscriber).collect()
    }
}
