//! Knotenpunkt's ports on PostgreSQL, for larger deployments and several app servers.

mod audit;
mod claims;
mod confirmation;
mod digest;
mod directory;
mod introductions;
mod items;
mod jobs;
mod logos;
mod memberships;
mod migrate;
mod parked_forms;
mod revisions;
mod sessions;
mod tokens;
mod users;

use std::time::Duration;

use app::ports::StoreError;
use sqlx::postgres::{PgPool, PgPoolOptions};

/// The PostgreSQL store.
#[derive(Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    /// Connects to `postgres://…` and runs pending migrations (serialised by an advisory lock,
    /// so several servers may start at once).
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let pool =
            PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10)).connect(url).await.map_err(unavailable)?;
        migrate::run(&pool).await?;
        Ok(Self { pool })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

impl PostgresStore {
    /// Runs one statement on the writer; the number of rows changed.
    pub(crate) async fn execute<'q>(
        &self,
        query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>,
    ) -> Result<u64, StoreError> {
        Ok(query.execute(&self.pool).await.map_err(unavailable)?.rows_affected())
    }
}

pub(crate) fn unavailable(error: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(error.to_string())
}

pub(crate) fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}
