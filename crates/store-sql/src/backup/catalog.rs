//! What a database holds, read from its own catalogue (`sqlite_master` and its pragmas, or
//! `pg_catalog`): tables, columns, primary keys and foreign keys. Only the migration
//! bookkeeping (`schema_migration`) and the database's own tables are left out, so a table
//! that a new migration adds is backed up without a change here.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::{PgConnection, SqliteConnection};

use super::value::Kind;
use super::BackupError;

/// The table the migration runner keeps its versions in; recreated by the migrations.
pub const MIGRATION_TABLE: &str = "schema_migration";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    /// The declared type on SQLite, the `pg_type` name on PostgreSQL.
    pub declared: String,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    /// The constraint's name (PostgreSQL; empty on SQLite).
    pub name: String,
    pub references: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub primary_key: Vec<String>,
    pub foreign_keys: Vec<ForeignKey>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// Every table of one database.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalog {
    pub tables: Vec<Table>,
}

/// `"name"` with inner quotes doubled: an identifier read from the catalogue, safe in SQL text.
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn sqlite_kind(declared: &str) -> Kind {
    // SQLite's affinity rules (https://sqlite.org/datatype3.html, 3.1).
    let upper = declared.to_ascii_uppercase();
    if upper.contains("INT") {
        Kind::SqliteInteger
    } else if upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT") {
        Kind::SqliteText
    } else if upper.is_empty() || upper.contains("BLOB") {
        Kind::SqliteBlob
    } else {
        Kind::SqliteReal
    }
}

fn catalog_error(error: sqlx::Error) -> BackupError {
    BackupError::Database(format!("cannot read the database catalogue: {error}"))
}

impl Catalog {
    pub async fn of_sqlite(conn: &mut SqliteConnection) -> Result<Catalog, BackupError> {
        let names: Vec<(String,)> = sqlx::query_as(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> $1 ORDER BY name",
        )
        .bind(MIGRATION_TABLE)
        .fetch_all(&mut *conn)
        .await
        .map_err(catalog_error)?;
        let mut tables = Vec::new();
        for (name,) in names {
            let columns: Vec<(String, String, i64)> = sqlx::query_as("SELECT name, type, pk FROM pragma_table_info($1) ORDER BY cid")
                .bind(&name)
                .fetch_all(&mut *conn)
                .await
                .map_err(catalog_error)?;
            let mut keyed: Vec<(i64, String)> = columns.iter().filter(|c| c.2 > 0).map(|c| (c.2, c.0.clone())).collect();
            keyed.sort();
            let references: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)")
                .bind(&name)
                .fetch_all(&mut *conn)
                .await
                .map_err(catalog_error)?;
            tables.push(Table {
                columns: columns
                    .into_iter()
                    .map(|(column, declared, _)| Column { name: column, kind: sqlite_kind(&declared), declared })
                    .collect(),
                primary_key: keyed.into_iter().map(|(_, column)| column).collect(),
                foreign_keys: references.into_iter().map(|(references,)| ForeignKey { name: String::new(), references }).collect(),
                name,
            });
        }
        Ok(Catalog { tables })
    }

    pub async fn of_postgres(conn: &mut PgConnection) -> Result<Catalog, BackupError> {
        let names: Vec<(String,)> = sqlx::query_as(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1 ORDER BY 1",
        )
        .bind(MIGRATION_TABLE)
        .fetch_all(&mut *conn)
        .await
        .map_err(catalog_error)?;
        let mut tables = Vec::new();
        for (name,) in names {
            let columns: Vec<(String, String)> = sqlx::query_as(
                "SELECT a.attname::text, t.typname::text FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid \
                 WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                                     WHERE n.nspname = current_schema() AND c.relname = $1) \
                   AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum",
            )
            .bind(&name)
            .fetch_all(&mut *conn)
            .await
            .map_err(catalog_error)?;
            let primary_key: Vec<(String,)> = sqlx::query_as(
                "SELECT a.attname::text FROM pg_index i \
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) \
                 WHERE i.indisprimary AND i.indrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                                                        WHERE n.nspname = current_schema() AND c.relname = $1) \
                 ORDER BY array_position(i.indkey::int2[], a.attnum)",
            )
            .bind(&name)
            .fetch_all(&mut *conn)
            .await
            .map_err(catalog_error)?;
            let foreign_keys: Vec<(String, String)> = sqlx::query_as(
                "SELECT k.conname::text, r.relname::text FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid \
                 WHERE k.contype = 'f' AND k.conrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                                                         WHERE n.nspname = current_schema() AND c.relname = $1) ORDER BY 1",
            )
            .bind(&name)
            .fetch_all(&mut *conn)
            .await
            .map_err(catalog_error)?;
            tables.push(Table {
                columns: columns
                    .into_iter()
                    .map(|(column, typname)| Column { name: column, kind: Kind::Postgres(typname.clone()), declared: typname })
                    .collect(),
                primary_key: primary_key.into_iter().map(|(column,)| column).collect(),
                foreign_keys: foreign_keys.into_iter().map(|(name, references)| ForeignKey { name, references }).collect(),
                name,
            });
        }
        Ok(Catalog { tables })
    }

    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The tables in an order that puts every referenced table before the tables referring to
    /// it, and the foreign keys that close a cycle (a table referring to itself, or two tables
    /// to each other): those are checked at the end of the restore's transaction.
    pub fn insert_order(&self) -> (Vec<&Table>, Vec<(&Table, &ForeignKey)>) {
        let known: BTreeSet<&str> = self.tables.iter().map(|t| t.name.as_str()).collect();
        let mut remaining: BTreeMap<&str, &Table> = self.tables.iter().map(|t| (t.name.as_str(), t)).collect();
        let mut placed: BTreeSet<&str> = BTreeSet::new();
        let mut order = Vec::new();
        let mut cyclic = Vec::new();
        while !remaining.is_empty() {
            let ready = remaining.values().copied().find(|t| {
                t.foreign_keys
                    .iter()
                    .all(|k| k.references == t.name || placed.contains(k.references.as_str()) || !known.contains(k.references.as_str()))
            });
            // In a cycle nobody is ready: take a table on the cycle and defer its open keys.
            let table = ready.unwrap_or_else(|| {
                let first = *remaining.values().next().expect("not empty");
                remaining.values().copied().find(|t| on_cycle(t, &remaining)).unwrap_or(first)
            });
            for key in &table.foreign_keys {
                if key.references == table.name || (known.contains(key.references.as_str()) && !placed.contains(key.references.as_str())) {
                    cyclic.push((table, key));
                }
            }
            placed.insert(table.name.as_str());
            remaining.remove(table.name.as_str());
            order.push(table);
        }
        (order, cyclic)
    }
}

/// Whether following the references among the tables not yet placed leads back to `start`.
fn on_cycle(start: &Table, remaining: &BTreeMap<&str, &Table>) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&str> = start.foreign_keys.iter().map(|k| k.references.as_str()).collect();
    while let Some(name) = stack.pop() {
        if name == start.name {
            return true;
        }
        if let Some(table) = remaining.get(name).filter(|_| seen.insert(name)) {
            stack.extend(table.foreign_keys.iter().map(|k| k.references.as_str()));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn table(name: &str, references: &[&str]) -> Table {
        Table {
            name: name.into(),
            columns: Vec::new(),
            primary_key: vec!["id".into()],
            foreign_keys: references.iter().map(|r| ForeignKey { name: format!("{name}_{r}"), references: (*r).into() }).collect(),
        }
    }

    #[test]
    fn referenced_tables_come_first_and_cycles_are_named() {
        let catalog = Catalog {
            tables: vec![
                table("membership", &["app_user", "organisation"]),
                table("organisation", &["network", "organisation_revision"]),
                table("organisation_revision", &["organisation"]),
                table("app_user", &["network"]),
                table("inbox_case", &["inbox_case", "network"]),
                table("network", &[]),
            ],
        };
        let (order, cyclic) = catalog.insert_order();
        let position = |name: &str| order.iter().position(|t| t.name == name).unwrap();
        assert!(position("network") < position("app_user"));
        assert!(position("app_user") < position("membership"));
        assert!(position("organisation") < position("membership"));
        let deferred: Vec<&str> = cyclic.iter().map(|(_, k)| k.name.as_str()).collect();
        assert_eq!(deferred, ["inbox_case_inbox_case", "organisation_organisation_revision"]);
        assert_eq!(quote("a\"b"), "\"a\"\"b\"");
    }
}
