//! Applies the SQL migrations in `migrations/` that the database has not seen yet.

use app::ports::StoreError;
use sqlx::PgPool;

use crate::unavailable;

const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "directory", include_str!("../migrations/0001_directory.sql")),
    (2, "marketplace", include_str!("../migrations/0002_marketplace.sql")),
    (3, "accounts", include_str!("../migrations/0003_accounts.sql")),
    (4, "sessions", include_str!("../migrations/0004_sessions.sql")),
    (5, "jobs", include_str!("../migrations/0005_jobs.sql")),
    (6, "moderation", include_str!("../migrations/0006_moderation.sql")),
    (7, "confirmation", include_str!("../migrations/0007_confirmation.sql")),
    (8, "claims", include_str!("../migrations/0008_claims.sql")),
    (9, "introductions", include_str!("../migrations/0009_introductions.sql")),
    (10, "digest", include_str!("../migrations/0010_digest.sql")),
    (11, "user_language", include_str!("../migrations/0011_user_language.sql")),
    (12, "parked_forms", include_str!("../migrations/0012_parked_forms.sql")),
    (13, "logos", include_str!("../migrations/0013_logos.sql")),
];

/// Key of the advisory lock that serialises migrations across processes.
const LOCK_KEY: i64 = 0x4b6e_6f74_656e;

pub(crate) async fn run(pool: &PgPool) -> Result<(), StoreError> {
    let mut tx = pool.begin().await.map_err(unavailable)?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(LOCK_KEY).execute(&mut *tx).await.map_err(unavailable)?;
    let exists: Option<(String,)> =
        sqlx::query_as("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migration'")
            .fetch_optional(&mut *tx)
            .await
            .map_err(unavailable)?;
    let applied: Vec<(i64,)> = if exists.is_some() {
        sqlx::query_as("SELECT version FROM schema_migration").fetch_all(&mut *tx).await.map_err(unavailable)?
    } else {
        Vec::new()
    };
    for (version, name, sql) in MIGRATIONS {
        if applied.iter().any(|(v,)| v == version) {
            continue;
        }
        sqlx::raw_sql(sql).execute(&mut *tx).await.map_err(unavailable)?;
        sqlx::query("INSERT INTO schema_migration (version, name) VALUES ($1, $2)")
            .bind(version)
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(unavailable)?;
        tracing::info!(version, name, "postgres migration applied");
    }
    tx.commit().await.map_err(unavailable)
}
