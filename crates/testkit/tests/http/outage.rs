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
