//! Use case: import organisations, districts and categories (demo data, CSV/JSON imports).

use domain::category::Category;
use domain::district::District;
use domain::ids::OrgId;

use crate::ports::{Author, DirectoryStore, NewOrganisation, StoreError};

use super::Directory;

/// Everything an import brings.
#[derive(Debug, Default)]
pub struct ImportBatch {
    pub categories: Vec<Category>,
    pub districts: Vec<District>,
    pub organisations: Vec<NewOrganisation>,
}

/// Stores the batch and rebuilds the index. Organisations go in chunks, each atomic.
pub async fn import_organisations(directory: &Directory, batch: ImportBatch, author: &Author) -> Result<Vec<OrgId>, StoreError> {
    let ids = store_batch(directory.store().as_ref(), batch, author).await?;
    directory.rebuild().await?;
    Ok(ids)
}

/// Stores the batch without a read model (command-line imports).
pub async fn store_batch(store: &dyn DirectoryStore, batch: ImportBatch, author: &Author) -> Result<Vec<OrgId>, StoreError> {
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
