//! Chooses the storage adapter once at start-up, from the configured database.

use app::ports::StoreError;
pub use app::ports::Stores;

use crate::config::Database;

/// Opens the configured database and runs its migrations.
pub async fn open(database: &Database) -> Result<Stores, StoreError> {
    match database {
        Database::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| StoreError::Unavailable(format!("cannot create data folder {}: {e}", parent.display())))?;
            }
            Ok(Stores::of(store_sqlite::open(path).await?))
        }
        Database::Postgres(url) => Ok(Stores::of(store_postgres::connect(url).await?)),
    }
}
