//! Two `serve` processes of the real binary on one PostgreSQL database, driven alternately as a
//! load balancer would: login limits, sessions, writes and the directory are shared through the
//! database, not through one process's memory. (`testkit`'s `two_servers` test runs two
//! application instances inside one test process; this one starts the program twice.)

#![allow(clippy::unwrap_used)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use testkit::browser::Browser;
use testkit::{spawn, Backend};

const SLUG: &str = "kulturverein-brueckenschlag";

/// A spawned `serve`, killed when dropped.
struct Process {
    child: Child,
    base: String,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn serve(database_url: &str, data_dir: &std::path::Path) -> Process {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_knotenpunkt"))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--database-url", database_url])
        .arg("--data-dir")
        .arg(data_dir)
        .env("KNOTENPUNKT__SERVER__INDEX_REFRESH_SECS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let process = Process { child, base: format!("http://127.0.0.1:{port}") };
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if ready(&process.base).await {
            return process;
        }
        assert!(Instant::now() < deadline, "serve on port {port} did not become ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Whether `/healthz/ready` answers 200 (the browser helper panics on a refused connection,
/// so a plain TCP request is sent).
async fn ready(base: &str) -> bool {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let Ok(mut stream) = tokio::net::TcpStream::connect(base.trim_start_matches("http://")).await else { return false };
    let request = "GET /healthz/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    if stream.write_all(request.as_bytes()).await.is_err() {
        return false;
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    answer.starts_with(b"HTTP/1.1 200")
}

/// Polls `path` through `browser` until the page contains `text`; how long that took.
async fn wait_for(browser: &mut Browser, path: &str, text: &str, within: Duration) -> Duration {
    let start = Instant::now();
    loop {
        let page = browser.get(path).await;
        if page.status == 200 && page.body.contains(text) {
            return start.elapsed();
        }
        assert!(start.elapsed() < within, "{path} lacks {text:?} after {within:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn two_serve_processes_on_one_postgres_database_driven_alternately() {
    // The in-process app only prepares the database (the demo, accounts); the two processes serve it.
    let Some(setup) = spawn(Backend::Postgres, true).await else { return };
    let url = setup.database_url().unwrap().to_owned();
    setup.representative_of("lena@verein.example", SLUG).await;
    setup.representative_of("vera@verein.example", SLUG).await;
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let first = serve(&url, dirs[0].path()).await;
    let second = serve(&url, dirs[1].path()).await;
    let servers = [first.base.clone(), second.base.clone()];

    // Five wrong passwords spread over both processes; the sixth is refused by either.
    let mut visitor = Browser::new(&servers[0]);
    for attempt in 0..5 {
        visitor.switch_to(&servers[attempt % 2]);
        let page = visitor.post("/login", &[("email", "vera@verein.example"), ("password", "falsch falsch falsch")]).await;
        assert_eq!(page.status, 401, "attempt {attempt}: {}", page.body);
    }
    for server in &servers {
        visitor.switch_to(server);
        let page = visitor.post("/login", &[("email", "vera@verein.example"), ("password", testkit::PASSWORD)]).await;
        assert_eq!(page.status, 429, "the right password after five wrong ones, on {server}: {}", page.body);
    }

    // Signed in on one process, the session works on the other; each write is read back
    // through the other process, whose offer pages come from its own index, refreshed from the
    // database every second here (`index_refresh_secs`).
    let mut lena = Browser::new(&servers[0]);
    let page = lena.post("/login", &[("email", "lena@verein.example"), ("password", testkit::PASSWORD)]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let mut offers = Vec::new();
    for turn in 0..4 {
        lena.switch_to(&servers[turn % 2]);
        let title = format!("Probenraum Nummer {turn} am Zwischenhalt");
        let fields = [("kind", "offer"), ("title", title.as_str()), ("category", "rooms"), ("text_lang", "de")];
        let page = lena.post(&format!("/organisations/{SLUG}/items"), &fields).await;
        assert_eq!(page.status, 303, "offer {turn} on server {}: {}", turn % 2, page.body);
        let path = page.location.unwrap();
        lena.switch_to(&servers[(turn + 1) % 2]);
        let took = wait_for(&mut lena, &path, &title, Duration::from_secs(10)).await;
        eprintln!("offer {turn} read on the other server after {took:?}");
        offers.push((path, title));
    }
    for (turn, (path, _)) in offers.iter().enumerate() {
        lena.switch_to(&servers[turn % 2]);
        let id = path.trim_start_matches("/offers/").split(['?', '#']).next().unwrap().to_owned();
        let title = format!("Probenraum Nummer {turn}, jetzt mit Klavier");
        let page = lena.post(&format!("/items/{id}"), &[("title", title.as_str()), ("category", "rooms"), ("text_lang", "de")]).await;
        assert_eq!(page.status, 303, "edit {turn}: {}", page.body);
        lena.switch_to(&servers[(turn + 1) % 2]);
        let took = wait_for(&mut lena, path, &title, Duration::from_secs(10)).await;
        eprintln!("edit {turn} read on the other server after {took:?}");
    }
    for server in &servers {
        let mut anyone = Browser::new(server);
        let took = wait_for(&mut anyone, "/offers", "Probenraum Nummer 3, jetzt mit Klavier", Duration::from_secs(10)).await;
        eprintln!("{server}: the last edit listed after {took:?}");
    }

    // Signing out on one process ends the session on both.
    lena.switch_to(&servers[1]);
    let page = lena.post("/logout", &[]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    lena.switch_to(&servers[0]);
    let page = lena.get(&format!("/organisations/{SLUG}/items/new?kind=offer")).await;
    assert_ne!(page.status, 200, "the session ended on the other server too");

    drop((first, second));
    setup.cleanup().await;
}
