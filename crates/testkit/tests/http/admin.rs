//! The administrators' area and personal data over HTTP: roles and disabling (sessions end),
//! the last administrator stays, the outbox, the audit log, the data download and deleting
//! one's account.

use app::ports::Author;
use domain::accounts::{Role, UserId};
use testkit::{spawn_app, TestApp, PASSWORD};

const SLUG: &str = "kulturverein-brueckenschlag";

async fn role_of(app: &TestApp, id: UserId) -> Role {
    app.state.accounts.user(id).await.unwrap().unwrap().role
}

#[tokio::test]
async fn administrators_change_roles_and_disable_accounts() {
    let app = spawn_app().await;
    let admin_id = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin_id).await;
    let vera = app.representative_of("vera@verein.example", SLUG).await;
    let ali = app.user("ali@verein.example", Role::Representative).await;
    let mut admin = app.signed_in("admin@stadt.example", Some(&secret)).await;
    let mut ali_browser = app.signed_in("ali@verein.example", None).await;
    assert_eq!(ali_browser.get("/account").await.status, 200);

    let page = admin.get("/admin/users").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("vera@verein.example") && page.body.contains("Kulturverein Brückenschlag"), "{}", page.body);
    assert!(page.body.contains(&format!("action=\"/admin/users/{vera}/role\"")));

    let page = admin.post(&format!("/admin/users/{vera}/role"), &[("role", "coordinator")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?done=role"), "{}", page.body);
    assert_eq!(role_of(&app, vera).await, Role::Coordinator);
    let page = admin.post(&format!("/admin/users/{vera}/role"), &[("role", "king")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?error=invalid"));

    let page = admin.post(&format!("/admin/users/{ali}/disabled"), &[("value", "1")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?done=disabled"));
    assert!(app.state.accounts.user(ali).await.unwrap().unwrap().disabled);
    let page = ali_browser.get("/account").await;
    assert!(page.location.as_deref().is_some_and(|l| l.starts_with("/login")), "the disabled user's session ended: {page:?}");
    assert_eq!(app.browser().post("/login", &[("email", "ali@verein.example"), ("password", PASSWORD)]).await.status, 401);
    let page = admin.post(&format!("/admin/users/{ali}/disabled"), &[("value", "0")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?done=enabled"));
    app.signed_in("ali@verein.example", None).await;

    let page = admin.get("/office/audit").await;
    assert_eq!(page.status, 200);
    for text in ["user.role", "representative → coordinator", "user.disable", "user.enable", "admin@stadt.example", &format!("user:{vera}")]
    {
        assert!(page.body.contains(text), "audit log shows {text}: {}", page.body);
    }
    // Vera is a coordinator now; without a second factor her session is not complete, so the
    // office pages stay closed to her, and the administrators' pages anyway.
    let mut vera_browser = app.browser();
    vera_browser.post("/login", &[("email", "vera@verein.example"), ("password", PASSWORD)]).await;
    assert_ne!(vera_browser.get("/admin/users").await.status, 200);
    app.cleanup().await;
}

#[tokio::test]
async fn the_last_active_administrator_cannot_demote_disable_or_delete_themself() {
    let app = spawn_app().await;
    let admin_id = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin_id).await;
    let other = app.user("zweite@stadt.example", Role::Administrator).await;
    app.state.accounts.set_disabled(other, true).await.unwrap();
    let mut admin = app.signed_in("admin@stadt.example", Some(&secret)).await;

    let page = admin.post(&format!("/admin/users/{admin_id}/role"), &[("role", "coordinator")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?error=last-administrator"));
    let page = admin.post(&format!("/admin/users/{admin_id}/disabled"), &[("value", "1")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?error=last-administrator"));
    let page = admin.get("/admin/users?error=last-administrator").await;
    assert!(page.body.contains("letzte aktive Administrationskonto"), "{}", page.body);
    let page = admin.post("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(page.status, 409, "{}", page.body);
    assert_eq!(role_of(&app, admin_id).await, Role::Administrator);
    assert!(!app.state.accounts.user(admin_id).await.unwrap().unwrap().disabled);

    // With a second active administrator, the first may step down.
    let page = admin.post(&format!("/admin/users/{other}/disabled"), &[("value", "0")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?done=enabled"));
    let page = admin.post(&format!("/admin/users/{admin_id}/role"), &[("role", "coordinator")]).await;
    assert_eq!(page.location.as_deref(), Some("/admin/users?done=role"));
    assert_eq!(role_of(&app, admin_id).await, Role::Coordinator);
    assert_eq!(admin.get("/admin/users").await.status, 403, "no longer an administrator");
    app.cleanup().await;
}

#[tokio::test]
async fn the_outbox_lists_mails_and_shows_their_text_escaped() {
    let app = spawn_app().await;
    let admin_id = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin_id).await;
    app.user("vera@verein.example", Role::Representative).await;
    let page = app.browser().post("/password/forgot", &[("email", "vera@verein.example")]).await;
    assert_eq!(page.status, 200);
    app.state.jobs.drain().await.unwrap();

    let mut admin = app.signed_in("admin@stadt.example", Some(&secret)).await;
    let page = admin.get("/admin/outbox").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("vera@verein.example"), "{}", page.body);
    let start = page.body.find("href=\"/admin/outbox/").unwrap() + "href=\"".len();
    let link = &page.body[start..start + page.body[start..].find('"').unwrap()];
    let mail = admin.get(link).await;
    assert_eq!(mail.status, 200, "{}", mail.body);
    assert!(mail.body.contains("/password/reset?"), "the text body with the reset link: {}", mail.body);
    assert!(mail.body.contains("id=\"mail-text\""));
    assert_eq!(admin.get("/admin/outbox/20260101T000000.000Z-0000.eml").await.status, 404);
    assert_eq!(admin.get("/admin/outbox/..%2Fknotenpunkt.db").await.status, 404);
    app.cleanup().await;
}

#[tokio::test]
async fn users_download_their_data_and_delete_their_account() {
    let app = spawn_app().await;
    let vera = app.representative_of("vera@verein.example", SLUG).await;
    let org = app.state.directory.index().get(SLUG).unwrap().id();
    let store = app.state.directory.store().clone();
    let profile = store.organisation_record(org).await.unwrap().unwrap().profile.unwrap();
    let number = app.state.directory.revisions().add_revision(org, &profile, &Author::User(vera), false).await.unwrap();
    let mut browser = app.signed_in("vera@verein.example", None).await;

    let response = app
        .client
        .get(app.url("/account/data.json"))
        .header("cookie", format!("kp_session={}", browser.cookies["kp_session"]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    let text = response.text().await.unwrap();
    assert!(!text.contains("argon2") && !text.contains("password"), "no password hash: {text}");
    let data: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(data["account"]["email"], "vera@verein.example");
    assert_eq!(data["memberships"][0]["slug"], SLUG);
    assert!(data["memberships"][0]["organisation"].as_str().unwrap().contains("Brückenschlag"), "{data}");
    assert_eq!(data["revisions"][0]["number"], number);
    assert_eq!(data["revisions"][0]["review_state"], "pending");

    assert_eq!(browser.get("/account/delete").await.status, 200);
    let page = browser.post("/account/delete", &[("password", "falsch falsch falsch")]).await;
    assert_eq!(page.status, 422);
    let page = browser.post("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(page.location.as_deref(), Some("/?account_deleted=1"), "{}", page.body);
    assert!(!browser.cookies.contains_key("kp_session"), "the session cookie is cleared");
    assert!(browser.get("/?account_deleted=1").await.body.contains("Ihr Konto wurde gelöscht."));
    let page = app.browser().post("/login", &[("email", "vera@verein.example"), ("password", PASSWORD)]).await;
    assert_eq!(page.status, 401, "login fails after deletion");

    let revisions = app.state.directory.revisions().revisions(org).await.unwrap();
    assert!(revisions.iter().any(|r| r.number == number && r.author.label() == format!("user:{vera}")), "{revisions:?}");
    let admin_id = app.user("admin@stadt.example", Role::Administrator).await;
    let secret = app.with_totp(admin_id).await;
    let mut admin = app.signed_in("admin@stadt.example", Some(&secret)).await;
    let history = admin.get(&format!("/organisations/{SLUG}/history")).await;
    assert!(history.body.contains("gelöschtes Konto"), "{}", history.body);
    let users = admin.get("/admin/users").await;
    assert!(!users.body.contains("vera@verein.example"));
    app.cleanup().await;
}
