//! Backups in Knotenpunkt's own portable format, and restoring them into an empty database of
//! either kind (this is how an instance moves from SQLite to PostgreSQL and back).
//!
//! A backup file is JSON lines. The first line is the [`Manifest`] (format version, schema
//! version = the last migration applied, creation time, per table its row count and the
//! SHA-256 of its lines, the files, and the SHA-256 of everything after the first line). Then
//! per table a header line `{"table": …, "columns": [[name, declared type], …]}` and its rows as
//! JSON arrays (see [`value`] for the typed values), tables in foreign-key order; then per file
//! a header line `{"file": …, "bytes": …, "sha256": …}` and its content as one base64 string.
//!
//! Tables and columns come from the database's catalogue, so tables added by later migrations
//! are covered without a change here; only `schema_migration` is left out (the restore's
//! migrations write it).

mod catalog;
mod export;
mod restore;
pub mod value;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use catalog::{quote, Catalog, Column, ForeignKey, Table, MIGRATION_TABLE};
pub use export::{content_digest, read_catalog, write_backup, ExtraFile};
pub use restore::{database_tables, read_manifest, restore_files, restore_rows, verify, Layout};

/// The name in every manifest.
pub const FORMAT: &str = "knotenpunkt-backup";
/// The version of the format this program writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// A database to back up or restore into (a pool of the opened, not necessarily migrated, database).
#[derive(Clone, Copy)]
pub enum Database<'a> {
    Sqlite(&'a sqlx::SqlitePool),
    Postgres(&'a sqlx::PgPool),
}

impl Database<'_> {
    pub fn kind(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Io(String),
    #[error("the backup file is not valid: {0}")]
    Format(String),
    #[error("the backup file is damaged: {0}")]
    Checksum(String),
    #[error("the database: {0}")]
    Database(String),
    #[error("{0}")]
    Refused(String),
}

impl BackupError {
    pub fn io(what: &str, error: std::io::Error) -> Self {
        BackupError::Io(format!("{what}: {error}"))
    }

    pub(crate) fn db(what: &str, error: sqlx::Error) -> Self {
        BackupError::Database(format!("{what}: {error}"))
    }
}

/// The first line of a backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    /// The last migration applied to the database the backup was taken from.
    pub schema_version: i64,
    /// When the backup was taken, RFC 3339 in UTC.
    pub created_at: String,
    /// `sqlite` or `postgres`.
    pub database: String,
    pub tables: Vec<TableEntry>,
    pub files: Vec<FileEntry>,
    /// Bytes after the first line, and their SHA-256 (lower-case hex).
    pub body_bytes: u64,
    pub body_sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableEntry {
    pub name: String,
    pub rows: u64,
    /// SHA-256 of the table's header line and row lines.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Where the file belongs, relative to the data folder (`outbox/….eml`).
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
}

impl Manifest {
    /// Rows per table.
    pub fn rows(&self) -> BTreeMap<String, u64> {
        self.tables.iter().map(|t| (t.name.clone(), t.rows)).collect()
    }
}

/// Per table: the number of rows and a SHA-256 of their content that does not depend on the
/// database they are in (see [`content_digest`]).
pub type Digest = BTreeMap<String, (u64, String)>;

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
