//! Signing in and out over HTTP: CSRF, session renewal, timeouts, rate limits, second factor.

use domain::accounts::Role;
use testkit::{spawn_app, totp_now, PASSWORD};

#[tokio::test]
async fn the_login_page_has_an_email_and_a_password_field_and_a_csrf_token() {
    let app = spawn_app().await;
    let mut browser = app.browser();
    let page = browser.get("/login").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"name="email" type="email""#) && page.body.contains(r#"name="password" type="password""#));
    let csrf = browser.cookies.get("kp_csrf").unwrap();
    assert!(page.body.contains(&format!(r#"name="csrf" value="{csrf}""#)));
}

#[tokio::test]
async fn a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut browser = app.browser();
    browser.get("/login").await;
    for fields in [
        vec![("email", "vera@verein.example"), ("password", PASSWORD)],
        vec![("email", "vera@verein.example"), ("password", PASSWORD), ("csrf", "0000")],
    ] {
        let page = browser.post_raw("/login", &fields).await;
        assert_eq!(page.status, 403, "{fields:?}");
        assert!(page.body.contains("Formular ist abgelaufen"), "a translated page: {}", page.body);
        assert!(!browser.cookies.contains_key("kp_session"), "no session was started");
    }
    // Without the cookie, even a token copied from the page does not help.
    let token = browser.cookies.remove("kp_csrf").unwrap();
    let page = browser.post_raw("/login", &[("email", "vera@verein.example"), ("password", PASSWORD), ("csrf", &token)]).await;
    assert_eq!(page.status, 403);
    // A form posted from another site is refused even with matching tokens.
    let response = app
        .client
        .post(app.url("/login"))
        .header("origin", "https://evil.example")
        .header("cookie", format!("kp_csrf={token}"))
        .form(&[("email", "vera@verein.example"), ("password", PASSWORD), ("csrf", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    // The same form with the right token works.
    browser.cookies.insert("kp_csrf".into(), token.clone());
    let page = browser.post("/login", &[("email", "vera@verein.example"), ("password", PASSWORD)]).await;
    assert_eq!(page.status, 303, "{}", page.body);
}

#[tokio::test]
async fn login_sets_a_new_http_only_session_cookie_and_logout_ends_it() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut browser = app.browser();
    browser.get("/login").await;
    browser.cookies.insert("kp_session".into(), "a".repeat(64));
    let response = app
        .client
        .post(app.url("/login"))
        .header("cookie", format!("kp_csrf={}; kp_session={}", browser.cookies["kp_csrf"], "a".repeat(64)))
        .form(&[("email", "vera@verein.example"), ("password", PASSWORD), ("csrf", &browser.cookies["kp_csrf"])])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let set = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("kp_session="))
        .unwrap();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Path=/"), "{set}");
    assert!(!set.starts_with(&format!("kp_session={};", "a".repeat(64))), "the session id is renewed at login");

    let mut browser = app.signed_in("vera@verein.example", None).await;
    let first = browser.cookies["kp_session"].clone();
    let second = app.signed_in("vera@verein.example", None).await.cookies["kp_session"].clone();
    assert_ne!(first, second);
    let page = browser.get("/account").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("vera@verein.example"));
    let page = browser.post("/logout", &[]).await;
    assert_eq!(page.status, 303);
    assert!(!browser.cookies.contains_key("kp_session"));
    browser.cookies.insert("kp_session".into(), first);
    let page = browser.get("/account").await;
    assert_eq!(page.status, 303, "the old session is gone");
    assert!(page.location.unwrap().starts_with("/login?next=%2Faccount"));
}

#[tokio::test]
async fn a_wrong_password_keeps_the_email_and_says_the_same_as_an_unknown_address() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut browser = app.browser();
    let wrong = browser.post("/login?lang=de", &[("email", "vera@verein.example"), ("password", "falsch falsch falsch")]).await;
    let unknown = browser.post("/login", &[("email", "niemand@verein.example"), ("password", PASSWORD)]).await;
    assert_eq!((wrong.status, unknown.status), (401, 401));
    assert!(wrong.body.contains(r#"value="vera@verein.example""#));
    assert!(unknown.body.contains(r#"value="niemand@verein.example""#));
    let message = "E-Mail-Adresse oder Passwort stimmen nicht";
    assert!(wrong.body.contains(message) && unknown.body.contains(message));
    assert!(!wrong.body.contains("falsch falsch falsch"), "the password is never sent back");
}

#[tokio::test]
async fn too_many_failures_are_refused_with_a_translated_message() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut browser = app.browser();
    browser.get("/?lang=en").await;
    for _ in 0..5 {
        let page = browser.post("/login", &[("email", "vera@verein.example"), ("password", "falsch falsch falsch")]).await;
        assert_eq!(page.status, 401);
    }
    let page = browser.post("/login", &[("email", "vera@verein.example"), ("password", PASSWORD)]).await;
    assert_eq!(page.status, 429);
    assert!(page.body.contains("Too many attempts. Please wait 15 minutes"), "{}", page.body);
    assert!(!browser.cookies.contains_key("kp_session"));
}

#[tokio::test]
async fn office_staff_set_up_a_second_factor_before_anything_else() {
    let app = spawn_app().await;
    app.user("koordination@stadt.example", Role::Coordinator).await;
    let mut browser = app.browser();
    let page = browser.post("/login", &[("email", "koordination@stadt.example"), ("password", PASSWORD)]).await;
    assert_eq!(page.location.as_deref(), Some("/account/second-factor"));
    let half = browser.cookies["kp_session"].clone();
    let page = browser.get("/account").await;
    assert_eq!(page.location.as_deref(), Some("/login/code"), "no access before the second factor");
    let page = browser.get("/account/second-factor").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<svg"), "a QR code is shown");
    let secret = page.body.split(r#"name="secret" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let secret = app::accounts::totp::TotpSecret::from_base32(&secret).unwrap();
    let page = browser.post("/account/second-factor", &[("secret", &secret.to_base32()), ("code", "12345")]).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains(&secret.to_base32()), "the same secret is offered again");
    let page = browser.post("/account/second-factor", &[("secret", &secret.to_base32()), ("code", &totp_now(&secret))]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.body.matches("<li><code>").count(), 10, "ten recovery codes");
    assert_ne!(browser.cookies["kp_session"], half, "a new session id for the raised privilege");
    assert_eq!(browser.get("/account").await.status, 200);
}

/// The registration form names every problem at once, each beside its field and linked from the
/// summary (which names the field), with `aria-invalid` and one `aria-describedby` per field.
#[tokio::test]
async fn registration_shows_every_problem_at_once_beside_its_field() {
    let app = spawn_app().await;
    let mut browser = app.browser();
    let page = browser.post("/register", &[("email", "vera@"), ("password", "kurz"), ("password_repeat", "")]).await;
    assert_eq!(page.status, 422, "{}", page.body);
    let body = &page.body;
    assert_eq!(body.matches(r#"aria-invalid="true""#).count(), 3, "{body}");
    for id in ["err-email", "err-password", "err-password_repeat"] {
        assert!(body.contains(&format!(r#"id="{id}""#)), "{id} in {body}");
    }
    assert!(body.contains(r#"aria-describedby="h-password err-password""#), "hint and message in one attribute: {body}");
    assert!(body.contains(r##"<a href="#f-email">E-Mail-Adresse: "##), "the summary names the field: {body}");
    assert!(body.contains(r##"<a href="#f-password_repeat">Passwort wiederholen: Bitte ausfüllen.</a>"##), "{body}");
    assert!(body.contains(r#"id="form-errors" tabindex="-1" autofocus"#), "focus moves to the summary: {body}");
    assert!(body.contains(r#"value="vera@""#), "the input is kept");
    assert!(body.contains("(Pflichtfeld)"), "required fields say so in text");
    assert!(app.mails().await.is_empty(), "nothing sent");
}
