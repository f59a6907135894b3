//! Taking a backup: one snapshot of the database (SQLite: one read transaction; PostgreSQL:
//! `REPEATABLE READ`, read-only), every table's rows written as they are read, then the files.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use futures_util::TryStreamExt;
use sha2::{Digest as _, Sha256};
use sqlx::{Postgres, Row as _, Sqlite, TypeInfo as _, ValueRef as _};

use super::catalog::{quote, Catalog, Table};
use super::value::{canonical, Kind, Value};
use super::{hex, BackupError, Database, Digest, FileEntry, Manifest, TableEntry, FORMAT, FORMAT_VERSION};

/// A file from the data folder that goes into the backup.
#[derive(Debug, Clone)]
pub struct ExtraFile {
    /// Its name in the backup, relative to the data folder (`outbox/….eml`).
    pub name: String,
    pub path: PathBuf,
}

/// One consistent view of a database.
enum Snapshot {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// How a PostgreSQL column is read: the SQL expression and what it decodes to.
#[derive(Clone, Copy)]
enum PgRead {
    Int,
    Float,
    Bool,
    Bytes,
    Json,
    Time,
    Text,
}

fn pg_read(typname: &str) -> PgRead {
    match typname {
        "int2" | "int4" | "int8" | "oid" => PgRead::Int,
        "float4" | "float8" => PgRead::Float,
        "bool" => PgRead::Bool,
        "bytea" => PgRead::Bytes,
        "json" | "jsonb" => PgRead::Json,
        "timestamptz" => PgRead::Time,
        _ => PgRead::Text,
    }
}

fn order_by(table: &Table) -> String {
    if table.primary_key.is_empty() {
        String::new()
    } else {
        format!(" ORDER BY {}", table.primary_key.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", "))
    }
}

fn select_rows(table: &Table, columns: &[String]) -> String {
    let (list, name, order) = (columns.join(", "), quote(&table.name), order_by(table));
    format!("SELECT {list} FROM {name}{order}")
}

impl Snapshot {
    async fn open(db: Database<'_>) -> Result<Snapshot, BackupError> {
        let begin = |e| BackupError::db("cannot start the snapshot", e);
        Ok(match db {
            Database::Sqlite(pool) => Snapshot::Sqlite(pool.begin().await.map_err(begin)?),
            Database::Postgres(pool) => {
                Snapshot::Postgres(pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").await.map_err(begin)?)
            }
        })
    }

    async fn catalog(&mut self) -> Result<Catalog, BackupError> {
        match self {
            Snapshot::Sqlite(tx) => Catalog::of_sqlite(tx).await,
            Snapshot::Postgres(tx) => Catalog::of_postgres(tx).await,
        }
    }

    async fn schema_version(&mut self) -> Result<i64, BackupError> {
        let sql = "SELECT CAST(COALESCE(MAX(version), 0) AS BIGINT) FROM schema_migration";
        let read = |e| BackupError::db("cannot read the schema version (is this a Knotenpunkt database?)", e);
        let (version,): (i64,) = match self {
            Snapshot::Sqlite(tx) => sqlx::query_as(sql).fetch_one(&mut **tx).await.map_err(read)?,
            Snapshot::Postgres(tx) => sqlx::query_as(sql).fetch_one(&mut **tx).await.map_err(read)?,
        };
        Ok(version)
    }

    /// Calls `each` with every row of `table`, in primary-key order; the number of rows.
    async fn rows(&mut self, table: &Table, mut each: impl FnMut(Vec<Value>) -> Result<(), BackupError>) -> Result<u64, BackupError> {
        let read = |e| BackupError::db("cannot read a table", e);
        let mut count = 0;
        match self {
            Snapshot::Sqlite(tx) => {
                let columns: Vec<String> = table.columns.iter().map(|c| quote(&c.name)).collect();
                let sql = select_rows(table, &columns);
                let mut rows = sqlx::query(&sql).fetch(&mut **tx);
                while let Some(row) = rows.try_next().await.map_err(read)? {
                    let mut values = Vec::with_capacity(table.columns.len());
                    for i in 0..table.columns.len() {
                        let raw = row.try_get_raw(i).map_err(read)?;
                        let value = if raw.is_null() {
                            Value::Null
                        } else {
                            match raw.type_info().name() {
                                "INTEGER" => Value::Int(row.try_get_unchecked(i).map_err(read)?),
                                "REAL" => Value::Float(row.try_get_unchecked(i).map_err(read)?),
                                "BLOB" => Value::Bytes(row.try_get_unchecked(i).map_err(read)?),
                                _ => Value::Text(row.try_get_unchecked(i).map_err(read)?),
                            }
                        };
                        values.push(value);
                    }
                    each(values)?;
                    count += 1;
                }
            }
            Snapshot::Postgres(tx) => {
                let reads: Vec<PgRead> = table.columns.iter().map(|c| pg_read(&c.declared)).collect();
                let columns: Vec<String> = table
                    .columns
                    .iter()
                    .zip(&reads)
                    .map(|(column, read)| {
                        let name = quote(&column.name);
                        match read {
                            PgRead::Int => format!("{name}::int8"),
                            PgRead::Float => format!("{name}::float8"),
                            PgRead::Bool | PgRead::Bytes => name,
                            PgRead::Time => format!("to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"),
                            PgRead::Json | PgRead::Text => format!("{name}::text"),
                        }
                    })
                    .collect();
                let sql = select_rows(table, &columns);
                let mut rows = sqlx::query(&sql).fetch(&mut **tx);
                while let Some(row) = rows.try_next().await.map_err(read)? {
                    let mut values = Vec::with_capacity(reads.len());
                    for (i, kind) in reads.iter().enumerate() {
                        let value = match kind {
                            PgRead::Int => row.try_get::<Option<i64>, _>(i).map_err(read)?.map(Value::Int),
                            PgRead::Float => row.try_get::<Option<f64>, _>(i).map_err(read)?.map(Value::Float),
                            PgRead::Bool => row.try_get::<Option<bool>, _>(i).map_err(read)?.map(Value::Bool),
                            PgRead::Bytes => row.try_get::<Option<Vec<u8>>, _>(i).map_err(read)?.map(Value::Bytes),
                            PgRead::Time => row.try_get::<Option<String>, _>(i).map_err(read)?.map(Value::Time),
                            PgRead::Text => row.try_get::<Option<String>, _>(i).map_err(read)?.map(Value::Text),
                            PgRead::Json => match row.try_get::<Option<String>, _>(i).map_err(read)? {
                                Some(text) => Some(Value::Json(
                                    serde_json::from_str(&text)
                                        .map_err(|e| BackupError::Database(format!("stored JSON does not parse: {e}")))?,
                                )),
                                None => None,
                            },
                        };
                        values.push(value.unwrap_or(Value::Null));
                    }
                    each(values)?;
                    count += 1;
                }
            }
        }
        Ok(count)
    }
}

/// Writes lines and keeps the SHA-256 of all of them and of the current section.
struct Body<W> {
    out: W,
    all: Sha256,
    section: Sha256,
    bytes: u64,
}

impl<W: Write> Body<W> {
    fn line(&mut self, json: &serde_json::Value) -> Result<(), BackupError> {
        let mut text = serde_json::to_vec(json).map_err(|e| BackupError::Format(e.to_string()))?;
        text.push(b'\n');
        self.all.update(&text);
        self.section.update(&text);
        self.bytes += text.len() as u64;
        self.out.write_all(&text).map_err(|e| BackupError::io("cannot write the backup", e))
    }

    fn end_section(&mut self) -> String {
        hex(&std::mem::take(&mut self.section).finalize())
    }
}

/// Writes a backup of `db` and of `files` to `out` (through a temporary file beside it, renamed
/// when complete, so `out` is never a half-written backup). `created_at` goes into the manifest.
pub async fn write_backup(db: Database<'_>, files: &[ExtraFile], out: &Path, created_at: String) -> Result<Manifest, BackupError> {
    let body_path = sibling(out, "body.partial");
    let result = write_body_then_backup(db, files, out, &body_path, created_at).await;
    let _ = std::fs::remove_file(&body_path);
    result
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{suffix}"));
    path.with_file_name(name)
}

async fn write_body_then_backup(
    db: Database<'_>,
    files: &[ExtraFile],
    out: &Path,
    body_path: &Path,
    created_at: String,
) -> Result<Manifest, BackupError> {
    let create = |path: &Path| std::fs::File::create(path).map_err(|e| BackupError::io(&format!("cannot create {}", path.display()), e));
    let mut body = Body { out: std::io::BufWriter::new(create(body_path)?), all: Sha256::new(), section: Sha256::new(), bytes: 0 };
    let mut snapshot = Snapshot::open(db).await?;
    let schema_version = snapshot.schema_version().await?;
    let catalog = snapshot.catalog().await?;
    let (order, _) = catalog.insert_order();
    let mut tables = Vec::new();
    for table in order {
        let columns: Vec<[&str; 2]> = table.columns.iter().map(|c| [c.name.as_str(), c.declared.as_str()]).collect();
        body.line(&serde_json::json!({"table": table.name, "columns": columns}))?;
        let rows = snapshot.rows(table, |values| body.line(&serde_json::Value::Array(values.iter().map(Value::to_json).collect()))).await?;
        tables.push(TableEntry { name: table.name.clone(), rows, sha256: body.end_section() });
    }
    drop(snapshot);
    let mut entries = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file.path).map_err(|e| BackupError::io(&format!("cannot read {}", file.path.display()), e))?;
        let entry = FileEntry { path: file.name.clone(), bytes: bytes.len() as u64, sha256: hex(&Sha256::digest(&bytes)) };
        body.line(&serde_json::json!({"file": entry.path, "bytes": entry.bytes, "sha256": entry.sha256}))?;
        body.line(&serde_json::Value::String(base64::engine::general_purpose::STANDARD.encode(&bytes)))?;
        body.end_section();
        entries.push(entry);
    }
    body.out.flush().map_err(|e| BackupError::io("cannot write the backup", e))?;
    let Body { out: written, all, bytes: body_bytes, .. } = body;
    drop(written);
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        schema_version,
        created_at,
        database: db.kind().to_owned(),
        tables,
        files: entries,
        body_bytes,
        body_sha256: hex(&all.finalize()),
    };
    let partial = sibling(out, "partial");
    let mut target = std::io::BufWriter::new(create(&partial)?);
    let written = (|| {
        serde_json::to_writer(&mut target, &manifest).map_err(std::io::Error::other)?;
        target.write_all(b"\n")?;
        std::io::copy(&mut std::fs::File::open(body_path)?, &mut target)?;
        target.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&partial, out)
    })();
    if let Err(error) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(BackupError::io(&format!("cannot write {}", out.display()), error));
    }
    Ok(manifest)
}

/// The tables of `db` as its catalogue describes them.
pub async fn read_catalog(db: Database<'_>) -> Result<Catalog, BackupError> {
    Snapshot::open(db).await?.catalog().await
}

/// Per table of `db`: its number of rows and a SHA-256 of its content that is the same on
/// SQLite and PostgreSQL for the same data. Every value is put in the terms of the column of
/// the same name in `reference` (a PostgreSQL catalogue, whose types say what SQLite leaves
/// to convention: times, JSON, booleans) by [`canonical`]; the rows' hashes are sorted, so the
/// order the database returns them in does not matter. For tests and for checking a move.
pub async fn content_digest(db: Database<'_>, reference: &Catalog) -> Result<Digest, BackupError> {
    let mut snapshot = Snapshot::open(db).await?;
    let catalog = snapshot.catalog().await?;
    let mut digest = Digest::new();
    for table in &catalog.tables {
        let types: Vec<String> = table
            .columns
            .iter()
            .map(|c| match reference.table(&table.name).and_then(|t| t.column(&c.name)).map(|c| &c.kind) {
                Some(Kind::Postgres(typname)) => typname.clone(),
                _ => "text".to_owned(),
            })
            .collect();
        let mut hashes: Vec<[u8; 32]> = Vec::new();
        let rows = snapshot
            .rows(table, |values| {
                let mut row = Sha256::new();
                for (value, typname) in values.into_iter().zip(&types) {
                    match canonical(value, typname)? {
                        None => row.update(b"N"),
                        Some(text) => {
                            row.update((text.len() as u64).to_le_bytes());
                            row.update(text.as_bytes());
                        }
                    }
                }
                hashes.push(row.finalize().into());
                Ok(())
            })
            .await?;
        hashes.sort_unstable();
        let mut all = Sha256::new();
        for hash in &hashes {
            all.update(hash);
        }
        digest.insert(table.name.clone(), (rows, hex(&all.finalize())));
    }
    Ok(digest)
}
