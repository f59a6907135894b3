//! Runs the storage contract against SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

use app::ports::DirectoryStore;
use store_tests::postgres::TestDatabase;
use store_tests::TestStores;

async fn sqlite() -> (TestStores, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotenpunkt.db");
    let store = store_sqlite::open(&path).await.unwrap();
    (TestStores::of(store).at(&format!("sqlite://{}", path.display())), dir)
}

/// Generates one SQLite and one PostgreSQL test per contract function.
macro_rules! contract {
    ($module:ident: $($name:ident),* $(,)?) => {
        mod $module {
            mod sqlite {
                $(
                    #[tokio::test]
                    async fn $name() {
                        let (store, _dir) = crate::sqlite().await;
                        store_tests::$module::$name(store).await;
                    }
                )*
            }
            mod postgres {
                $(
                    #[tokio::test]
                    async fn $name() {
                        let Some(db) = crate::TestDatabase::create().await else { return };
                        let store = store_postgres::connect(&db.url).await.unwrap();
                        store_tests::$module::$name(store_tests::TestStores::of(store.clone()).at(&db.url)).await;
                        store.close().await;
                        db.drop_database().await;
                    }
                )*
            }
        }
    };
}

#[tokio::test]
async fn sqlite_keeps_data_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotenpunkt.db");
    let store = store_sqlite::open(&path).await.unwrap();
    store_tests::directory::organisations_round_trip_with_a_first_approved_revision(TestStores::of(store.clone())).await;
    store.close().await;
    let reopened = store_sqlite::open(&path).await.unwrap();
    assert_eq!(reopened.published_organisations().await.unwrap().len(), 2);
}

/// Two servers starting together on one fresh file both open it: the second waits for the
/// first one's migrations and finds nothing left to do.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_opening_one_fresh_sqlite_file_at_once_both_succeed() {
    for _ in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("knotenpunkt.db");
        let (first, second) = tokio::join!(tokio::spawn(open_alone(path.clone())), tokio::spawn(open_alone(path.clone())));
        let (first, second) = (first.unwrap(), second.unwrap());
        assert!(first.is_ok() && second.is_ok(), "first: {first:?}, second: {second:?}");
        let reopened = store_sqlite::open(&path).await.unwrap();
        assert!(reopened.published_organisations().await.unwrap().is_empty());
    }
}

/// Opens the file like a server process of its own would and closes it again.
async fn open_alone(path: std::path::PathBuf) -> Result<(), String> {
    let store = store_sqlite::open(&path).await.map_err(|e| e.to_string())?;
    store.close().await;
    Ok(())
}

/// A database that the former hand-kept runner migrated (each file in its own transaction, then
/// a `schema_migration` row with version and name) opens without anything applied twice.
#[tokio::test]
async fn a_database_migrated_by_the_former_runner_opens_unchanged() {
    use sqlx::Connection;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotenpunkt.db");
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=rwc", path.display())).await.unwrap();
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../store-sqlite/migrations");
    let mut files: Vec<_> = std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in &files {
        let stem = file.file_stem().unwrap().to_str().unwrap();
        let (number, name) = stem.split_once('_').unwrap();
        let sql = std::fs::read_to_string(file).unwrap();
        let mut tx = conn.begin().await.unwrap();
        sqlx::raw_sql(&sql).execute(&mut *tx).await.unwrap();
        sqlx::query("INSERT INTO schema_migration (version, name) VALUES (?, ?)")
            .bind(number.parse::<i64>().unwrap())
            .bind(name)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    conn.close().await.unwrap();
    let store = store_sqlite::open(&path).await.unwrap();
    assert!(store.is_empty().await.unwrap());
    let stores = TestStores::of(store).at(&format!("sqlite://{}", path.display()));
    let recorded = stores.execute_raw("UPDATE schema_migration SET name = name").await.unwrap();
    assert_eq!(recorded, u64::try_from(files.len()).unwrap(), "every migration recorded once");
}

// Every contract function of `src/`, found by `build.rs`: `contract!(module: function, …);` per module.
include!(concat!(env!("OUT_DIR"), "/contracts.rs"));

/// Two handles on one SQLite file, as two server processes have: each queued job runs once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_on_one_sqlite_file_run_each_job_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("knotenpunkt.db");
    let first = store_sqlite::open(&path).await.unwrap();
    let second = store_sqlite::open(&path).await.unwrap();
    store_tests::rate_limits::two_processes_run_each_job_once(app::ports::Stores::of(first), app::ports::Stores::of(second)).await;
}

/// Two connection pools on one PostgreSQL database: the claim's `FOR UPDATE SKIP LOCKED` lets
/// each job run once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_on_one_postgres_database_run_each_job_once() {
    let Some(db) = TestDatabase::create().await else { return };
    let first = store_postgres::connect(&db.url).await.unwrap();
    let second = store_postgres::connect(&db.url).await.unwrap();
    store_tests::rate_limits::two_processes_run_each_job_once(
        app::ports::Stores::of(first.clone()),
        app::ports::Stores::of(second.clone()),
    )
    .await;
    first.close().await;
    second.close().await;
    db.drop_database().await;
}
