//! Mails are written in their recipient's language: chosen at registration or invitation,
//! changed on the account page; the instance's language when nobody chose one.

use domain::accounts::{EmailAddress, Role};
use domain::language::UiLocale;
use testkit::{spawn_app, TestApp, PASSWORD};

async fn language_of(app: &TestApp, email: &str) -> Option<UiLocale> {
    app.state.accounts.user_by_email(&EmailAddress::parse(email).unwrap()).await.unwrap().unwrap().language
}

fn subject_to<'a>(mails: &'a [(String, String, String)], to: &str) -> &'a str {
    mails.iter().rev().find(|(t, _, _)| t.contains(to)).map(|(_, s, _)| s.as_str()).unwrap_or_else(|| panic!("no mail to {to}"))
}

#[tokio::test]
async fn registering_on_the_arabic_site_gives_arabic_mails() {
    let app = spawn_app().await;
    let mut layla = app.browser();
    layla.get("/register?lang=ar").await;
    let page = layla.post("/register", &[("email", "layla@example.org"), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert!(page.status < 400, "{}", page.body);
    assert_eq!(subject_to(&app.mails().await, "layla@example.org"), "يُرجى تأكيد عنوان بريدكم الإلكتروني");
    assert_eq!(language_of(&app, "layla@example.org").await, Some(UiLocale::Ar));
}

#[tokio::test]
async fn the_office_invites_in_the_invitee_s_language_and_the_account_keeps_it() {
    let app = spawn_app().await;
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let form = office.get("/organisations/kulturverein-brueckenschlag/members?lang=de").await;
    assert!(form.body.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#), "the inviter's language is preselected");
    let page = office
        .post(
            "/organisations/kulturverein-brueckenschlag/members",
            &[("email", "olena@example.org"), ("role", "owner"), ("language", "uk")],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert!(subject_to(&app.mails().await, "olena@example.org").starts_with("Запрошення"));
    let link = app.link_in_mail("olena@example.org", "/invitation?token=").await;
    assert!(link.ends_with("&lang=uk"), "the link opens the page in Ukrainian: {link}");
    let mut olena = app.browser();
    let page = olena.get(&link).await;
    assert!(page.body.contains(r#"lang="uk""#));
    let token = link.split("token=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    let page = olena.post("/invitation", &[("token", &token), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(language_of(&app, "olena@example.org").await, Some(UiLocale::Uk));
}

#[tokio::test]
async fn a_representative_chooses_the_language_and_introduction_mails_follow_it() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let fields = [("kind", "need"), ("title", "Saal für Familienfest gesucht"), ("category", "rooms"), ("text_lang", "de")];
    let location = vera.post("/organisations/kulturverein-brueckenschlag/items", &fields).await.location.unwrap();
    let need: i64 = location.trim_start_matches("/needs/").split('?').next().unwrap().parse().unwrap();
    let offer = app.state.marketplace.view().suggestions(domain::marketplace::ItemId(need), domain::organisation::Audience::Office)[0]
        .other
        .clone();
    let slug = app.state.directory.index().by_id(offer.org).unwrap().slug().to_owned();
    app.representative_of("anbieter@verein.example", &slug).await;
    let mut anbieter = app.signed_in("anbieter@verein.example", None).await;

    // Nothing chosen: the site's language is preselected; a tampered value is refused.
    let page = anbieter.get("/account?lang=de").await;
    assert!(page.body.contains(r#"<option value="" selected>Sprache der Plattform (Deutsch)</option>"#), "{}", page.body);
    let page = anbieter.post("/account/language", &[("language", "xx")]).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Diese Sprache gibt es hier nicht"));
    assert_eq!(language_of(&app, "anbieter@verein.example").await, None);
    let page = anbieter.post("/account/language", &[("language", "tr")]).await;
    assert_eq!(page.location.as_deref(), Some("/account?language=saved"));
    let page = anbieter.get("/account?language=saved").await;
    assert!(page.body.contains(r#"<option value="tr" lang="tr" selected>Türkçe</option>"#) && page.body.contains(r#"id="saved""#));

    // Vera asks on the German site; the other side reads Turkish.
    let page =
        vera.post("/introductions", &[("need", &need.to_string()), ("offer", &offer.id.0.to_string()), ("message", "Merhaba!")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert!(subject_to(&app.mails().await, "anbieter@verein.example").ends_with("derneğinizle tanışmak istiyor"));
    // Back to the site's language.
    anbieter.post("/account/language", &[("language", "")]).await;
    assert_eq!(language_of(&app, "anbieter@verein.example").await, None);
}
