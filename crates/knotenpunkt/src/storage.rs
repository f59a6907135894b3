//! Chooses the storage adapter once at start-up, from the configured database.

use std::sync::Arc;

use app::ports::{AccountStore, DirectoryStore, JobStore, LogoStore, MarketplaceStore, ParkedFormStore, StoreError};

use crate::config::Database;

/// The ports of the chosen adapter.
#[derive(Clone)]
pub struct Stores {
    pub directory: Arc<dyn DirectoryStore>,
    pub marketplace: Arc<dyn MarketplaceStore>,
    pub accounts: Arc<dyn AccountStore>,
    pub jobs: Arc<dyn JobStore>,
    pub parked: Arc<dyn ParkedFormStore>,
    pub logos: Arc<dyn LogoStore>,
}

fn all_ports<S: DirectoryStore + MarketplaceStore + AccountStore + JobStore + ParkedFormStore + LogoStore>(store: S) -> Stores {
    let store = Arc::new(store);
    Stores {
        directory: store.clone(),
        marketplace: store.clone(),
        accounts: store.clone(),
        jobs: store.clone(),
        parked: store.clone(),
        logos: store,
    }
}

/// Opens the configured database and runs its migrations.
pub async fn open(database: &Database) -> Result<Stores, StoreError> {
    match database {
        Database::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| StoreError::Unavailable(format!("cannot create data folder {}: {e}", parent.display())))?;
            }
            Ok(all_ports(store_sqlite::SqliteStore::open(path).await?))
        }
        Database::Postgres(url) => Ok(all_ports(store_postgres::PostgresStore::connect(url).await?)),
    }
}
