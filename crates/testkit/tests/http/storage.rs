//! The same application on PostgreSQL.

use testkit::{spawn, Backend};

#[tokio::test]
async fn the_directory_works_on_postgres() {
    let Some(app) = spawn(Backend::Postgres, true).await else { return };
    let (status, body) = app.json("/api/v1/organisations?q=Frauen").await;
    assert_eq!(status, 200);
    assert!(body["total"].as_u64().unwrap() > 0);
    let (status, html) = app.text("/organisations/frauencafe-lindenbluete").await;
    assert_eq!(status, 200);
    assert!(html.contains("Frauencafé Lindenblüte"));
    app.cleanup().await;
}

#[tokio::test]
async fn demo_data_is_only_loaded_into_an_empty_database() {
    let Some(app) = spawn(Backend::Sqlite, true).await else { return };
    let before = app.json("/api/v1/organisations").await.1["total"].as_u64().unwrap();
    let store = app.state.directory.store().clone();
    assert!(!store.is_empty().await.unwrap());
    assert!(before >= 40);
}
