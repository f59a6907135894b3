//! A newcomer's guided path from an association over HTTP: the join page, registration with a
//! `next` target that only ever stays on this site, confirmation, sign-in, the claim and what
//! happens then; the introduction mail that leads into it; saving one part of the profile alone
//! and previewing the public page before saving.

use domain::accounts::Role;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};

const SLUG: &str = "kulturverein-brueckenschlag";
const PASSWORD: &str = "Wir treffen uns jeden Dienstag";
const JOIN_QUERY: &str = "next=%2Forganisations%2Fkulturverein-brueckenschlag%2Fjoin";

/// Registers `email` with `next` as a form would send it; answers the confirmation link's token.
async fn register(app: &TestApp, browser: &mut Browser, email: &str, next: &str) -> (String, String) {
    let page =
        browser.post("/register?lang=de", &[("email", email), ("password", PASSWORD), ("password_repeat", PASSWORD), ("next", next)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let link = app.link_in_mail(email, "/register/verify?token=").await;
    (page.body, link.split("token=").nth(1).unwrap().to_owned())
}

#[tokio::test]
async fn the_guided_path_leads_from_the_association_through_registration_to_the_claim() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/organisations/{SLUG}?lang=de")).await;
    assert!(page.body.contains(&format!(r#"href="/organisations/{SLUG}/join" id="join-link""#)), "the profile offers the path");

    // Step 1: create an account (or sign in), both leading back here.
    let page = visitor.get(&format!("/organisations/{SLUG}/join?lang=de")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Schritt 1 von 4: Konto anlegen oder anmelden"), "{}", page.body);
    assert!(
        page.body.contains(&format!(r#"href="/register?{JOIN_QUERY}""#)) && page.body.contains(&format!(r#"href="/login?{JOIN_QUERY}""#))
    );
    let page = visitor.get(&format!("/register?{JOIN_QUERY}&lang=de")).await;
    assert!(page.body.contains(&format!(r#"<input type="hidden" name="next" value="/organisations/{SLUG}/join">"#)), "{}", page.body);
    assert!(page.body.contains("Schritt 1 von 4") && page.body.contains("Deutsch-Türkischer Kulturverein Brückenschlag"));

    // A refused form keeps the target.
    let page = visitor
        .post(
            "/register?lang=de",
            &[("email", "selin@verein.example"), ("password", "kurz"), ("next", &format!("/organisations/{SLUG}/join"))],
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(
        page.body.contains(r#"name="next" value="/organisations/kulturverein-brueckenschlag/join""#)
            && page.body.contains("Schritt 1 von 4")
    );

    // Step 2: the mail's link; confirming leads to the sign-in form, which leads on to the claim.
    let (done, token) = register(&app, &mut visitor, "selin@verein.example", &format!("/organisations/{SLUG}/join")).await;
    assert!(done.contains("Schritt 2 von 4: E-Mail-Adresse bestätigen"), "{done}");
    let link = app.link_in_mail("selin@verein.example", "/register/verify?token=").await;
    assert!(!link.contains("next"), "the target rides with the token, not in the mailed URL: {link}");
    let page = visitor.get(&format!("/register/verify?token={token}&lang=de")).await;
    assert!(page.body.contains("Schritt 2 von 4") && page.body.contains("Schritt 3"), "{}", page.body);
    let page = visitor.post("/register/verify", &[("token", &token)]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/login?verified=1&{JOIN_QUERY}")));
    let page = visitor.get(&format!("/login?verified=1&{JOIN_QUERY}&lang=de")).await;
    assert!(page.body.contains("E-Mail-Adresse ist bestätigt") && page.body.contains("Schritt 2 von 4"), "{}", page.body);
    assert!(page.body.contains(&format!(r#"href="/register?{JOIN_QUERY}""#)), "registering from here keeps the target too");
    let page = visitor
        .post("/login", &[("email", "selin@verein.example"), ("password", PASSWORD), ("next", &format!("/organisations/{SLUG}/join"))])
        .await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/join")));

    // Step 3: the claim form, for this association.
    let page = visitor.get(&format!("/organisations/{SLUG}/join?lang=de")).await;
    assert!(
        page.body.contains("Schritt 3 von 4") && page.body.contains(&format!(r#"action="/organisations/{SLUG}/claim""#)),
        "{}",
        page.body
    );
    let page = visitor.post(&format!("/organisations/{SLUG}/claim"), &[("message", "Ich bin die Kassiererin.")]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}?claimed=1")));

    // Step 4: on the profile, at the top, what happens now; the join page says the same.
    let page = visitor.get(&format!("/organisations/{SLUG}?claimed=1&lang=de")).await;
    let top = page.body.split("<article").next().unwrap();
    assert!(top.contains("Schritt 4 von 4") && top.contains("Wie geht es weiter?") && top.contains("prüft Ihren Antrag"), "{top}");
    let page = visitor.get(&format!("/organisations/{SLUG}/join?lang=de")).await;
    assert!(page.body.contains("Schritt 4 von 4") && !page.body.contains("/claim\""), "no second claim: {}", page.body);

    // Once the office confirms, the path ends at the profile form and the contact requests.
    let office = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(office).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.get("/office/review").await;
    let id = page.body.split("/office/claims/").nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert_eq!(office.post(&format!("/office/claims/{id}"), &[("decision", "approve")]).await.status, 303);
    let page = visitor.get(&format!("/organisations/{SLUG}/join?lang=de")).await;
    assert!(page.body.contains(&format!(r#"href="/organisations/{SLUG}/edit""#)) && page.body.contains(r#"href="/introductions""#));
}

#[tokio::test]
async fn a_target_off_this_site_is_never_followed() {
    let app = spawn_app().await;
    let targets = [
        ("https://evil.example/x", "https%3A%2F%2Fevil.example%2Fx"),
        ("//evil.example", "%2F%2Fevil.example"),
        ("/\\evil.example", "%2F%5Cevil.example"),
        ("javascript:alert(1)", "javascript%3Aalert%281%29"),
    ];
    for (i, (bad, encoded)) in targets.into_iter().enumerate() {
        let mut visitor = app.browser();
        let page = visitor.get(&format!("/register?next={encoded}")).await;
        assert!(!page.body.contains(r#"name="next""#), "{bad}: no target carried");
        let email = format!("person{i}@verein.example");
        let (done, token) = register(&app, &mut visitor, &email, bad).await;
        assert!(!done.contains("Schritt 2"), "{bad}: no guided path");
        let page = visitor.post("/register/verify", &[("token", &token)]).await;
        assert_eq!(page.location.as_deref(), Some("/login?verified=1"), "{bad}");
    }
    // A local target that is not a guided path is followed after signing in, without steps.
    let mut visitor = app.browser();
    let (done, token) = register(&app, &mut visitor, "lokal@verein.example", "/organisations?q=chor").await;
    assert!(!done.contains("Schritt"));
    let page = visitor.post("/register/verify", &[("token", &token)]).await;
    assert_eq!(page.location.as_deref(), Some("/login?verified=1&next=%2Forganisations%3Fq%3Dchor"));
    // The join page of an unknown association is not found.
    assert_eq!(app.browser().get("/organisations/gibt-es-nicht/join").await.status, 404);
}

#[tokio::test]
async fn an_introduction_for_an_association_without_an_account_mails_the_guided_path() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let fields = [("kind", "need"), ("title", "Saal für Familienfest gesucht"), ("category", "rooms"), ("text_lang", "de")];
    let location = vera.post(&format!("/organisations/{SLUG}/items"), &fields).await.location.unwrap();
    let need: i64 = location.trim_start_matches("/needs/").split('?').next().unwrap().parse().unwrap();
    let offer = app.state.marketplace.view().suggestions(domain::marketplace::ItemId(need), domain::organisation::Audience::Office)[0]
        .other
        .clone();
    let listing = app.state.directory.index().by_id(offer.org).unwrap();
    assert!(app.state.accounts.members_of(offer.org).await.unwrap().is_empty(), "the demo's offering association has no account");
    let page = vera.post("/introductions", &[("need", &need.to_string()), ("offer", &offer.id.0.to_string()), ("message", "Hallo!")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let mails = app.mails().await;
    let (_, _, body) = mails.iter().find(|(_, subject, _)| subject.contains("kennenlernen")).expect("the request's mail");
    assert!(body.contains(&format!("/organisations/{}/join", listing.slug())), "{body}");
    assert!(!body.contains("/introductions"), "not the bare sign-in behind /introductions: {body}");
}

/// The value of a form field on the edit page.
fn field(html: &str, name: &str) -> String {
    let tag = html.split(&format!(r#"name="{name}""#)).nth(1).unwrap_or_else(|| panic!("no field {name}"));
    tag.split("value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_owned()
}

#[tokio::test]
async fn one_part_of_the_profile_is_saved_alone_after_a_preview() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let before = vera.get(&format!("/organisations/{SLUG}/edit?lang=de")).await.body;
    let (name, street) = (field(&before, "name"), field(&before, "street"));
    assert!(!name.is_empty() && !street.is_empty());

    // Only the contact part is on the page.
    let page = vera.get(&format!("/organisations/{SLUG}/edit?section=contact&lang=de")).await;
    assert!(
        page.body.contains(r#"id="sec-contact""#) && !page.body.contains(r#"id="sec-basics""#) && !page.body.contains(r#"id="persons""#)
    );
    assert!(page.body.contains(r#"<input type="hidden" name="section" value="contact">"#) && page.body.contains("Diesen Teil speichern"));

    // The preview shows the public page with the new address; nothing is saved.
    let contact =
        [("section", "contact"), ("email", "post@brueckenschlag.example"), ("phone", "07141 2345"), ("website", ""), ("social", "")];
    let mut with_preview = contact.to_vec();
    with_preview.push(("preview", "1"));
    let page = vera.post(&format!("/organisations/{SLUG}/edit?lang=de"), &with_preview).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let preview = page.body.split(r#"id="preview""#).nth(1).expect("a preview").split("class=\"edit-form\"").next().unwrap();
    assert!(preview.contains("Vorschau der öffentlichen Seite") && preview.contains("mailto:post@brueckenschlag.example"), "{preview}");
    assert!(preview.contains(&name), "the whole public page, with the parts not on the form");
    assert!(field(&page.body, "email") == "post@brueckenschlag.example", "the form keeps what was typed");
    let unchanged = vera.get(&format!("/organisations/{SLUG}/edit?lang=de")).await.body;
    assert_ne!(field(&unchanged, "email"), "post@brueckenschlag.example", "a preview saves nothing");

    // A mistake in the part is shown in the part, with the input kept.
    let mut wrong = contact.to_vec();
    wrong[1] = ("email", "keine-adresse");
    let page = vera.post(&format!("/organisations/{SLUG}/edit?lang=de"), &wrong).await;
    assert_eq!(page.status, 422);
    assert!(
        page.body.contains(r#"id="sec-contact""#)
            && !page.body.contains(r#"id="sec-basics""#)
            && field(&page.body, "email") == "keine-adresse"
    );

    // Saving the part changes the contact data and nothing else.
    let page = vera.post(&format!("/organisations/{SLUG}/edit"), &contact).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/edit?saved=pending")), "{}", page.body);
    let after = vera.get(&format!("/organisations/{SLUG}/edit?lang=de")).await.body;
    assert_eq!(field(&after, "email"), "post@brueckenschlag.example");
    assert_eq!((field(&after, "name"), field(&after, "street")), (name, street), "the other parts as before");
}
