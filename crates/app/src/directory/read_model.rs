//! The directory read model: the current search index, rebuilt from the store when the
//! published content changes (by this process or by another server on the same database).

use std::sync::{Arc, Mutex, RwLock};

use crate::ports::{DirectoryStamp, DirectoryStore, StoreError};

use super::index::SearchIndex;

/// Shared, cheaply cloneable handle to the directory.
pub struct Directory {
    store: Arc<dyn DirectoryStore>,
    index: RwLock<Arc<SearchIndex>>,
    stamp: Mutex<DirectoryStamp>,
}

impl Directory {
    /// Loads the index from the store.
    pub async fn load(store: Arc<dyn DirectoryStore>) -> Result<Self, StoreError> {
        let directory = Self { store, index: RwLock::new(Arc::new(SearchIndex::default())), stamp: Mutex::new(DirectoryStamp::default()) };
        directory.rebuild().await?;
        Ok(directory)
    }

    pub fn store(&self) -> &Arc<dyn DirectoryStore> {
        &self.store
    }

    /// The index as it is now; cheap, never blocks on the database.
    pub fn index(&self) -> Arc<SearchIndex> {
        match self.index.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Rebuilds the index from the store.
    pub async fn rebuild(&self) -> Result<(), StoreError> {
        let stamp = self.store.directory_stamp().await?;
        let organisations = self.store.published_organisations().await?;
        let categories = self.store.categories().await?;
        let districts = self.store.districts().await?;
        let index = Arc::new(SearchIndex::build(organisations, categories, districts));
        tracing::info!(organisations = index.len(), "directory index built");
        match self.index.write() {
            Ok(mut guard) => *guard = index,
            Err(poisoned) => *poisoned.into_inner() = index,
        }
        match self.stamp.lock() {
            Ok(mut guard) => *guard = stamp,
            Err(poisoned) => *poisoned.into_inner() = stamp,
        }
        Ok(())
    }

    /// Rebuilds when the store's content changed since the last build; returns whether it did.
    pub async fn refresh_if_changed(&self) -> Result<bool, StoreError> {
        let current = self.store.directory_stamp().await?;
        let known = match self.stamp.lock() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        if current == known {
            return Ok(false);
        }
        self.rebuild().await?;
        Ok(true)
    }
}
