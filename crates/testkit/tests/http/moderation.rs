//! The self-service path over HTTP: invitation → password → edit → pending → the office
//! approves (with its second factor) → the public sees the change; plus rejection with a
//! comment, history and restore, and consent withdrawn at once.

use domain::accounts::Role;
use domain::profile_form::ProfileInput;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp, PASSWORD};

const SLUG: &str = "kulturverein-brueckenschlag";

/// The edit form's fields for a profile, as a browser would send them.
pub(crate) fn fields(input: &ProfileInput) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![
        ("name".into(), input.name.clone()),
        ("short_name".into(), input.short_name.clone()),
        ("legal_form".into(), input.legal_form.clone()),
        ("founded".into(), input.founded.clone()),
        ("origins".into(), input.origins.clone()),
        ("street".into(), input.street.clone()),
        ("postcode".into(), input.postcode.clone()),
        ("city".into(), input.city.clone()),
        ("district".into(), input.district.clone()),
        ("lat".into(), input.lat.clone()),
        ("lon".into(), input.lon.clone()),
        ("wheelchair".into(), input.wheelchair.clone()),
        ("email".into(), input.email.clone()),
        ("phone".into(), input.phone.clone()),
        ("website".into(), input.website.clone()),
        ("social".into(), input.social.clone()),
    ];
    if input.mso {
        out.push(("mso".into(), "on".into()));
    }
    for (kind, texts) in [("summary", &input.summary), ("description", &input.description), ("meeting_times", &input.meeting_times)] {
        out.extend(texts.iter().map(|(l, t)| (format!("{kind}.{l}"), t.clone())));
    }
    out.extend(input.categories.iter().map(|c| ("categories".into(), c.clone())));
    out.extend(input.target_groups.iter().map(|c| ("target_groups".into(), c.clone())));
    out.extend(input.languages.iter().map(|c| ("languages".into(), c.clone())));
    for (i, p) in input.persons.iter().enumerate() {
        out.push((format!("persons.{i}.name"), p.name.clone()));
        out.push((format!("persons.{i}.function"), p.function.clone()));
        out.push((format!("persons.{i}.email"), p.email.clone()));
        out.push((format!("persons.{i}.phone"), p.phone.clone()));
        out.push((format!("persons.{i}.visibility"), p.visibility.clone()));
        if p.consent {
            out.push((format!("persons.{i}.consent"), "on".into()));
        }
    }
    out
}

async fn post_profile(browser: &mut Browser, input: &ProfileInput) -> testkit::browser::Page {
    let owned = fields(input);
    let borrowed: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    browser.post(&format!("/organisations/{SLUG}/edit"), &borrowed).await
}

async fn published(app: &TestApp) -> domain::organisation::Profile {
    app.state.directory.store().organisation(&domain::slug::Slug::parse(SLUG).unwrap()).await.unwrap().unwrap().profile
}

async fn mails_to(app: &TestApp, address: &str) -> usize {
    app.mails().await.iter().filter(|(to, _, _)| to.contains(address)).count()
}

async fn coordinator(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

#[tokio::test]
async fn invitation_edit_review_and_publication() {
    let app = spawn_app().await;
    let mut office = coordinator(&app).await;

    // The office invites a representative; the mail carries a single-use link.
    let page = office.post(&format!("/organisations/{SLUG}/members"), &[("email", "Vera@Verein.example"), ("role", "owner")]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/members?sent=1")), "{}", page.body);
    let link = app.link_in_mail("vera@verein.example", "/invitation?token=").await;
    let mut vera = app.browser();
    let page = vera.get(&link).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Kulturverein"), "the invitation names the association");
    let token = link.split("token=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    let page = vera.post("/invitation", &[("token", &token), ("password", PASSWORD), ("password_repeat", "anders anders anders")]).await;
    assert_eq!(page.status, 422, "mismatched passwords are refused, the form stays");
    let page = vera.post("/invitation", &[("token", &token), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let page = vera.get("/account").await;
    assert!(page.body.contains(&format!("/organisations/{SLUG}/edit")), "the association is on the account page");
    let page = app.browser().post("/invitation", &[("token", &token), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert_eq!(page.status, 404, "the link works once");

    // Vera edits; the public still sees the approved version.
    let before = published(&app).await;
    let mut input = ProfileInput::from_profile(&before);
    input.summary.retain(|(l, _)| l != "de");
    input.summary.push(("de".into(), "Neuer Satz über unsere Arbeit".into()));
    let page = post_profile(&mut vera, &input).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/edit?saved=pending")), "{}", page.body);
    let page = vera.get(&format!("/organisations/{SLUG}/edit?saved=pending")).await;
    assert!(page.body.contains("pending-note") && page.body.contains("Neuer Satz über unsere Arbeit"));
    let public = app.browser().get(&format!("/organisations/{SLUG}")).await;
    assert!(!public.body.contains("Neuer Satz über unsere Arbeit"), "not public before review");

    // A bad field keeps the input and names the problem.
    let mut bad = input.clone();
    bad.postcode = "7163".into();
    bad.name = "Kulturverein Brückenschlag – neu".into();
    let page = post_profile(&mut vera, &bad).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("fünfstellige Postleitzahl") && page.body.contains("Kulturverein Brückenschlag – neu"));

    // The office sees the diff, must give a reason to reject, and approves.
    let page = office.get("/office/review").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Neuer Satz über unsere Arbeit") && page.body.contains("vera@verein.example"), "{}", page.body);
    let number = page.body.split(&format!("/office/review/{SLUG}/")).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let page = office.post(&format!("/office/review/{SLUG}/{number}"), &[("decision", "reject"), ("comment", "")]).await;
    assert_eq!(page.status, 422);
    let page =
        office.post(&format!("/office/review/{SLUG}/{number}"), &[("decision", "approve"), ("comment", "Danke, gut ergänzt!")]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=approved"));
    let public = app.browser().get(&format!("/organisations/{SLUG}")).await;
    assert!(public.body.contains("Neuer Satz über unsere Arbeit"), "public after approval");
    let mails = app.mails().await;
    assert!(
        mails.iter().any(|(to, subject, body)| to.contains("vera@verein.example")
            && subject.contains("veröffentlicht")
            && body.contains("Kommentar des Integrationsbüros: Danke, gut ergänzt!")),
        "the reviewer's comment reaches the author: {mails:?}"
    );

    // History shows both versions; restoring the first asks first, showing what would change.
    let page = office.get(&format!("/organisations/{SLUG}/history")).await;
    assert!(page.body.contains("/history/1/restore"), "{}", page.body);
    assert!(!page.body.contains("action=\"/organisations/kulturverein-brueckenschlag/history/1/restore\""), "no one-click restore");
    let approved = published(&app).await.summary;
    let page = office.get(&format!("/organisations/{SLUG}/history/1/restore")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Fassung 1 wiederherstellen?") && page.body.contains("Neuer Satz über unsere Arbeit"), "{}", page.body);
    assert_eq!(published(&app).await.summary, approved, "asking changes nothing");
    assert_ne!(approved, before.summary);
    let told_before = mails_to(&app, "vera@verein.example").await;
    let page = office.post(&format!("/organisations/{SLUG}/history/1/restore"), &[]).await;
    assert_eq!(page.status, 303);
    let location = page.location.clone().unwrap_or_default();
    assert_eq!(location, format!("/organisations/{SLUG}/history?from=1&restored=3&told=1"));
    assert_eq!(published(&app).await.summary, before.summary, "the first version is public again");
    let page = office.get(&location).await;
    assert!(page.body.contains("Fassung 1 ist wiederhergestellt, als neue Fassung 3"), "{}", page.body);
    assert!(page.body.contains("wiederhergestellt aus Fassung 1"), "the new version is labelled");
    assert_eq!(mails_to(&app, "vera@verein.example").await, told_before + 1, "the editor is told");
    let mails = app.mails().await;
    assert!(mails.iter().any(|(to, subject, body)| to.contains("vera@verein.example")
        && subject.contains("frühere Fassung")
        && body.contains(&format!("/organisations/{SLUG}/history"))));

    // Archiving sits in the danger zone and asks first.
    let page = office.get(&format!("/organisations/{SLUG}/history")).await;
    let danger = page.body.split("class=\"danger-zone\"").nth(1).expect("a danger zone");
    assert!(danger.contains(&format!("href=\"/organisations/{SLUG}/archive\"")), "{danger}");
    assert!(!page.body.split("class=\"danger-zone\"").next().unwrap().contains("/archive"), "archiving only in the danger zone");
    let page = office.get(&format!("/organisations/{SLUG}/archive")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("archivieren?") && page.body.contains("name=\"value\" value=\"1\""), "{}", page.body);
    assert!(app.browser().get(&format!("/organisations/{SLUG}")).await.status == 200, "asking archives nothing");
    let page = vera.get(&format!("/organisations/{SLUG}/history")).await;
    assert_eq!(page.status, 200, "representatives see their history");
    assert!(!page.body.contains("/restore"), "but cannot restore");
    let audit = app.state.accounts.audit_events(20).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    assert!(
        actions.contains(&"revision.approve") && actions.contains(&"revision.restore") && actions.contains(&"invitation.send"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_rejection_needs_a_comment_that_reaches_the_author() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let mut input = ProfileInput::from_profile(&published(&app).await);
    input.website = "https://werbung.example".into();
    assert_eq!(post_profile(&mut vera, &input).await.status, 303);
    let mut office = coordinator(&app).await;
    let page = office.get("/office/review").await;
    let number = page.body.split(&format!("/office/review/{SLUG}/")).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let page = office
        .post(&format!("/office/review/{SLUG}/{number}"), &[("decision", "reject"), ("comment", "Bitte die Vereinsseite angeben.")])
        .await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=rejected"));
    let mails = app.mails().await;
    let (_, _, body) = mails.iter().find(|(to, subject, _)| to.contains("vera@") && subject.contains("nicht freigegeben")).unwrap();
    assert!(body.contains("Bitte die Vereinsseite angeben."));
    assert_ne!(published(&app).await.contact.website.as_deref(), Some("https://werbung.example"));
}

#[tokio::test]
async fn consent_given_shows_a_person_and_withdrawn_hides_them_at_once() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", SLUG).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let mut input = ProfileInput::from_profile(&published(&app).await);
    input.persons.push(domain::profile_form::PersonInput {
        name: "Selin Aydın".into(),
        email: "selin@verein.example".into(),
        visibility: "public".into(),
        consent: true,
        ..Default::default()
    });
    assert_eq!(post_profile(&mut vera, &input).await.status, 303);
    let mut office = coordinator(&app).await;
    let page = office.get("/office/review").await;
    let number = page.body.split(&format!("/office/review/{SLUG}/")).nth(1).unwrap().split('"').next().unwrap().to_owned();
    office.post(&format!("/office/review/{SLUG}/{number}"), &[("decision", "approve")]).await;
    let public = app.browser().get(&format!("/organisations/{SLUG}")).await;
    assert!(public.body.contains("Selin Aydın") && public.body.contains("selin@verein.example"));
    let stored = published(&app).await;
    let consent = stored.contact_persons.iter().find(|p| p.name == "Selin Aydın").unwrap().consent.clone().unwrap();
    assert!(consent.recorded_by.unwrap().starts_with("user:"), "who recorded the consent is kept");

    // Withdrawn: gone from the public page at once, without review.
    let mut input = ProfileInput::from_profile(&stored);
    input.persons.iter_mut().filter(|p| p.name == "Selin Aydın").for_each(|p| p.consent = false);
    let page = post_profile(&mut vera, &input).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/edit?saved=published")), "{}", page.body);
    let public = app.browser().get(&format!("/organisations/{SLUG}")).await;
    assert!(!public.body.contains("Selin Aydın"));
    // The consent record stays in the history.
    let history = app.state.directory.revisions().revision_history(stored_id(&app).await).await.unwrap();
    assert!(history.iter().any(|r| r.profile.contact_persons.iter().any(|p| p.name == "Selin Aydın" && p.consent.is_some())));
}

async fn stored_id(app: &TestApp) -> domain::ids::OrgId {
    app.state.directory.index().get(SLUG).unwrap().id()
}

#[tokio::test]
async fn registration_and_password_reset_reveal_no_account() {
    let app = spawn_app().await;
    app.user("vera@verein.example", Role::Representative).await;
    let mut browser = app.browser();
    let known = browser.post("/register", &[("email", "vera@verein.example"), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    let new = browser.post("/register", &[("email", "neu@verein.example"), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert_eq!((known.status, new.status), (200, 200));
    let strip =
        |body: &str, email: &str| body.replace(email, "EMAIL").replace(&app.browser().cookies.get("x").cloned().unwrap_or_default(), "");
    let between = |body: &str| body.split("form-done").nth(1).unwrap_or_default().split("</div>").next().unwrap_or_default().to_owned();
    assert_eq!(between(&strip(&known.body, "vera@verein.example")), between(&strip(&new.body, "neu@verein.example")), "the same answer");
    // The new address can log in only after confirming.
    let page = browser.post("/login", &[("email", "neu@verein.example"), ("password", PASSWORD)]).await;
    assert_eq!(page.status, 401);
    let link = app.link_in_mail("neu@verein.example", "/register/verify?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    assert_eq!(browser.get(&link).await.status, 200);
    assert_eq!(browser.post("/register/verify", &[("token", &token)]).await.status, 303);
    assert_eq!(browser.post("/register/verify", &[("token", &token)]).await.status, 422, "used once");
    let page = browser.post("/login", &[("email", "neu@verein.example"), ("password", PASSWORD)]).await;
    assert_eq!(page.status, 303);
    // The existing account's owner got a reset link instead of a second account.
    let reset = app.link_in_mail("vera@verein.example", "/password/reset?token=").await;
    let token = reset.split("token=").nth(1).unwrap().to_owned();
    let mut other = app.browser();
    let page = other.post("/password/reset", &[("token", &token), ("password", "kurz"), ("password_repeat", "kurz")]).await;
    assert_eq!(page.status, 422, "a weak password keeps the link usable");
    let new_password = "Neues Passwort für den Verein";
    let page = other.post("/password/reset", &[("token", &token), ("password", new_password), ("password_repeat", new_password)]).await;
    assert_eq!(page.status, 303);
    let page = other.post("/login", &[("email", "vera@verein.example"), ("password", new_password)]).await;
    assert_eq!(page.status, 303);
    // Forgot-password answers alike for unknown addresses.
    let a = app.browser().post("/password/forgot", &[("email", "niemand@verein.example")]).await;
    assert_eq!(a.status, 200);
    assert!(a.body.contains("form-done"));
}

#[tokio::test]
async fn expired_links_are_refused() {
    let app = spawn_app().await;
    let token = app::accounts::tokens::new_secret();
    let expired = app::ports::NewToken {
        token_hash: app::accounts::tokens::hash_secret(&token),
        purpose: app::ports::TokenPurpose::ResetPassword,
        user: Some(app.user("vera@verein.example", Role::Representative).await),
        email: None,
        organisation: None,
        payload: "{}".into(),
        expires_at: app.state.clock.now().unix_secs() - 1,
    };
    app.state.accounts.create_token(&expired).await.unwrap();
    let mut browser = app.browser();
    assert_eq!(browser.get(&format!("/password/reset?token={token}")).await.status, 404);
    let page = browser.post("/password/reset", &[("token", &token), ("password", PASSWORD), ("password_repeat", PASSWORD)]).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("abgelaufen"));
}

#[tokio::test]
async fn a_registered_representative_claims_an_association_and_the_office_confirms() {
    let app = spawn_app().await;
    app.user("neu@verein.example", Role::Representative).await;
    let mut rep = app.signed_in("neu@verein.example", None).await;
    let page = rep.get(&format!("/organisations/{SLUG}")).await;
    assert!(page.body.contains(&format!("/organisations/{SLUG}/claim")), "signed-in visitors may claim");
    let page = rep.post(&format!("/organisations/{SLUG}/claim"), &[("message", "Ich bin Kassiererin.")]).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}?claimed=1")));
    assert_eq!(rep.get(&format!("/organisations/{SLUG}/edit")).await.status, 403, "not before the office confirms");
    let mut office = coordinator(&app).await;
    let page = office.get("/office/review").await;
    assert!(page.body.contains("Ich bin Kassiererin.") && page.body.contains("neu@verein.example"));
    let id = page.body.split("/office/claims/").nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert_eq!(mails_to(&app, "neu@verein.example").await, 0, "nothing before the decision");
    let page = office.post(&format!("/office/claims/{id}"), &[("decision", "approve")]).await;
    assert_eq!(page.status, 303);
    assert_eq!(rep.get(&format!("/organisations/{SLUG}/edit")).await.status, 200, "now an owner");

    // The claimant is told, with the link to the edit page.
    let link = app.link_in_mail("neu@verein.example", &format!("/organisations/{SLUG}/edit")).await;
    assert_eq!(link, format!("/organisations/{SLUG}/edit"));
    let mails = app.mails().await;
    assert!(mails.iter().any(|(to, subject, _)| to.contains("neu@verein.example") && subject.contains("jetzt bearbeiten")), "{mails:?}");

    // Deciding again fails and sends nothing.
    let page = office.post(&format!("/office/claims/{id}"), &[("decision", "reject")]).await;
    assert_eq!(page.status, 409);
    assert_eq!(mails_to(&app, "neu@verein.example").await, 1);
    assert_eq!(rep.get(&format!("/organisations/{SLUG}/edit")).await.status, 200, "still an owner");
}

#[tokio::test]
async fn a_rejected_claim_is_answered_politely_and_gives_no_access() {
    let app = spawn_app().await;
    app.user("neu@verein.example", Role::Representative).await;
    let mut rep = app.signed_in("neu@verein.example", None).await;
    let page = rep.post(&format!("/organisations/{SLUG}/claim"), &[("message", "Ich war mal Mitglied.")]).await;
    assert_eq!(page.status, 303);
    let mut office = coordinator(&app).await;
    let page = office.get("/office/review").await;
    let id = page.body.split("/office/claims/").nth(1).unwrap().split('"').next().unwrap().to_owned();

    // A representative cannot decide; that sends nothing either.
    assert_eq!(rep.post(&format!("/office/claims/{id}"), &[("decision", "approve")]).await.status, 403);
    assert_eq!(mails_to(&app, "neu@verein.example").await, 0);

    let reason = "Der Vorstand kennt Sie nicht; bitte wenden Sie sich an ihn.";
    let page = office.post(&format!("/office/claims/{id}"), &[("decision", "reject"), ("comment", reason)]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=claim"));
    assert_eq!(rep.get(&format!("/organisations/{SLUG}/edit")).await.status, 403, "no access");
    let mails = app.mails().await;
    let (_, _, body) = mails
        .iter()
        .find(|(to, subject, _)| to.contains("neu@verein.example") && subject.contains("Ihr Antrag"))
        .unwrap_or_else(|| panic!("no rejection mail: {mails:?}"));
    assert!(body.contains("nicht bestätigen") && !body.contains("/edit"), "{body}");
    assert!(body.contains(&format!("Begründung des Integrationsbüros: {reason}")), "the office's reason: {body}");
    assert_eq!(app.link_in_mail("neu@verein.example", "/organisations/").await, format!("/organisations/{SLUG}"), "the public profile");

    let page = office.post(&format!("/office/claims/{id}"), &[("decision", "approve")]).await;
    assert_eq!(page.status, 409);
    assert_eq!(mails_to(&app, "neu@verein.example").await, 1);
}

#[tokio::test]
async fn a_profile_without_a_position_is_placed_by_its_address_or_district() {
    let app = spawn_app().await;
    let mut office = coordinator(&app).await;
    let before = published(&app).await;
    let mut input = ProfileInput::from_profile(&before);
    (input.lat, input.lon) = (String::new(), String::new());
    let page = post_profile(&mut office, &input).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/edit?saved=published")), "office edits publish at once");
    let after = published(&app).await;
    let point = after.position.expect("placed again from the postcode or district");
    assert!((48.8..49.0).contains(&point.lat()) && (9.1..9.3).contains(&point.lon()), "{point:?}");
}

/// The map's GeoJSON is built once per index and kept; an office edit makes a new index, so the
/// next answer (plain and gzip) already shows the change.
#[tokio::test]
async fn the_map_shows_an_edit_at_once_though_its_geojson_was_kept() {
    use std::io::Read;

    let app = spawn_app().await;
    let name_of = |json: &serde_json::Value| {
        json["features"].as_array().unwrap().iter().find(|f| f["properties"]["slug"] == SLUG).map(|f| f["properties"]["name"].clone())
    };
    let gzipped = || async {
        let response = app.client.get(app.url("/api/v1/organisations.geojson")).header("accept-encoding", "gzip").send().await.unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip");
        assert_eq!(response.headers()["vary"], "accept-encoding");
        let mut json = String::new();
        flate2::read::GzDecoder::new(&response.bytes().await.unwrap()[..]).read_to_string(&mut json).unwrap();
        serde_json::from_str::<serde_json::Value>(&json).unwrap()
    };
    let (_, before) = app.json("/api/v1/organisations.geojson").await;
    let old_name = name_of(&before).expect("on the map");
    assert_eq!(name_of(&gzipped().await), Some(old_name.clone()));
    let (_, again) = app.json("/api/v1/organisations.geojson").await;
    assert_eq!(again, before, "kept");

    let mut office = coordinator(&app).await;
    let mut input = ProfileInput::from_profile(&published(&app).await);
    input.name = "Brückenschlag Kulturverein (neu)".into();
    let page = post_profile(&mut office, &input).await;
    assert_eq!(page.location.as_deref(), Some(&*format!("/organisations/{SLUG}/edit?saved=published")));

    let (_, after) = app.json("/api/v1/organisations.geojson").await;
    assert_eq!(name_of(&after), Some(serde_json::json!("Brückenschlag Kulturverein (neu)")), "the edit, at once");
    assert_eq!(name_of(&gzipped().await), Some(serde_json::json!("Brückenschlag Kulturverein (neu)")), "gzip too");
}
