//! The storage contract: every adapter must pass these checks. `tests/contract.rs` runs
//! them against SQLite always and PostgreSQL when it is reachable (required in CI).
//!
//! A contract test is any `pub async fn name(stores: TestStores)` in a module of this crate
//! (all but `postgres`): `build.rs` finds them and `tests/contract.rs` generates a SQLite and a
//! PostgreSQL test for each, so nothing needs listing. A `pub async fn` with another signature
//! stops the build; helpers stay private (or `pub(crate)`).

#![allow(clippy::unwrap_used)]

pub mod accounts;
pub mod admin_use_cases;
pub mod confirm_active;
pub mod directory;
pub mod inbox;
pub mod jobs;
pub mod logos;
pub mod marketplace;
pub mod meetings;
pub mod meetings_use_cases;
pub mod moderation;
pub mod moderation_use_cases;
pub mod news;
pub mod news_use_cases;
pub mod parked_forms;
pub mod porting;
pub mod postgres;
pub mod printed;
pub mod projects;
pub mod rate_limits;
pub mod reports;
pub mod survey;

use std::sync::Arc;

use app::ports::{AllStores, Clock, Stores};

/// The ports of one storage adapter, as the contract functions receive them, with the URL of
/// its database.
#[derive(Clone)]
pub struct TestStores {
    pub ports: Stores,
    /// The database's URL (`sqlite://…` or `postgres://…`), for the few checks that must talk to
    /// the database directly, such as that it refuses to change a revision's content.
    pub database_url: Option<String>,
    /// The same adapter bundled again on another clock.
    rebundle: Arc<dyn Fn(Arc<dyn Clock>) -> Stores + Send + Sync>,
}

impl std::ops::Deref for TestStores {
    type Target = Stores;

    fn deref(&self) -> &Stores {
        &self.ports
    }
}

impl TestStores {
    /// All ports of one adapter value, on the system's clock.
    pub fn of<S: AllStores + Clone>(store: S) -> TestStores {
        let again = store.clone();
        TestStores { ports: Stores::of(store), database_url: None, rebundle: Arc::new(move |clock| Stores::on(again.clone(), clock)) }
    }

    /// The same database, adapter and use cases telling time by `clock`.
    pub fn on_clock(self, clock: Arc<dyn Clock>) -> TestStores {
        TestStores { ports: (self.rebundle)(clock), ..self }
    }

    /// The same ports, with the URL of their database.
    pub fn at(self, database_url: &str) -> TestStores {
        TestStores { database_url: Some(database_url.to_owned()), ..self }
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
