//! `spawn_app()`: the real application on port 0 with a fresh database, for HTTP tests.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use knotenpunkt::config::{Config, Overrides};
use store_tests::postgres::TestDatabase;

/// Which database a test app runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running application and a client for it.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: web::SharedState,
    _dir: tempfile::TempDir,
    database: Option<TestDatabase>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// GET with an `Accept-Language` header.
    pub async fn get_lang(&self, path: &str, accept_language: &str) -> reqwest::Response {
        self.client.get(self.url(path)).header("accept-language", accept_language).send().await.unwrap()
    }

    pub async fn text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        (response.status().as_u16(), response.text().await.unwrap())
    }

    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.get(path).await;
        (response.status().as_u16(), response.json().await.unwrap())
    }

    /// Drops the PostgreSQL database, if the app used one.
    pub async fn cleanup(mut self) {
        if let Some(db) = self.database.take() {
            db.drop_database().await;
        }
    }
}

/// The app on SQLite with the demo network.
pub async fn spawn_app() -> TestApp {
    spawn(Backend::Sqlite, true).await.unwrap()
}

/// The app on the given backend; `None` when PostgreSQL is unreachable and not required.
pub async fn spawn(backend: Backend, demo: bool) -> Option<TestApp> {
    let dir = tempfile::tempdir().unwrap();
    let (database_url, database) = match backend {
        Backend::Sqlite => (None, None),
        Backend::Postgres => {
            let db = TestDatabase::create().await?;
            (Some(db.url.clone()), Some(db))
        }
    };
    let overrides =
        Overrides { config_file: None, demo, addr: Some("127.0.0.1:0".into()), data_dir: Some(PathBuf::from(dir.path())), database_url };
    let config = Config::load_from(&overrides, std::iter::empty()).unwrap();
    let state = knotenpunkt::serve::build_state(&config, demo).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = web::router(state.clone(), config.limits);
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Some(TestApp { base: format!("http://{addr}"), client, state, _dir: dir, database })
}
