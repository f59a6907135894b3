//! Health ("up" and "ready") and `/metrics`: off by default, refused from an address not
//! allowed, and counting requests by route template, mails and index rebuilds.

use testkit::{spawn, spawn_configured, Backend};

#[tokio::test]
async fn live_and_ready_are_told_apart_and_healthz_stays() {
    let app = spawn(Backend::Sqlite, true).await.unwrap();
    assert_eq!(app.json("/healthz/live").await, (200, serde_json::json!({"status": "up"})));
    assert_eq!(app.json("/healthz/ready").await, (200, serde_json::json!({"status": "ready"})));
    let (status, body) = app.json("/healthz").await;
    assert_eq!((status, body["status"].as_str()), (200, Some("ok")));
    app.cleanup().await;
}

#[tokio::test]
async fn ready_is_unavailable_without_the_database_while_live_stays_up() {
    let Some(app) = spawn(Backend::Postgres, true).await else { return };
    assert_eq!(app.json("/healthz/ready").await.0, 200);
    assert!(app.break_organisation_table().await);
    assert_eq!(app.json("/healthz/ready").await, (503, serde_json::json!({"status": "unavailable"})));
    assert_eq!(app.json("/healthz/live").await.0, 200, "the process is still up");
    app.cleanup().await;
}

#[tokio::test]
async fn metrics_are_off_unless_configured() {
    let app = spawn(Backend::Sqlite, true).await.unwrap();
    let (status, body) = app.text("/metrics").await;
    assert_eq!(status, 404);
    assert!(!body.contains("knotenpunkt_http_requests_total"));
    app.cleanup().await;
}

#[tokio::test]
async fn metrics_are_refused_from_an_address_not_allowed() {
    let app = spawn_configured(Backend::Sqlite, true, |config| {
        config.metrics_allow = web::client_address::TrustedProxies::parse(&["10.0.0.0/8"]).unwrap();
    })
    .await
    .unwrap();
    let (status, body) = app.text("/metrics").await;
    assert_eq!(status, 403);
    assert!(!body.contains("knotenpunkt_"), "{body}");
    app.cleanup().await;
}

fn value(body: &str, series: &str) -> u64 {
    body.lines().find_map(|line| line.strip_prefix(series).and_then(|rest| rest.trim().parse().ok())).unwrap_or(0)
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_the_background_work() {
    let app = spawn_configured(Backend::Sqlite, true, |config| {
        config.metrics_allow = web::client_address::TrustedProxies::parse(&["127.0.0.1", "::1"]).unwrap();
    })
    .await
    .unwrap();
    let (status, before) = app.text("/metrics").await;
    assert_eq!(status, 200, "{before}");
    let profile = r#"knotenpunkt_http_requests_total{route="/organisations/{slug}",method="GET",status="200"}"#;
    let missing = r#"knotenpunkt_http_requests_total{route="/organisations/{slug}",method="GET",status="404"}"#;
    for slug in ["kulturverein-brueckenschlag", "circolo-il-ponte"] {
        assert_eq!(app.text(&format!("/organisations/{slug}")).await.0, 200);
    }
    assert_eq!(app.text("/organisations/gibt-es-nicht").await.0, 404);
    // A mail through the queue: the contact form of the office.
    let queued = app
        .state
        .jobs
        .store()
        .enqueue(
            "mail.send",
            &serde_json::json!({"to": "amira@example.de", "subject": "Test", "text_body": "Hallo", "html_body": null, "attachments": []}),
            std::time::SystemTime::UNIX_EPOCH,
        )
        .await;
    assert!(queued.is_ok(), "{queued:?}");
    app.state.jobs.drain().await.unwrap();

    let (_, after) = app.text("/metrics").await;
    assert_eq!(value(&after, profile), value(&before, profile) + 2, "{after}");
    assert_eq!(value(&after, missing), value(&before, missing) + 1);
    assert!(!after.contains("kulturverein-brueckenschlag"), "the route template, never the path");
    assert!(after.contains(r#"knotenpunkt_http_request_duration_seconds_bucket{route="/organisations/{slug}",le="+Inf"}"#));
    assert!(value(&after, "knotenpunkt_mails_sent_total") > value(&before, "knotenpunkt_mails_sent_total"));
    assert!(value(&after, "knotenpunkt_jobs_completed_total") > value(&before, "knotenpunkt_jobs_completed_total"));
    assert!(value(&after, "knotenpunkt_index_rebuilds_total") >= 1);
    assert!(after.contains("knotenpunkt_jobs{state=\"done\"}"));
    assert!(value(&after, "knotenpunkt_organisations_indexed") >= 40);
    app.cleanup().await;
}
