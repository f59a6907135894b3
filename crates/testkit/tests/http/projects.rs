//! Cooperation projects over HTTP: the office tracks a planned project of the demo meeting's
//! results, partners run it, it shows on both profiles and in the API; a partner submits one
//! from an agreed contact request and the office confirms it; the board flags stale projects;
//! bad input comes back kept and translated, never as a 500; who may do what.

use domain::accounts::{Role, UserId};
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::marketplace::{IntroductionState, ItemKind};
use domain::organisation::Audience;
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp};

const HELD: &str = "netzwerktreffen-2020-01-11";
const OWN: &str = "kulturverein-brueckenschlag";
/// The demo's project from a contact request (partners: the first two demo associations).
const FROM_INTRODUCTION: &str = "elternabende-mit-sprachbegleitung";
/// The other association of the contact request in these tests.
const HELPER: &str = "nachbarschaftscafe-zwischenraum";

async fn office(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

async fn representative(app: &TestApp, email: &str, slug: &str) -> Browser {
    app.representative_of(email, slug).await;
    app.signed_in(email, None).await
}

fn unescape(html: &str) -> String {
    html.replace("&amp;", "&")
        .replace("&#38;", "&")
        .replace("&#x2F;", "/")
        .replace("&#x3D;", "=")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// The first link in `body` that starts with `prefix`.
fn link(body: &str, prefix: &str) -> Option<String> {
    let body = unescape(body);
    let start = body.find(&format!("href=\"{prefix}"))? + 6;
    Some(body[start..].split('"').next()?.to_owned())
}

/// The values of the checked checkboxes named `name`.
fn checked(body: &str, name: &str) -> Vec<String> {
    body.split("<input")
        .filter(|i| i.contains(&format!("name=\"{name}\"")) && i.contains(" checked"))
        .filter_map(|i| i.split("value=\"").nth(1)?.split('"').next().map(str::to_owned))
        .collect()
}

/// The hidden `version` of a project page.
fn version(body: &str) -> String {
    body.split("name=\"version\" value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or_default().to_owned()
}

async fn post(browser: &mut Browser, path: &str, fields: &[(&str, String)]) -> Page {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(path, &borrowed).await
}

fn slug_of(app: &TestApp, org: domain::ids::OrgId) -> String {
    app.state.directory.index().by_id(org).unwrap().slug().to_owned()
}

#[tokio::test]
async fn the_office_tracks_a_planned_project_and_its_partners_run_it_on_their_profiles() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let results = office.get(&format!("/meetings/{HELD}/results")).await;
    assert_eq!(results.status, 200);
    assert!(results.body.contains("Als Kooperationsprojekt verfolgt:"), "the demo tracks one planned project already");
    let track = link(&results.body, "/office/projects/new?meeting=").expect("a planned project to track");
    let form = office.get(&track).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let partners = checked(&form.body, "partners");
    assert!(partners.len() >= 2, "the table's partners come prefilled: {partners:?}");
    let title = unescape(
        form.body.split("id=\"f-title\" name=\"title\"").nth(1).unwrap().split("value=\"").nth(1).unwrap().split('"').next().unwrap(),
    );
    let query: Vec<(&str, &str)> = track.split_once('?').unwrap().1.split('&').filter_map(|pair| pair.split_once('=')).collect();
    let mut fields: Vec<(&str, String)> = query.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
    fields.extend([
        ("title", title.clone()),
        ("description", "Gemeinsam **planen**".into()),
        ("next_step", "Raum anfragen".into()),
        ("next_step_due", "2031-02-30".into()),
        ("visible", "1".into()),
    ]);
    fields.push(("partners", partners[0].clone()));
    // One partner and an impossible date: both said, what was typed kept.
    let refused = post(&mut office, "/office/projects/new", &fields).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("mindestens zwei beteiligte Vereine"));
    assert!(refused.body.contains("Bitte ein Datum angeben"));
    assert!(refused.body.contains("Raum anfragen"));
    fields.retain(|(k, _)| *k != "partners" && *k != "next_step_due");
    fields.extend(partners.iter().map(|p| ("partners", p.clone())));
    fields.push(("next_step_due", "2031-03-01".into()));
    let created = post(&mut office, "/office/projects/new", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.location.unwrap();
    let slug = path.trim_start_matches("/projects/").split('?').next().unwrap().to_owned();
    assert_eq!(post(&mut office, "/office/projects/new", &fields).await.status, 409, "a planned project is tracked once");
    let results = office.get(&format!("/meetings/{HELD}/results")).await;
    assert!(results.body.contains(&format!("/projects/{slug}")), "the results link to the tracked project");

    // A partner's representative moves it to running; stopping without a reason is refused.
    let record = app.state.projects.store.project_by_slug(&slug).await.unwrap().unwrap();
    assert_eq!(record.project.origin.key(), "meeting");
    let partner_slugs: Vec<String> = record.project.partners.iter().map(|o| slug_of(&app, *o)).collect();
    let mut partner = representative(&app, "partner@verein.example", &partner_slugs[0]).await;
    let page = partner.get(&format!("/projects/{slug}")).await;
    assert!(page.body.contains("id=\"status-form\""), "partners get the update forms");
    let v = version(&page.body);
    let stop = post(
        &mut partner,
        &format!("/projects/{slug}/status"),
        &[("status", "stopped".into()), ("reason", " ".into()), ("version", v.clone())],
    )
    .await;
    assert_eq!(stop.status, 422);
    assert!(stop.body.contains("warum das Projekt beendet wird"));
    let run = post(
        &mut partner,
        &format!("/projects/{slug}/status"),
        &[("status", "running".into()), ("reason", String::new()), ("version", v.clone())],
    )
    .await;
    assert_eq!(run.status, 303, "{}", run.body);
    // The same page sent again is stale: told so, the typed step kept.
    let stale =
        post(&mut partner, &format!("/projects/{slug}/steps"), &[("step", "Flyer drucken".into()), ("due", String::new()), ("version", v)])
            .await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("inzwischen geändert") && stale.body.contains("Flyer drucken"));
    let back = post(
        &mut partner,
        &format!("/projects/{slug}/status"),
        &[("status", "planned".into()), ("reason", String::new()), ("version", version(&stale.body))],
    )
    .await;
    assert_eq!(back.status, 422, "no way back");

    // Another association's representative may not change it.
    let outsider = app.state.directory.index().listings().map(|l| l.slug().to_owned()).find(|s| !partner_slugs.contains(s)).unwrap();
    let mut other = representative(&app, "andere@verein.example", &outsider).await;
    let page = other.get(&format!("/projects/{slug}")).await;
    assert!(!page.body.contains("id=\"status-form\""));
    let refused =
        post(&mut other, &format!("/projects/{slug}/status"), &[("status", "done".into()), ("version", version(&page.body))]).await;
    assert_eq!(refused.status, 403);

    // The public sees it running on both partners' profiles and in the API.
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/projects/{slug}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Läuft") && page.body.contains("Gemeinsam <strong>planen</strong>"));
    assert!(!page.body.contains("id=\"status-form\""));
    for partner in &partner_slugs {
        let profile = visitor.get(&format!("/organisations/{partner}")).await;
        assert!(profile.body.contains(&format!("/projects/{slug}")), "{partner} lists the project");
    }
    let (status, json) = app.json("/api/v1/projects").await;
    assert_eq!(status, 200);
    let item = json["items"].as_array().unwrap().iter().find(|i| i["slug"] == slug.as_str()).expect("in the API").clone();
    assert_eq!(item["status"], "running");
    assert_eq!(item["origin"], "meeting");
    assert_eq!(item["partners"].as_array().unwrap().len(), partner_slugs.len());
    assert!(item["url"].as_str().unwrap().ends_with(&format!("/projects/{slug}")));
    let (_, openapi) = app.json("/api/openapi.json").await;
    assert!(openapi["paths"]["/api/v1/projects"].is_object());
}

/// A contact request of vera's association (OWN) to the neighbourhood café, still open:
/// `(introduction, own, helper, vera)`.
async fn requested_introduction(app: &TestApp) -> (i64, OrgId, OrgId, UserId) {
    let index = app.state.directory.index();
    let own = index.get(OWN).unwrap().id();
    let helper = index.get(HELPER).unwrap().id();
    let view = app.state.marketplace.view();
    let need = view.of_organisation(own, Audience::Office).into_iter().find(|i| i.kind == ItemKind::Need).unwrap().id;
    let offer = view.of_organisation(helper, Audience::Office).into_iter().find(|i| i.kind == ItemKind::Offer).unwrap().id;
    let rep = app.representative_of("vera@verein.example", OWN).await;
    let intro = app
        .state
        .projects
        .introductions
        .create_introduction(&app::ports::NewIntroduction {
            need,
            offer,
            requester_org: own,
            responder_org: helper,
            requested_by: rep,
            state: IntroductionState::Requested,
            message: String::new(),
        })
        .await
        .unwrap();
    (intro, own, helper, rep)
}

#[tokio::test]
async fn a_partner_submits_a_project_from_a_contact_request_and_the_office_confirms_it() {
    let app = spawn_app().await;
    let index = app.state.directory.index();
    let (intro, own, helper, rep) = requested_introduction(&app).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    assert_eq!(vera.get(&format!("/introductions/{intro}/project")).await.status, 404, "not before it is agreed");
    app.state.projects.introductions.move_introduction(intro, IntroductionState::Requested, IntroductionState::Agreed, rep).await.unwrap();
    assert!(vera.get("/introductions").await.body.contains(&format!("/introductions/{intro}/project")));
    let form = vera.get(&format!("/introductions/{intro}/project")).await;
    assert_eq!(form.status, 200);
    assert_eq!(checked(&form.body, "partners"), vec![own.0.to_string(), helper.0.to_string()]);
    let foreign = index.get("circolo-il-ponte").unwrap().id().0.to_string();
    let mut fields = vec![
        ("title", "Nähkurs für Mütter".to_owned()),
        ("description", String::new()),
        ("partners", own.0.to_string()),
        ("partners", foreign),
    ];
    let refused = post(&mut vera, &format!("/introductions/{intro}/project"), &fields).await;
    assert_eq!(refused.status, 422, "only the two associations of the contact request");
    assert!(refused.body.contains("Nähkurs für Mütter"));
    fields.pop();
    fields.push(("partners", helper.0.to_string()));
    fields.push(("visible", "1".into()));
    let sent = post(&mut vera, &format!("/introductions/{intro}/project"), &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let slug = sent.location.unwrap().trim_start_matches("/projects/").split('?').next().unwrap().to_owned();
    assert!(vera.get(&format!("/projects/{slug}")).await.body.contains("wartet auf die Bestätigung"));
    assert_eq!(post(&mut vera, &format!("/introductions/{intro}/project"), &fields).await.status, 409, "once per contact request");
    let mut visitor = app.browser();
    assert_eq!(visitor.get(&format!("/projects/{slug}")).await.status, 404, "not public before the office confirms");
    assert_eq!(post(&mut vera, &format!("/office/projects/{slug}/confirm"), &[]).await.status, 403);

    let mut office = office(&app).await;
    let board = office.get("/office/projects").await;
    let proposals = board.body.split("id=\"proposals\"").nth(1).unwrap().split("id=\"board\"").next().unwrap();
    assert!(proposals.contains("Nähkurs für Mütter"));
    assert_eq!(post(&mut office, &format!("/office/projects/{slug}/confirm"), &[]).await.status, 303);
    assert_eq!(visitor.get(&format!("/projects/{slug}")).await.status, 200);
    let profile = visitor.get("/organisations/nachbarschaftscafe-zwischenraum").await;
    assert!(profile.body.contains("Nähkurs für Mütter"));
}

#[tokio::test]
async fn the_board_flags_stale_projects_for_the_office_only() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let board = office.get("/office/projects").await;
    assert_eq!(board.status, 200);
    let planned = board.body.split("id=\"column-planned\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(planned.contains(&format!("/projects/{FROM_INTRODUCTION}")));
    assert!(planned.contains("Seit 90 Tagen nicht aktualisiert"), "the demo's contact request project is 100 days old");
    let running = board.body.split("id=\"column-running\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(running.contains("/projects/") && !running.contains("Seit 90 Tagen"), "the meeting's project was updated recently");
    assert!(board.body.contains("Ein Projekt wurde seit 90 Tagen nicht aktualisiert."));
    let mut rep = representative(&app, "vera@verein.example", OWN).await;
    assert_eq!(rep.get("/office/projects").await.status, 403);
    assert!(app.browser().get("/office/projects").await.location.unwrap().starts_with("/login"));
    // In Arabic, right to left, with the status in Arabic.
    let ar = office.get("/office/projects?lang=ar").await;
    assert!(ar.body.contains("dir=\"rtl\"") && ar.body.contains("مشاريع التعاون"));
}

#[tokio::test]
async fn bad_input_is_answered_in_words_and_nothing_is_lost() {
    let app = spawn_app().await;
    let mut rep = representative(&app, "vera@verein.example", OWN).await;
    let page = rep.get(&format!("/projects/{FROM_INTRODUCTION}")).await;
    assert_eq!(page.status, 200);
    let v = version(&page.body);
    let bad = post(
        &mut rep,
        &format!("/projects/{FROM_INTRODUCTION}/steps"),
        &[("step", "Schulen anschreiben".into()), ("due", "31.03.2027".into()), ("version", v.clone())],
    )
    .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Bitte ein Datum angeben") && bad.body.contains("Schulen anschreiben") && bad.body.contains("31.03.2027"));
    let good = post(
        &mut rep,
        &format!("/projects/{FROM_INTRODUCTION}/steps"),
        &[("step", "Schulen anschreiben".into()), ("due", "2027-03-31".into()), ("version", v)],
    )
    .await;
    assert_eq!(good.status, 303);
    let page = rep.get(&format!("/projects/{FROM_INTRODUCTION}")).await;
    assert!(page.body.contains("Schulen anschreiben") && page.body.contains("2027-03-31"));
    assert!(page.body.contains("Nächster Schritt eingetragen: Schulen anschreiben"), "in the history");
    let done = post(&mut rep, &format!("/projects/{FROM_INTRODUCTION}/steps/1/done"), &[("version", version(&page.body))]).await;
    assert_eq!(done.status, 303);
    assert!(rep.get(&format!("/projects/{FROM_INTRODUCTION}")).await.body.contains("Erledigt: Schulen ansprechen"));
    for path in ["/projects/gibt-es-nicht", "/introductions/x/project"] {
        assert_eq!(rep.get(path).await.status, 404, "{path}");
    }
    assert_eq!(post(&mut rep, &format!("/projects/{FROM_INTRODUCTION}/steps/zwei/done"), &[("version", "1".into())]).await.status, 404);
    let shown = rep.get(&format!("/projects/{FROM_INTRODUCTION}")).await;
    let hidden = post(&mut rep, &format!("/projects/{FROM_INTRODUCTION}/visibility"), &[("version", version(&shown.body))]).await;
    assert_eq!(hidden.status, 303);
    assert_eq!(app.browser().get(&format!("/projects/{FROM_INTRODUCTION}")).await.status, 404, "hidden from the public");
    let (_, json) = app.json("/api/v1/projects").await;
    assert!(json["items"].as_array().unwrap().iter().all(|i| i["slug"] != FROM_INTRODUCTION));
    let profile = rep.get(&format!("/organisations/{OWN}")).await;
    assert!(profile.body.contains("Nicht öffentlich"), "its representatives still see it on the profile");
}

/// The newest mail to `to` whose subject contains `about`: `(subject, text)`.
fn mail_to(mails: &[(String, String, String)], to: &str, about: &str) -> Option<(String, String)> {
    mails.iter().rev().find(|(t, s, _)| t.contains(to) && s.contains(about)).map(|(_, s, b)| (s.clone(), b.clone()))
}

#[tokio::test]
async fn partners_are_mailed_in_their_language_and_the_proposer_corrects_title_and_partners() {
    let app = spawn_app().await;
    let (intro, own, helper, rep) = requested_introduction(&app).await;
    let hanna = app.representative_of("hanna@cafe.example", HELPER).await;
    app.state.accounts.set_language(hanna, Some(UiLocale::Ar)).await.unwrap();
    app.state.projects.introductions.move_introduction(intro, IntroductionState::Requested, IntroductionState::Agreed, rep).await.unwrap();
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let fields = [
        ("title", "Nähkurs für Mütter".to_owned()),
        ("partners", own.0.to_string()),
        ("partners", helper.0.to_string()),
        ("visible", "1".into()),
    ];
    let sent = post(&mut vera, &format!("/introductions/{intro}/project"), &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let slug = sent.location.unwrap().trim_start_matches("/projects/").split('?').next().unwrap().to_owned();

    // Submitted: the other partner hears of it in Arabic, with the link; vera, who acted, does not.
    let mails = app.mails().await;
    let (subject, body) = mail_to(&mails, "hanna@cafe.example", "Nähkurs für Mütter").expect("the partner is mailed");
    assert!(subject.starts_with("مشروع تعاون جديد"), "{subject}");
    assert!(body.contains(&format!("/projects/{slug}")) && body.contains("Kulturverein"), "{body}");
    assert!(mail_to(&mails, "vera@verein.example", "Nähkurs").is_none(), "who acted gets no mail");

    // Confirmed by the office: both partners hear it, each in their language.
    let mut office = office(&app).await;
    assert_eq!(post(&mut office, &format!("/office/projects/{slug}/confirm"), &[]).await.status, 303);
    let mails = app.mails().await;
    assert!(mail_to(&mails, "hanna@cafe.example", "تأكيد مشروع التعاون").is_some(), "{mails:?}");
    let (_, body) = mail_to(&mails, "vera@verein.example", "Kooperationsprojekt bestätigt: Nähkurs für Mütter").expect("German");
    assert!(body.contains(&format!("/projects/{slug}")));

    // Only the proposing association (and the office) may change title and partners.
    let mut hanna_browser = app.signed_in("hanna@cafe.example", None).await;
    let page = hanna_browser.get(&format!("/projects/{slug}")).await;
    assert!(page.body.contains("id=\"status-form\"") && !page.body.contains("id=\"details-form\""), "a partner, not the proposer");
    let page = vera.get(&format!("/projects/{slug}")).await;
    assert!(page.body.contains("id=\"details-form\""));
    let v = version(&page.body);
    let other = app.state.directory.index().get("circolo-il-ponte").unwrap().id();
    app.representative_of("paolo@ponte.example", "circolo-il-ponte").await;
    let details = |title: &str, partners: &[OrgId], version: &str| {
        let mut f = vec![("title", title.to_owned()), ("version", version.to_owned())];
        f.extend(partners.iter().map(|p| ("partners", p.0.to_string())));
        f
    };
    let refused = post(&mut hanna_browser, &format!("/projects/{slug}/details"), &details("Anders", &[own, helper], &v)).await;
    assert_eq!(refused.status, 403);

    // Bad input comes back translated with what was typed.
    let page = post(&mut vera, &format!("/projects/{slug}/details"), &details("Nähkurs <b>neu</b>", &[helper, other], &v)).await;
    assert_eq!(page.status, 422);
    assert!(
        page.body.contains("Ihr eigener Verein muss beteiligt bleiben") && page.body.contains("Nähkurs &#60;b&#62;neu&#60;/b&#62;"),
        "{}",
        page.body
    );
    assert!(checked(&page.body, "partners").contains(&other.0.to_string()), "the choice is kept");
    let page = post(&mut vera, &format!("/projects/{slug}/details"), &details("", &[own, helper], &v)).await;
    assert_eq!(page.status, 422);
    let page = post(&mut vera, &format!("/projects/{slug}/details"), &details(&"x".repeat(121), &[own, helper], &v)).await;
    assert_eq!(page.status, 422);
    let mut foreign = details("Nähkurs", &[own], &v);
    foreign.push(("partners", "999999".into()));
    assert_eq!(post(&mut vera, &format!("/projects/{slug}/details"), &foreign).await.status, 422);
    let page = post(&mut vera, &format!("/projects/{slug}/details"), &details("Nähkurs für Eltern", &[own, other], "0")).await;
    assert_eq!(page.status, 409, "a stale form");
    assert!(page.body.contains("Nähkurs für Eltern"), "kept after a conflict");

    // The change: the title, the café out, the circolo in; the history says so and both hear it.
    let page = post(&mut vera, &format!("/projects/{slug}/details"), &details("Nähkurs für Eltern", &[own, other], &v)).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let page = vera.get(&format!("/projects/{slug}")).await;
    assert!(page.body.contains("<h1 dir=\"auto\">Nähkurs für Eltern</h1>"));
    let history = page.body.split("id=\"project-history\"").nth(1).unwrap();
    assert!(history.contains("Titel geändert: Nähkurs für Eltern"), "{history}");
    assert!(
        history.contains("Verein hinzugekommen: Circolo") && history.contains("Verein nicht mehr beteiligt: Nachbarschaftscafé"),
        "{history}"
    );
    let mails = app.mails().await;
    assert!(mail_to(&mails, "paolo@ponte.example", "Ihr Verein ist jetzt beteiligt: Nähkurs für Eltern").is_some(), "{mails:?}");
    assert!(mail_to(&mails, "hanna@cafe.example", "جمعيتكم لم تعد مشاركة").is_some(), "{mails:?}");
    // The café is no partner of this project any more (the demo may give it others).
    let of_helper = app.state.projects.store.projects_of(helper).await.unwrap();
    assert!(of_helper.iter().all(|p| p.slug != slug), "{of_helper:?}");

    // The office may change them too, without keeping anyone.
    let page = office.get(&format!("/projects/{slug}")).await;
    let changed =
        post(&mut office, &format!("/projects/{slug}/details"), &details("Nähkurs", &[helper, other], &version(&page.body))).await;
    assert_eq!(changed.status, 303, "{}", changed.body);
}
