//! Network meetings over HTTP: the public pages and the API, the office's form, registration
//! with its mails, the plan grid with moves and locks, check-in, results and who sees them;
//! bad input on every form comes back kept and translated, never as a 500.

use domain::accounts::Role;
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp};

const HELD: &str = "netzwerktreffen-2020-01-11";
const OWN: &str = "kulturverein-brueckenschlag";
const OTHER: &str = "circolo-il-ponte";

async fn office(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

async fn representative(app: &TestApp, email: &str, slug: &str) -> Browser {
    app.representative_of(email, slug).await;
    app.signed_in(email, None).await
}

fn org_id(app: &TestApp, slug: &str) -> String {
    app.state.directory.index().get(slug).unwrap().id().0.to_string()
}

/// The office's form for a meeting in 2030 with two rounds and two tables of four.
fn meeting_form(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", title.to_owned()),
        ("starts_at", "2030-03-09T10:00".into()),
        ("ends_at", "2030-03-09T14:00".into()),
        ("registration_deadline", String::new()),
        ("venue_name", "Bürgerhaus".into()),
        ("venue_address", "Marktplatz 1, 71634 Ludwigsburg".into()),
        ("lat", "48.8975".into()),
        ("lon", "9.1920".into()),
        ("agenda", "**Begrüßung**\n\n<script>alert(1)</script>Runden".into()),
        ("capacity", "8".into()),
        ("per_association_limit", "2".into()),
        ("rounds.0.topic", "Vereine bieten".into()),
        ("rounds.0.minutes", "45".into()),
        ("rounds.1.topic", "Vereine suchen".into()),
        ("rounds.1.minutes", "45".into()),
        ("tables.0.name", "Tisch A".into()),
        ("tables.0.capacity", "4".into()),
        ("tables.1.name", "Tisch B".into()),
        ("tables.1.capacity", "4".into()),
    ]
}

async fn post(browser: &mut Browser, path: &str, fields: &[(&str, String)]) -> Page {
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(path, &borrowed).await
}

#[tokio::test]
async fn visitors_see_meetings_and_the_api_names_no_person() {
    let app = spawn_app().await;
    let (status, list) = app.text("/meetings?lang=de").await;
    assert_eq!(status, 200);
    assert!(list.contains(HELD) && list.contains("Netzwerktreffen"), "{list}");
    let (status, page) = app.text(&format!("/meetings/{HELD}?lang=de")).await;
    assert_eq!(status, 200);
    assert!(page.contains("calendar.ics") && page.contains("/summary"), "past meeting links its summary");
    let ics = app.get(&format!("/meetings/{HELD}/calendar.ics")).await;
    assert_eq!(ics.headers()["content-type"], "text/calendar; charset=utf-8");
    assert!(ics.text().await.unwrap().contains("BEGIN:VEVENT"));
    assert_eq!(app.text(&format!("/meetings/{HELD}/summary")).await.0, 200);
    assert_eq!(app.text("/meetings/kein-treffen").await.0, 404);
    assert_eq!(app.text("/meetings/kein-treffen/calendar.ics").await.0, 404);

    let (status, json) = app.json("/api/v1/meetings").await;
    assert_eq!(status, 200);
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    for item in items {
        for key in ["slug", "title", "starts_at", "venue", "rounds", "tables", "capacity", "registered", "waitlisted", "status", "url"] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
        assert!(item["venue"]["position"]["lat"].is_number());
        assert!(["upcoming", "past", "cancelled"].contains(&item["status"].as_str().unwrap()));
    }
    let text = json.to_string();
    assert!(!text.contains('@'), "no addresses in the API: {text}");
    // A profile lists the upcoming meetings its association has people registered for.
    let upcoming = items.iter().find(|i| i["status"] == "upcoming").unwrap()["slug"].as_str().unwrap().to_owned();
    let record = app.state.meetings.by_slug(&upcoming).await.unwrap();
    let org = app.state.meetings.store.registrations(record.id).await.unwrap()[0].association;
    let slug = app.state.directory.index().by_id(org).unwrap().slug().to_owned();
    let (_, profile) = app.text(&format!("/organisations/{slug}?lang=de")).await;
    assert!(profile.contains("id=\"profile-meetings\"") && profile.contains(&format!("/meetings/{upcoming}")), "{profile}");

    let (_, openapi) = app.json("/api/openapi.json").await;
    assert!(openapi["paths"]["/api/v1/meetings"]["get"].is_object());
}

#[tokio::test]
async fn the_office_creates_a_meeting_and_bad_input_is_kept_and_named() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let blank = office.get("/office/meetings/new?lang=de").await;
    assert_eq!(blank.status, 200);
    // Enter in a text field presses the form's first submit button: it must save, not add a row.
    let form_html = &blank.body[blank.body.find("id=\"meeting-form\"").expect("the meeting form")..];
    let first_button = &form_html[form_html.find("<button type=\"submit\"").expect("a submit button")..];
    let first_button = &first_button[..first_button.find('>').unwrap()];
    assert!(!first_button.contains("name="), "the default button adds a row: {first_button}");

    // "Add a round" works without script: the form comes back with one more row, nothing saved.
    let mut form = meeting_form("Frühjahrstreffen");
    form.push(("add", "round".into()));
    let page = post(&mut office, "/office/meetings/new", &form).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("name=\"rounds.2.topic\"") && page.body.contains("value=\"Frühjahrstreffen\""));

    let mut bad = meeting_form("Frühjahrstreffen");
    bad.retain(|(k, _)| *k != "venue_name");
    bad.push(("capacity", "null".into()));
    bad.push(("tables.1.capacity", "1".into()));
    for (key, value) in bad.iter_mut() {
        if *key == "starts_at" {
            *value = "2030-02-30T10:00".into();
        }
        if *key == "capacity" {
            *value = "viele".into();
        }
    }
    let page = post(&mut office, "/office/meetings/new?lang=de", &bad).await;
    assert_eq!(page.status, 422, "{}", page.body);
    for field in ["err-starts_at", "err-venue_name", "err-capacity"] {
        assert!(page.body.contains(&format!("id=\"{field}\"")), "{field} named: {}", page.body);
    }
    assert!(page.body.contains("value=\"viele\"") && page.body.contains("Frühjahrstreffen"), "input kept");
    assert!(!page.body.contains("form-error-"), "translated");

    let page = post(&mut office, "/office/meetings/new", &meeting_form("Frühjahrstreffen")).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let location = page.location.unwrap();
    assert!(location.starts_with("/meetings/fruehjahrstreffen-2030-03-09"), "{location}");
    let (_, html) = app.text(&location).await;
    assert!(html.contains("<strong>Begrüßung</strong>") && !html.contains("<script>alert"), "agenda sanitised");
    assert!(html.contains("id=\"map-pane\""), "mini map of the venue");

    // Editing keeps the form and refuses a table with too few seats.
    let mut edit = meeting_form("Frühjahrstreffen");
    edit.push(("tables.1.capacity", "1".into()));
    edit.retain(|(k, v)| !(*k == "tables.1.capacity" && v == "4"));
    let page = post(&mut office, "/office/meetings/fruehjahrstreffen-2030-03-09/edit?lang=en", &edit).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("A table has 2 to 50 seats"), "{}", page.body);

    // A representative may not use the office's form.
    let mut rep = representative(&app, "vera@verein.example", OWN).await;
    assert_eq!(rep.get("/office/meetings/new").await.status, 403);
    assert_eq!(post(&mut rep, "/office/meetings/new", &meeting_form("X")).await.status, 403);
}

#[tokio::test]
async fn registration_confirms_waits_promotes_and_mails_in_the_persons_language() {
    registration(spawn_app().await).await;
}

#[tokio::test]
async fn registration_works_the_same_on_postgresql() {
    let Some(app) = testkit::spawn(testkit::Backend::Postgres, true).await else {
        eprintln!("PostgreSQL unreachable: skipped");
        return;
    };
    registration(app).await;
}

#[tokio::test]
async fn planning_works_the_same_on_postgresql() {
    let Some(app) = testkit::spawn(testkit::Backend::Postgres, true).await else {
        eprintln!("PostgreSQL unreachable: skipped");
        return;
    };
    planning(app).await;
}

async fn registration(app: TestApp) {
    let mut office = office(&app).await;
    let mut form = meeting_form("Sommertreffen");
    form.retain(|(k, _)| *k != "capacity");
    form.push(("capacity", "2".into()));
    let slug = post(&mut office, "/office/meetings/new", &form)
        .await
        .location
        .unwrap()
        .trim_start_matches("/meetings/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let own = org_id(&app, OWN);
    let mut rep = representative(&app, "vera@verein.example", OWN).await;
    assert_eq!(rep.get(&format!("/meetings/{slug}/register")).await.status, 200);

    // Bad input: kept, named, translated.
    let page = post(
        &mut rep,
        &format!("/meetings/{slug}/register?lang=de"),
        &[("association", own.clone()), ("name", "A".into()), ("email", "kein-at".into())],
    )
    .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"err-name\"") && page.body.contains("id=\"err-email\"") && page.body.contains("value=\"kein-at\""));
    // Someone else's association is refused at its field.
    let other = org_id(&app, OTHER);
    let page = post(
        &mut rep,
        &format!("/meetings/{slug}/register"),
        &[("association", other), ("name", "Ali".into()), ("email", "ali@x.example".into())],
    )
    .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"err-association\""));

    let register = |name: &'static str, email: &'static str, lang: &'static str| {
        vec![
            ("association", own.clone()),
            ("name", name.to_owned()),
            ("email", email.to_owned()),
            ("languages", lang.to_owned()),
            ("consent", "1".into()),
        ]
    };
    let page = post(&mut rep, &format!("/meetings/{slug}/register"), &register("Ayşe Demir", "ayse@verein.example", "tr")).await;
    assert_eq!(page.location.as_deref(), Some(format!("/meetings/{slug}?done=confirmed").as_str()));
    let page = post(&mut rep, &format!("/meetings/{slug}/register"), &register("Jonas Weber", "jonas@verein.example", "de")).await;
    assert_eq!(page.status, 303);
    // The association's limit (2) is reached: refused with the rule's words.
    let page =
        post(&mut rep, &format!("/meetings/{slug}/register?lang=de"), &register("Dritte Person", "dritte@verein.example", "de")).await;
    assert_eq!(page.status, 409);
    assert!(page.body.contains("Ihr Verein hat schon 2 Personen angemeldet") && page.body.contains("value=\"Dritte Person\""));

    // The office registers beyond the limit; the meeting (capacity 2) is full: waiting list.
    let page =
        post(&mut office, &format!("/office/meetings/{slug}/participants"), &register("Olena Koval", "olena@verein.example", "uk")).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let (_, list) = office.get(&format!("/office/meetings/{slug}/participants?lang=de")).await.into_parts();
    assert!(list.contains("Olena Koval") && list.contains("Warteliste"));

    let mails = app.mails().await;
    let to = |who: &str| mails.iter().filter(|(t, _, _)| t.contains(who)).map(|(_, s, b)| (s.clone(), b.clone())).collect::<Vec<_>>();
    assert!(to("ayse@")[0].0.starts_with("Kayıt onaylandı"), "Turkish confirmation: {:?}", to("ayse@"));
    assert!(to("jonas@")[0].0.starts_with("Anmeldung bestätigt"));
    assert!(to("olena@")[0].0.starts_with("Список очікування"), "{:?}", to("olena@"));
    assert!(to("ayse@")[0].1.contains(&format!("/meetings/{slug}")));

    // Jonas cancels: Olena moves up and is mailed in Ukrainian.
    let (_, page) = rep.get(&format!("/meetings/{slug}")).await.into_parts();
    let jonas = page.split("id=\"reg-").map(|s| s.split('"').next().unwrap_or_default().to_owned()).nth(2).unwrap();
    let page = rep.post(&format!("/meetings/{slug}/registrations/{jonas}/cancel"), &[]).await;
    assert_eq!(page.location.as_deref(), Some(format!("/meetings/{slug}?done=cancelled").as_str()));
    let mails = app.mails().await;
    assert!(mails.iter().any(|(t, s, _)| t.contains("olena@") && s.starts_with("Звільнилося місце")), "{mails:?}");
    assert!(mails.iter().any(|(t, s, _)| t.contains("jonas@") && s.starts_with("Abmeldung")));

    // Another association's representative cannot cancel Ayşe.
    let mut ali = representative(&app, "ali@verein.example", OTHER).await;
    let ayse = page_registration(&app, &slug, "Ayşe Demir").await;
    assert_eq!(ali.post(&format!("/meetings/{slug}/registrations/{ayse}/cancel"), &[]).await.status, 404);
    assert!(app.state.meetings.store.registration(domain::meetings::RegistrationId(ayse)).await.unwrap().unwrap().is_active());
    app.cleanup().await;
}

async fn page_registration(app: &TestApp, slug: &str, name: &str) -> i64 {
    let record = app.state.meetings.by_slug(slug).await.unwrap();
    app.state.meetings.store.registrations(record.id).await.unwrap().into_iter().find(|r| r.name == name).unwrap().id.0
}

trait Parts {
    fn into_parts(self) -> (u16, String);
}

impl Parts for Page {
    fn into_parts(self) -> (u16, String) {
        (self.status, self.body)
    }
}

#[tokio::test]
async fn the_office_plans_moves_locks_checks_in_and_publishes_results() {
    planning(spawn_app().await).await;
}

async fn planning(app: TestApp) {
    let mut office = office(&app).await;
    let mut form = meeting_form("Herbsttreffen");
    for (key, value) in form.iter_mut() {
        if key.ends_with(".capacity") {
            *value = "5".into(); // room to move someone
        }
    }
    let page = post(&mut office, "/office/meetings/new", &form).await;
    let slug = page.location.unwrap().trim_start_matches("/meetings/").split('?').next().unwrap().to_owned();
    let orgs: Vec<String> = app.state.directory.index().listings().take(4).map(|l| l.id().0.to_string()).collect();
    for i in 0..8 {
        let fields = vec![
            ("association", orgs[i % 4].clone()),
            ("name", format!("Person {i}")),
            ("email", format!("person{i}@verein.example")),
            ("consent", "1".into()),
        ];
        assert_eq!(post(&mut office, &format!("/office/meetings/{slug}/participants"), &fields).await.status, 303);
    }
    let (status, html) = office.get(&format!("/office/meetings/{slug}/plan?lang=de")).await.into_parts();
    assert_eq!(status, 200);
    assert!(html.contains("id=\"plan-tables\""), "no plan yet: the button");

    let page = office.post(&format!("/office/meetings/{slug}/plan"), &[]).await;
    assert_eq!(page.location.as_deref(), Some(format!("/office/meetings/{slug}/plan").as_str()));
    let record = app.state.meetings.by_slug(&slug).await.unwrap();
    let mut plan = None;
    for _ in 0..100 {
        plan = app.state.meetings.store.plan(record.id).await.unwrap();
        if plan.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let plan = plan.expect("planned within 10 s");
    let (_, html) = office.get(&format!("/office/meetings/{slug}/plan?lang=de")).await.into_parts();
    assert!(html.contains("neue Kontakte") && html.contains("Person 0"), "grid with explanation: {html}");

    // Each person on the grid links to their own move page (no form per seat); it has a move
    // form and a lock button per round not yet held.
    let regs = app.state.meetings.store.registrations(record.id).await.unwrap();
    let who = plan.seats.at(0, 0)[0];
    let move_page = format!("/office/meetings/{slug}/plan/move?person={}&amp;round=1#round-1", who.0);
    assert!(html.contains(&move_page) && !html.contains("<select id=\"move-"), "the grid links the move page: {html}");
    let (status, page) = office.get(&move_page.replace("&amp;", "&")).await.into_parts();
    assert_eq!(status, 200);
    let name = &regs.iter().find(|r| r.id == who).unwrap().name;
    assert!(page.contains(name.as_str()) && page.contains("id=\"move-1\"") && page.contains("id=\"move-2\""), "{page}");
    assert!(page.contains(&format!("name=\"who\" value=\"{}\"", who.0)) && page.contains("name=\"csrf\""), "{page}");
    for bad in ["person=abc", "person=999999", ""] {
        assert_eq!(office.get(&format!("/office/meetings/{slug}/plan/move?{bad}")).await.status, 404, "{bad}");
    }
    // A move that seats two people of one association together is refused with a message.
    let mine = regs.iter().find(|r| r.id == who).unwrap().association;
    let colleague = regs.iter().find(|r| r.association == mine && r.id != who).unwrap().id;
    let colleague_table = plan.seats.table_of(0, colleague).unwrap();
    let version = plan.version.to_string();
    let target = (colleague_table + 1).to_string();
    let page = office
        .post(
            &format!("/office/meetings/{slug}/plan/move"),
            &[("version", &version), ("who", &who.0.to_string()), ("round", "1"), ("table", &target)],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some(format!("/office/meetings/{slug}/plan?refused=meeting-move-same-association").as_str()));
    let (_, html) = office.get(page.location.as_deref().unwrap()).await.into_parts();
    assert!(html.contains("An diesem Tisch sitzt schon jemand aus demselben Verein") || html.contains("same association"));
    // Nonsense is refused, not a 500.
    let page =
        office.post(&format!("/office/meetings/{slug}/plan/move"), &[("version", "x"), ("who", "y"), ("round", "0"), ("table", "")]).await;
    assert_eq!(page.status, 303);
    // A lock is stored; a stale version is a conflict, explained.
    let page = office
        .post(
            &format!("/office/meetings/{slug}/plan/lock"),
            &[("version", &version), ("kind", "person"), ("who", &who.0.to_string()), ("round", "1"), ("on", "1")],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some(format!("/office/meetings/{slug}/plan").as_str()));
    let page = office
        .post(
            &format!("/office/meetings/{slug}/plan/lock"),
            &[("version", &version), ("kind", "table"), ("table", "1"), ("round", "1"), ("on", "1")],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some(format!("/office/meetings/{slug}/plan?refused=meeting-plan-conflict").as_str()));
    assert_eq!(app.state.meetings.store.plan(record.id).await.unwrap().unwrap().locks.len(), 1);

    // Check-in: search, one tap, no-show, walk-in with bad input kept.
    let (status, html) = office.get(&format!("/office/meetings/{slug}/check-in?q=Person+3&lang=ar")).await.into_parts();
    assert_eq!(status, 200);
    assert!(html.contains("Person 3") && !html.contains("Person 4"), "search by name");
    let p3 = page_registration(&app, &slug, "Person 3").await;
    let page = office.post(&format!("/office/meetings/{slug}/check-in/{p3}"), &[("mark", "in"), ("q", "Person 3")]).await;
    assert!(page.location.unwrap().contains("q=Person+3"));
    let p4 = page_registration(&app, &slug, "Person 4").await;
    assert_eq!(office.post(&format!("/office/meetings/{slug}/check-in/{p4}"), &[("mark", "no_show")]).await.status, 303);
    assert_eq!(office.post(&format!("/office/meetings/{slug}/check-in/{p4}"), &[("mark", "bogus")]).await.status, 404);
    let page = post(
        &mut office,
        &format!("/office/meetings/{slug}/check-in/walk-in?lang=de"),
        &[("association", orgs[0].clone()), ("name", "Neu".into()), ("email", "falsch".into())],
    )
    .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"err-email\"") && page.body.contains("value=\"falsch\""));
    let page = post(
        &mut office,
        &format!("/office/meetings/{slug}/check-in/walk-in"),
        &[("association", orgs[0].clone()), ("name", "Spontan Dabei".into()), ("email", "spontan@verein.example".into())],
    )
    .await;
    assert_eq!(page.status, 303, "{}", page.body);

    // Results: Enter in the form saves (its first submit button is not "add a project").
    let blank = office.get(&format!("/meetings/{slug}/results/1/1?lang=de")).await;
    assert_eq!(blank.status, 200);
    let form_html = &blank.body[blank.body.find("id=\"result-form\"").expect("the result form")..];
    let first_button = &form_html[form_html.find("<button type=\"submit\"").expect("a submit button")..];
    assert!(!first_button[..first_button.find('>').unwrap()].contains("name="), "the default button adds a row");

    // Results: an empty form is named; a filled one is stored.
    let page = office.post(&format!("/meetings/{slug}/results/1/1?lang=de"), &[("ideas", " ")]).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("mindestens eine Idee"));
    let page = office
        .post(
            &format!("/meetings/{slug}/results/1/1"),
            &[("ideas", "Gemeinsames Sommerfest"), ("contacts", &orgs[0]), ("contacts", &orgs[1])],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(office.get(&format!("/meetings/{slug}/results/9/1")).await.status, 404);

    // Not published: a member of a participating association does not see it; published: does.
    let first = app.state.directory.index().listings().next().unwrap().slug().to_owned();
    let mut member = representative(&app, "mitglied@verein.example", &first).await;
    assert_eq!(member.get(&format!("/meetings/{slug}/results")).await.status, 404);
    let page = office.post(&format!("/office/meetings/{slug}/publish"), &[("published", "1"), ("summary", "Ein **gutes** Treffen.")]).await;
    assert_eq!(page.status, 303);
    let (status, html) = member.get(&format!("/meetings/{slug}/results")).await.into_parts();
    assert_eq!(status, 200);
    assert!(html.contains("Gemeinsames Sommerfest"));
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/meetings/{slug}/results")).await;
    assert!(page.location.unwrap().starts_with("/login"), "a visitor is sent to sign in");
    let mut stranger = representative(&app, "fremd@verein.example", OTHER).await;
    if !orgs.contains(&org_id(&app, OTHER)) {
        assert_eq!(stranger.get(&format!("/meetings/{slug}/results")).await.status, 404);
    }
    let (status, html) = app.text(&format!("/meetings/{slug}/summary")).await;
    assert_eq!((status, html.contains("<strong>gutes</strong>")), (200, true));

    // Held: the plan's rounds count as held (later meetings know these pairs).
    assert_eq!(office.post(&format!("/office/meetings/{slug}/held"), &[("held", "1")]).await.status, 303);
    let record = app.state.meetings.by_slug(&slug).await.unwrap();
    assert!(record.held);
    let held = app.state.meetings.store.plan(record.id).await.unwrap().unwrap();
    assert_eq!(held.held_rounds, 2);
    // Re-planning a held meeting from round 1 keeps every held round as it was.
    assert_eq!(office.post(&format!("/office/meetings/{slug}/plan"), &[("from_round", "1")]).await.status, 303);
    for _ in 0..50 {
        if app.state.meetings.store.planning(record.id).await.unwrap().is_some_and(|run| run.outcome.is_some()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Everyone who came keeps their seat; the no-show (Person 4) sat nowhere.
    let mut expected = held.seats.clone();
    for tables in expected.rounds.iter_mut() {
        for people in tables.iter_mut() {
            people.retain(|p| p.0 != p4);
        }
    }
    assert_eq!(app.state.meetings.store.plan(record.id).await.unwrap().unwrap().seats, expected, "held rounds stay");
    assert_eq!(office.post(&format!("/office/meetings/{slug}/plan"), &[("from_round", "99")]).await.status, 303);
    app.cleanup().await;
}

#[tokio::test]
async fn a_large_meeting_is_planned_in_the_background_while_the_page_shows_progress() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let mut form: Vec<(String, String)> = meeting_form("Großes Treffen")
        .into_iter()
        .filter(|(k, _)| !k.starts_with("rounds.") && !k.starts_with("tables."))
        .map(|(k, v)| {
            let v = match k {
                "capacity" => "200".into(),
                "per_association_limit" => "10".into(),
                "ends_at" => "2030-03-09T18:00".into(),
                _ => v,
            };
            (k.to_owned(), v)
        })
        .collect();
    for t in 0..20 {
        form.push((format!("tables.{t}.name"), format!("Tisch {}", t + 1)));
        form.push((format!("tables.{t}.capacity"), "10".into()));
    }
    for r in 0..6 {
        form.push((format!("rounds.{r}.topic"), format!("Runde {}", r + 1)));
        form.push((format!("rounds.{r}.minutes"), "30".into()));
    }
    let borrowed: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let page = office.post("/office/meetings/new", &borrowed).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let slug = page.location.unwrap().trim_start_matches("/meetings/").split('?').next().unwrap().to_owned();
    let orgs: Vec<String> = app.state.directory.index().listings().take(20).map(|l| l.id().0.to_string()).collect();
    assert_eq!(orgs.len(), 20);
    for i in 0..200 {
        let fields = vec![("association", orgs[i % 20].clone()), ("name", format!("Person {i}")), ("email", format!("p{i}@gross.example"))];
        assert_eq!(post(&mut office, &format!("/office/meetings/{slug}/participants"), &fields).await.status, 303);
    }
    let started = std::time::Instant::now();
    let page = office.post(&format!("/office/meetings/{slug}/plan"), &[]).await;
    assert_eq!(page.status, 303);
    let answered = started.elapsed();
    let (_, html) = office.get(&format!("/office/meetings/{slug}/plan?lang=de")).await.into_parts();
    let record = app.state.meetings.by_slug(&slug).await.unwrap();
    let planned_already = app.state.meetings.store.plan(record.id).await.unwrap().is_some();
    if !planned_already {
        assert!(html.contains("http-equiv=\"refresh\"") && html.contains("id=\"planning\""), "progress while planning: {html}");
        // The rest of the site stays usable meanwhile.
        assert_eq!(office.get("/meetings").await.status, 200);
    }
    let mut done = None;
    for _ in 0..600 {
        if app.state.meetings.store.plan(record.id).await.unwrap().is_some() {
            done = Some(started.elapsed());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let done = done.expect("planned within 60 s");
    // The planning's state is in the database, not in this process: any server reads it.
    let mut outcome = None;
    for _ in 0..50 {
        let run = app.state.meetings.store.planning(record.id).await.unwrap().expect("the planning is stored");
        assert_eq!(run.people, 200);
        if let Some(stored) = run.outcome {
            outcome = Some(serde_json::from_value::<app::meetings::PlanningOutcome>(stored).unwrap());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(matches!(outcome, Some(app::meetings::PlanningOutcome::Done { version: 1, .. })), "{outcome:?}");
    let rendered = std::time::Instant::now();
    let (status, html) = office.get(&format!("/office/meetings/{slug}/plan?lang=de")).await.into_parts();
    let render_time = rendered.elapsed();
    assert_eq!(status, 200);
    assert!(html.contains("id=\"explanation\"") && !html.contains("http-equiv=\"refresh\""));
    assert!(html.len() < 400 * 1024, "a light grid: {} KB", html.len() / 1024);
    eprintln!(
        "200 people, 20 tables, 6 rounds: the office's request answered after {:.1} s, plan saved after {:.1} s; grid page {} KB in {} ms",
        answered.as_secs_f64(),
        done.as_secs_f64(),
        html.len() / 1024,
        render_time.as_millis()
    );
}
