//! Offers and needs of associations.

use super::{Author, StoreError};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::marketplace::{Item, ItemContent, ItemId, ItemKind};

/// An offer or need to store.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub org: OrgId,
    pub kind: ItemKind,
    pub content: ItemContent,
}

/// Storage of offers and needs.
#[async_trait]
pub trait ItemStore: Send + Sync + 'static {
    /// Stores the items in one transaction: either all are stored or none.
    async fn create_items(&self, batch: &[NewItem], author: &Author) -> Result<Vec<ItemId>, StoreError>;
    /// Open items of published organisations, ordered by id.
    async fn open_items(&self) -> Result<Vec<Item>, StoreError>;
    /// The item, open or closed, whatever its organisation's state.
    async fn item(&self, id: ItemId) -> Result<Option<(Item, bool /* open */)>, StoreError>;
    /// Closes an open item (fulfilled or withdrawn); false when it was not open. Nothing is deleted.
    async fn close_item(&self, id: ItemId, author: &Author) -> Result<bool, StoreError>;
    /// Replaces what an open item says (kind and organisation stay); false when it was not open.
    async fn update_item(&self, id: ItemId, content: &ItemContent, author: &Author) -> Result<bool, StoreError>;
}
