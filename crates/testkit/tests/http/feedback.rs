//! Feedback after an action: every one-off flag a redirect sets is said on the page it leads to,
//! and each kind of notice (success, information, warning, error) has its own look and word.

use testkit::spawn_app;

/// The notice of one kind on a page, if there is one: its whole text.
fn notice<'a>(html: &'a str, kind: &str) -> Option<&'a str> {
    let start = html.find(&format!("class=\"notice notice-{kind}\""))?;
    let rest = &html[start..];
    Some(&rest[..rest.find("</div></div>").unwrap_or(rest.len())])
}

#[tokio::test]
async fn the_sign_in_form_says_that_the_address_is_confirmed_or_the_password_changed() {
    let app = spawn_app().await;
    let (status, html) = app.text("/login?verified=1&lang=de").await;
    assert_eq!(status, 200);
    let note = notice(&html, "success").expect("a success notice");
    assert!(note.contains("Erledigt") && note.contains("E-Mail-Adresse ist bestätigt"), "{note}");
    assert!(note.contains("role=\"status\""), "{note}");
    let (_, html) = app.text("/login?reset=1&lang=en").await;
    assert!(notice(&html, "success").is_some_and(|n| n.contains("password is changed")), "{html}");
    let (_, html) = app.text("/login?lang=de").await;
    assert!(!html.contains("class=\"notice "), "no notice without a flag");
    let (_, html) = app.text("/login?verified=yes&lang=de").await;
    assert!(!html.contains("class=\"notice "), "only the flag the redirect sets");
}

#[tokio::test]
async fn an_item_page_says_it_was_posted_changed_or_a_suggestion_dismissed() {
    let app = spawn_app().await;
    let (_, needs) = app.text("/needs").await;
    let need = needs.split("href=\"/needs/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    let (_, offers) = app.text("/offers").await;
    let offer = offers.split("href=\"/offers/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    let (_, html) = app.text(&format!("/needs/{need}?posted=1&lang=de")).await;
    assert!(notice(&html, "success").is_some_and(|n| n.contains("Ihr Gesuch ist veröffentlicht")), "{html}");
    let (_, html) = app.text(&format!("/offers/{offer}?posted=1&lang=de")).await;
    assert!(notice(&html, "success").is_some_and(|n| n.contains("Ihr Angebot ist veröffentlicht")), "{html}");
    let (_, html) = app.text(&format!("/needs/{need}?dismissed=1&lang=de")).await;
    assert!(notice(&html, "success").is_some_and(|n| n.contains("ausgeblendet")), "{html}");
    let (_, html) = app.text(&format!("/needs/{need}?lang=de")).await;
    assert!(!html.contains("class=\"notice "));
}

#[tokio::test]
async fn errors_are_announced_with_their_own_look_and_word() {
    let app = spawn_app().await;
    let (status, html) = app.text("/needs?category=Raumfahrt&lang=de").await;
    assert_eq!(status, 400);
    let note = notice(&html, "error").expect("an error notice");
    assert!(note.contains("role=\"alert\"") && note.contains("Fehler"), "{note}");
    assert!(notice(&html, "success").is_none());
}

#[tokio::test]
async fn the_account_page_welcomes_and_introductions_confirm_the_request() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let page = vera.get("/account?welcome=1&lang=de").await;
    assert!(notice(&page.body, "success").is_some_and(|n| n.contains("Willkommen")), "{}", page.body);
    let page = vera.get("/account?lang=de").await;
    assert!(!page.body.contains("Willkommen!"));
    let page = vera.get("/introductions?asked=1&lang=de").await;
    assert!(notice(&page.body, "success").is_some_and(|n| n.contains("Ihre Anfrage ist verschickt")), "{}", page.body);
}

#[tokio::test]
async fn a_newcomer_without_an_association_is_told_why_no_request_shows_and_the_office_sees_what_waits() {
    let app = spawn_app().await;
    let (slug, other) = ("kulturverein-brueckenschlag", "circolo-il-ponte");
    let asker = app.representative_of("vera@verein.example", other).await;
    let index = app.state.directory.index();
    let (target, requester) = (index.get(slug).unwrap().id(), index.get(other).unwrap().id());
    let view = app.state.marketplace.view();
    let audience = domain::organisation::Audience::Office;
    let need = view.of_organisation(requester, audience).into_iter().find(|i| i.kind == domain::marketplace::ItemKind::Need).unwrap().id;
    let offer = view.of_organisation(target, audience).into_iter().find(|i| i.kind == domain::marketplace::ItemKind::Offer).unwrap().id;
    let request = app::ports::NewIntroduction {
        need,
        offer,
        requester_org: requester,
        responder_org: target,
        requested_by: asker,
        state: domain::marketplace::IntroductionState::Requested,
        message: String::new(),
    };
    app.state.marketplace.introductions().create_introduction(&request).await.unwrap();

    app.user("neu@verein.example", domain::accounts::Role::Representative).await;
    let mut newcomer = app.signed_in("neu@verein.example", None).await;
    let page = newcomer.get("/introductions?lang=de").await;
    let note = notice(&page.body, "info").expect("an explanation, not only 'none yet'");
    assert!(note.contains("noch mit keinem Verein verbunden") && note.contains("Das ist unser Verein"), "{note}");
    let page = newcomer.post(&format!("/organisations/{slug}/claim"), &[("message", "")]).await;
    assert_eq!(page.status, 303);

    let id = app.user("koordination@stadt.example", domain::accounts::Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.get("/office/review?lang=de").await;
    let claim = page.body.split("class=\"hint claim-context\"").nth(1).expect("the claim's context").split("</p>").next().unwrap();
    assert!(claim.contains("Eine Kontaktanfrage wartet auf diesen Verein") && claim.contains("Il Ponte"), "{claim}");
    if !page.body.contains("class=\"review-item\" aria-labelledby=\"r-") {
        assert!(!page.body.contains("id=\"review-empty\""), "no 'Nichts zu prüfen' under a claim");
    }
}
