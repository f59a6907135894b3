//! The network graph over HTTP: the office sees the demo meeting's pairs and the associations
//! without a tie, filters by kind and period, downloads GraphML and CSV; bad and hostile
//! filters come back named and escaped, never as a 500; only the office; on both databases.

use domain::accounts::Role;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};

async fn office(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

/// The drawing of a page and the number of its edges of `kind`.
fn drawn(body: &str, kind: &str) -> usize {
    let svg = body.split("<svg class=\"graph\"").nth(1).expect("the drawing").split("</svg>").next().unwrap();
    svg.matches(&format!("class=\"ge ge-{kind}\"")).count()
}

async fn graph_for_the_office(app: TestApp) {
    let mut office = office(&app).await;
    let page = office.get("/office/graph").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let met = drawn(&page.body, "met");
    assert!(met >= 20, "the first meeting's pairs: {met}");
    assert!(drawn(&page.body, "introduction") >= 1, "the demo's agreed contact request");
    assert!(page.body.contains("id=\"isolated\""));
    let isolated = page.body.split("id=\"isolated\"").nth(1).unwrap().split("</section>").next().unwrap().matches("<li>").count();
    assert!(isolated > 0, "some demo associations have no tie");
    assert_eq!(page.body.matches("gn gn-isolated").count(), isolated, "the list and the drawing agree");
    assert!(page.body.contains("href=\"/organisations/"), "nodes link to profiles");

    // One kind; a period without meetings.
    let only = office.get("/office/graph?kind=project").await;
    assert_eq!((drawn(&only.body, "met"), drawn(&only.body, "introduction")), (0, 0));
    assert!(drawn(&only.body, "project") >= 1);
    let later = office.get("/office/graph?from=2021-01-01&kind=met").await;
    assert_eq!(later.status, 200);
    assert_eq!(drawn(&later.body, "met"), 0, "the meeting was in 2020");

    // Exports carry the filter.
    let (status, content_type, body) = office.download("/office/graph/graphml?kind=met").await;
    assert_eq!((status, content_type.as_str()), (200, "application/graphml+xml; charset=utf-8"));
    let text = String::from_utf8(body).unwrap();
    assert!(text.starts_with("<?xml"));
    assert_eq!(text.matches("<edge ").count(), met);
    let (status, content_type, body) = office.download("/office/graph/csv?from=2020-01-01&to=2020-12-31&kind=met").await;
    assert_eq!((status, content_type.as_str()), (200, "text/csv; charset=utf-8"));
    assert_eq!(String::from_utf8(body).unwrap().lines().count(), met + 1);
}

#[tokio::test]
async fn the_office_sees_who_met_and_who_is_isolated() {
    graph_for_the_office(spawn_app().await).await;
}

#[tokio::test]
async fn the_graph_works_the_same_on_postgresql() {
    let Some(app) = testkit::spawn(testkit::Backend::Postgres, true).await else {
        eprintln!("PostgreSQL unreachable: skipped");
        return;
    };
    graph_for_the_office(app).await;
}

#[tokio::test]
async fn bad_and_hostile_filters_are_named_kept_and_escaped() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let bad = office.get("/office/graph?from=2020-02-30&to=2020-12-31").await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("Bitte ein Datum angeben"), "{}", bad.body);
    assert!(bad.body.contains("value=\"2020-02-30\""), "what was typed stays");
    assert!(bad.body.contains("id=\"graph-svg\""), "the graph is still shown");
    let order = office.get("/office/graph?from=2021-01-01&to=2020-01-01").await;
    assert_eq!(order.status, 400);
    assert!(order.body.contains("Das Enddatum liegt vor dem Anfangsdatum."));
    let hostile = office.get("/office/graph?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=%3Cb%3E&kind=met&kind=met").await;
    assert_eq!(hostile.status, 400);
    assert!(!hostile.body.contains("<script>alert"), "escaped");
    let kept = hostile.body.split("id=\"f-from\"").nth(1).unwrap().split('>').next().unwrap();
    assert!(kept.contains("script&") && kept.contains("alert(1)"), "kept, escaped: {kept}");
    let huge = format!("/office/graph?from={}&to={}", "9".repeat(20_000), "x".repeat(5_000));
    let page = office.get(&huge).await;
    assert!(page.status == 400 || page.status == 414 || page.status == 431, "{}", page.status);
    // A bad date in an export leads back to the page that says why.
    let export = office.get("/office/graph/csv?from=gestern").await;
    assert_eq!(export.status, 303);
    assert_eq!(export.location.as_deref(), Some("/office/graph?from=gestern"));
    // Arabic: right to left, translated.
    let ar = office.get("/office/graph?lang=ar").await;
    assert!(ar.body.contains("dir=\"rtl\"") && ar.body.contains("صورة الشبكة"));
}

#[tokio::test]
async fn only_the_office_sees_the_graph() {
    let app = spawn_app().await;
    app.representative_of("vertreter@verein.example", "kulturverein-brueckenschlag").await;
    let mut member = app.signed_in("vertreter@verein.example", None).await;
    for path in ["/office/graph", "/office/graph/graphml", "/office/graph/csv"] {
        assert_eq!(member.get(path).await.status, 403, "{path}");
        let mut visitor = Browser::new(&app.base);
        let page = visitor.get(path).await;
        assert_eq!(page.status, 303, "{path}");
        assert!(page.location.unwrap().starts_with("/login"));
    }
}
