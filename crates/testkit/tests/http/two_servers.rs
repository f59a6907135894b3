//! Two application instances on one database, each with its own connections, caches and job
//! runner, as two server processes behind a load balancer: a visitor sent to either one gets
//! the same answers (sign-in limits, listings, search, the pages placed in the navigation, jobs).
//! Nothing that matters is kept in one process's memory only.

use std::time::{Duration, Instant};

use domain::accounts::Role;
use testkit::{spawn, Backend, TestApp};

const SLUG: &str = "kulturverein-brueckenschlag";
const REFRESH: Duration = Duration::from_secs(1);

/// Polls `path` on `app` until its body contains `text`; how long that took.
async fn wait_for(app: &TestApp, path: &str, text: &str, within: Duration) -> Duration {
    let start = Instant::now();
    loop {
        let (status, body) = app.text(path).await;
        if status == 200 && body.contains(text) {
            return start.elapsed();
        }
        assert!(start.elapsed() < within, "{path} on the other server lacks {text:?} after {within:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn driven_alternately(backend: Backend) {
    let Some(first) = spawn(backend, true).await else { return };
    let second = first.twin(REFRESH).await;
    let servers = [first.base.clone(), second.base.clone()];

    // The sixth wrong password is refused whichever server gets it.
    for (turn, email) in ["vera@verein.example", "mia@verein.example"].into_iter().enumerate() {
        first.representative_of(email, SLUG).await;
        let mut visitor = first.browser();
        for attempt in 0..5 {
            visitor.switch_to(&servers[(attempt + turn) % 2]);
            let page = visitor.post("/login", &[("email", email), ("password", "falsch falsch falsch")]).await;
            assert_eq!(page.status, 401, "attempt {attempt}: {}", page.body);
        }
        visitor.switch_to(&servers[(5 + turn) % 2]);
        let page = visitor.post("/login", &[("email", email), ("password", testkit::PASSWORD)]).await;
        assert_eq!(page.status, 429, "the sixth attempt on server {}: {}", (5 + turn) % 2, page.body);
        visitor.switch_to(&servers[(6 + turn) % 2]);
        let page = visitor.post("/login", &[("email", email), ("password", testkit::PASSWORD)]).await;
        assert_eq!(page.status, 429, "and the seventh on the other one");
    }

    // An offer posted through one server is listed by the other within the refresh interval;
    // the session made on one is valid on the other.
    first.representative_of("lena@verein.example", SLUG).await;
    let mut vera = second.signed_in("lena@verein.example", None).await;
    vera.switch_to(&first.base);
    let offer = [("kind", "offer"), ("title", "Saal für 40 Personen am Zwischenhalt"), ("category", "rooms"), ("text_lang", "de")];
    let page = vera.post(&format!("/organisations/{SLUG}/items"), &offer).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let took = wait_for(&second, "/offers", "Saal für 40 Personen am Zwischenhalt", REFRESH * 3).await;
    eprintln!("offer visible on the other server after {took:?}");

    // An association archived by the office on one server leaves the other's search.
    let search = "/organisations?q=Br%C3%BCckenschlag";
    let link = format!("href=\"/organisations/{SLUG}\"");
    wait_for(&second, search, &link, REFRESH * 3).await;
    let office = first.user("buero@knotenpunkt.example", Role::Coordinator).await;
    let secret = first.with_totp(office).await;
    let mut buero = first.signed_in("buero@knotenpunkt.example", Some(&secret)).await;
    let archived = buero.post(&format!("/organisations/{SLUG}/archive"), &[("value", "1")]).await;
    assert_eq!(archived.status, 303, "{}", archived.body);
    let start = Instant::now();
    while second.text(search).await.1.contains(&link) {
        assert!(start.elapsed() < REFRESH * 3, "the archived association is still found on the other server");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!("archived association gone from the other server's search after {:?}", start.elapsed());

    // A page the office places in the header through one server is in the other's navigation
    // within the refresh interval, and leaves it when it is withdrawn.
    let page = [
        ("kind", "page"),
        ("date", "2026-11-30"),
        ("placement", "header"),
        ("de.title", "Förderung"),
        ("de.body", "Wie Vereine Geld bekommen."),
        ("action", "save"),
    ];
    let created = buero.post("/office/news/new?kind=page", &page).await;
    assert_eq!(created.status, 303, "{}", created.body);
    assert_eq!(buero.post("/office/news/foerderung/publish", &[("published", "1")]).await.status, 303);
    let nav = "href=\"/pages/foerderung\"";
    let took = wait_for(&second, "/?lang=de", nav, REFRESH * 3).await;
    eprintln!("placed page in the other server's header after {took:?}");
    assert_eq!(buero.post("/office/news/foerderung/publish", &[("published", "0")]).await.status, 303);
    let start = Instant::now();
    while second.text("/?lang=de").await.1.contains(nav) {
        assert!(start.elapsed() < REFRESH * 3, "the withdrawn page is still in the other server's header");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A job queued through one server runs once, however many runners work the queue.
    let mut visitor = first.browser();
    visitor.switch_to(&second.base);
    let page = visitor.post("/password/forgot", &[("email", "lena@verein.example")]).await;
    assert!(page.status == 303 || page.status == 200, "{}: {}", page.status, page.body);
    let (a, b) = tokio::join!(first.state.jobs.drain(), second.state.jobs.drain());
    let ran = a.unwrap().len() + b.unwrap().len();
    assert!(ran >= 1);
    let mails = first.mails().await;
    let resets = mails.iter().filter(|(to, _, body)| to.contains("lena@verein.example") && body.contains("/password/reset")).count();
    assert_eq!(resets, 1, "{mails:?}");

    drop(second);
    first.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_database_answer_alike() {
    driven_alternately(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_sqlite_file_answer_alike() {
    driven_alternately(Backend::Sqlite).await;
}
