//! What the SQLite and the PostgreSQL store share: the row structs, the SQL text that is the
//! same on both (`$N` placeholders, `NOT archived`, JSON bound and read as
//! [`sqlx::types::Json`]), and every port implemented once over a [`Dialect`]. A dialect crate
//! keeps its pools, its migrations and the few statements that really differ (the job queue,
//! JSON field access, timestamps, the migration lock), each marked where it is defined.

mod audit;
pub mod backup;
mod claims;
mod confirm_active;
mod dialect;
mod digest;
mod directory;
mod exec;
mod imports;
mod inbox;
mod introductions;
mod items;
mod jobs;
mod logos;
pub mod meeting_rows;
mod meetings;
mod memberships;
mod migrate;
mod news;
mod parked_forms;
mod printed;
mod projects;
mod rate_limits;
mod reports;
mod revisions;
pub mod rows;
mod sessions;
mod survey;
mod tokens;
mod users;

pub use dialect::{Arg, Conn, Dialect, Pools, Row, Statement, TxOf};
pub use exec::{DbArguments, SqlPools, Tx};
pub use migrate::{check_migration_list, migrate, migrations_until};

use std::sync::Arc;

use app::ports::{Clock, OnClock, StoreError, SystemClock};

/// The one network every row belongs to for now.
pub const NETWORK: i64 = 1;

/// The storage ports on a SQL database of dialect `D`.
#[derive(Clone)]
pub struct SqlStore<D> {
    db: D,
    /// The time of the Unix-seconds columns the store sets itself (revision and review times).
    clock: Arc<dyn Clock>,
}

impl<D: Dialect> SqlStore<D> {
    /// The store over an opened (and migrated) database, on the system's clock until
    /// [`Stores::on`](app::ports::Stores::on) hands it the bundle's.
    pub fn new(db: D) -> Self {
        Self { db, clock: Arc::new(SystemClock) }
    }
}

impl<D> OnClock for SqlStore<D> {
    fn on_clock(self, clock: Arc<dyn Clock>) -> Self {
        Self { clock, ..self }
    }
}

impl<D> std::ops::Deref for SqlStore<D> {
    type Target = D;

    fn deref(&self) -> &D {
        &self.db
    }
}

/// A database failure: data that does not decode is corrupt, anything else makes the database unavailable.
pub fn db_error(error: sqlx::Error) -> StoreError {
    match error {
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => StoreError::Corrupt(error.to_string()),
        other => StoreError::Unavailable(other.to_string()),
    }
}

/// True when the database refused a row because a unique key was taken.
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

pub(crate) fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}
