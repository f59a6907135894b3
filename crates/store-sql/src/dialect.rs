//! The seam between the shared SQL and one database: a statement with its bound values, and
//! what a dialect provides (running statements, transactions, and the SQL fragments that differ).

use std::borrow::Cow;
use std::future::Future;

use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

/// A row struct both databases can decode (`#[derive(sqlx::FromRow)]` with named fields).
pub trait Row: for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin + 'static {}

impl<T> Row for T where T: for<'r> sqlx::FromRow<'r, SqliteRow> + for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin + 'static {}

/// A value bound to a `$N` placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Int(Option<i64>),
    Float(Option<f64>),
    Text(Option<String>),
    Bool(bool),
    Bytes(Vec<u8>),
    /// Stored as JSON text on SQLite and as `JSONB` on PostgreSQL.
    Json(serde_json::Value),
}

macro_rules! arg_from {
    ($($t:ty => |$v:ident| $e:expr),* $(,)?) => {
        $(impl From<$t> for Arg {
            fn from($v: $t) -> Self {
                $e
            }
        })*
    };
}

arg_from! {
    i64 => |v| Arg::Int(Some(v)),
    i32 => |v| Arg::Int(Some(i64::from(v))),
    u32 => |v| Arg::Int(Some(i64::from(v))),
    Option<i64> => |v| Arg::Int(v),
    Option<f64> => |v| Arg::Float(v),
    &str => |v| Arg::Text(Some(v.to_owned())),
    &String => |v| Arg::Text(Some(v.clone())),
    String => |v| Arg::Text(Some(v)),
    Option<&str> => |v| Arg::Text(v.map(str::to_owned)),
    Option<String> => |v| Arg::Text(v),
    Option<&String> => |v| Arg::Text(v.cloned()),
    bool => |v| Arg::Bool(v),
    &[u8] => |v| Arg::Bytes(v.to_vec()),
    &Vec<u8> => |v| Arg::Bytes(v.clone()),
    serde_json::Value => |v| Arg::Json(v),
}

/// One SQL statement and its bound values, in placeholder order.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub sql: Cow<'static, str>,
    pub args: Vec<Arg>,
}

impl Statement {
    pub fn new(sql: impl Into<Cow<'static, str>>) -> Self {
        Self { sql: sql.into(), args: Vec::new() }
    }

    /// Binds the next placeholder.
    pub fn bind(mut self, value: impl Into<Arg>) -> Self {
        self.args.push(value.into());
        self
    }

    /// Binds the next placeholder to a value stored as JSON.
    pub fn bind_json(self, value: &impl serde::Serialize) -> Result<Self, app::ports::StoreError> {
        Ok(self.bind(serde_json::to_value(value).map_err(crate::corrupt)?))
    }
}

/// An open transaction, or any connection statements run on.
pub trait Conn: Send {
    fn execute(&mut self, statement: Statement) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;
    fn fetch_all<R: Row>(&mut self, statement: Statement) -> impl Future<Output = Result<Vec<R>, sqlx::Error>> + Send;
    fn fetch_optional<R: Row>(&mut self, statement: Statement) -> impl Future<Output = Result<Option<R>, sqlx::Error>> + Send;
    /// Runs several statements without bound values, e.g. a migration file.
    fn execute_script(&mut self, sql: &'static str) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    fn commit(self) -> impl Future<Output = Result<(), sqlx::Error>> + Send;

    fn fetch_one<R: Row>(&mut self, statement: Statement) -> impl Future<Output = Result<R, sqlx::Error>> + Send {
        async move { self.fetch_optional(statement).await?.ok_or(sqlx::Error::RowNotFound) }
    }
}

/// Where reads and writes run (see [`crate::SqlPools`]).
pub trait Pools: Send + Sync + 'static {
    /// A write transaction (on SQLite, on the single writer connection).
    type Tx: Conn;

    /// Runs a read on a reader connection.
    fn fetch_all<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<Vec<R>, sqlx::Error>> + Send;
    /// Runs a read on a reader connection.
    fn fetch_optional<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<Option<R>, sqlx::Error>> + Send;
    /// Runs a read on a reader connection, handing each row to `visit` as it arrives (large
    /// reads that need not be held all at once).
    fn for_each<R: Row, F: FnMut(R) + Send>(&self, statement: Statement, visit: F) -> impl Future<Output = Result<(), sqlx::Error>> + Send;
    /// Runs a write; the number of rows changed.
    fn execute(&self, statement: Statement) -> impl Future<Output = Result<u64, sqlx::Error>> + Send;
    /// Runs a write that returns rows (`… RETURNING`).
    fn write_optional<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<Option<R>, sqlx::Error>> + Send;
    /// Starts a write transaction (on SQLite `BEGIN IMMEDIATE`: it holds the write lock from the start).
    fn begin(&self) -> impl Future<Output = Result<Self::Tx, sqlx::Error>> + Send;
}

/// The transaction type of a dialect.
pub type TxOf<D> = <<D as Dialect>::Pools as Pools>::Tx;

/// One database: its connections, and the SQL that differs between databases. Everything else
/// is the same text on both.
pub trait Dialect: Send + Sync + 'static {
    type Pools: Pools;

    fn pools(&self) -> &Self::Pools;

    /// SQL for "now" in a `created_at`/`updated_at` column. Differs: SQLite keeps RFC 3339 text,
    /// PostgreSQL `TIMESTAMPTZ`.
    const NOW: &'static str;

    /// SQL for the time in the placeholder `param` (Unix seconds, the store's clock) in a
    /// `created_at`/`updated_at` column. Differs for the same reason as [`Dialect::NOW`].
    fn stamp(param: &str) -> String;

    /// SQL reading a `created_at`/`updated_at` column as RFC 3339 text in UTC with milliseconds.
    /// Differs for the same reason as [`Dialect::NOW`].
    fn iso(column: &str) -> String;

    /// SQL reading the text at `key` of a JSON column. Differs: `json_extract` vs `->>`.
    fn json_text(column: &str, key: &str) -> String;

    /// SQL reading the number at `object.key` of a JSON column as a double. Differs like [`Dialect::json_text`].
    fn json_number(column: &str, object: &str, key: &str) -> String;

    /// SQL turning the placeholder `param` (Unix milliseconds) into a job time (`run_at`,
    /// `locked_until`). Differs: SQLite keeps job times as Unix milliseconds, PostgreSQL as `TIMESTAMPTZ`.
    fn job_time(param: &str) -> String;

    /// SQL reading a job time column as Unix milliseconds.
    fn job_millis(column: &str) -> String;

    /// Appended to the subquery that picks the job to claim. Differs: PostgreSQL's workers in
    /// several processes skip rows another one has locked; SQLite has a single writer anyway.
    const CLAIM_LOCK: &'static str;

    /// Appended to the `SELECT` of a row that a write transaction decides on (a meeting whose
    /// places are given out), so that a second transaction waits until the first has
    /// committed. Differs: PostgreSQL locks the row (`FOR UPDATE`); SQLite's write transaction
    /// is `BEGIN IMMEDIATE` and holds the file's write lock already.
    const ROW_LOCK: &'static str;

    /// Tells whether the `schema_migration` table exists (returns a row with `text`, or none).
    /// Differs: each database has its own catalogue.
    const MIGRATION_TABLE_EXISTS: &'static str;

    /// Run first in the migration transaction. Differs: PostgreSQL serialises the migrations of
    /// several starting servers with an advisory lock; on SQLite the transaction itself is
    /// `BEGIN IMMEDIATE`, which holds the file's write lock from the start.
    fn migration_lock() -> Option<Statement>;

    /// Run first in a transaction that could take away an active administrator, so that the
    /// guarded `UPDATE` of a second one at once reads the first one's result. Differs:
    /// PostgreSQL takes an advisory lock (under READ COMMITTED two updates of different rows
    /// would each still see the other administrator); SQLite's writes are serialised anyway.
    fn administrators_lock() -> Option<Statement>;

    fn fetch_all<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<Vec<R>, sqlx::Error>> + Send {
        self.pools().fetch_all(statement)
    }

    fn fetch_optional<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<Option<R>, sqlx::Error>> + Send {
        self.pools().fetch_optional(statement)
    }

    fn for_each<R: Row, F: FnMut(R) + Send>(&self, statement: Statement, visit: F) -> impl Future<Output = Result<(), sqlx::Error>> + Send {
        self.pools().for_each(statement, visit)
    }

    fn execute(&self, statement: Statement) -> impl Future<Output = Result<u64, sqlx::Error>> + Send {
        self.pools().execute(statement)
    }

    fn write_optional<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<Option<R>, sqlx::Error>> + Send {
        self.pools().write_optional(statement)
    }

    fn begin(&self) -> impl Future<Output = Result<TxOf<Self>, sqlx::Error>> + Send {
        self.pools().begin()
    }

    fn fetch_one<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<R, sqlx::Error>> + Send {
        async move { self.fetch_optional(statement).await?.ok_or(sqlx::Error::RowNotFound) }
    }

    fn write_one<R: Row>(&self, statement: Statement) -> impl Future<Output = Result<R, sqlx::Error>> + Send {
        async move { self.write_optional(statement).await?.ok_or(sqlx::Error::RowNotFound) }
    }
}
