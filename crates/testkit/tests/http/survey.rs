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
    let org = app.state.directory.index().get("kulturverein-brueckenschlag").unwrap().id;
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
