//! The directory read model: the current search index, rebuilt from the store when the
//! published content changes (by this process or by another server on the same database).

use std::sync::Arc;

use crate::ports::{Clock, ConfirmActiveStore, DirectoryStore, RevisionStore, StoreError, Stores};
use crate::snapshot::Snapshot;

use super::index::{IndexBuilder, SearchIndex};

/// Shared, cheaply cloneable handle to the directory.
pub struct Directory {
    store: Arc<dyn DirectoryStore>,
    revisions: Arc<dyn RevisionStore>,
    confirm_active: Arc<dyn ConfirmActiveStore>,
    clock: Arc<dyn Clock>,
    index: Snapshot<SearchIndex>,
}

impl Directory {
    /// Loads the index from the store.
    pub async fn load(stores: &Stores) -> Result<Self, StoreError> {
        let directory = Self {
            store: stores.directory.clone(),
            revisions: stores.revisions.clone(),
            confirm_active: stores.confirm_active.clone(),
            clock: stores.clock.clone(),
            index: Snapshot::new(SearchIndex::default()),
        };
        directory.rebuild().await?;
        Ok(directory)
    }

    pub fn store(&self) -> &Arc<dyn DirectoryStore> {
        &self.store
    }

    /// The organisations' revisions, for moderation.
    pub fn revisions(&self) -> &Arc<dyn RevisionStore> {
        &self.revisions
    }

    /// The state of the yearly "still active?" check.
    pub fn confirm_active(&self) -> &Arc<dyn ConfirmActiveStore> {
        &self.confirm_active
    }

    /// The time, for the use cases on the directory.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// The index as it is now; cheap, never blocks on the database.
    pub fn index(&self) -> Arc<SearchIndex> {
        self.index.get()
    }

    /// Rebuilds the index from the store.
    pub async fn rebuild(&self) -> Result<(), StoreError> {
        let _turn = self.index.one_build_at_a_time().await;
        self.build().await
    }

    async fn build(&self) -> Result<(), StoreError> {
        let stamp = self.store.directory_stamp().await?;
        let categories = self.store.categories().await?;
        let districts = self.store.districts().await?;
        // Built while the store reads: each profile is reduced to what the index keeps as it
        // arrives, instead of holding every profile of the directory at once.
        let mut builder = IndexBuilder::new(categories, districts);
        self.store.each_published_organisation(&mut |org| builder.add(org)).await?;
        let index = Arc::new(builder.finish());
        tracing::info!(organisations = index.len(), "directory index built");
        crate::metrics::Counters::count(&crate::metrics::COUNTERS.index_rebuilds);
        self.index.replace(index, stamp);
        Ok(())
    }

    /// Rebuilds when the store's content changed since the last build; returns whether it did.
    pub async fn refresh_if_changed(&self) -> Result<bool, StoreError> {
        let _turn = self.index.one_build_at_a_time().await;
        let current = self.store.directory_stamp().await?;
        if !self.index.is_older_than(&current) {
            return Ok(false);
        }
        self.build().await?;
        Ok(true)
    }
}
