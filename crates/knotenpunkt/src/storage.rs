//! Chooses the storage adapter once at start-up, from the configured database.

use std::sync::Arc;

use app::ports::{DirectoryStore, StoreError};

use crate::config::Database;

/// Opens the configured database and runs its migrations.
pub async fn open(database: &Database) -> Result<Arc<dyn DirectoryStore>, StoreError> {
    match database {
        Database::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| StoreError::Unavailable(format!("cannot create data folder {}: {e}", parent.display())))?;
            }
            Ok(Arc::new(store_sqlite::SqliteStore::open(path).await?))
        }
        Database::Postgres(url) => Ok(Arc::new(store_postgres::PostgresStore::connect(url).await?)),
    }
}
