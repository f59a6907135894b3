//! The storage contract: every adapter must pass these checks. `tests/contract.rs` runs
//! them against SQLite always and PostgreSQL when it is reachable (required in CI).

#![allow(clippy::unwrap_used)]

pub mod accounts;
pub mod admin_use_cases;
pub mod confirmation;
pub mod directory;
pub mod jobs;
pub mod logos;
pub mod marketplace;
pub mod moderation;
pub mod moderation_use_cases;
pub mod parked_forms;
pub mod postgres;

use std::sync::Arc;

use app::ports::{AccountStore, DirectoryStore, JobStore, LogoStore, MarketplaceStore, ParkedFormStore};

/// The ports of one storage adapter, as the contract functions receive them.
#[derive(Clone)]
pub struct Stores {
    pub directory: Arc<dyn DirectoryStore>,
    pub marketplace: Arc<dyn MarketplaceStore>,
    pub accounts: Arc<dyn AccountStore>,
    pub jobs: Arc<dyn JobStore>,
    pub parked: Arc<dyn ParkedFormStore>,
    pub logos: Arc<dyn LogoStore>,
    /// The database's URL (`sqlite://…` or `postgres://…`), for the few checks that must talk to
    /// the database directly, such as that it refuses to change a revision's content.
    pub database_url: Option<String>,
}

impl Stores {
    /// All ports of one adapter value.
    pub fn of<S: DirectoryStore + MarketplaceStore + AccountStore + JobStore + ParkedFormStore + LogoStore>(store: S) -> Stores {
        let store = Arc::new(store);
        Stores {
            directory: store.clone(),
            marketplace: store.clone(),
            accounts: store.clone(),
            jobs: store.clone(),
            parked: store.clone(),
            logos: store,
            database_url: None,
        }
    }

    /// The same ports, with the URL of their database.
    pub fn at(self, database_url: &str) -> Stores {
        Stores { database_url: Some(database_url.to_owned()), ..self }
    }

    /// Runs one statement directly on the database, bypassing the ports; the number of rows
    /// changed, or the database's refusal.
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, String> {
        use sqlx::{Connection, Executor};
        let url = self.database_url.as_deref().expect("contract tests set the database URL");
        if url.starts_with("sqlite:") {
            let mut conn = sqlx::SqliteConnection::connect(url).await.map_err(|e| e.to_string())?;
            conn.execute(sql).await.map(|r| r.rows_affected()).map_err(|e| e.to_string())
        } else {
            let mut conn = sqlx::PgConnection::connect(url).await.map_err(|e| e.to_string())?;
            conn.execute(sql).await.map(|r| r.rows_affected()).map_err(|e| e.to_string())
        }
    }
}
