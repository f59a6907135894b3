//! Offers and needs on PostgreSQL.

use app::ports::{Author, ItemStore, NewItem, StoreError};
use async_trait::async_trait;
use domain::marketplace::{Item, ItemContent, ItemId};

use crate::directory::bump_version;
use crate::{corrupt, unavailable, PostgresStore};

const NETWORK: i64 = 1;

#[async_trait]
impl ItemStore for PostgresStore {
    async fn create_items(&self, batch: &[NewItem], author: &Author) -> Result<Vec<ItemId>, StoreError> {
        let author = author.label();
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        let mut ids = Vec::with_capacity(batch.len());
        for item in batch {
            let content = serde_json::to_string(&item.content).map_err(corrupt)?;
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO marketplace_item (network_id, organisation_id, kind, category, content, author) \
                 VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING id",
            )
            .bind(NETWORK)
            .bind(item.org.0)
            .bind(item.kind.key())
            .bind(&item.content.category)
            .bind(content)
            .bind(&author)
            .fetch_one(&mut *tx)
            .await
            .map_err(unavailable)?;
            ids.push(ItemId(id));
        }
        bump_version(&mut tx).await?;
        tx.commit().await.map_err(unavailable)?;
        Ok(ids)
    }

    async fn open_items(&self) -> Result<Vec<Item>, StoreError> {
        let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT i.id, i.organisation_id, i.kind, i.content::text FROM marketplace_item i \
             JOIN organisation o ON o.id = i.organisation_id \
             WHERE i.network_id = $1 AND i.status = 'open' AND NOT o.archived ORDER BY i.id",
        )
        .bind(NETWORK)
        .fetch_all(&self.pool)
        .await
        .map_err(unavailable)?;
        rows.into_iter().map(|(id, org, kind, content)| app::stored::item(id, org, &kind, &content)).collect()
    }

    async fn item(&self, id: ItemId) -> Result<Option<(Item, bool)>, StoreError> {
        let row: Option<(i64, i64, String, String, String)> =
            sqlx::query_as("SELECT id, organisation_id, kind, content::text, status FROM marketplace_item WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(unavailable)?;
        row.map(|(id, org, kind, content, status)| Ok((app::stored::item(id, org, &kind, &content)?, status == "open"))).transpose()
    }

    async fn close_item(&self, id: ItemId, author: &Author) -> Result<bool, StoreError> {
        let query =
            sqlx::query("UPDATE marketplace_item SET status = 'closed', updated_at = now() WHERE id = $1 AND status = 'open'").bind(id.0);
        self.change_open_item(query, id, author, "item closed").await
    }

    async fn update_item(&self, id: ItemId, content: &ItemContent, author: &Author) -> Result<bool, StoreError> {
        let json = serde_json::to_string(content).map_err(corrupt)?;
        let query = sqlx::query(
            "UPDATE marketplace_item SET category = $1, content = $2::jsonb, updated_at = now() WHERE id = $3 AND status = 'open'",
        )
        .bind(&content.category)
        .bind(json)
        .bind(id.0);
        self.change_open_item(query, id, author, "item changed").await
    }
}

impl PostgresStore {
    /// Runs a change of one open item (the query's `WHERE … status = 'open'` decides) and, when
    /// it changed the item, bumps the content version in the same transaction so that servers
    /// rebuild their marketplace. False when the item was not open.
    async fn change_open_item<'q>(
        &self,
        query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>,
        id: ItemId,
        author: &Author,
        what: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await.map_err(unavailable)?;
        let changed = query.execute(&mut *tx).await.map_err(unavailable)?.rows_affected() == 1;
        if changed {
            tracing::info!(item = id.0, author = %author.label(), "{what}");
            bump_version(&mut tx).await?;
        }
        tx.commit().await.map_err(unavailable)?;
        Ok(changed)
    }
}
