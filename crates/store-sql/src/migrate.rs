//! Applies the migrations a database has not seen yet, in one transaction, and records each in
//! `schema_migration` (version and name), the table that the first migration creates.

use app::ports::StoreError;

use crate::rows::{IdRow, TextRow};
use crate::{db_error, Conn, Dialect, Statement};

/// Applies the pending ones of `migrations` (version, name, SQL), oldest first.
pub async fn migrate<D: Dialect>(db: &D, migrations: &[(i64, &str, &'static str)]) -> Result<(), StoreError> {
    let mut tx = db.begin().await.map_err(db_error)?;
    if let Some(lock) = D::migration_lock() {
        tx.execute(lock).await.map_err(db_error)?;
    }
    let exists: Option<TextRow> = tx.fetch_optional(Statement::new(D::MIGRATION_TABLE_EXISTS)).await.map_err(db_error)?;
    let applied: Vec<IdRow> = if exists.is_some() {
        tx.fetch_all(Statement::new("SELECT version AS id FROM schema_migration")).await.map_err(db_error)?
    } else {
        Vec::new()
    };
    for (version, name, sql) in migrations {
        if applied.iter().any(|row| row.id == *version) {
            continue;
        }
        tx.execute_script(sql).await.map_err(db_error)?;
        let record = Statement::new("INSERT INTO schema_migration (version, name) VALUES ($1, $2)").bind(*version).bind(*name);
        tx.execute(record).await.map_err(db_error)?;
        tracing::info!(version, name, "migration applied");
    }
    tx.commit().await.map_err(db_error)
}

/// The migrations up to and including `version`.
pub fn migrations_until<'a>(migrations: &'a [(i64, &'a str, &'static str)], version: i64) -> &'a [(i64, &'a str, &'static str)] {
    &migrations[..migrations.iter().take_while(|(v, ..)| *v <= version).count()]
}

/// The names databases recorded for the migrations that landed; they must never change, or a
/// migration would run twice.
const RECORDED: [&str; 13] = [
    "directory",
    "marketplace",
    "accounts",
    "sessions",
    "jobs",
    "moderation",
    "confirmation",
    "claims",
    "introductions",
    "digest",
    "user_language",
    "parked_forms",
    "logos",
];

/// Panics unless `migrations` lists every file of the folder, numbered 1, 2, 3 … and under the
/// names already recorded; for the dialect crates' tests.
pub fn check_migration_list(migrations: &[(i64, &str, &str)], folder: &str) {
    let files = std::fs::read_dir(folder).map(|d| d.count()).unwrap_or_default();
    let versions: Vec<i64> = migrations.iter().map(|(v, ..)| *v).collect();
    assert_eq!(versions, (1..=i64::try_from(files).unwrap_or_default()).collect::<Vec<_>>());
    let names: Vec<&str> = migrations.iter().map(|(_, name, _)| *name).take(RECORDED.len()).collect();
    assert_eq!(names, RECORDED);
}
