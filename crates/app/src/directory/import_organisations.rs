//! Use case: import organisations, districts and categories (demo data, CSV/JSON imports).

use domain::category::Category;
use domain::district::District;
use domain::ids::OrgId;
use domain::marketplace::{ItemContent, ItemKind};
use domain::slug::Slug;

use crate::marketplace::Marketplace;
use crate::ports::{Author, DirectoryStore, ItemStore, NewItem, NewOrganisation, StoreError};

use super::Directory;

/// An offer or need of an organisation in the same import, named by its slug.
#[derive(Debug, Clone)]
pub struct ImportItem {
    pub org_slug: Slug,
    pub kind: ItemKind,
    pub content: ItemContent,
}

/// Everything an import brings.
#[derive(Debug, Default)]
pub struct ImportBatch {
    pub categories: Vec<Category>,
    pub districts: Vec<District>,
    pub organisations: Vec<NewOrganisation>,
    pub items: Vec<ImportItem>,
}

/// Stores the batch and rebuilds the read models. Organisations go in chunks, each atomic.
pub async fn import_organisations(
    directory: &Directory,
    marketplace: &Marketplace,
    batch: ImportBatch,
    author: &Author,
) -> Result<Vec<OrgId>, StoreError> {
    let ids = store_batch(directory.store().as_ref(), marketplace.items().as_ref(), batch, author).await?;
    directory.rebuild().await?;
    marketplace.rebuild().await?;
    Ok(ids)
}

/// Stores the batch without read models (command-line imports).
pub async fn store_batch(
    store: &dyn DirectoryStore,
    items_store: &dyn ItemStore,
    batch: ImportBatch,
    author: &Author,
) -> Result<Vec<OrgId>, StoreError> {
    for category in &batch.categories {
        store.save_category(category).await?;
    }
    for district in &batch.districts {
        store.save_district(district).await?;
    }
    let mut ids = Vec::with_capacity(batch.organisations.len());
    for chunk in batch.organisations.chunks(1000) {
        ids.extend(store.create_organisations(chunk, author).await?);
    }
    let slugs: std::collections::HashMap<&Slug, OrgId> = batch.organisations.iter().map(|o| &o.slug).zip(ids.iter().copied()).collect();
    let items: Vec<NewItem> =
        batch.items.into_iter().filter_map(|i| Some(NewItem { org: *slugs.get(&i.org_slug)?, kind: i.kind, content: i.content })).collect();
    for chunk in items.chunks(1000) {
        items_store.create_items(chunk, author).await?;
    }
    Ok(ids)
}

/// Adds the default fields of activity when the store has none yet.
pub async fn ensure_default_categories(store: &dyn DirectoryStore) -> Result<(), StoreError> {
    if store.categories().await?.is_empty() {
        for category in super::default_categories::default_categories() {
            store.save_category(&category).await?;
        }
    }
    Ok(())
}
