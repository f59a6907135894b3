//! Security headers and limits.

use testkit::spawn_app;

#[tokio::test]
async fn pages_carry_strict_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/organisations", "/api/v1/organisations", "/nope"] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["x-frame-options"], "DENY");
        assert!(headers.contains_key("referrer-policy"));
    }
}

#[tokio::test]
async fn pages_load_nothing_from_other_hosts() {
    let app = spawn_app().await;
    for path in ["/", "/organisations", "/organisations/frauencafe-lindenbluete", "/contact"] {
        let (_, html) = app.text(path).await;
        for attr in ["src=\"http", "href=\"//", "src=\"//"] {
            assert!(!html.contains(attr), "{path} loads from elsewhere: {attr}");
        }
        assert!(!html.contains("<link rel=\"stylesheet\" href=\"http"), "{path}");
    }
}

#[tokio::test]
async fn assets_are_served_with_hashed_names() {
    let app = spawn_app().await;
    let (_, html) = app.text("/").await;
    let start = html.find("/assets/app.").unwrap();
    let end = start + html[start..].find('"').unwrap();
    let response = app.get(&html[start..end]).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = spawn_app().await;
    let response = app.client.post(app.url("/organisations")).body(vec![b'x'; 200 * 1024]).send().await.unwrap();
    assert!(response.status() == 413 || response.status() == 405, "{}", response.status());
}
