//! Search quality on the demo data: stemming, umlauts, compounds, name matches first.

use testkit::spawn_app;

async fn names(app: &testkit::TestApp, q: &str) -> Vec<String> {
    let (status, body) = app.json(&format!("/api/v1/organisations?per_page=100&q={q}")).await;
    assert_eq!(status, 200);
    body["items"].as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn frauen_finds_compounds() {
    let app = spawn_app().await;
    let found = names(&app, "Frauen").await;
    assert!(found.iter().any(|n| n.contains("Frauengruppe")), "{found:?}");
    assert!(found.iter().any(|n| n.contains("Frauencafé")), "{found:?}");
}

#[tokio::test]
async fn umlauts_can_be_transcribed() {
    let app = spawn_app().await;
    assert_eq!(names(&app, "Tuerkisch").await, names(&app, "Türkisch").await);
    assert!(!names(&app, "Tuerkisch").await.is_empty());
}

#[tokio::test]
async fn country_finds_adjective_and_plural_finds_singular() {
    let app = spawn_app().await;
    let ukraine = names(&app, "Ukraine").await;
    assert!(!ukraine.is_empty());
    assert_eq!(names(&app, "Vereine").await.len(), names(&app, "Verein").await.len());
}

#[tokio::test]
async fn name_matches_come_first() {
    let app = spawn_app().await;
    let found = names(&app, "Frauen").await;
    let first_non_name = found.iter().position(|n| !n.to_lowercase().contains("frau")).unwrap_or(found.len());
    assert!(found[..first_non_name].iter().all(|n| n.to_lowercase().contains("frau")));
    assert!(found[first_non_name..].iter().all(|n| !n.to_lowercase().contains("frau")), "{found:?}");
}
