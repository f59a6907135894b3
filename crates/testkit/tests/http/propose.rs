//! Proposing a new association without an account: duplicate warning first, then a
//! confirmation link by mail, then the office's review queue; nothing public before approval.

use domain::accounts::Role;
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp};

const PROPOSER: &str = "ayse@example.org";
/// Close to the demo's "Deutsch-Türkischer Kulturverein Brückenschlag e.V.".
const SIMILAR: &str = "Deutsch-Türkischer Kulturverein Brückenschlag Ludwigsburg";
const SIMILAR_SLUG: &str = "deutsch-tuerkischer-kulturverein-brueckenschlag-ludwigsburg";

fn proposal(name: &str, email: &str, category: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", name.to_owned()),
        ("legal_form", "registered_association".into()),
        ("summary.de", "Wir verbinden Nachbarn über Sprachgrenzen hinweg.".into()),
        ("summary.en", "We connect neighbours across languages.".into()),
        ("categories", category.to_owned()),
        ("languages", "de".into()),
        ("languages", "tr".into()),
        ("street", "Marktplatz 1".into()),
        ("postcode", "71634".into()),
        ("city", "Ludwigsburg".into()),
        ("email", "info@bruecke.example".into()),
        ("proposer_email", email.to_owned()),
        ("note", "Ich bin die Kassiererin.".into()),
    ]
}

async fn send(browser: &mut Browser, fields: &[(&'static str, String)]) -> Page {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post("/organisations/propose", &borrowed).await
}

fn category(app: &TestApp) -> String {
    app.state.directory.index().categories().first().unwrap().key.clone()
}

async fn coordinator(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

async fn mails_to(app: &TestApp, address: &str) -> usize {
    app.mails().await.iter().filter(|(to, _, _)| to.contains(address)).count()
}

/// Proposes an association with a name like no other and confirms the link, so that it waits
/// in the review queue; its slug.
async fn confirmed_proposal(app: &TestApp, name: &str) -> String {
    let page = send(&mut app.browser(), &proposal(name, PROPOSER, &category(app))).await;
    assert!(page.body.contains("propose-sent"), "{}", page.body);
    let link = app.link_in_mail(PROPOSER, "/organisations/propose/verify?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let page = app.browser().post("/organisations/propose/verify", &[("token", &token)]).await;
    assert!(page.body.contains("propose-done"), "{}", page.body);
    domain::slug::Slug::from_name(name).unwrap().to_string()
}

async fn stored_proposals(app: &TestApp) -> usize {
    app.state.directory.revisions().pending_reviews().await.unwrap().iter().filter(|p| p.is_new).count()
}

#[tokio::test]
async fn a_proposal_warns_of_duplicates_is_confirmed_by_mail_reviewed_and_published() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let page = visitor.get("/organisations").await;
    assert!(page.body.contains("/organisations/propose"), "the directory links to the proposal form");
    let page = visitor.get("/organisations/propose").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("proposer_email"));

    // A similar name: the visitor is asked first; nothing is stored or sent.
    let fields = proposal(SIMILAR, PROPOSER, &category(&app));
    let page = send(&mut visitor, &fields).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("possible-duplicates"), "{}", page.body);
    assert!(page.body.contains("/organisations/kulturverein-brueckenschlag"), "the candidate links to its profile");
    assert!(page.body.contains(SIMILAR) && page.body.contains("Ich bin die Kassiererin."), "the input is kept");
    assert_eq!(stored_proposals(&app).await, 0);
    assert!(app.mails().await.is_empty(), "no mail before the visitor confirms");

    // "No, a different association": the link is mailed, still nothing in the queue.
    let mut confirmed = fields.clone();
    confirmed.push(("confirm_new", "1".into()));
    let page = send(&mut visitor, &confirmed).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("propose-sent") && page.body.contains(PROPOSER), "{}", page.body);
    assert_eq!(stored_proposals(&app).await, 0, "nothing stored before the address is confirmed");
    let link = app.link_in_mail(PROPOSER, "/organisations/propose/verify?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_owned();

    // Opening the link asks to confirm; posting creates the pending proposal.
    let page = app.browser().get(&link).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(SIMILAR));
    assert_eq!(stored_proposals(&app).await, 0, "opening the link alone stores nothing");
    let page = app.browser().post("/organisations/propose/verify", &[("token", &token)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("propose-done"));
    assert_eq!(stored_proposals(&app).await, 1);
    let page = app.browser().post("/organisations/propose/verify", &[("token", &token)]).await;
    assert_eq!(page.status, 404, "the link works once");
    assert_eq!(stored_proposals(&app).await, 1);

    // Not public before review.
    let public = app.browser().get(&format!("/organisations/{SIMILAR_SLUG}")).await;
    assert_eq!(public.status, 404);
    let list = app.browser().get("/organisations?q=Ludwigsburg+Brückenschlag").await;
    assert!(!list.body.contains(SIMILAR_SLUG));

    // The office sees it as new, with the proposer, the duplicate and the note in the log.
    let mut office = coordinator(&app).await;
    let page = office.get("/office/review").await;
    assert!(page.body.contains(SIMILAR) && page.body.contains(PROPOSER), "{}", page.body);
    assert!(page.body.contains("/organisations/kulturverein-brueckenschlag\""), "the duplicate is listed for the office");
    let audit = app.state.accounts.audit_events(10).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "organisation.propose" && e.detail == "Ich bin die Kassiererin."), "{audit:?}");

    // Approving publishes it.
    let page = office.post(&format!("/office/review/{SIMILAR_SLUG}/1"), &[("decision", "approve"), ("comment", "")]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=approved"), "{}", page.body);
    let public = app.browser().get(&format!("/organisations/{SIMILAR_SLUG}")).await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("Wir verbinden Nachbarn"));

    // The proposer is told, with the link to the public profile.
    let link = app.link_in_mail(PROPOSER, &format!("/organisations/{SIMILAR_SLUG}")).await;
    assert_eq!(link, format!("/organisations/{SIMILAR_SLUG}"), "the public profile, not the edit page");
    let mails = app.mails().await;
    assert!(mails.iter().any(|(to, subject, _)| to.contains(PROPOSER) && subject.contains("veröffentlicht")), "{mails:?}");
    assert_eq!(mails_to(&app, PROPOSER).await, 2, "the confirmation link and the approval");

    // A second decision fails and sends nothing.
    let page = office.post(&format!("/office/review/{SIMILAR_SLUG}/1"), &[("decision", "reject"), ("comment", "Doch nicht.")]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=conflict"));
    assert_eq!(mails_to(&app, PROPOSER).await, 2);
}

#[tokio::test]
async fn a_rejected_proposal_stays_private_and_the_proposer_learns_why() {
    let app = spawn_app().await;
    let slug = confirmed_proposal(&app, "Eritreischer Elternverein Asperg").await;
    let mut office = coordinator(&app).await;

    // A rejection without a reason is refused, and nobody is mailed.
    let page = office.post(&format!("/office/review/{slug}/1"), &[("decision", "reject"), ("comment", " ")]).await;
    assert_eq!(page.status, 422);
    assert_eq!(mails_to(&app, PROPOSER).await, 1, "only the confirmation link");

    let reason = "Bitte den vollständigen Vereinsnamen und die Satzung angeben.";
    let page = office.post(&format!("/office/review/{slug}/1"), &[("decision", "reject"), ("comment", reason)]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=rejected"), "{}", page.body);
    assert_eq!(app.browser().get(&format!("/organisations/{slug}")).await.status, 404, "still not public");
    let mails = app.mails().await;
    let (_, _, body) = mails
        .iter()
        .find(|(to, subject, _)| to.contains(PROPOSER) && subject.contains("nicht aufgenommen"))
        .unwrap_or_else(|| panic!("no rejection mail: {mails:?}"));
    assert!(body.contains(reason) && body.contains("Eritreischer Elternverein Asperg"), "{body}");
    assert!(body.contains("/organisations/propose\n") || body.contains("/organisations/propose\r\n"), "a new proposal can be sent: {body}");

    // Deciding again fails and sends nothing.
    let page = office.post(&format!("/office/review/{slug}/1"), &[("decision", "approve"), ("comment", "")]).await;
    assert_eq!(page.location.as_deref(), Some("/office/review?done=conflict"));
    assert_eq!(mails_to(&app, PROPOSER).await, 2);
}

#[tokio::test]
async fn a_new_name_goes_straight_to_the_mail_and_bad_input_is_kept_with_field_errors() {
    let app = spawn_app().await;
    let mut visitor = app.browser();

    // A bad postcode and website: the form comes back with the input and the messages.
    let mut fields = proposal("Eritreischer Elternverein Asperg", PROPOSER, &category(&app));
    fields.retain(|(k, _)| *k != "postcode" && *k != "website");
    fields.push(("postcode", "7163".into()));
    fields.push(("website", "nicht eine adresse".into()));
    let page = send(&mut visitor, &fields).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("fünfstellige Postleitzahl") && page.body.contains("err-postcode"), "{}", page.body);
    assert!(page.body.contains("err-website"));
    assert!(page.body.contains("Eritreischer Elternverein Asperg") && page.body.contains("Ich bin die Kassiererin."));

    // Without the proposer's address: refused, nothing sent.
    let mut fields = proposal("Eritreischer Elternverein Asperg", "", &category(&app));
    let page = send(&mut visitor, &fields).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("err-proposer_email"), "{}", page.body);
    fields.retain(|(k, _)| *k != "proposer_email");
    fields.push(("proposer_email", "keine-adresse".into()));
    assert_eq!(send(&mut visitor, &fields).await.status, 422);
    assert!(app.mails().await.is_empty());

    // A name like no other: no question, the link is mailed at once.
    let page = send(&mut visitor, &proposal("Eritreischer Elternverein Asperg", PROPOSER, &category(&app))).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("possible-duplicates") && page.body.contains("propose-sent"), "{}", page.body);
    let link = app.link_in_mail(PROPOSER, "/organisations/propose/verify?token=").await;
    assert!(link.len() > 40);

    // A made-up link is refused.
    let page = app.browser().get("/organisations/propose/verify?token=abc").await;
    assert_eq!(page.status, 404);
}

/// Arabic pages and mails isolate the placeables of their sentences: a name ending in "e.V." and
/// the address in parentheses keep their punctuation where it belongs.
#[tokio::test]
async fn an_arabic_page_and_mail_isolate_a_name_ending_in_ev_and_the_address() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let name = "Eritreischer Elternverein Asperg e.V.";
    let fields = proposal(name, PROPOSER, &category(&app));
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = visitor.post("/organisations/propose?lang=ar", &borrowed).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(page.body.contains(&format!("\u{2068}{PROPOSER}\u{2069}")), "the address isolated: {}", page.body);
    assert!(page.body.contains(&format!("«\u{2068}{name}\u{2069}»")), "the name isolated inside its quotes: {}", page.body);

    let mails = app.mails().await;
    let (_, subject, body) = mails.iter().find(|(to, _, _)| to.contains(PROPOSER)).expect("the confirmation mail");
    assert!(subject.contains(&format!("«\u{2068}{name}\u{2069}»")), "{subject:?}");
    assert!(body.contains(&format!("«\u{2068}{name}\u{2069}»")), "{body:?}");
    assert!(
        body.lines().any(|l| l.starts_with("http") && l.contains("/organisations/propose/verify?token=")),
        "a bare link line: {body:?}"
    );
}

/// The proposer's address has one `aria-describedby` with its hint and its message.
#[tokio::test]
async fn the_proposer_address_is_described_by_hint_and_message_in_one_attribute() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let page = send(&mut visitor, &proposal("Chor der Nachbarn Asperg", "", &category(&app))).await;
    assert_eq!(page.status, 422);
    let input = page.body.split(r#"id="f-proposer_email""#).nth(1).and_then(|rest| rest.split('>').next()).unwrap_or_default();
    assert_eq!(input.matches("aria-describedby").count(), 1, "{input}");
    assert!(input.contains(r#"aria-invalid="true" aria-describedby="h-proposer_email err-proposer_email""#), "{input}");
    assert!(page.body.contains(r##"<a href="#f-proposer_email">Ihre E-Mail-Adresse: "##), "{}", page.body);
}
