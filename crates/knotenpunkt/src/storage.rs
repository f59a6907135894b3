//! Chooses the storage adapter once at start-up, from the configured database.

use std::sync::Arc;

pub use app::ports::Stores;
use app::ports::{Clock, StoreError, SystemClock};

use crate::config::Database;

/// Opens the configured database and runs its migrations.
pub async fn open(database: &Database) -> Result<Stores, StoreError> {
    open_on(database, Arc::new(SystemClock)).await
}

/// Opens the configured database, the stores and use cases telling time by `clock`.
pub async fn open_on(database: &Database, clock: Arc<dyn Clock>) -> Result<Stores, StoreError> {
    match database {
        Database::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| StoreError::Unavailable(format!("cannot create data folder {}: {e}", parent.display())))?;
            }
            Ok(Stores::on(store_sqlite::open(path).await?, clock))
        }
        Database::Postgres(url) => Ok(Stores::on(store_postgres::connect(url).await?, clock)),
    }
}
