//! Restoring a backup: the whole file is checked first (its checksums and row counts), then the
//! rows go into the target in one transaction, table by table in the target's foreign-key order
//! (keys that close a cycle are checked at commit), converted to the target's column types.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};
use sqlx::{Postgres, Sqlite};

use super::catalog::{quote, Catalog, Column, Table};
use super::value::{to_postgres, to_sqlite, Kind, SqliteCell, Value};
use super::{hex, BackupError, Database, FileEntry, Manifest, FORMAT, FORMAT_VERSION};

/// Where each table's rows and each file's content start in a checked backup file.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub tables: BTreeMap<String, Section>,
    pub files: Vec<(FileEntry, u64)>,
}

#[derive(Debug, Clone)]
pub struct Section {
    /// Offset of the first row line.
    pub offset: u64,
    pub rows: u64,
    pub columns: Vec<String>,
}

fn open(path: &Path) -> Result<BufReader<std::fs::File>, BackupError> {
    let file = std::fs::File::open(path).map_err(|e| BackupError::io(&format!("cannot open {}", path.display()), e))?;
    Ok(BufReader::with_capacity(1 << 20, file))
}

fn next_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> Result<bool, BackupError> {
    line.clear();
    let n = reader.read_until(b'\n', line).map_err(|e| BackupError::io("cannot read the backup", e))?;
    Ok(n > 0)
}

/// The first line of a backup file, if it is one this program reads.
pub fn read_manifest(path: &Path) -> Result<Manifest, BackupError> {
    let mut reader = open(path)?;
    let mut line = Vec::new();
    next_line(&mut reader.by_ref().take(1 << 24), &mut line)?;
    let manifest: Manifest = serde_json::from_slice(&line)
        .map_err(|e| BackupError::Format(format!("the first line is not a Knotenpunkt backup manifest ({e})")))?;
    if manifest.format != FORMAT {
        return Err(BackupError::Format(format!("the format is {:?}, not {FORMAT:?}", manifest.format)));
    }
    if manifest.format_version != FORMAT_VERSION {
        return Err(BackupError::Format(format!(
            "format version {} is not known to this program (it reads version {FORMAT_VERSION}); use a newer Knotenpunkt",
            manifest.format_version
        )));
    }
    Ok(manifest)
}

/// Reads the whole file and checks it against its manifest: the checksum of everything, of
/// every table and file, and the row counts. Nothing is written anywhere.
pub fn verify(path: &Path) -> Result<(Manifest, Layout), BackupError> {
    let manifest = read_manifest(path)?;
    let mut reader = open(path)?;
    let mut line = Vec::new();
    next_line(&mut reader, &mut line)?;
    let mut offset = line.len() as u64;
    let mut all = Sha256::new();
    let mut layout = Layout::default();
    let mut current: Option<(String, Section, Sha256)> = None;
    let expected: BTreeMap<&str, (u64, &str)> = manifest.tables.iter().map(|t| (t.name.as_str(), (t.rows, t.sha256.as_str()))).collect();
    let close = |current: Option<(String, Section, Sha256)>, layout: &mut Layout| -> Result<(), BackupError> {
        if let Some((name, section, hash)) = current {
            let (rows, sha) =
                expected.get(name.as_str()).copied().ok_or_else(|| BackupError::Format(format!("table {name} is not in the manifest")))?;
            if section.rows != rows || hex(&hash.finalize()) != sha {
                return Err(BackupError::Checksum(format!("table {name} does not match its checksum or row count")));
            }
            layout.tables.insert(name, section);
        }
        Ok(())
    };
    while next_line(&mut reader, &mut line)? {
        all.update(&line);
        let start = offset;
        offset += line.len() as u64;
        if line.first() == Some(&b'[') {
            let (_, section, hash) = current.as_mut().ok_or_else(|| BackupError::Format("a row before any table".into()))?;
            section.rows += 1;
            hash.update(&line);
            continue;
        }
        close(current.take(), &mut layout)?;
        let header: serde_json::Value =
            serde_json::from_slice(&line).map_err(|_| BackupError::Checksum(format!("the line at byte {start} does not parse")))?;
        if let Some(name) = header.get("table").and_then(|n| n.as_str()) {
            let columns = header
                .get("columns")
                .and_then(|c| c.as_array())
                .map(|c| c.iter().filter_map(|pair| pair.get(0).and_then(|n| n.as_str()).map(str::to_owned)).collect())
                .unwrap_or_default();
            let mut hash = Sha256::new();
            hash.update(&line);
            current = Some((name.to_owned(), Section { offset, rows: 0, columns }, hash));
        } else if let Some(name) = header.get("file").and_then(|n| n.as_str()) {
            let entry = manifest
                .files
                .iter()
                .find(|f| f.path == name)
                .ok_or_else(|| BackupError::Format(format!("file {name} is not in the manifest")))?;
            let content_offset = offset;
            if !next_line(&mut reader, &mut line)? {
                return Err(BackupError::Checksum(format!("the content of {name} is missing")));
            }
            all.update(&line);
            offset += line.len() as u64;
            let bytes = decode_file(&line)?;
            if bytes.len() as u64 != entry.bytes || hex(&Sha256::digest(&bytes)) != entry.sha256 {
                return Err(BackupError::Checksum(format!("file {name} does not match its checksum")));
            }
            layout.files.push((entry.clone(), content_offset));
        } else {
            return Err(BackupError::Format(format!("the line at byte {start} is neither a table nor a file")));
        }
    }
    close(current.take(), &mut layout)?;
    if offset - manifest_length(path)? != manifest.body_bytes || hex(&all.finalize()) != manifest.body_sha256 {
        return Err(BackupError::Checksum("the file does not match its checksum (cut short or changed)".into()));
    }
    if layout.tables.len() != manifest.tables.len() || layout.files.len() != manifest.files.len() {
        return Err(BackupError::Checksum("tables or files of the manifest are missing".into()));
    }
    Ok((manifest, layout))
}

fn manifest_length(path: &Path) -> Result<u64, BackupError> {
    let mut line = Vec::new();
    next_line(&mut open(path)?, &mut line)?;
    Ok(line.len() as u64)
}

fn decode_file(line: &[u8]) -> Result<Vec<u8>, BackupError> {
    let text: String = serde_json::from_slice(line).map_err(|_| BackupError::Format("a file's content is not a string".into()))?;
    base64::engine::general_purpose::STANDARD.decode(text).map_err(|_| BackupError::Format("a file's content is not base64".into()))
}

/// Every table in the database, the migration bookkeeping included (a restore needs none).
pub async fn database_tables(db: Database<'_>) -> Result<Vec<String>, BackupError> {
    let read = |e| BackupError::db("cannot list the tables", e);
    let rows: Vec<(String,)> = match db {
        Database::Sqlite(pool) => {
            sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                .fetch_all(pool)
                .await
                .map_err(read)?
        }
        Database::Postgres(pool) => sqlx::query_as(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1",
        )
        .fetch_all(pool)
        .await
        .map_err(read)?,
    };
    Ok(rows.into_iter().map(|(name,)| name).collect())
}

/// Hands every file of a checked backup to `write` (its path relative to the data folder).
pub fn restore_files(
    path: &Path,
    layout: &Layout,
    mut write: impl FnMut(&str, &[u8]) -> Result<(), BackupError>,
) -> Result<(), BackupError> {
    let mut reader = open(path)?;
    let mut line = Vec::new();
    for (entry, offset) in &layout.files {
        reader.seek(SeekFrom::Start(*offset)).map_err(|e| BackupError::io("cannot read the backup", e))?;
        next_line(&mut reader, &mut line)?;
        write(&entry.path, &decode_file(&line)?)?;
    }
    Ok(())
}

enum Target<'c> {
    Sqlite(sqlx::Transaction<'c, Sqlite>),
    Postgres(sqlx::Transaction<'c, Postgres>),
}

impl Target<'_> {
    async fn commit(self) -> Result<(), BackupError> {
        let commit = |e| BackupError::db(COMMIT_FAILED, e);
        match self {
            Target::Sqlite(tx) => tx.commit().await.map_err(commit),
            Target::Postgres(tx) => tx.commit().await.map_err(commit),
        }
    }

    /// Undoes everything and hands back `error` (a failed rollback only adds to the log: the
    /// connection ends with the transaction open, which undoes it as well).
    async fn rollback(self, error: BackupError) -> BackupError {
        let rolled_back = match self {
            Target::Sqlite(tx) => tx.rollback().await,
            Target::Postgres(tx) => tx.rollback().await,
        };
        if let Err(e) = rolled_back {
            tracing::warn!(error = %e, "the restore's transaction could not be rolled back");
        }
        error
    }

    /// SQLite only: every row whose foreign key points nowhere, as an error naming the first.
    async fn check_foreign_keys(&mut self) -> Result<(), BackupError> {
        let Target::Sqlite(tx) = self else { return Ok(()) };
        let broken: Vec<(String, Option<i64>, String)> = sqlx::query_as("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check")
            .fetch_all(&mut **tx)
            .await
            .map_err(|e| BackupError::db("cannot check the restored rows' references", e))?;
        match broken.first() {
            None => Ok(()),
            Some((table, rowid, parent)) => Err(BackupError::Refused(format!(
                "{} restored rows refer to rows that are not there (the first: row {} of {table} refers to a missing row of {parent}); nothing was restored",
                broken.len(),
                rowid.map_or_else(|| "?".to_owned(), |r| r.to_string()),
            ))),
        }
    }

    async fn execute(&mut self, sql: &str) -> Result<(), BackupError> {
        let run = |e| BackupError::db("cannot restore", e);
        match self {
            Target::Sqlite(tx) => {
                sqlx::query(sql).execute(&mut **tx).await.map_err(run)?;
            }
            Target::Postgres(tx) => {
                sqlx::query(sql).execute(&mut **tx).await.map_err(run)?;
            }
        }
        Ok(())
    }
}

/// A table's rows waiting to be inserted, as one multi-row `INSERT`.
struct Batch<'t> {
    table: &'t Table,
    /// Positions of the target's columns in the backup's rows.
    columns: Vec<(usize, &'t Column)>,
    sqlite: Vec<SqliteCell>,
    postgres: Vec<Option<String>>,
    rows: usize,
    bytes: usize,
}

/// Rows per statement: under both databases' limit of bound values, and a few megabytes.
const MAX_VALUES: usize = 30_000;
const MAX_ROWS: usize = 500;
const MAX_BYTES: usize = 4 << 20;

impl Batch<'_> {
    fn push(&mut self, row: Vec<Value>) -> Result<(), BackupError> {
        let mut row: Vec<Option<Value>> = row.into_iter().map(Some).collect();
        for (index, column) in &self.columns {
            let value = row.get_mut(*index).and_then(Option::take).unwrap_or(Value::Null);
            match &column.kind {
                Kind::Postgres(typname) => {
                    let cell = to_postgres(value, typname)?;
                    self.bytes += cell.as_ref().map_or(0, String::len);
                    self.postgres.push(cell);
                }
                kind => {
                    let cell = to_sqlite(value, kind)?;
                    self.bytes += match &cell {
                        SqliteCell::Text(t) => t.len(),
                        SqliteCell::Blob(b) => b.len(),
                        _ => 8,
                    };
                    self.sqlite.push(cell);
                }
            }
        }
        self.rows += 1;
        Ok(())
    }

    fn full(&self) -> bool {
        self.rows >= MAX_ROWS || (self.rows + 1) * self.columns.len() > MAX_VALUES || self.bytes >= MAX_BYTES
    }

    async fn flush(&mut self, target: &mut Target<'_>) -> Result<(), BackupError> {
        if self.rows == 0 {
            return Ok(());
        }
        let columns: Vec<String> = self.columns.iter().map(|(_, column)| quote(&column.name)).collect();
        let mut values = String::new();
        let mut n = 0;
        for row in 0..self.rows {
            values.push_str(if row == 0 { "(" } else { ", (" });
            for (i, (_, column)) in self.columns.iter().enumerate() {
                n += 1;
                if i > 0 {
                    values.push_str(", ");
                }
                match &column.kind {
                    Kind::Postgres(typname) => values.push_str(&format!("CAST(${n} AS {})", quote(typname))),
                    _ => values.push_str(&format!("${n}")),
                }
            }
            values.push(')');
        }
        let (table, list) = (quote(&self.table.name), columns.join(", "));
        let failed = |e| BackupError::db(&format!("cannot restore the rows of {}", self.table.name), e);
        match target {
            Target::Sqlite(tx) => {
                let sql = format!("INSERT INTO {table} ({list}) VALUES {values}");
                let mut query = sqlx::query(&sql);
                for cell in self.sqlite.drain(..) {
                    query = match cell {
                        SqliteCell::Null => query.bind(None::<i64>),
                        SqliteCell::Int(v) => query.bind(v),
                        SqliteCell::Float(v) => query.bind(v),
                        SqliteCell::Text(v) => query.bind(v),
                        SqliteCell::Blob(v) => query.bind(v),
                    };
                }
                query.execute(&mut **tx).await.map_err(failed)?;
            }
            Target::Postgres(tx) => {
                let sql = format!("INSERT INTO {table} ({list}) OVERRIDING SYSTEM VALUE VALUES {values}");
                let mut query = sqlx::query(&sql);
                for cell in self.postgres.drain(..) {
                    query = query.bind(cell);
                }
                query.execute(&mut **tx).await.map_err(failed)?;
            }
        }
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }
}

/// Writes the rows of a checked backup into `db`, which must hold the backup's schema version
/// and nothing else (the rows its migrations seed are replaced), in one transaction.
///
/// SQLite checks no foreign key while the rows go in and all of them once before the commit
/// (`PRAGMA foreign_key_check`). Deferring the keys instead made the restore quadratic: the
/// tables on a cycle (`organisation.approved_revision_id` and `organisation_revision`) leave the
/// deferred-violation counter above zero until the second one is loaded, and while it is above
/// zero SQLite searches the child table for every parent row inserted, here a full scan of
/// `organisation` (no index on `approved_revision_id`) for each of 100,000 revisions.
pub async fn restore_rows(db: Database<'_>, path: &Path, layout: &Layout) -> Result<u64, BackupError> {
    let begin = |e| BackupError::db("cannot start the restore", e);
    match db {
        Database::Sqlite(pool) => {
            let mut conn = pool.acquire().await.map_err(begin)?;
            sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await.map_err(begin)?;
            let result = async {
                let mut target = Target::Sqlite(sqlx::Connection::begin_with(&mut *conn, "BEGIN IMMEDIATE").await.map_err(begin)?);
                let restored = match load(&mut target, path, layout).await {
                    Ok(restored) => restored,
                    Err(error) => return Err(target.rollback(error).await),
                };
                if let Err(error) = target.check_foreign_keys().await {
                    return Err(target.rollback(error).await);
                }
                target.commit().await?;
                Ok(restored)
            }
            .await;
            // The connection goes back to the pool: the keys are checked again from here on,
            // or the connection is not used again.
            if sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await.is_err() {
                conn.close_on_drop();
            }
            result
        }
        Database::Postgres(pool) => {
            let mut target = Target::Postgres(pool.begin().await.map_err(begin)?);
            match load(&mut target, path, layout).await {
                Ok(restored) => {
                    target.commit().await?;
                    Ok(restored)
                }
                Err(error) => Err(target.rollback(error).await),
            }
        }
    }
}

/// Everything of a restore but the commit.
async fn load(target: &mut Target<'_>, path: &Path, layout: &Layout) -> Result<u64, BackupError> {
    let catalog = match target {
        Target::Sqlite(tx) => Catalog::of_sqlite(tx).await?,
        Target::Postgres(tx) => Catalog::of_postgres(tx).await?,
    };
    for (name, section) in &layout.tables {
        let table =
            catalog.table(name).ok_or_else(|| BackupError::Refused(format!("the database has no table {name}, which the backup holds")))?;
        if let Some(missing) = section.columns.iter().find(|c| table.column(c).is_none()) {
            return Err(BackupError::Refused(format!("the database has no column {name}.{missing}, which the backup holds")));
        }
    }
    let (order, cyclic) = catalog.insert_order();
    let order: Vec<&Table> = order.into_iter().filter(|t| layout.tables.contains_key(&t.name)).collect();
    if let Target::Postgres(_) = target {
        for (table, key) in &cyclic {
            let (table, constraint) = (quote(&table.name), quote(&key.name));
            target.execute(&format!("ALTER TABLE {table} ALTER CONSTRAINT {constraint} DEFERRABLE INITIALLY DEFERRED")).await?;
        }
    }
    // The rows the migrations seeded (the network, counters) come back from the backup.
    for table in order.iter().rev() {
        let name = quote(&table.name);
        target.execute(&format!("DELETE FROM {name}")).await?;
    }
    let mut reader = open(path)?;
    let mut line = Vec::new();
    let mut restored = 0;
    for table in &order {
        let section = &layout.tables[&table.name];
        let columns =
            table.columns.iter().filter_map(|c| section.columns.iter().position(|name| *name == c.name).map(|index| (index, c))).collect();
        let mut batch = Batch { table, columns, sqlite: Vec::new(), postgres: Vec::new(), rows: 0, bytes: 0 };
        reader.seek(SeekFrom::Start(section.offset)).map_err(|e| BackupError::io("cannot read the backup", e))?;
        for _ in 0..section.rows {
            next_line(&mut reader, &mut line)?;
            let row: Vec<serde_json::Value> =
                serde_json::from_slice(&line).map_err(|e| BackupError::Format(format!("a row of {} does not parse: {e}", table.name)))?;
            batch.push(row.into_iter().map(Value::from_json).collect::<Result<_, _>>()?)?;
            if batch.full() {
                batch.flush(target).await?;
            }
        }
        batch.flush(target).await?;
        restored += section.rows;
    }
    if let Target::Postgres(tx) = target {
        sqlx::query("SET CONSTRAINTS ALL IMMEDIATE").execute(&mut **tx).await.map_err(|e| BackupError::db(COMMIT_FAILED, e))?;
        for (table, key) in &cyclic {
            let (table, constraint) = (quote(&table.name), quote(&key.name));
            target.execute(&format!("ALTER TABLE {table} ALTER CONSTRAINT {constraint} NOT DEFERRABLE")).await?;
        }
        if let Target::Postgres(tx) = target {
            reset_sequences(&mut *tx, &order).await?;
        }
    }
    Ok(restored)
}

const COMMIT_FAILED: &str = "cannot finish the restore (a row refers to one that is not there?)";

/// Moves every sequence that numbers a column (`BIGSERIAL`, identity) past the restored rows.
async fn reset_sequences(tx: &mut sqlx::PgConnection, tables: &[&Table]) -> Result<(), BackupError> {
    let failed = |e| BackupError::db("cannot reset the sequences", e);
    for table in tables {
        for column in &table.columns {
            let (sequence,): (Option<String>,) = sqlx::query_as("SELECT pg_get_serial_sequence($1, $2)")
                .bind(quote(&table.name))
                .bind(&column.name)
                .fetch_one(&mut *tx)
                .await
                .map_err(failed)?;
            let Some(sequence) = sequence else { continue };
            let (name, column_name) = (quote(&table.name), quote(&column.name));
            let (max,): (Option<i64>,) =
                sqlx::query_as(&format!("SELECT MAX({column_name})::int8 FROM {name}")).fetch_one(&mut *tx).await.map_err(failed)?;
            sqlx::query("SELECT setval($1, $2, $3)")
                .bind(&sequence)
                .bind(max.unwrap_or(1))
                .bind(max.is_some())
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
        }
    }
    Ok(())
}
