//! Knotenpunkt's ports on SQLite: WAL, `synchronous=FULL`, one writer connection and a pool of
//! readers. The ports are `store_sql`'s; this crate opens the database, applies its
//! migrations and supplies what SQLite says its own way (times, JSON access, the job claim).

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use app::ports::StoreError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use store_sql::{Dialect, SqlPools, SqlStore, Statement};

/// (version, name, SQL) of every file in `migrations/`, in order; listed by the build script.
const MIGRATIONS: &[(i64, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// The ports on SQLite.
pub type SqliteStore = SqlStore<Sqlite>;

/// An opened SQLite database: a pool of readers and a single writer, so writes never contend.
#[derive(Clone)]
pub struct Sqlite {
    pools: SqlPools<sqlx::Sqlite>,
}

/// Opens (creating if needed) the database file and runs pending migrations.
pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
    open_with(SqliteConnectOptions::new().filename(path).create_if_missing(true)).await
}

/// Opens a database from a `sqlite:` URL.
pub async fn open_url(url: &str) -> Result<SqliteStore, StoreError> {
    open_with(SqliteConnectOptions::from_str(url).map_err(unavailable)?.create_if_missing(true)).await
}

/// Opens the database file without applying migrations, for backups (`create: false`: the file
/// must exist) and restores (which migrate to the backup's version with [`Sqlite::migrate_to`]).
pub async fn open_unmigrated(path: &Path, create: bool) -> Result<Sqlite, StoreError> {
    if !create && !path.is_file() {
        return Err(StoreError::Unavailable(format!("there is no database at {}", path.display())));
    }
    connect_pools(SqliteConnectOptions::new().filename(path).create_if_missing(create)).await
}

/// The version of the last migration this program knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

async fn open_with(options: SqliteConnectOptions) -> Result<SqliteStore, StoreError> {
    let db = connect_pools(options).await?;
    store_sql::migrate(&db, MIGRATIONS).await?;
    Ok(SqlStore::new(db))
}

async fn connect_pools(options: SqliteConnectOptions) -> Result<Sqlite, StoreError> {
    let options = options
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(10))
        .foreign_keys(true);
    let writer = connect(SqlitePoolOptions::new().max_connections(1).after_release(settled), &options).await?;
    let reader_options = options.pragma("cache_size", READER_CACHE_SIZE);
    let reader = connect(SqlitePoolOptions::new().max_connections(4).after_release(settled), &reader_options).await?;
    Ok(Sqlite { pools: SqlPools { reader, writer } })
}

/// Page cache of each reading connection (`PRAGMA cache_size`; negative: KiB): 512 KiB instead
/// of SQLite's default 2,000 KiB. Each connection keeps its own cache for as long as it lives,
/// and the one that streamed the directory into the index at start-up keeps it full; the
/// file's pages stay in the operating system's cache either way, so a miss costs a read from
/// memory, not from the disk. The writer keeps the default (its pages are the ones written).
const READER_CACHE_SIZE: &str = "-512";

/// Whether a connection coming back to its pool may be used again: not when it still counts an
/// open transaction. When the disk is full (or on an I/O error) SQLite may end the transaction
/// itself; the ROLLBACK that sqlx then sends fails, its count of open transactions stays at one,
/// and every later `BEGIN` on that connection is refused ("non-zero transaction depth"), so all
/// writes would fail until the server restarted. Such a connection is closed instead (SQLite
/// undoes anything still open) and the pool opens a fresh one.
fn settled(
    conn: &mut sqlx::SqliteConnection,
    _: sqlx::pool::PoolConnectionMetadata,
) -> futures_util::future::BoxFuture<'_, Result<bool, sqlx::Error>> {
    use sqlx::Connection;
    Box::pin(async move {
        // The ping is queued behind the rollback a dropped transaction sent, so the count is final.
        conn.ping().await?;
        let keep = !conn.is_in_transaction();
        if !keep {
            tracing::warn!("a database connection lost track of its transaction and is replaced");
        }
        Ok(keep)
    })
}

/// How long opening waits for another process that holds the file, as `busy_timeout` does.
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// Connects the pool, trying again while the file is busy: switching a fresh file to WAL needs
/// an exclusive lock that SQLite does not wait for, so a second server starting at the same
/// moment would otherwise fail with `database is locked`.
async fn connect(pool: SqlitePoolOptions, options: &SqliteConnectOptions) -> Result<sqlx::SqlitePool, StoreError> {
    let deadline = std::time::Instant::now() + BUSY_WAIT;
    loop {
        match pool.clone().connect_with(options.clone()).await {
            Err(error) if is_busy(&error) && std::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            connected => return connected.map_err(unavailable),
        }
    }
}

/// True for `SQLITE_BUSY` and its extended codes.
fn is_busy(error: &sqlx::Error) -> bool {
    let code = error.as_database_error().and_then(|e| e.code()).and_then(|code| code.parse::<i32>().ok());
    code.is_some_and(|code| code & 0xff == 5)
}

impl Sqlite {
    /// Applies the migrations up to and including `version` (a restore creates the schema of
    /// the backup first, then the rest).
    pub async fn migrate_to(&self, version: i64) -> Result<(), StoreError> {
        store_sql::migrate(self, store_sql::migrations_until(MIGRATIONS, version)).await
    }

    /// Flushes the WAL into the main file; used before backups and at shutdown.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pools.writer).await.map_err(unavailable)?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pools.reader.close().await;
        self.pools.writer.close().await;
    }
}

impl Dialect for Sqlite {
    type Pools = SqlPools<sqlx::Sqlite>;

    fn pools(&self) -> &SqlPools<sqlx::Sqlite> {
        &self.pools
    }

    // Times are RFC 3339 text with milliseconds.
    const NOW: &'static str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    fn stamp(param: &str) -> String {
        format!("strftime('%Y-%m-%dT%H:%M:%fZ', {param}, 'unixepoch')")
    }

    fn iso(column: &str) -> String {
        column.to_owned()
    }

    // JSON is text, read with SQLite's JSON functions.
    fn json_text(column: &str, key: &str) -> String {
        format!("json_extract({column}, '$.{key}')")
    }

    fn json_number(column: &str, object: &str, key: &str) -> String {
        format!("CAST(json_extract({column}, '$.{object}.{key}') AS REAL)")
    }

    // Job times are Unix milliseconds.
    fn job_time(param: &str) -> String {
        param.to_owned()
    }

    fn job_millis(column: &str) -> String {
        column.to_owned()
    }

    // The single writer connection claims one job at a time; nothing to skip.
    const CLAIM_LOCK: &'static str = "";

    // Write transactions begin IMMEDIATE: the one that decides holds the file's write lock.
    const ROW_LOCK: &'static str = "";

    const MIGRATION_TABLE_EXISTS: &'static str =
        "SELECT name AS text FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'";

    // Migrations run in a `BEGIN IMMEDIATE` transaction (as every write does here): a second
    // server starting on the same file waits for it, then reads the versions already applied.
    fn migration_lock() -> Option<Statement> {
        None
    }

    // One guarded statement is atomic: SQLite runs one write at a time on the latest data.
    fn administrators_lock() -> Option<Statement> {
        None
    }
}

fn unavailable(error: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(error.to_string())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    /// The state a full disk leaves behind: SQLite ended the transaction, sqlx still counts it.
    /// The next transaction on the single writer connection starts all the same.
    #[tokio::test]
    async fn a_connection_whose_transaction_sqlite_ended_is_replaced() {
        let dir = std::env::temp_dir().join(format!("kp-settled-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = super::open_unmigrated(&dir.join("t.db"), true).await.unwrap();
        let writer = &store_sql::Dialect::pools(&db).writer;
        sqlx::query("CREATE TABLE t (x INTEGER)").execute(writer).await.unwrap();
        {
            let mut tx = writer.begin_with("BEGIN IMMEDIATE").await.unwrap();
            sqlx::query("INSERT INTO t VALUES (1)").execute(&mut *tx).await.unwrap();
            // As SQLite does by itself after SQLITE_FULL: the transaction is gone underneath.
            sqlx::query("ROLLBACK").execute(&mut *tx).await.unwrap();
        }
        for n in 0..3 {
            let mut tx = writer.begin_with("BEGIN IMMEDIATE").await.unwrap_or_else(|e| panic!("transaction {n}: {e}"));
            sqlx::query("INSERT INTO t VALUES (2)").execute(&mut *tx).await.unwrap();
            tx.commit().await.unwrap();
        }
        let (count,): (i64,) = sqlx::query_as("SELECT count(*) FROM t").fetch_one(writer).await.unwrap();
        assert_eq!(count, 3, "the undone row is not there, the later ones are");
        db.close().await;
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn every_migration_file_is_listed_in_order() {
        store_sql::check_migration_list(super::MIGRATIONS, concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"));
    }
}
