//! A fresh PostgreSQL database per test, on the server named by `KNOTENPUNKT_TEST_POSTGRES`.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::{Connection, Executor, PgConnection};

/// The server tests use unless `KNOTENPUNKT_TEST_POSTGRES` names another.
pub const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A database created for one test; call `drop_database` at the end.
pub struct TestDatabase {
    admin_url: String,
    pub name: String,
    pub url: String,
}

fn admin_url() -> String {
    std::env::var("KNOTENPUNKT_TEST_POSTGRES").unwrap_or_else(|_| DEFAULT_URL.to_owned())
}

/// Whether a missing server fails the test run (CI sets `KNOTENPUNKT_REQUIRE_POSTGRES=1`).
fn required() -> bool {
    std::env::var("KNOTENPUNKT_REQUIRE_POSTGRES").is_ok_and(|v| v == "1")
}

impl TestDatabase {
    /// Creates a new empty database, or `None` (with a note) when no server is reachable
    /// and PostgreSQL is not required.
    pub async fn create() -> Option<TestDatabase> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let admin_url = admin_url();
        let mut conn = match PgConnection::connect(&admin_url).await {
            Ok(conn) => conn,
            Err(e) if !required() => {
                eprintln!("PostgreSQL not reachable at {admin_url} ({e}); skipping the PostgreSQL half of this test");
                return None;
            }
            Err(e) => panic!("PostgreSQL required but not reachable at {admin_url}: {e}"),
        };
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let name = format!("kp_test_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos);
        conn.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
        let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(base, _)| base);
        let url = format!("{base}/{name}");
        Some(TestDatabase { admin_url, name, url })
    }

    pub async fn drop_database(self) {
        if let Ok(mut conn) = PgConnection::connect(&self.admin_url).await {
            let _ = conn.execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name).as_str()).await;
        }
    }
}
