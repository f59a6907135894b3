//! A database that fails under the app: every page that needs it answers a translated 503,
//! never a 404 (as some lookups did) or a 500.

use domain::accounts::Role;
use testkit::{spawn, Backend};

const SLUG: &str = "kulturverein-brueckenschlag";

#[tokio::test]
async fn pages_answer_503_in_the_readers_language_when_the_store_fails() {
    let Some(app) = spawn(Backend::Postgres, true).await else { return };
    let office = app.user("buero@knotenpunkt.example", Role::Coordinator).await;
    let secret = app.with_totp(office).await;
    let mut browser = app.signed_in("buero@knotenpunkt.example", Some(&secret)).await;
    let edit = browser.get(&format!("/organisations/{SLUG}/edit")).await;
    assert_eq!(edit.status, 200, "{}", edit.body);

    assert!(app.break_organisation_table().await);
    for path in [
        format!("/organisations/{SLUG}"),
        format!("/organisations/{SLUG}/edit"),
        format!("/organisations/{SLUG}/history"),
        format!("/organisations/{SLUG}/members"),
        format!("/organisations/{SLUG}/items/new?kind=offer"),
        "/office/inactive".to_owned(),
    ] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, 503, "{path}: {}", page.body);
        assert!(page.body.contains("Vorübergehend nicht erreichbar"), "{path}: {}", page.body);
    }
    let page = browser.get(&format!("/organisations/{SLUG}/members?lang=en")).await;
    assert_eq!(page.status, 503);
    assert!(page.body.contains("Temporarily unavailable"), "{}", page.body);
    app.cleanup().await;
}

/// A TCP proxy in front of PostgreSQL that the test can cut (every connection, and new ones
/// refused) and restore, as a database server that goes away and comes back.
struct Proxy {
    addr: std::net::SocketAddr,
    open: std::sync::Arc<std::sync::atomic::AtomicBool>,
    connections: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Proxy {
    async fn start(upstream: String) -> Proxy {
        use std::sync::atomic::Ordering;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let open = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let connections = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (flag, handles) = (open.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if !flag.load(Ordering::SeqCst) {
                    continue;
                }
                let upstream = upstream.clone();
                let task = tokio::spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                handles.lock().unwrap().push(task.abort_handle());
            }
        });
        Proxy { addr, open, connections }
    }

    fn cut(&self) {
        self.open.store(false, std::sync::atomic::Ordering::SeqCst);
        for connection in self.connections.lock().unwrap().drain(..) {
            connection.abort();
        }
    }

    fn restore(&self) {
        self.open.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_database_gives_a_translated_503_and_the_server_recovers_by_itself() {
    let Some(upstream) = store_tests::postgres::TestDatabase::create().await else { return };
    let server = upstream.url.split('@').nth(1).and_then(|rest| rest.split('/').next()).unwrap().to_owned();
    upstream.drop_database().await;
    let proxy = Proxy::start(server.clone()).await;
    let through = format!("127.0.0.1:{}", proxy.addr.port());
    let Some(app) = testkit::spawn_configured(Backend::Postgres, false, |config| {
        let knotenpunkt::config::Database::Postgres(url) = &mut config.database else { panic!("PostgreSQL expected") };
        *url = url.replacen(&server, &through, 1);
    })
    .await
    else {
        return;
    };
    app.user("vera@verein.example", Role::Representative).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    assert_eq!(vera.get("/account").await.status, 200);

    proxy.cut();
    let page = vera.get("/account").await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(page.body.contains("Vorübergehend nicht erreichbar"), "{}", page.body);
    let page = vera.get("/account?lang=ar").await;
    assert_eq!(page.status, 503);
    assert!(page.body.contains("dir=\"rtl\""), "the Arabic page, right to left: {}", page.body);

    proxy.restore();
    let start = std::time::Instant::now();
    loop {
        let page = vera.get("/account").await;
        if page.status == 200 {
            break;
        }
        assert!(start.elapsed() < std::time::Duration::from_secs(30), "not recovered: {} {}", page.status, page.body);
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    eprintln!("recovered {:?} after the database came back", start.elapsed());
    let page = vera.post("/account/language", &[("language", "en")]).await;
    assert_eq!(page.status, 303, "writes work again: {}", page.body);
    app.cleanup().await;
}
