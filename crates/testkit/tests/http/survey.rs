//! The survey of associations over HTTP: the demo's closed survey on the office's dashboard
//! (response rate, SVG charts with their tables, cross-tabs, small groups suppressed and said),
//! the CSV export and its codebook; an open survey answered through a personal link in Arabic,
//! page by page, with a condition, refusals kept and translated, "save and continue later" and
//! a resumed session; hostile input; who may see what.

use app::ports::NewSurvey;
use domain::accounts::Role;
use domain::ids::OrgId;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};

const DEMO: &str = "vereinsbefragung-2019";

async fn office(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

/// An open copy of the demo questionnaire with one association invited; its personal link.
async fn open_survey(app: &TestApp) -> (String, OrgId) {
    let now = app.state.clock.now().unix_secs();
    let mut survey = knotenpunkt::demo_survey::survey();
    survey.opens_at = Some(now - 3600);
    survey.closes_at = Some(now + 30 * 86_400);
    let surveys = &app.state.surveys;
    let id = surveys.store.create_survey(&NewSurvey { slug: "offen".into(), survey, at: now }).await.unwrap();
    let org = app.state.directory.index().get("kulturverein-brueckenschlag").unwrap().id();
    let links = surveys.invite(None, id, &[org]).await.unwrap();
    assert_eq!(links.len(), 1);
    assert!(surveys.invite(None, id, &[org]).await.unwrap().is_empty(), "invited once");
    (links[0].1.clone(), org)
}

#[tokio::test]
async fn the_office_sees_the_demo_survey_with_charts_tables_and_a_cross_tab() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let list = office.get("/office/surveys").await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert!(list.body.contains("Vereinsbefragung 2019") && list.body.contains("abgeschlossen"));

    let page = office.get(&format!("/office/surveys/{DEMO}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"survey-invited\">20<"), "20 invited");
    assert!(page.body.contains("id=\"survey-responses\">16<"), "16 answered");
    assert!(page.body.contains("id=\"survey-rate\">80 %<"));
    assert!(page.body.matches("role=\"img\"").count() >= 9, "a chart per counted question");
    assert!(page.body.contains("<title") && page.body.contains("<desc"), "charts have a title and a description");
    assert!(page.body.contains("Geld und Fördermittel"), "the challenges' options are named");
    assert!(page.body.contains("Einen gemeinsamen Raum"), "free texts are listed");
    assert!(page.body.contains("id=\"survey-suppression-rule\""), "the anonymity rule is said");

    let search = office.get(&format!("/office/surveys/{DEMO}?q=F%C3%B6rderantr%C3%A4gen")).await;
    assert!(search.body.contains("Hilfe bei Förderanträgen"));
    assert!(!search.body.contains("Einen gemeinsamen Raum"), "the search narrows the free texts");

    let cross = office.get(&format!("/office/surveys/{DEMO}?by=mso")).await;
    assert_eq!(cross.status, 200);
    assert!(cross.body.contains("class=\"cross-tab\""));
    assert!(cross.body.contains("andere Vereine"), "groups are named");
    // Of the 16, few are not MSOs: that group is under 5 and suppressed, and the page says so.
    assert!(cross.body.contains("id=\"survey-cross-suppressed\""));
    assert!(cross.body.contains("nicht gezeigt"));

    let narrow = office.get(&format!("/office/surveys/{DEMO}?mso=no")).await;
    assert!(narrow.body.contains("id=\"survey-suppressed\""), "a filtered view under 5 responses shows no figures");
    assert_eq!(narrow.body.matches("role=\"img\"").count(), 0);

    let by_question = office.get(&format!("/office/surveys/{DEMO}?by=q:has_room&lang=ar")).await;
    assert_eq!(by_question.status, 200);
    assert!(by_question.body.contains("dir=\"rtl\""));
    assert!(by_question.body.contains("direction=\"rtl\""), "charts mirror on right-to-left pages");

    // Hostile parameters are ignored, never a 500.
    let hostile =
        office.get(&format!("/office/surveys/{DEMO}?by=q:%3Cscript%3E&mso=maybe&field=%3Cb%3E&q=%3Cscript%3Ealert(1)%3C/script%3E")).await;
    assert_eq!(hostile.status, 200);
    assert!(!hostile.body.contains("<script>alert(1)"));
    assert_eq!(office.get("/office/surveys/gibt-es-nicht").await.status, 404);
}

#[tokio::test]
async fn the_csv_export_has_a_row_per_response_and_a_codebook() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let (status, _, bytes) = office.download(&format!("/office/surveys/{DEMO}/export.csv")).await;
    assert_eq!(status, 200);
    let csv = String::from_utf8(bytes).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 17, "a header and 16 responses");
    assert!(lines[0].contains("\"challenges.room\"") && lines[0].contains("\"know_others\""));
    assert!(!lines[0].contains("association_name"), "an anonymous survey's rows are not named");
    let (status, _, bytes) = office.download(&format!("/office/surveys/{DEMO}/codebook.csv")).await;
    assert_eq!(status, 200);
    let codebook = String::from_utf8(bytes).unwrap();
    assert!(codebook.contains("\"challenges.room\",\"challenges\",\"multiple_choice\""));
}

#[tokio::test]
async fn only_the_office_sees_dashboards_and_exports() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/office/surveys/{DEMO}")).await;
    assert_eq!(page.status, 303, "a visitor is sent to sign in");
    assert_eq!(visitor.get(&format!("/office/surveys/{DEMO}/export.csv")).await.status, 303);
    app.representative_of("vertreter@verein.example", "kulturverein-brueckenschlag").await;
    let mut rep = app.signed_in("vertreter@verein.example", None).await;
    assert_eq!(rep.get(&format!("/office/surveys/{DEMO}")).await.status, 403);
    assert_eq!(rep.get(&format!("/office/surveys/{DEMO}/export.csv")).await.status, 403);
    assert_eq!(rep.get("/office/surveys").await.status, 403);
}

#[tokio::test]
async fn an_association_answers_in_arabic_page_by_page_with_a_condition_and_resumes() {
    let app = spawn_app().await;
    let (secret, org) = open_survey(&app).await;
    let path = format!("/survey/{secret}");
    let mut rep = app.browser();
    let first = rep.get(&format!("{path}?lang=ar")).await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert!(first.body.contains("dir=\"rtl\""));
    assert!(first.body.contains("في أي مجالات تنشط جمعيتكم؟"), "the question in Arabic");
    assert!(first.body.contains("الصفحة 1 من 4") || first.body.contains("الصفحة \u{2068}1\u{2069} من \u{2068}4\u{2069}"));

    // Page 1 without the required fields and with a bad number: refused in Arabic, input kept.
    let refused = rep.post(&format!("{path}?lang=ar"), &[("section", "0"), ("action", "next"), ("a.members", "zwölf<b>")]).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("يرجى الإجابة عن هذا السؤال."));
    assert!(refused.body.contains("يرجى إدخال عدد صحيح"));
    assert!(refused.body.contains("value=\"zwölf&lt;b&gt;\"") || refused.body.contains("value=\"zwölf&#60;b&#62;\""), "kept and escaped");
    assert!(app.state.surveys.store.response(app.state.surveys.by_slug("offen").await.unwrap().id, org).await.unwrap().is_none());

    let ok =
        rep.post(&path, &[("section", "0"), ("action", "next"), ("a.fields", "culture"), ("a.members", "12"), ("a.languages", "ar")]).await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    assert_eq!(ok.location.as_deref(), Some(format!("{path}?section=1").as_str()));
    let page2 = rep.post(&path, &[("section", "1"), ("action", "next"), ("a.offers", "other")]).await;
    assert_eq!(page2.status, 422, "other without its text");
    let page2 = rep.post(&path, &[("section", "1"), ("action", "next"), ("a.offers", "other"), ("a.offers.other", "Kochabende")]).await;
    assert_eq!(page2.status, 303);

    // No rooms of their own: the last page asks whether they would share.
    let page3 = rep.post(&path, &[("section", "2"), ("action", "later"), ("a.challenges", "room"), ("a.has_room", "no")]).await;
    assert_eq!(page3.status, 303);
    assert!(page3.location.unwrap().contains("notice=saved"));

    // A new session (another representative with the same link) resumes on page 3.
    let mut other = app.browser();
    let resumed = other.get(&path).await;
    assert_eq!(resumed.status, 200);
    assert!(resumed.body.contains("Seite 3 von 4"));
    assert!(resumed.body.contains("value=\"room\" checked"), "what was saved is filled in");
    let page3 = other.post(&path, &[("section", "2"), ("action", "next"), ("a.challenges", "room"), ("a.has_room", "no")]).await;
    assert_eq!(page3.location.as_deref(), Some(format!("{path}?section=3").as_str()));
    let last = other.get(&format!("{path}?section=3")).await;
    assert!(last.body.contains("name=\"a.share_rooms\""), "the condition shows the question");
    let huge = "x".repeat(5000);
    let too_long = other.post(&path, &[("section", "3"), ("action", "submit"), ("a.wishes", &huge)]).await;
    assert_eq!(too_long.status, 422, "a huge text is refused, not a 500");
    let done = other
        .post(
            &path,
            &[
                ("section", "3"),
                ("action", "submit"),
                ("a.share_rooms", "yes"),
                ("a.know_others", "2"),
                ("a.wishes", "<script>alert(1)</script>"),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert!(done.location.unwrap().contains("notice=done"));
    let thanks = other.get(&format!("{path}?section=3&notice=done")).await;
    assert!(thanks.body.contains("id=\"survey-done\""));
    assert!(!thanks.body.contains("<script>alert(1)"), "escaped");

    // With rooms after all: the condition's question and its answer are gone.
    let changed = other.post(&path, &[("section", "2"), ("action", "next"), ("a.challenges", "room"), ("a.has_room", "yes")]).await;
    assert_eq!(changed.status, 303);
    let survey = app.state.surveys.by_slug("offen").await.unwrap();
    let response = app.state.surveys.store.response(survey.id, org).await.unwrap().unwrap();
    assert!(response.submitted_at.is_some(), "still submitted, edited until the close date");
    assert!(!response.answers.contains_key("share_rooms"));
    assert_eq!(app.state.surveys.store.responses(survey.id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn unknown_links_and_closed_surveys_take_no_answers() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    assert_eq!(visitor.get("/survey/abc").await.status, 404);
    assert_eq!(visitor.get(&format!("/survey/{}", "0".repeat(64))).await.status, 404);
    assert_eq!(visitor.post(&format!("/survey/{}", "0".repeat(64)), &[("section", "0")]).await.status, 404);
    let (secret, _) = open_survey(&app).await;
    let path = format!("/survey/{secret}");
    assert_eq!(visitor.post(&path, &[("section", "99"), ("action", "next")]).await.status, 404, "no such page");
    assert_eq!(visitor.post(&path, &[("section", "x")]).await.status, 404);
    let survey = app.state.surveys.by_slug("offen").await.unwrap();
    let mut closed = survey.survey.clone();
    closed.closes_at = Some(app.state.clock.now().unix_secs() - 1);
    app.state.surveys.store.update_survey(survey.id, &closed, survey.version, 0).await.unwrap();
    let page = visitor.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"survey-closed\""));
    assert_eq!(visitor.post(&path, &[("section", "0"), ("action", "next"), ("a.fields", "culture")]).await.status, 409);
}

/// An open copy of the demo questionnaire, nobody invited yet.
async fn open_uninvited(app: &TestApp) {
    let now = app.state.clock.now().unix_secs();
    let mut survey = knotenpunkt::demo_survey::survey();
    survey.opens_at = Some(now - 3600);
    survey.closes_at = Some(now + 30 * 86_400);
    app.state.surveys.store.create_survey(&NewSurvey { slug: "neu".into(), survey, at: now }).await.unwrap();
}

#[tokio::test]
async fn the_office_invites_by_list_and_filter_and_reminds_at_most_once_a_week() {
    let app = spawn_app().await;
    open_uninvited(&app).await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let org = app.state.directory.index().get("kulturverein-brueckenschlag").unwrap().id().0.to_string();
    let mut office = office(&app).await;
    let url = "/office/surveys/neu/invitations";
    let page = office.get(url).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("id=\"survey-invited\">0<"));
    assert!(page.body.contains("id=\"survey-rate-bar\""), "the response rate as a progress bar");
    assert!(page.body.contains("Noch ist kein Verein eingeladen."));

    // A choice that names nobody is refused on the page, the choice kept.
    let empty = office.post(url, &[("scope", "list")]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Bitte kreuzen Sie mindestens einen Verein an."));
    assert!(empty.body.contains("value=\"list\" checked"), "the form keeps what was chosen");
    let no_filter = office.post(url, &[("scope", "filter"), ("field", "<b>")]).await;
    assert_eq!(no_filter.status, 422);
    assert!(no_filter.body.contains("Bitte wählen Sie mindestens ein Merkmal."));
    assert_eq!(office.post(url, &[("scope", "everybody")]).await.status, 422);

    // A list of one: its representative gets the personal link, which opens the form.
    let sent = office.post(url, &[("scope", "list"), ("org", &org), ("org", "nonsense")]).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert!(sent.location.as_deref().unwrap().contains("invited=1&already=0"), "{:?}", sent.location);
    let link = app.link_in_mail("vera@verein.example", "/survey/").await;
    let mails = app.mails().await;
    assert!(mails.iter().any(|(to, subject, _)| to.contains("vera@verein.example") && subject.contains("Einladung zur Befragung")));
    let path = &link[link.find("/survey/").unwrap()..];
    let mut respondent = app.browser();
    assert_eq!(respondent.get(path).await.status, 200, "the mailed link opens the form");
    let after = office.get(&format!("{url}?invited=1&already=0&no_address=0")).await;
    assert!(after.body.contains("1 Verein eingeladen."));
    assert!(after.body.contains("id=\"survey-invited\">1<"));
    assert!(after.body.contains("Kulturverein Brückenschlag"), "the invited association is listed");

    // Invited once: a second invitation leaves it as it was, and its link keeps working.
    let again = office.post(url, &[("scope", "list"), ("org", &org)]).await;
    assert!(again.location.as_deref().unwrap().contains("invited=0&already=1"), "{:?}", again.location);
    assert_eq!(respondent.get(path).await.status, 200);

    // Invited today: no reminder before a week has passed (the rule is unit-tested in domain).
    let page = office.get(url).await;
    assert!(page.body.contains("disabled aria-describedby=\"survey-remind-none\""), "nothing is due");
    let remind = office.post("/office/surveys/neu/reminders", &[]).await;
    assert!(remind.location.as_deref().unwrap().contains("queued=0"), "nothing due, nothing queued: {:?}", remind.location);
    assert_eq!(respondent.get(path).await.status, 200, "no new link, the old one works");

    // A filter: the MSOs among the published associations, each once.
    let msos = office.post(url, &[("scope", "filter"), ("mso", "yes")]).await;
    let location = msos.location.unwrap();
    assert!(location.contains("invited=") && !location.contains("invited=0&"), "{location}");

    // In Arabic, right to left.
    let ar = office.get(&format!("{url}?lang=ar")).await;
    assert!(ar.body.contains("dir=\"rtl\"") && ar.body.contains("الجمعيات المدعوة"));
}

#[tokio::test]
async fn a_closed_survey_invites_and_reminds_nobody() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let url = format!("/office/surveys/{DEMO}/invitations");
    let page = office.get(&url).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"survey-invited\">20<") && page.body.contains("id=\"survey-submitted\">16<"));
    assert!(page.body.contains("id=\"survey-rate\">80 %<"));
    assert!(!page.body.contains("id=\"survey-invite-form\""), "no invitations once closed");
    let refused = office.post(&url, &[("scope", "all")]).await;
    assert!(refused.location.as_deref().unwrap().ends_with("refused=closed"));
    let reminders = office.post(&format!("/office/surveys/{DEMO}/reminders"), &[]).await;
    assert!(reminders.location.as_deref().unwrap().ends_with("refused=not-open"));
    let said = office.get(&format!("{url}?refused=closed")).await;
    assert!(said.body.contains("Diese Befragung ist abgeschlossen"));
    let mut rep = app.browser();
    assert_eq!(rep.get(&url).await.status, 303, "visitors are sent to sign in");
}

/// The builder's question form with German texts; `extra` adds or overrides fields.
fn question_form<'a>(key: &'a str, kind: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![("form", "question"), ("version", ""), ("section", "0"), ("key", key), ("kind", kind), ("text.de", "Eine Frage")];
    for (name, value) in extra {
        fields.retain(|(n, _)| n != name);
        fields.push((name, value));
    }
    fields
}

#[tokio::test]
async fn the_office_builds_a_questionnaire_previews_it_in_arabic_and_answers_keep_it_safe() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let list = office.get("/office/surveys").await;
    assert!(list.body.contains("href=\"/office/surveys/new\""));
    let refused = office.post("/office/surveys/new", &[("title", ""), ("slug", "Nicht Gut!")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Bitte geben Sie einen deutschen Titel ein."));
    assert!(refused.body.contains("value=\"Nicht Gut!\""), "what was typed stays");
    let created = office.post("/office/surveys/new", &[("title", "Befragung 2027"), ("slug", "")]).await;
    assert_eq!(created.location.as_deref(), Some("/office/surveys/befragung-2027/edit"));
    let taken = office.post("/office/surveys/new", &[("title", "Befragung 2027"), ("slug", "")]).await;
    assert!(taken.body.contains("Diese Adresse hat schon eine andere Befragung."));

    let url = "/office/surveys/befragung-2027/edit";
    let version = |app: &TestApp| {
        let surveys = app.state.surveys.clone();
        async move { surveys.by_slug("befragung-2027").await.unwrap().version.to_string() }
    };
    // A choice question with options in German and Arabic, then a yes/no, then one shown on a condition.
    let v = version(&app).await;
    let mut fields = question_form(
        "challenges",
        "multiple_choice",
        &[("options", "room | Räume\nGeld"), ("options.ar", "أماكن\nمال"), ("other", "1"), ("text.ar", "ما التحديات؟")],
    );
    fields.retain(|(n, _)| *n != "version");
    fields.push(("version", &v));
    let added = office.post(url, &fields).await;
    assert_eq!(added.status, 303, "{}", added.body);
    let v = version(&app).await;
    let mut yes_no = question_form("has_room", "yes_no", &[("required", "1")]);
    yes_no.retain(|(n, _)| *n != "version");
    yes_no.push(("version", &v));
    assert_eq!(office.post(url, &yes_no).await.status, 303);
    // A condition must name an earlier part's question: in the same part it is refused, kept.
    let v = version(&app).await;
    let mut cond = question_form("share_rooms", "yes_no", &[("condition_question", "has_room"), ("condition_value", "no")]);
    cond.retain(|(n, _)| *n != "version");
    cond.push(("version", &v));
    let same_part = office.post(url, &cond).await;
    assert_eq!(same_part.status, 422);
    assert!(same_part.body.contains("Die Bedingung muss eine Frage aus einem früheren Teil nennen."));
    assert!(same_part.body.contains("value=\"share_rooms\""), "the form keeps the question");
    cond.retain(|(n, _)| *n != "section");
    cond.push(("section", "1"));
    assert_eq!(office.post(url, &cond).await.status, 303, "in a new part");
    let bad = office.post(url, &question_form("Bad Key", "number", &[("min", "9"), ("max", "1"), ("text.de", "")])).await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("Die Kennung besteht aus Kleinbuchstaben") && bad.body.contains("Bitte geben Sie den Fragetext auf Deutsch ein.")
    );
    assert!(bad.body.contains("Die kleinste Zahl darf nicht größer als die größte sein."));

    let survey = app.state.surveys.by_slug("befragung-2027").await.unwrap();
    assert_eq!(survey.survey.questionnaire.sections.len(), 2);
    assert_eq!(survey.survey.questionnaire.question("challenges").unwrap().kind.options()[0].label.exact("ar"), Some("أماكن"));

    // Settings: dates in German local time, anonymous; a close before the open is refused.
    let v = version(&app).await;
    let backwards = office
        .post(
            url,
            &[
                ("form", "settings"),
                ("version", &v),
                ("title.de", "Befragung 2027"),
                ("opens", "2027-03-01T09:00"),
                ("closes", "2027-02-01T09:00"),
            ],
        )
        .await;
    assert_eq!(backwards.status, 422);
    assert!(backwards.body.contains("Das Ende muss nach dem Beginn liegen."));
    assert!(backwards.body.contains("value=\"2027-02-01T09:00\""), "the dates typed stay");
    let settings = office
        .post(
            url,
            &[
                ("form", "settings"),
                ("version", &v),
                ("title.de", "Befragung 2027"),
                ("title.ar", "استطلاع 2027"),
                ("opens", "2020-03-01T09:00"),
                ("closes", "2099-03-01T09:00"),
                ("anonymous", "1"),
            ],
        )
        .await;
    assert_eq!(settings.status, 303, "{}", settings.body);
    let stale = office.post(url, &[("form", "settings"), ("version", &v), ("title.de", "Alt")]).await;
    assert!(stale.body.contains("Jemand anderes hat den Fragebogen inzwischen geändert."), "a stale version is refused");

    // The preview in Arabic, as a phone shows it: right to left, Arabic texts, the condition said.
    let preview = office.get("/office/surveys/befragung-2027/preview?lang=ar").await;
    assert_eq!(preview.status, 200);
    assert!(preview.body.contains("dir=\"rtl\"") && preview.body.contains("ما التحديات؟") && preview.body.contains("أماكن"));
    let second = office.get("/office/surveys/befragung-2027/preview?section=1&lang=de").await;
    assert!(second.body.contains("Nur sichtbar, wenn"), "{}", second.body);

    // An association answers; from now on changes that break answers are refused, removals asked.
    let org = app.state.directory.index().get("kulturverein-brueckenschlag").unwrap();
    let id = app.state.surveys.by_slug("befragung-2027").await.unwrap().id;
    let links = app.state.surveys.invite(None, id, &[org.id()]).await.unwrap();
    let mut respondent = app.browser();
    let answered = respondent
        .post(&format!("/survey/{}", links[0].1), &[("section", "0"), ("action", "next"), ("a.challenges", "room"), ("a.has_room", "no")])
        .await;
    assert_eq!(answered.status, 303, "{}", answered.body);
    let page = office.get(url).await;
    assert!(page.body.contains("id=\"survey-build-has-answers\""));
    let v = version(&app).await;
    let mut fewer =
        question_form("challenges", "multiple_choice", &[("options", "room | Räume"), ("other", "1"), ("editing", "challenges")]);
    fewer.retain(|(n, _)| *n != "version");
    fewer.push(("version", &v));
    let refused = office.post(url, &fewer).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Antwortmöglichkeit geld"), "{}", refused.body);
    let mut more = question_form(
        "challenges",
        "multiple_choice",
        &[("options", "room | Räume\ngeld | Geld\nvolunteers | Ehrenamtliche"), ("other", "1"), ("editing", "challenges")],
    );
    more.retain(|(n, _)| *n != "version");
    more.push(("version", &v));
    assert_eq!(office.post(url, &more).await.status, 303, "adding an option is fine");
    let v = version(&app).await;
    let ask = office.post(url, &[("form", "remove"), ("key", "challenges"), ("version", &v)]).await;
    assert_eq!(ask.status, 200);
    assert!(ask.body.contains("id=\"survey-build-confirm-remove\""), "removing asks first");
    assert!(app.state.surveys.by_slug("befragung-2027").await.unwrap().survey.questionnaire.question("challenges").is_some());
    let gone = office.post(url, &[("form", "remove"), ("key", "challenges"), ("version", &v), ("confirmed", "1")]).await;
    assert_eq!(gone.status, 303);
    assert!(app.state.surveys.by_slug("befragung-2027").await.unwrap().survey.questionnaire.question("challenges").is_none());
    let kept = app.state.surveys.store.response(id, org.id()).await.unwrap().unwrap();
    assert!(kept.answers.contains_key("challenges"), "the removed question's answers stay stored");
}

#[tokio::test]
async fn with_consent_the_linked_answers_become_a_revision_for_the_office_to_review() {
    let app = spawn_app().await;
    let (secret, org) = open_survey(&app).await;
    let path = format!("/survey/{secret}");
    let mut rep = app.browser();
    let pages: [&[(&str, &str)]; 3] = [
        &[
            ("section", "0"),
            ("action", "next"),
            ("a.fields", "youth"),
            ("a.fields", "culture"),
            ("a.members", "12"),
            ("a.languages", "tr"),
            ("a.languages", "ar"),
        ],
        &[("section", "1"), ("action", "next"), ("a.offers", "other"), ("a.offers.other", "Kochabende")],
        &[("section", "2"), ("action", "next"), ("a.challenges", "room"), ("a.has_room", "yes")],
    ];
    for fields in pages {
        assert_eq!(rep.post(&path, fields).await.status, 303);
    }
    let last = rep.get(&format!("{path}?section=3")).await;
    assert!(last.body.contains("id=\"f-consent\""), "the last page offers the profile update");
    assert!(!rep.get(&format!("{path}?section=0")).await.body.contains("id=\"f-consent\""), "only the last page");
    let pending = || async {
        app.state.directory.revisions().pending_reviews().await.unwrap().into_iter().filter(|p| p.org == org).collect::<Vec<_>>()
    };
    // Without the tick nothing flows into the profile.
    let sent = rep.post(&path, &[("section", "3"), ("action", "submit"), ("a.know_others", "2")]).await;
    assert_eq!(sent.status, 303);
    assert!(pending().await.is_empty(), "no consent, no change");
    // With it (editing the submitted answers): a pending revision by the survey, for review.
    let consented = rep.post(&path, &[("section", "3"), ("action", "submit"), ("a.know_others", "2"), ("consent", "1")]).await;
    assert_eq!(consented.status, 303);
    let reviews = pending().await;
    assert_eq!(reviews.len(), 1, "one revision to review");
    assert_eq!(reviews[0].author.label(), "system:survey:offen");
    let revision = app.state.directory.revisions().revision(org, reviews[0].number).await.unwrap().unwrap();
    let mut fields = revision.profile.categories.clone();
    fields.sort();
    assert_eq!(fields, ["culture", "youth"]);
    assert!(revision.profile.languages.iter().any(|l| l.as_str() == "tr"));
    let published =
        app.state.directory.index().get("kulturverein-brueckenschlag").unwrap().categories().map(str::to_owned).collect::<Vec<_>>();
    assert!(!published.iter().any(|f| &**f == "youth"), "nothing changes before the office approves");

    // Submitted again with the same answers: nothing new to review.
    let count = || async { app.state.directory.revisions().revisions(org).await.unwrap().len() };
    let before = count().await;
    let again = rep.post(&path, &[("section", "3"), ("action", "submit"), ("a.know_others", "2"), ("consent", "1")]).await;
    assert_eq!(again.status, 303);
    assert_eq!(count().await, before, "the same proposal is not added twice");
    // Changed and submitted again: the survey's proposal is replaced, not piled up.
    let first_page = [("section", "0"), ("action", "next"), ("a.fields", "culture"), ("a.members", "12"), ("a.languages", "tr")];
    assert_eq!(rep.post(&path, &first_page).await.status, 303);
    let changed = rep.post(&path, &[("section", "3"), ("action", "submit"), ("a.know_others", "2"), ("consent", "1")]).await;
    assert_eq!(changed.status, 303);
    let reviews = pending().await;
    assert_eq!(reviews.len(), 1, "still one revision to review");
    let history = app.state.directory.revisions().revisions(org).await.unwrap();
    let survey_pending: Vec<_> = history
        .iter()
        .filter(|r| r.author.label() == "system:survey:offen" && r.review_state == app::ports::ReviewState::Pending)
        .collect();
    assert_eq!(survey_pending.len(), 1, "one pending proposal of the survey: {history:?}");
    assert_eq!(survey_pending[0].number, reviews[0].number);
    let earlier = history.iter().find(|r| r.number == revision.info.number).unwrap();
    assert_eq!(
        (earlier.review_state, earlier.comment.as_deref()),
        (app::ports::ReviewState::Rejected, Some("superseded")),
        "the earlier proposal is closed as superseded"
    );
    let latest = app.state.directory.revisions().revision(org, reviews[0].number).await.unwrap().unwrap();
    assert!(!latest.profile.categories.contains(&"youth".to_owned()), "the latest answers are proposed");
}

/// The text of a PDF as a reader gets it (`pdftotext`, from poppler-utils).
fn pdf_text(pdf: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("survey-report-{}-{:?}.pdf", std::process::id(), std::thread::current().id()));
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (apt-get install poppler-utils)");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Lines joined, Fluent's isolation marks around arguments left out.
    let text = String::from_utf8(out.stdout).unwrap().replace(['\u{2068}', '\u{2069}'], "");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The part of `body` from the element with `id` to the end of the first `end` after it.
fn part<'a>(body: &'a str, id: &str, end: &str) -> &'a str {
    let from = body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("{id} on the page"));
    let rest = &body[from..];
    &rest[..rest.find(end).map_or(rest.len(), |n| n + end.len())]
}

#[tokio::test]
async fn the_demo_dashboard_shows_its_quintessence_at_a_glance_and_filtered_views_follow_the_anonymity_rule() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get(&format!("/office/surveys/{DEMO}")).await;
    assert_eq!(page.status, 200);
    // Fluent's isolation marks around arguments left out.
    let body = &page.body.replace(['\u{2068}', '\u{2069}'], "");
    let glance = body.find("id=\"survey-glance\"").expect("the summary");
    assert!(glance < body.find("id=\"survey-filters\"").unwrap(), "the summary comes before the filters");
    assert!(glance < body.find("id=\"q-fields\"").unwrap(), "and before the first question");
    assert!(part(body, "survey-glance", "</dl>").contains("id=\"survey-rate\">80 %<"), "the response rate in it");
    // A great variety of offers (and fields, languages), similar challenges.
    let varied = part(body, "survey-glance-varied", "</div>");
    assert!(varied.contains("Was bietet Ihr Verein an?") && varied.contains("Tätigkeitsfeldern"), "{varied}");
    assert!(!varied.contains("Herausforderungen"), "{varied}");
    let shared = part(body, "survey-glance-shared", "</div>");
    assert!(shared.contains("Vor welchen Herausforderungen steht Ihr Verein?"), "{shared}");
    assert!(!shared.contains("Was bietet"), "{shared}");
    let challenges = part(body, "glance-q-challenges", "</li>\n");
    assert!(challenges.contains("Ähnliche Antworten"), "{challenges}");
    assert!(challenges.contains("mindestens 88\u{a0}%") || challenges.contains("mindestens 88 %"), "{challenges}");
    assert!(challenges.contains("Geld und Fördermittel") && challenges.contains("100\u{a0}% (16 von 16)"), "{challenges}");
    let offers = part(body, "glance-q-offers", "</li>\n");
    assert!(offers.contains("Große Vielfalt") && offers.contains("12 verschiedene Antworten"), "{offers}");
    let know = part(body, "glance-q-know_others", "</li>\n");
    assert!(know.contains("Durchschnitt 2.1"), "the scale's mean: {know}");
    assert!(body.contains("id=\"survey-glance-legend\""), "how it is measured is said");

    // Filtered: the summary counts the selection, said with the rate.
    let mso = office.get(&format!("/office/surveys/{DEMO}?mso=yes")).await;
    assert!(mso.body.contains("id=\"survey-glance-rate\""), "{}", mso.body);
    assert!(part(&mso.body, "survey-glance-rate", "</p>").contains("Gefiltert:"), "{}", mso.body);
    assert!(mso.body.contains("id=\"survey-glance-items\""));
    // Under five responses in an anonymous survey's filtered view: no summary, said so.
    let narrow = office.get(&format!("/office/surveys/{DEMO}?mso=no")).await;
    assert!(narrow.body.contains("id=\"survey-glance-suppressed\""));
    assert!(!narrow.body.contains("id=\"survey-glance-items\""));
    assert!(!narrow.body.contains("glance-top"), "no answer counted");

    // In Arabic, and in the PDF report at the start.
    let ar = office.get(&format!("/office/surveys/{DEMO}?lang=ar")).await;
    assert!(ar.body.contains("نظرة سريعة") && part(&ar.body, "survey-glance-shared", "</div>").contains("ما التحديات"));
    let (status, _, pdf) = office.download(&format!("/office/surveys/{DEMO}/report.pdf?lang=de")).await;
    assert_eq!(status, 200);
    let text = pdf_text(&pdf);
    let start = text.find("Auf einen Blick").unwrap_or_else(|| panic!("the summary in {text}"));
    let first_question = text.rfind("1. In welchen Tätigkeitsfeldern").unwrap();
    assert!(start < first_question, "the summary before the questions");
    assert!(text[start..first_question].contains("Große Vielfalt bei"), "{text}");
    assert!(text[start..first_question].contains("Ähnliche Antworten bei"), "{text}");
    let (_, _, pdf) = office.download(&format!("/office/surveys/{DEMO}/report.pdf?mso=no&lang=de")).await;
    assert!(!pdf_text(&pdf).contains("Große Vielfalt bei"), "no summary of a suppressed view");
}

#[tokio::test]
async fn the_office_downloads_the_report_as_pdf_with_the_dashboards_view_and_small_groups_suppressed() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get(&format!("/office/surveys/{DEMO}")).await;
    assert!(page.body.contains(&format!("href=\"/office/surveys/{DEMO}/report.pdf\" id=\"survey-export-pdf\"")), "the download link");
    let crossed = office.get(&format!("/office/surveys/{DEMO}?by=mso&q=Raum")).await;
    assert!(
        crossed.body.contains(&format!("href=\"/office/surveys/{DEMO}/report.pdf?by=mso\" id=\"survey-export-pdf\"")),
        "the link carries the view's cross-tab (not the text search)"
    );

    let (status, content_type, pdf) = office.download(&format!("/office/surveys/{DEMO}/report.pdf")).await;
    assert_eq!((status, content_type.as_str()), (200, "application/pdf"));
    let text = pdf_text(&pdf);
    for said in ["Vereinsbefragung 2019", "Rücklaufquote", "80 %", "1. In welchen Tätigkeitsfeldern", "Geld und Fördermittel", "Freitexte"]
    {
        assert!(text.contains(said), "{said} in {text}");
    }
    assert!(text.contains("weniger als 5 Antworten nicht gezeigt"), "the anonymity rule is said: {text}");

    // The cross-tab by MSO: the small group of the anonymous survey is suppressed in print too.
    let (status, _, pdf) = office.download(&format!("/office/surveys/{DEMO}/report.pdf?by=mso")).await;
    assert_eq!(status, 200);
    let text = pdf_text(&pdf);
    assert!(text.contains("weniger als 5 Antworten – nicht gezeigt"), "a suppressed group is marked: {text}");
    // A filtered view under five responses shows no numbers at all.
    let (status, _, pdf) = office.download(&format!("/office/surveys/{DEMO}/report.pdf?mso=no")).await;
    assert_eq!(status, 200);
    let text = pdf_text(&pdf);
    assert!(text.contains("Zu wenige Antworten für diese Auswahl"), "{text}");
    assert!(!text.contains("Geld und Fördermittel"), "no option counted in a suppressed view");

    // In Arabic, right to left; unknown surveys 404; only the office.
    let (status, _, pdf) = office.download(&format!("/office/surveys/{DEMO}/report.pdf?lang=ar")).await;
    assert_eq!(status, 200);
    assert!(pdf_text(&pdf).contains("نسبة المشاركة"));
    assert_eq!(office.download("/office/surveys/gibt-es-nicht/report.pdf").await.0, 404);
    app.representative_of("vertretung@verein.example", "kulturverein-brueckenschlag").await;
    let mut rep = app.signed_in("vertretung@verein.example", None).await;
    assert_eq!(rep.download(&format!("/office/surveys/{DEMO}/report.pdf")).await.0, 403);
}

#[tokio::test]
async fn a_failed_invitation_mail_is_not_counted_and_reminders_go_through_the_job_queue() {
    let app = spawn_app().await;
    open_uninvited(&app).await;
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let org = app.state.directory.index().get("kulturverein-brueckenschlag").unwrap().id().0.to_string();
    let mut office = office(&app).await;
    let url = "/office/surveys/neu/invitations";
    app.mails().await; // the queue empty: only the invitation's mail comes next
    let sent = office.post(url, &[("scope", "list"), ("org", &org)]).await;
    assert!(sent.location.as_deref().unwrap().contains("invited=1&already=0"), "{:?}", sent.location);

    // Queued, not sent yet: not counted as invited, said apart.
    let page = office.get(url).await;
    assert!(page.body.contains("id=\"survey-invited\">0<"), "{}", page.body);
    assert!(page.body.contains("1 Einladung wartet noch auf den Versand"));
    assert!(page.body.contains("E-Mail wird gesendet"));

    // The mail server refuses it for good.
    let jobs = app.state.jobs.store().clone();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    let claimed = jobs.claim_next(later, std::time::Duration::from_secs(300)).await.unwrap().expect("the invitation's mail job");
    assert_eq!(claimed.kind, "mail.send");
    jobs.fail(claimed.id, claimed.attempts, "550 mailbox unavailable", None).await.unwrap();
    let page = office.get(url).await;
    assert!(page.body.contains("id=\"survey-invited\">0<"), "a failed mail does not count as invited");
    assert!(page.body.contains("Bei 1 Verein ist die E-Mail fehlgeschlagen"), "{}", page.body);
    assert!(page.body.contains("E-Mail fehlgeschlagen"));
    let dashboard = office.get("/office/surveys/neu").await;
    assert!(dashboard.body.contains("id=\"survey-invited\">0<"), "nor on the dashboard");
    let listed = app.state.surveys.summaries().await.unwrap();
    assert_eq!(listed.iter().find(|s| s.slug == "neu").unwrap().invited, 0, "nor in `survey list` and the reports");
    // Nothing arrived, so a reminder may go at once.
    assert!(page.body.contains("1 Verein erinnern"), "a failed mail makes the reminder due");

    // The reminder goes through the job queue: the request only queues it.
    let before = app.mails().await.len();
    let remind = office.post("/office/surveys/neu/reminders", &[]).await;
    assert_eq!(remind.status, 303);
    assert!(remind.location.as_deref().unwrap().contains("queued=1"), "{:?}", remind.location);
    let queued = app.state.jobs.store().recent_jobs(5).await.unwrap();
    assert!(queued.iter().any(|j| j.kind == "survey.send_reminders"), "{queued:?}");
    let said = office.get(&format!("{url}?queued=1")).await;
    assert!(said.body.contains("1 Erinnerung wird im Hintergrund gesendet."));
    // Run by the queue (`mails` drains it): the reminder with a new link, sent and counted.
    let mails = app.mails().await;
    assert_eq!(mails.len(), before + 1, "one reminder mail");
    assert!(mails.last().unwrap().1.contains("Erinnerung"), "{:?}", mails.last());
    let link = app.link_in_mail("vera@verein.example", "/survey/").await;
    let mut respondent = app.browser();
    assert_eq!(respondent.get(&link[link.find("/survey/").unwrap()..]).await.status, 200, "the new link works");
    let page = office.get(url).await;
    assert!(page.body.contains("id=\"survey-invited\">1<"), "sent: now invited");
    assert!(page.body.contains("disabled aria-describedby=\"survey-remind-none\""), "and no reminder is due for a week");
    // Nothing due: no job.
    let again = office.post("/office/surveys/neu/reminders", &[]).await;
    assert!(again.location.as_deref().unwrap().contains("queued=0"));
}
