//! `knotenpunkt backup` and `knotenpunkt restore`: a consistent snapshot of the database and of
//! the files kept beside it, in Knotenpunkt's portable format (`store_sql::backup`), and its
//! restore into an empty database of either kind, migrated to the current schema afterwards.
//!
//! Besides the database (logos and news pictures are in it), the data folder holds the mail
//! outbox (`[mail] transport = "outbox"`): the mails written there are the only record of what
//! was "sent", and the admin area lists them, so they are included. The SQLite files themselves
//! are not copied as files: their content is the backup's tables.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use app::ports::{Clock, SystemClock};
use store_sql::backup::{self, BackupError, Database as BackupDb, ExtraFile, Manifest};
use store_sql::Dialect;

use crate::config::{Config, Database};

/// A database opened without migrating it.
pub enum Opened {
    Sqlite(store_sqlite::Sqlite),
    Postgres(store_postgres::Postgres),
}

impl Opened {
    pub fn database(&self) -> BackupDb<'_> {
        match self {
            Opened::Sqlite(db) => BackupDb::Sqlite(&db.pools().writer),
            Opened::Postgres(db) => BackupDb::Postgres(&db.pools().writer),
        }
    }

    async fn migrate_to(&self, version: i64) -> Result<(), String> {
        match self {
            Opened::Sqlite(db) => db.migrate_to(version).await,
            Opened::Postgres(db) => db.migrate_to(version).await,
        }
        .map_err(|e| format!("cannot create the schema: {e}"))
    }

    async fn close(&self) {
        match self {
            Opened::Sqlite(db) => db.close().await,
            Opened::Postgres(db) => db.close().await,
        }
    }
}

/// Opens the configured database as it is; `create`: a missing SQLite file is created.
pub async fn open_unmigrated(database: &Database, create: bool) -> Result<Opened, String> {
    match database {
        Database::Sqlite(path) => store_sqlite::open_unmigrated(path, create).await.map(Opened::Sqlite),
        Database::Postgres(url) => store_postgres::connect_unmigrated(url).await.map(Opened::Postgres),
    }
    .map_err(|e| e.to_string())
}

fn outbox_files(config: &Config) -> Result<Vec<ExtraFile>, String> {
    let Some(dir) = config.mail.outbox_dir() else { return Ok(Vec::new()) };
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read the outbox {}: {e}", dir.display())),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read the outbox {}: {e}", dir.display()))?;
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            if let Some(name) = entry.file_name().to_str() {
                files.push(ExtraFile { name: format!("outbox/{name}"), path: entry.path() });
            }
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// Writes a backup of the configured database and outbox to `out`.
pub async fn backup(config: &Config, out: &Path) -> Result<Manifest, String> {
    let opened = open_unmigrated(&config.database, false).await?;
    let files = outbox_files(config)?;
    let result = backup::write_backup(opened.database(), &files, out, SystemClock.now().to_rfc3339()).await;
    opened.close().await;
    result.map_err(|e| e.to_string())
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    pub rows: u64,
    /// The schema version after the remaining migrations.
    pub schema_version: i64,
}

/// Restores `from` into the configured database, which must be empty, and the files into the
/// configured outbox (which must hold none). Refusals write nothing.
pub async fn restore(config: &Config, from: &Path) -> Result<Restored, String> {
    let (manifest, layout) = backup::verify(from).map_err(|e| e.to_string())?;
    let latest = match &config.database {
        Database::Sqlite(_) => store_sqlite::latest_version(),
        Database::Postgres(_) => store_postgres::latest_version(),
    };
    if manifest.schema_version > latest {
        return Err(format!(
            "the backup has schema version {}, newer than this program's {latest}: restore it with the Knotenpunkt version that wrote it or a newer one",
            manifest.schema_version
        ));
    }
    let outbox = config.mail.outbox_dir();
    if !manifest.files.is_empty() {
        if let Some(dir) = &outbox {
            if std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
                return Err(format!("the outbox {} is not empty; restore only into a new data folder", dir.display()));
            }
        }
    }
    let created_file = match &config.database {
        Database::Sqlite(path) if !path.exists() => Some(path.clone()),
        _ => None,
    };
    if let Some(parent) = created_file.as_deref().and_then(Path::parent).filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create the data folder {}: {e}", parent.display()))?;
    }
    let opened = open_unmigrated(&config.database, created_file.is_some()).await?;
    let tables = backup::database_tables(opened.database()).await.map_err(|e| e.to_string())?;
    if !tables.is_empty() {
        opened.close().await;
        let shown: Vec<&str> = tables.iter().map(String::as_str).take(3).collect();
        return Err(format!(
            "the target database is not empty (it has {} tables: {}…); restore only writes into a new, empty database \
             (a new data folder, or a database made with createdb), so that nothing there is overwritten",
            tables.len(),
            shown.join(", ")
        ));
    }
    let result = restore_into(&opened, from, &manifest, &layout, latest, outbox.as_deref()).await;
    opened.close().await;
    match result {
        Ok(rows) => Ok(Restored { manifest, rows, schema_version: latest }),
        Err(message) => {
            if let Some(path) = created_file {
                for suffix in ["", "-wal", "-shm"] {
                    let mut name = path.clone().into_os_string();
                    name.push(suffix);
                    let _ = std::fs::remove_file(PathBuf::from(name));
                }
                Err(format!("{message}; the new database file was removed"))
            } else {
                Err(format!("{message}; the database may now hold an empty schema: drop and create it again before the next try"))
            }
        }
    }
}

async fn restore_into(
    opened: &Opened,
    from: &Path,
    manifest: &Manifest,
    layout: &backup::Layout,
    latest: i64,
    outbox: Option<&Path>,
) -> Result<u64, String> {
    opened.migrate_to(manifest.schema_version).await?;
    let rows = backup::restore_rows(opened.database(), from, layout).await.map_err(|e| e.to_string())?;
    opened.migrate_to(latest).await?;
    backup::restore_files(from, layout, |name, bytes| {
        let Some(file) = name.strip_prefix("outbox/").filter(|f| !f.is_empty() && !f.contains(['/', '\\']) && *f != "..") else {
            return Err(BackupError::Format(format!("the file {name:?} has no place in the data folder")));
        };
        let Some(dir) = outbox else {
            tracing::warn!(file = name, "mail goes by SMTP here, so the outbox file of the backup is left out");
            return Ok(());
        };
        std::fs::create_dir_all(dir).map_err(|e| BackupError::io(&format!("cannot create {}", dir.display()), e))?;
        std::fs::write(dir.join(file), bytes).map_err(|e| BackupError::io(&format!("cannot write {name}"), e))
    })
    .map_err(|e| e.to_string())?;
    Ok(rows)
}

pub async fn backup_command(config: &Config, out: &Path) -> ExitCode {
    let started = std::time::Instant::now();
    match backup(config, out).await {
        Ok(manifest) => {
            let rows: u64 = manifest.tables.iter().map(|t| t.rows).sum();
            println!(
                "Sicherung geschrieben: {} (Schema {}, {} Tabellen, {rows} Zeilen, {} Dateien, {:.1} s).",
                out.display(),
                manifest.schema_version,
                manifest.tables.len(),
                manifest.files.len(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("knotenpunkt backup: {message}");
            ExitCode::FAILURE
        }
    }
}

pub async fn restore_command(config: &Config, from: &Path) -> ExitCode {
    let started = std::time::Instant::now();
    match restore(config, from).await {
        Ok(restored) => {
            println!(
                "Sicherung wiederhergestellt: {} Zeilen, {} Dateien, Schema {} → {} ({:.1} s).",
                restored.rows,
                restored.manifest.files.len(),
                restored.manifest.schema_version,
                restored.schema_version,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("knotenpunkt restore: {message}");
            ExitCode::FAILURE
        }
    }
}
