//! Long forms survive an ended session: the profile or an offer sent after the session timed
//! out is kept, the sender is asked to sign in, and the form page gives the input back once,
//! only in that browser and only to someone who may edit the association.

use app::accounts::tokens::{hash_secret, new_secret};
use domain::profile_form::ProfileInput;
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp, PASSWORD};

use crate::moderation::fields;

const SLUG: &str = "kulturverein-brueckenschlag";
const TYPED: &str = "Jeden Freitag kochen wir gemeinsam, danach Hausaufgabenhilfe für Kinder";
const LOGIN_NOTE: &str = "Ihre Sitzung war abgelaufen";
const FORM_NOTE: &str = "kept-note";

fn edit_path() -> String {
    format!("/organisations/{SLUG}/edit")
}

/// Lets the browser's session run into the idle timeout, as an hour away from the keyboard would.
async fn idle_too_long(app: &TestApp, browser: &Browser) {
    let hash = hash_secret(&browser.cookies["kp_session"]);
    app.state.accounts.touch_session(&hash, app.state.clock.now().unix_secs() - app.state.sessions.idle_secs - 1).await.unwrap();
}

/// The association's profile as the edit form shows it, with a long German summary typed in.
async fn typed_profile(app: &TestApp) -> ProfileInput {
    let slug = domain::slug::Slug::parse(SLUG).unwrap();
    let profile = app.state.directory.store().organisation(&slug).await.unwrap().unwrap().profile;
    let mut input = ProfileInput::from_profile(&profile);
    input.summary.retain(|(lang, _)| lang != "de");
    input.summary.push(("de".into(), TYPED.into()));
    input
}

async fn send_profile(browser: &mut Browser, input: &ProfileInput) -> Page {
    let owned = fields(input);
    let borrowed: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    browser.post(&edit_path(), &borrowed).await
}

/// Signs in on the login page the browser was sent to; returns where login leads.
async fn sign_in_from(browser: &mut Browser, login: &str, email: &str) -> String {
    let page = browser.get(login).await;
    assert_eq!(page.status, 200);
    let url = reqwest::Url::parse(&format!("http://localhost{login}")).unwrap();
    let next = url.query_pairs().find(|(k, _)| k == "next").unwrap().1.into_owned();
    let page = browser.post("/login", &[("email", email), ("password", PASSWORD), ("next", &next), ("kept", "1")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    page.location.unwrap()
}

/// A representative whose session ended while typing, after sending the profile form: the
/// browser now holds the parked form's cookie. Returns the login address it was sent to.
async fn park_profile(app: &TestApp, vera: &mut Browser) -> String {
    let input = typed_profile(app).await;
    idle_too_long(app, vera).await;
    let page = send_profile(vera, &input).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let login = page.location.unwrap();
    assert_eq!(login, format!("/login?next=%2Forganisations%2F{SLUG}%2Fedit&kept=1"));
    assert!(vera.cookies.contains_key("kp_parked"));
    login
}

#[tokio::test]
async fn the_profile_typed_after_the_session_ended_comes_back_after_signing_in() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    assert_eq!(vera.get(&edit_path()).await.status, 200);
    let login = park_profile(&app, &mut vera).await;

    let page = vera.get(&login).await;
    assert!(page.body.contains(LOGIN_NOTE), "the login page says the input is kept");
    let page = app.browser().get("/login?next=%2Faccount&lang=en&kept=1").await;
    assert!(page.body.contains("what you typed is kept"), "in English too");
    let target = sign_in_from(&mut vera, &login, "vera@verein.example").await;
    assert_eq!(target, edit_path());

    let page = vera.get(&target).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(TYPED) && page.body.contains(FORM_NOTE), "prefilled, with the note");
    assert!(!vera.cookies.contains_key("kp_parked"), "the cookie is cleared once the form is back");
    let slug = domain::slug::Slug::parse(SLUG).unwrap();
    let published = app.state.directory.store().organisation(&slug).await.unwrap().unwrap().profile;
    assert!(!published.summary.iter().any(|(_, t)| t.contains(TYPED)), "nothing is saved on the user's behalf");

    let again = vera.get(&target).await;
    assert!(!again.body.contains(TYPED) && !again.body.contains(FORM_NOTE), "given back once");

    let input = typed_profile(&app).await;
    let page = send_profile(&mut vera, &input).await;
    assert_eq!(page.location, Some(format!("{}?saved=pending", edit_path())), "saving works: {}", page.body);
    let page = vera.get(&format!("{}?saved=pending", edit_path())).await;
    assert!(page.body.contains(TYPED) && !page.body.contains(FORM_NOTE));
}

#[tokio::test]
async fn only_the_browser_that_sent_it_and_only_someone_who_may_edit_gets_it_back() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    app.representative_of("ali@verein.example", SLUG).await;
    app.representative_of("nadia@ponte.example", "circolo-il-ponte").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let login = park_profile(&app, &mut vera).await;

    // A co-editor on another browser: the same page, but not the cookie.
    let mut ali = app.signed_in("ali@verein.example", None).await;
    let page = ali.get(&edit_path()).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains(TYPED) && !page.body.contains(FORM_NOTE));

    // Someone who may not edit the association signs in on Vera's browser: refused, and the
    // form stays for Vera.
    let target = sign_in_from(&mut vera, &login, "nadia@ponte.example").await;
    let page = vera.get(&target).await;
    assert_eq!(page.status, 403);
    assert!(!page.body.contains(TYPED));
    assert!(vera.cookies.contains_key("kp_parked"));
    vera.post("/logout", &[]).await;

    let target = sign_in_from(&mut vera, &login, "vera@verein.example").await;
    let page = vera.get(&target).await;
    assert!(page.body.contains(TYPED) && page.body.contains(FORM_NOTE), "still there for the editor on that browser");
}

#[tokio::test]
async fn an_expired_parked_form_is_not_given_back() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let secret = new_secret();
    let old = app::ports::ParkedForm {
        secret_hash: hash_secret(&secret),
        path: edit_path(),
        body: "name=Verein+von+gestern".into(),
        expires_at: app.state.clock.now().unix_secs() - 1,
    };
    app.state.parked.park_form(&old).await.unwrap();
    vera.cookies.insert("kp_parked".into(), secret);
    let page = vera.get(&edit_path()).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("Verein von gestern") && !page.body.contains(FORM_NOTE));
    assert_eq!(app.state.parked.delete_expired_parked_forms(app.state.clock.now().unix_secs()).await.unwrap(), 0, "deleted when asked for");
}

#[tokio::test]
async fn nothing_is_kept_without_the_csrf_token() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    idle_too_long(&app, &vera).await;
    let page = vera.post_raw(&edit_path(), &[("name", TYPED)]).await;
    assert_eq!(page.status, 403, "the CSRF check runs first");
    assert!(!vera.cookies.contains_key("kp_parked"));
    let page = vera.post(&edit_path(), &[]).await;
    assert_eq!(page.status, 403, "an empty form is not worth keeping");
    assert!(!vera.cookies.contains_key("kp_parked"));
}

#[tokio::test]
async fn an_offer_typed_after_the_session_ended_comes_back_after_signing_in() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let form = format!("/organisations/{SLUG}/items/new?kind=offer");
    assert_eq!(vera.get(&form).await.status, 200);
    // The token the form page carried while the session lasted.
    let csrf = vera.csrf_token().await;
    idle_too_long(&app, &vera).await;

    // Sent by hand to see the cookie's attributes.
    let title = "Saal für 80 Personen mit Küche, samstags frei";
    let fields = [("csrf", csrf.as_str()), ("kind", "offer"), ("title", title), ("category", "rooms"), ("weekdays", "Sa")];
    let response = app
        .client
        .post(app.url(&format!("/organisations/{SLUG}/items")))
        .header("cookie", format!("kp_csrf={}; kp_session={}", vera.cookies["kp_csrf"], vera.cookies["kp_session"]))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let login = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(login, format!("/login?next=%2Forganisations%2F{SLUG}%2Fitems%2Fnew%3Fkind%3Doffer&kept=1"));
    let cookie = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).find(|c| c.starts_with("kp_parked="));
    let cookie = cookie.unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    let secret = cookie.trim_start_matches("kp_parked=").split(';').next().unwrap().to_owned();
    // A look into the store: the body is kept without the CSRF token (and put back).
    let path = format!("/organisations/{SLUG}/items/new");
    let kept = app.state.parked.take_parked_form(&hash_secret(&secret), &path, app.state.clock.now().unix_secs()).await.unwrap().unwrap();
    assert!(kept.body.contains("title=") && !kept.body.contains("csrf") && !kept.body.contains(&csrf), "{}", kept.body);
    app.state.parked.park_form(&kept).await.unwrap();
    vera.cookies.insert("kp_parked".into(), secret);

    let target = sign_in_from(&mut vera, &login, "vera@verein.example").await;
    assert_eq!(target, form);
    let page = vera.get(&target).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(title) && page.body.contains(FORM_NOTE), "prefilled, with the note");
    assert!(page.body.contains(r#"value="rooms" selected"#) && page.body.contains(r#"value="Sa" checked"#), "choices kept too");
    assert!(!vera.get(&target).await.body.contains(title), "given back once");

    let fields = [("kind", "offer"), ("title", title), ("category", "rooms"), ("weekdays", "Sa"), ("text_lang", "de")];
    let page = vera.post(&format!("/organisations/{SLUG}/items"), &fields).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert!(page.location.unwrap().starts_with("/offers/"), "saving works");
}

#[tokio::test]
async fn a_changed_offer_sent_after_the_session_ended_comes_back_on_its_form() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let offer = [("kind", "offer"), ("title", "Saal für 40 Personen"), ("category", "rooms"), ("text_lang", "de")];
    let location = vera.post(&format!("/organisations/{SLUG}/items"), &offer).await.location.unwrap();
    let id = location.trim_start_matches("/offers/").split('?').next().unwrap().to_owned();
    idle_too_long(&app, &vera).await;

    let changed = "Saal für 80 Personen mit Küche, jetzt auch sonntags";
    let page = vera.post(&format!("/items/{id}"), &[("title", changed), ("category", "rooms"), ("weekdays", "So")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let login = page.location.unwrap();
    assert_eq!(login, format!("/login?next=%2Fitems%2F{id}%2Fedit&kept=1"));
    let target = sign_in_from(&mut vera, &login, "vera@verein.example").await;
    assert_eq!(target, format!("/items/{id}/edit"));
    let page = vera.get(&target).await;
    assert!(page.body.contains(changed) && page.body.contains(FORM_NOTE) && page.body.contains(r#"value="So" checked"#));
    let page = vera.get(&target).await;
    assert!(page.body.contains("Saal für 40 Personen") && !page.body.contains(changed), "given back once, then the stored item");
    let (_, public) = app.text(&format!("/offers/{id}")).await;
    assert!(!public.contains(changed), "nothing was saved on its own");
}
