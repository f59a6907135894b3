//! `spawn_app()`: the real application on port 0 with a fresh database, for HTTP tests.

#![allow(clippy::unwrap_used)]

pub mod browser;
pub mod forms;
pub mod roles;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
    _dir: std::sync::Arc<tempfile::TempDir>,
    database: Option<TestDatabase>,
    config: Config,
    demo: bool,
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

    /// The PostgreSQL database the app runs on (`None` on SQLite), for other processes to use.
    pub fn database_url(&self) -> Option<&str> {
        self.database.as_ref().map(|db| db.url.as_str())
    }

    /// The app's data folder (the outbox is in `outbox/`).
    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// Sends every queued mail, then returns all mails in the outbox: (to, subject, text).
    pub async fn mails(&self) -> Vec<(String, String, String)> {
        self.state.jobs.drain().await.unwrap();
        let outbox = self.state.outbox.clone().unwrap();
        let mut mails = Vec::new();
        for item in outbox.list().await.unwrap() {
            let mail = outbox.read(&item.file_name).await.unwrap();
            mails.push((item.to, item.subject, mail.text_body.unwrap_or_default()));
        }
        mails.reverse();
        mails
    }

    /// The first link in the newest mail to this address that contains `path`.
    pub async fn link_in_mail(&self, to: &str, path: &str) -> String {
        let mails = self.mails().await;
        let (_, _, body) = mails
            .iter()
            .rev()
            .find(|(t, _, b)| t.contains(to) && b.contains(path))
            .unwrap_or_else(|| panic!("no mail to {to} with {path}: {mails:?}"));
        let start = body.find(path).unwrap();
        let end = body[start..].find(char::is_whitespace).map_or(body.len(), |e| start + e);
        body[start..end].to_owned()
    }

    /// A fresh visitor with no cookies.
    pub fn browser(&self) -> browser::Browser {
        browser::Browser::new(&self.base)
    }

    /// Creates a verified account with the password [`PASSWORD`].
    pub async fn user(&self, email: &str, role: domain::accounts::Role) -> domain::accounts::UserId {
        let address = domain::accounts::EmailAddress::parse(email).unwrap();
        let password = domain::accounts::Password::parse(PASSWORD, &address).unwrap();
        let password_hash = app::accounts::password_hash::hash_password(&password).unwrap();
        let user = app::ports::NewUser { email: address, role, password_hash, email_verified: true, language: None };
        self.state.accounts.create_user(&user).await.unwrap()
    }

    /// A representative of the association with this slug.
    pub async fn representative_of(&self, email: &str, slug: &str) -> domain::accounts::UserId {
        let id = self.user(email, domain::accounts::Role::Representative).await;
        let org = self.state.directory.index().get(slug).unwrap().id();
        let membership = app::ports::Membership { user: id, organisation: org, role: app::ports::MemberRole::Owner };
        self.state.accounts.save_membership(&membership).await.unwrap();
        id
    }

    /// Gives an office account its second factor; returns the secret for [`totp_now`].
    pub async fn with_totp(&self, user: domain::accounts::UserId) -> app::accounts::totp::TotpSecret {
        let secret = app::accounts::totp::TotpSecret::from_bytes([7; 20]);
        self.state.accounts.set_totp(user, Some(&secret.to_base32()), &[]).await.unwrap();
        secret
    }

    /// A browser signed in as the account (password, then the current TOTP code when needed).
    pub async fn signed_in(&self, email: &str, totp: Option<&app::accounts::totp::TotpSecret>) -> browser::Browser {
        let mut browser = self.browser();
        let page = browser.post("/login", &[("email", email), ("password", PASSWORD)]).await;
        assert_eq!(page.status, 303, "login of {email}: {}", page.body);
        if let Some(secret) = totp {
            let page = browser.post("/login/code", &[("code", &totp_now(secret))]).await;
            assert_eq!(page.status, 303, "code of {email}: {}", page.body);
        }
        browser
    }

    /// Makes the association records unreadable, as a database failing under the app would:
    /// on PostgreSQL the `organisation` table is renamed away (accounts and sessions keep
    /// working, so signed-in pages can be asked). `false` on SQLite, where nothing is changed.
    pub async fn break_organisation_table(&self) -> bool {
        use sqlx::Connection;
        let Some(db) = &self.database else { return false };
        let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query("ALTER TABLE organisation RENAME TO organisation_unreachable").execute(&mut conn).await.unwrap();
        true
    }

    /// A second application on this one's database and data folder, with its own connections,
    /// caches, limits in memory (none) and job runner, as a second server process behind a
    /// load balancer has. Both then refresh their index and placed pages every `refresh`, as
    /// `serve` does on its tick. Drop the twin before [`TestApp::cleanup`].
    pub async fn twin(&self, refresh: std::time::Duration) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let mut config = self.config.clone();
        config.site.public_url = Some(format!("http://{}", listener.local_addr().unwrap()));
        let (base, state) = serve_on(listener, config.clone(), self.demo).await;
        knotenpunkt::serve::spawn_index_refresh(&self.state, refresh);
        knotenpunkt::serve::spawn_index_refresh(&state, refresh);
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        TestApp { base, client, state, _dir: self._dir.clone(), database: None, config, demo: self.demo }
    }

    /// Drops the PostgreSQL database, if the app used one.
    pub async fn cleanup(mut self) {
        if let Some(db) = self.database.take() {
            db.drop_database().await;
        }
    }
}

/// The password of every account made by [`TestApp::user`].
pub const PASSWORD: &str = "Lindenblüte am Marktplatz";

/// The code an authenticator app shows now.
pub fn totp_now(secret: &app::accounts::totp::TotpSecret) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    app::accounts::totp::code_at(secret, now)
}

/// The app on SQLite with the demo network.
pub async fn spawn_app() -> TestApp {
    spawn(Backend::Sqlite, true).await.unwrap()
}

/// The app on the given backend; `None` when PostgreSQL is unreachable and not required.
pub async fn spawn(backend: Backend, demo: bool) -> Option<TestApp> {
    spawn_configured(backend, demo, |_| ()).await
}

/// The app on the given backend with settings changed by `configure` after loading (its
/// `public_url` is the address the test server listens on, as `serve` sets it on a loopback address).
pub async fn spawn_configured(backend: Backend, demo: bool, configure: impl FnOnce(&mut Config)) -> Option<TestApp> {
    let dir = tempfile::tempdir().unwrap();
    if demo && backend == Backend::Sqlite {
        for (path, bytes) in demo_template() {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
    let (database_url, database) = match backend {
        Backend::Sqlite => (None, None),
        Backend::Postgres => {
            let db = TestDatabase::create().await?;
            (Some(db.url.clone()), Some(db))
        }
    };
    let overrides =
        Overrides { config_file: None, demo, addr: Some("127.0.0.1:0".into()), data_dir: Some(PathBuf::from(dir.path())), database_url };
    let mut config = Config::load_from(&overrides, std::iter::empty()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    config.site.public_url = Some(format!("http://{}", listener.local_addr().unwrap()));
    configure(&mut config);
    let (base, state) = serve_on(listener, config.clone(), demo).await;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Some(TestApp { base, client, state, _dir: std::sync::Arc::new(dir), database, config, demo })
}

/// The data folder of a new app on SQLite with the demo network, as relative paths and contents:
/// built once per test process and copied for each test. Loading the demo takes seconds in a
/// debug build and copying it milliseconds; the copy is then opened as a database that is not
/// empty, so `serve` does not load the demo again, just as on a restarted demo server.
fn demo_template() -> &'static [(PathBuf, Vec<u8>)] {
    static TEMPLATE: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    // Its own thread and runtime: the test that first asks may run on a single-threaded one.
    TEMPLATE.get_or_init(|| std::thread::spawn(build_demo_template).join().unwrap())
}

fn build_demo_template() -> Vec<(PathBuf, Vec<u8>)> {
    const DATABASE: &str = "knotenpunkt.db";
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let snapshot = dir.path().join("snapshot.db");
    runtime.block_on(async {
        let overrides = Overrides {
            config_file: None,
            demo: true,
            addr: Some("127.0.0.1:0".into()),
            data_dir: Some(PathBuf::from(dir.path())),
            database_url: None,
        };
        let config = Config::load_from(&overrides, std::iter::empty()).unwrap();
        assert!(matches!(&config.database, knotenpunkt::config::Database::Sqlite(path) if path.ends_with(DATABASE)));
        let _state = knotenpunkt::serve::build_state(&config, true).await.unwrap();
        // A consistent copy through SQLite itself, while the app's connections are still open.
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", dir.path().join(DATABASE).display())).await.unwrap();
        sqlx::query(&format!("VACUUM INTO '{}'", snapshot.display())).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    });
    drop(runtime);
    let mut files = vec![(PathBuf::from(DATABASE), std::fs::read(&snapshot).unwrap())];
    let mut folders = vec![dir.path().to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let relative = path.strip_prefix(dir.path()).unwrap().to_owned();
            let name = relative.to_string_lossy();
            if path.is_dir() {
                folders.push(path);
            } else if !name.starts_with(DATABASE) && relative != Path::new("snapshot.db") {
                files.push((relative, std::fs::read(&path).unwrap()));
            }
        }
    }
    files
}

/// Builds the application from `config` and serves it on `listener`; its address and state.
async fn serve_on(listener: tokio::net::TcpListener, config: Config, demo: bool) -> (String, web::SharedState) {
    let addr = listener.local_addr().unwrap();
    let state = knotenpunkt::serve::build_state(&config, demo).await.unwrap();
    let router = web::router(state.clone(), config.limits);
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    (format!("http://{addr}"), state)
}
