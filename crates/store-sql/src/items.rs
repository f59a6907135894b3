//! Offers and needs.

use app::ports::{Author, ItemStore, NewItem, StoreError};
use async_trait::async_trait;
use domain::marketplace::{Item, ItemContent, ItemId};

use crate::directory::bump_version;
use crate::rows::{IdRow, ItemRow};
use crate::{db_error, Conn, Dialect, SqlStore, Statement, NETWORK};

const ITEM: &str = "SELECT i.id, i.organisation_id, i.kind, i.content, i.status FROM marketplace_item i";

impl<D: Dialect> SqlStore<D> {
    /// Runs a change of one open item (the statement's `WHERE … status = 'open'` decides) and,
    /// when it changed the item, bumps the content version in the same transaction so that
    /// servers rebuild their marketplace. False when the item was not open.
    async fn change_open_item(&self, change: Statement, id: ItemId, author: &Author, what: &str) -> Result<bool, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let changed = tx.execute(change).await.map_err(db_error)? == 1;
        if changed {
            tracing::info!(item = id.0, author = %author.label(), "{what}");
            tx.execute(bump_version()).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)?;
        Ok(changed)
    }
}

#[async_trait]
impl<D: Dialect> ItemStore for SqlStore<D> {
    async fn create_items(&self, batch: &[NewItem], author: &Author) -> Result<Vec<ItemId>, StoreError> {
        let author = author.label();
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let mut ids = Vec::with_capacity(batch.len());
        // Posted at the store's clock's time (the demo tells its past on a shifted clock).
        let now = self.clock.now().unix_secs();
        for item in batch {
            let st = Statement::new(format!(
                "INSERT INTO marketplace_item (network_id, organisation_id, kind, category, content, author, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, {at}, {at}) RETURNING id",
                at = D::stamp("$7")
            ))
            .bind(NETWORK)
            .bind(item.org.0)
            .bind(item.kind.key())
            .bind(&item.content.category)
            .bind_json(&item.content)?
            .bind(&author)
            .bind(now);
            let row: IdRow = tx.fetch_one(st).await.map_err(db_error)?;
            ids.push(ItemId(row.id));
        }
        tx.execute(bump_version()).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(ids)
    }

    async fn open_items(&self) -> Result<Vec<Item>, StoreError> {
        let st = Statement::new(format!(
            "{ITEM} JOIN organisation o ON o.id = i.organisation_id \
             WHERE i.network_id = $1 AND i.status = 'open' AND NOT o.archived ORDER BY i.id"
        ))
        .bind(NETWORK);
        let rows: Vec<ItemRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(|row| Ok(row.into_item()?.0)).collect()
    }

    async fn item(&self, id: ItemId) -> Result<Option<(Item, bool)>, StoreError> {
        let row: Option<ItemRow> =
            self.db.fetch_optional(Statement::new(format!("{ITEM} WHERE i.id = $1")).bind(id.0)).await.map_err(db_error)?;
        row.map(ItemRow::into_item).transpose()
    }

    async fn close_item(&self, id: ItemId, author: &Author) -> Result<bool, StoreError> {
        let st = Statement::new(format!(
            "UPDATE marketplace_item SET status = 'closed', updated_at = {} WHERE id = $1 AND status = 'open'",
            D::stamp("$2")
        ))
        .bind(id.0)
        .bind(self.clock.now().unix_secs());
        self.change_open_item(st, id, author, "item closed").await
    }

    async fn update_item(&self, id: ItemId, content: &ItemContent, author: &Author) -> Result<bool, StoreError> {
        let st = Statement::new(format!(
            "UPDATE marketplace_item SET category = $1, content = $2, updated_at = {} WHERE id = $3 AND status = 'open'",
            D::stamp("$4")
        ))
        .bind(&content.category)
        .bind_json(content)?
        .bind(id.0)
        .bind(self.clock.now().unix_secs());
        self.change_open_item(st, id, author, "item changed").await
    }
}
