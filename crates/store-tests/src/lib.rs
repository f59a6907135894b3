//! The storage contract: every adapter must pass these checks. `tests/contract.rs` runs
//! them against SQLite always and PostgreSQL when it is reachable (required in CI).

#![allow(clippy::unwrap_used)]

pub mod accounts;
pub mod directory;
pub mod jobs;
pub mod marketplace;
pub mod postgres;

use std::sync::Arc;

use app::ports::{AccountStore, DirectoryStore, JobStore, MarketplaceStore};

/// The ports of one storage adapter, as the contract functions receive them.
#[derive(Clone)]
pub struct Stores {
    pub directory: Arc<dyn DirectoryStore>,
    pub marketplace: Arc<dyn MarketplaceStore>,
    pub accounts: Arc<dyn AccountStore>,
    pub jobs: Arc<dyn JobStore>,
}

impl Stores {
    /// All ports of one adapter value.
    pub fn of<S: DirectoryStore + MarketplaceStore + AccountStore + JobStore>(store: S) -> Stores {
        let store = Arc::new(store);
        Stores { directory: store.clone(), marketplace: store.clone(), accounts: store.clone(), jobs: store }
    }
}
