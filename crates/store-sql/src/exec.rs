//! Running a [`Statement`] on either database: binding its values and decoding rows. Written
//! once per database driver by the macro below; the dialect crates call these.

use sqlx::types::Json;

use crate::dialect::{Arg, Conn, Pools, Row, Statement};

/// A driver that can bind [`Arg`]s.
pub trait DbArguments: sqlx::Database {
    fn arguments(args: Vec<Arg>) -> Result<<Self as sqlx::Database>::Arguments<'static>, sqlx::Error>;
}

/// A write transaction on either database.
pub struct Tx<DB: sqlx::Database>(pub sqlx::Transaction<'static, DB>);

/// The connections of either database: reads go to `reader`, writes and transactions to
/// `writer` (on SQLite a single connection, so writes never contend; on PostgreSQL both are the
/// same pool).
pub struct SqlPools<DB: sqlx::Database> {
    pub reader: sqlx::Pool<DB>,
    pub writer: sqlx::Pool<DB>,
}

impl<DB: sqlx::Database> Clone for SqlPools<DB> {
    fn clone(&self) -> Self {
        Self { reader: self.reader.clone(), writer: self.writer.clone() }
    }
}

macro_rules! driver {
    ($module:ident, $db:ty, $begin:literal) => {
        impl DbArguments for $db {
            fn arguments(args: Vec<Arg>) -> Result<<$db as sqlx::Database>::Arguments<'static>, sqlx::Error> {
                use sqlx::Arguments;
                let mut out = <$db as sqlx::Database>::Arguments::default();
                for arg in args {
                    match arg {
                        Arg::Int(v) => out.add(v),
                        Arg::Float(v) => out.add(v),
                        Arg::Text(v) => out.add(v),
                        Arg::Bool(v) => out.add(v),
                        Arg::Bytes(v) => out.add(v),
                        Arg::Json(v) => out.add(Json(v)),
                    }
                    .map_err(sqlx::Error::Encode)?;
                }
                Ok(out)
            }
        }

        /// Runs statements on this driver.
        pub mod $module {
            use super::*;

            pub async fn fetch_all<'e, E, R>(executor: E, statement: Statement) -> Result<Vec<R>, sqlx::Error>
            where
                E: sqlx::Executor<'e, Database = $db>,
                R: Row,
            {
                let args = <$db as DbArguments>::arguments(statement.args)?;
                sqlx::query_as_with::<$db, R, _>(&statement.sql, args).fetch_all(executor).await
            }

            pub async fn fetch_optional<'e, E, R>(executor: E, statement: Statement) -> Result<Option<R>, sqlx::Error>
            where
                E: sqlx::Executor<'e, Database = $db>,
                R: Row,
            {
                let args = <$db as DbArguments>::arguments(statement.args)?;
                sqlx::query_as_with::<$db, R, _>(&statement.sql, args).fetch_optional(executor).await
            }

            /// Hands each row to `visit` as it arrives, without collecting them.
            pub async fn for_each<'e, E, R, F>(executor: E, statement: Statement, mut visit: F) -> Result<(), sqlx::Error>
            where
                E: sqlx::Executor<'e, Database = $db>,
                R: Row,
                F: FnMut(R) + Send,
            {
                use futures_util::TryStreamExt;
                let args = <$db as DbArguments>::arguments(statement.args)?;
                let mut rows = sqlx::query_as_with::<$db, R, _>(&statement.sql, args).fetch(executor);
                while let Some(row) = rows.try_next().await? {
                    visit(row);
                }
                Ok(())
            }

            pub async fn execute<'e, E>(executor: E, statement: Statement) -> Result<u64, sqlx::Error>
            where
                E: sqlx::Executor<'e, Database = $db>,
            {
                let args = <$db as DbArguments>::arguments(statement.args)?;
                Ok(sqlx::query_with::<$db, _>(&statement.sql, args).execute(executor).await?.rows_affected())
            }
        }

        impl Conn for Tx<$db> {
            async fn execute(&mut self, statement: Statement) -> Result<u64, sqlx::Error> {
                $module::execute(&mut *self.0, statement).await
            }

            async fn fetch_all<R: Row>(&mut self, statement: Statement) -> Result<Vec<R>, sqlx::Error> {
                $module::fetch_all(&mut *self.0, statement).await
            }

            async fn fetch_optional<R: Row>(&mut self, statement: Statement) -> Result<Option<R>, sqlx::Error> {
                $module::fetch_optional(&mut *self.0, statement).await
            }

            async fn execute_script(&mut self, sql: &'static str) -> Result<(), sqlx::Error> {
                sqlx::Executor::execute(&mut *self.0, sql).await?;
                Ok(())
            }

            async fn commit(self) -> Result<(), sqlx::Error> {
                self.0.commit().await
            }
        }

        impl Pools for SqlPools<$db> {
            type Tx = Tx<$db>;

            async fn fetch_all<R: Row>(&self, statement: Statement) -> Result<Vec<R>, sqlx::Error> {
                $module::fetch_all(&self.reader, statement).await
            }

            async fn fetch_optional<R: Row>(&self, statement: Statement) -> Result<Option<R>, sqlx::Error> {
                $module::fetch_optional(&self.reader, statement).await
            }

            async fn for_each<R: Row, F: FnMut(R) + Send>(&self, statement: Statement, visit: F) -> Result<(), sqlx::Error> {
                $module::for_each(&self.reader, statement, visit).await
            }

            async fn execute(&self, statement: Statement) -> Result<u64, sqlx::Error> {
                $module::execute(&self.writer, statement).await
            }

            async fn write_optional<R: Row>(&self, statement: Statement) -> Result<Option<R>, sqlx::Error> {
                $module::fetch_optional(&self.writer, statement).await
            }

            async fn begin(&self) -> Result<Tx<$db>, sqlx::Error> {
                Ok(Tx(self.writer.begin_with($begin).await?))
            }
        }
    };
}

// SQLite takes the write lock when the transaction starts: a deferred one that read first could
// not upgrade while another process writes (`database is locked` at once, no busy wait), e.g.
// two servers migrating one file as they start.
driver!(sqlite, sqlx::Sqlite, "BEGIN IMMEDIATE");
driver!(postgres, sqlx::Postgres, "BEGIN");
