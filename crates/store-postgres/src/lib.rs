//! Knotenpunkt's ports on PostgreSQL, for larger deployments and several app servers. The ports
//! are `store_sql`'s; this crate connects, applies its migrations under an advisory lock and
//! supplies what PostgreSQL says its own way (times, JSON access, the job claim).

use std::time::Duration;

use app::ports::StoreError;
use sqlx::postgres::PgPoolOptions;
use store_sql::{Dialect, SqlPools, SqlStore, Statement};

/// (version, name, SQL) of every file in `migrations/`, in order; listed by the build script.
const MIGRATIONS: &[(i64, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// Key of the advisory lock that serialises migrations across processes.
const LOCK_KEY: i64 = 0x4b6e_6f74_656e;

/// Key of the advisory lock that serialises changes that could take away an administrator.
const ADMINISTRATORS_LOCK_KEY: i64 = 0x4b6e_6f74_6164;

/// The ports on PostgreSQL.
pub type PostgresStore = SqlStore<Postgres>;

/// A connected PostgreSQL database (one pool for reads and writes).
#[derive(Clone)]
pub struct Postgres {
    pools: SqlPools<sqlx::Postgres>,
}

/// Connects to `postgres://…` and runs pending migrations (serialised by an advisory lock, so
/// several servers may start at once).
pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
    let db = connect_unmigrated(url).await?;
    store_sql::migrate(&db, MIGRATIONS).await?;
    Ok(SqlStore::new(db))
}

/// Connects without applying migrations, for backups and restores.
pub async fn connect_unmigrated(url: &str) -> Result<Postgres, StoreError> {
    let options = PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10));
    let pool = options.connect(url).await.map_err(|e| StoreError::Unavailable(e.to_string()))?;
    Ok(Postgres { pools: SqlPools { reader: pool.clone(), writer: pool } })
}

/// The version of the last migration this program knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

impl Postgres {
    /// Applies the migrations up to and including `version` (see `store_sqlite::Sqlite::migrate_to`).
    pub async fn migrate_to(&self, version: i64) -> Result<(), StoreError> {
        store_sql::migrate(self, store_sql::migrations_until(MIGRATIONS, version)).await
    }

    pub async fn close(&self) {
        self.pools.writer.close().await;
    }
}

impl Dialect for Postgres {
    type Pools = SqlPools<sqlx::Postgres>;

    fn pools(&self) -> &SqlPools<sqlx::Postgres> {
        &self.pools
    }

    // Times are TIMESTAMPTZ.
    const NOW: &'static str = "now()";

    fn stamp(param: &str) -> String {
        format!("to_timestamp(CAST({param} AS DOUBLE PRECISION))")
    }

    fn iso(column: &str) -> String {
        format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
    }

    // JSON is JSONB, read with its operators.
    fn json_text(column: &str, key: &str) -> String {
        format!("{column}->>'{key}'")
    }

    fn json_number(column: &str, object: &str, key: &str) -> String {
        format!("({column}->'{object}'->>'{key}')::float8")
    }

    // Job times are TIMESTAMPTZ; the port speaks Unix milliseconds.
    fn job_time(param: &str) -> String {
        format!("to_timestamp({param}::bigint / 1000.0)")
    }

    fn job_millis(column: &str) -> String {
        format!("(extract(epoch FROM {column}) * 1000)::bigint")
    }

    // Workers in several processes claim at once: skip the rows another one has locked.
    const CLAIM_LOCK: &'static str = " FOR UPDATE SKIP LOCKED";

    // Under READ COMMITTED two deciding transactions would each read the other's places as
    // free; the second waits for the row and then reads the first one's registrations.
    const ROW_LOCK: &'static str = " FOR UPDATE";

    const MIGRATION_TABLE_EXISTS: &'static str =
        "SELECT tablename::text AS text FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migration'";

    // Several servers may start at once; the first migrates, the others wait and find nothing to do.
    fn migration_lock() -> Option<Statement> {
        Some(Statement::new("SELECT pg_advisory_xact_lock($1)").bind(LOCK_KEY))
    }

    // Held until the transaction ends; the guarded update after it reads committed changes.
    fn administrators_lock() -> Option<Statement> {
        Some(Statement::new("SELECT pg_advisory_xact_lock($1)").bind(ADMINISTRATORS_LOCK_KEY))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_migration_file_is_listed_in_order() {
        store_sql::check_migration_list(super::MIGRATIONS, concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"));
    }
}
