//! The inbox for ideas and concerns: a visitor's case is stored only once the address is
//! confirmed, the office answers in the sender's language, the sender follows and replies on a
//! private page; signed-in senders and representatives; bad input, honeypot and rate limits.

use app::ports::CaseFilter;
use domain::accounts::Role;
use domain::inbox::{CaseStatus, MAX_TEXT};
use domain::language::UiLocale;
use testkit::browser::{Browser, Page};
use testkit::{spawn_app, TestApp};

const SENDER: &str = "layla@example.org";
const OWN: &str = "kulturverein-brueckenschlag";
const OTHER: &str = "circolo-il-ponte";
const ARABIC: &str = "نبحث عن قاعة لدروس اللغة مساء الجمعة، هل يمكن للمكتب أن يساعدنا؟";

fn topic(app: &TestApp) -> String {
    app.state.directory.index().categories().first().unwrap().key.clone()
}

fn case_form<'a>(topic: &'a str, text: &'a str, email: &'a str, language: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![("kind", "concern"), ("topic", topic), ("text", text), ("email", email), ("language", language), ("concerns", OTHER)]
}

async fn send(browser: &mut Browser, fields: &[(&'static str, &str)]) -> Page {
    browser.post("/contact", fields).await
}

async fn coordinator(app: &TestApp) -> Browser {
    let id = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("koordination@stadt.example", Some(&secret)).await
}

/// The cases the test made: every case but the demo's of 2020–2022 (all closed long ago).
async fn cases(app: &TestApp) -> Vec<app::ports::CaseRecord> {
    let all = app.state.inbox.store.queue(&CaseFilter::default()).await.unwrap();
    all.into_iter().filter(|c| !c.email.as_str().ends_with("@demo-verein.example")).collect()
}

async fn mails_to(app: &TestApp, address: &str) -> Vec<(String, String, String)> {
    app.mails().await.into_iter().filter(|(to, _, _)| to.contains(address)).collect()
}

/// Sends a visitor's case in Arabic and confirms the address; the private page's path.
async fn confirmed_case(app: &TestApp, browser: &mut Browser) -> String {
    let topic = topic(app);
    let page = send(browser, &case_form(&topic, ARABIC, SENDER, "ar")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("inbox-sent"), "{}", page.body);
    let link = app.link_in_mail(SENDER, "/contact/confirm?token=").await;
    let path = link.split_once("/contact").map(|(_, rest)| format!("/contact{rest}")).unwrap();
    let page = browser.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let page = browser.post("/contact/confirm", &[("token", &token)]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let location = page.location.unwrap();
    assert!(location.starts_with("/inbox/"), "{location}");
    let again = app.browser().post("/contact/confirm", &[("token", &token)]).await;
    assert_eq!(again.status, 404, "the link works once");
    location.split('?').next().unwrap().to_owned()
}

#[tokio::test]
async fn a_visitors_case_is_stored_after_the_link_and_answered_in_arabic() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let form = visitor.get("/contact?lang=ar").await;
    assert!(form.body.contains(r#"name="csrf""#) && form.body.contains("f-text") && form.body.contains(r#"dir="rtl""#), "{}", form.body);
    let topic = topic(&app);
    let page = send(&mut visitor, &case_form(&topic, ARABIC, SENDER, "ar")).await;
    assert!(page.body.contains("inbox-sent"), "{}", page.body);
    assert!(cases(&app).await.is_empty(), "nothing is stored before the address is confirmed");
    let verify = mails_to(&app, SENDER).await;
    assert_eq!(verify.len(), 1);
    assert!(verify[0].1.contains("مكتب الاندماج"), "the verification mail is in the chosen language: {:?}", verify[0]);

    let private = confirmed_case(&app, &mut visitor).await;
    let stored = cases(&app).await;
    assert_eq!(stored.len(), 1);
    let case = &stored[0];
    assert_eq!((case.status, case.language, case.text.as_str()), (CaseStatus::New, UiLocale::Ar, ARABIC));
    assert_eq!(case.concerns, vec![OTHER.to_owned()]);
    assert!(app.link_in_mail(SENDER, "/inbox/").await.ends_with(&private), "the receipt carries the private link");
    let page = visitor.get(&private).await;
    assert!(page.body.contains(ARABIC) && page.body.contains("جديدة"), "{}", page.body);

    let mut office = coordinator(&app).await;
    let queue = office.get("/office/inbox").await;
    assert!(queue.body.contains(&format!("case-{}", case.id)), "{}", queue.body);
    let id = case.id;
    let note = office.post(&format!("/office/inbox/{id}/note"), &[("note", "Raum im Rathaus anfragen")]).await;
    assert_eq!(note.status, 303, "{}", note.body);
    let reply = "نعم، يمكنكم استخدام القاعة في مبنى البلدية.";
    let answered = office.post(&format!("/office/inbox/{id}/reply"), &[("reply", reply)]).await;
    assert_eq!(answered.status, 303, "{}", answered.body);
    let mails = mails_to(&app, SENDER).await;
    let (_, subject, body) = mails.last().unwrap();
    assert!(subject.contains("ردّ مكتب الاندماج") && body.contains(reply), "{subject}\n{body}");

    let page = visitor.get(&private).await;
    assert!(page.body.contains(reply) && page.body.contains("بانتظار ردكم"), "{}", page.body);
    assert!(!page.body.contains("Rathaus anfragen"), "internal notes stay internal");
    let back = visitor.post(&private, &[("text", "شكرًا جزيلًا، سنأتي يوم الجمعة.")]).await;
    assert_eq!(back.status, 303, "{}", back.body);
    let case = app.state.inbox.store.case(id).await.unwrap().unwrap();
    assert_eq!(case.status, CaseStatus::InProgress, "the sender's reply is the office's turn");
    assert!(case.first_answer_at.is_some());

    let closed = office.post(&format!("/office/inbox/{id}/close"), &[("outcome", "resolved"), ("remark", "")]).await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    let page = office.get(&format!("/office/inbox/{id}")).await;
    assert!(page.body.contains("Raum im Rathaus anfragen") && page.body.contains("Beantwortet oder gelöst"), "{}", page.body);
    let now = app.state.clock.now().unix_secs();
    let summary = app::inbox::response_summary(app.state.inbox.store.as_ref(), now - 3600, now + 1).await.unwrap();
    assert_eq!((summary.cases, summary.answered, summary.closed), (1, 1, 1));
    app.cleanup().await;
}

#[tokio::test]
async fn bad_input_keeps_what_was_typed_and_long_texts_are_refused() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let topic = topic(&app);
    let long = "ب".repeat(MAX_TEXT + 1);
    let page = send(&mut visitor, &case_form(&topic, &long, SENDER, "de")).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Der Text ist zu lang") && page.body.contains(SENDER), "{}", page.body);
    let page = send(&mut visitor, &[("kind", ""), ("text", "Eine Frage zum Raum"), ("email", "keine-adresse"), ("language", "de")]).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("Eine Frage zum Raum") && page.body.contains("keine-adresse"), "what was typed is kept");
    assert!(page.body.contains("form-errors"), "{}", page.body);
    assert!(cases(&app).await.is_empty());
    assert!(mails_to(&app, SENDER).await.is_empty());
    app.cleanup().await;
}

#[tokio::test]
async fn a_filled_honeypot_stores_and_sends_nothing_and_many_cases_are_refused() {
    let app = spawn_app().await;
    let topic = topic(&app);
    let mut robot = app.browser();
    let mut fields = case_form(&topic, "Kaufen Sie günstige Uhren bei uns!", "robot@example.org", "de");
    fields.push(("homepage", "https://spam.example"));
    let page = send(&mut robot, &fields).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("inbox-sent"), "answered like a sent form");
    assert!(mails_to(&app, "robot@example.org").await.is_empty() && cases(&app).await.is_empty());

    let mut visitor = app.browser();
    for n in 0..5 {
        let email = format!("person{n}@example.org");
        let page = send(&mut visitor, &case_form(&topic, "Wir haben eine Idee für das Sommerfest.", &email, "de")).await;
        assert_eq!(page.status, 200, "case {n}: {}", page.body);
    }
    let page = send(&mut visitor, &case_form(&topic, "Wir haben eine Idee für das Sommerfest.", "person9@example.org", "de")).await;
    assert_eq!(page.status, 429);
    assert!(page.body.contains("Zu viele Nachrichten") && page.body.contains("Sommerfest"), "{}", page.body);
    app.cleanup().await;
}

#[tokio::test]
async fn a_representative_sends_for_their_association_and_its_people_see_it() {
    let app = spawn_app().await;
    app.representative_of("vera@verein.example", OWN).await;
    app.representative_of("kemal@verein.example", OWN).await;
    app.representative_of("ali@verein.example", OTHER).await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let form = vera.get(&format!("/contact?organisation={OWN}")).await;
    assert!(form.body.contains("f-on_behalf"), "{}", form.body);
    let topic = topic(&app);
    let fields = [
        ("kind", "idea"),
        ("topic", topic.as_str()),
        ("text", "Ein gemeinsames Sommerfest aller Vereine"),
        ("email", ""),
        ("language", "de"),
        ("on_behalf", OTHER),
    ];
    let refused = send(&mut vera, &fields).await;
    assert_eq!(refused.status, 422, "not on behalf of another association");
    let mut fields = fields;
    fields[5] = ("on_behalf", OWN);
    let page = send(&mut vera, &fields).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let location = page.location.unwrap();
    assert!(location.starts_with("/account/inbox/"), "stored at once: {location}");
    let stored = cases(&app).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].email.as_str(), "vera@verein.example", "the account's address");
    let path = location.split('?').next().unwrap().to_owned();

    let mut kemal = app.signed_in("kemal@verein.example", None).await;
    assert!(kemal.get("/account/inbox").await.body.contains(&path), "the association's cases");
    assert_eq!(kemal.get(&path).await.status, 200);
    let mut ali = app.signed_in("ali@verein.example", None).await;
    assert_eq!(ali.get(&path).await.status, 404, "another association's case");
    assert!(!ali.get("/account/inbox").await.body.contains(&path));
    app.cleanup().await;
}

#[tokio::test]
async fn the_office_filters_assigns_and_merges_duplicates() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    confirmed_case(&app, &mut visitor).await;
    confirmed_case(&app, &mut app.browser()).await;
    let stored = cases(&app).await;
    let (first, second) = (stored[0].id, stored[1].id);
    let mut office = coordinator(&app).await;
    let me = app
        .state
        .accounts
        .user_by_email(&domain::accounts::EmailAddress::parse("koordination@stadt.example").unwrap())
        .await
        .unwrap()
        .unwrap();
    let page = office.post(&format!("/office/inbox/{first}/assign"), &[("assignee", &me.id.to_string())]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let mine = office.get(&format!("/office/inbox?assignee={}", me.id)).await;
    assert!(mine.body.contains(&format!("case-{first}")) && !mine.body.contains(&format!("case-{second}")), "{}", mine.body);
    let bad = office.post(&format!("/office/inbox/{second}/merge"), &[("into", "abc")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("abc"), "what was typed is kept");
    let merged = office.post(&format!("/office/inbox/{second}/merge"), &[("into", &first.to_string())]).await;
    assert_eq!(merged.status, 303, "{}", merged.body);
    let open = office.get("/office/inbox").await;
    assert!(!open.body.contains(&format!("case-{second}")), "a merged duplicate is done");
    let page = office.get(&format!("/office/inbox/{first}")).await;
    assert!(page.body.contains(&format!("#{second}")), "{}", page.body);
    let refused = office.post(&format!("/office/inbox/{second}/reply"), &[("reply", "Noch eine Antwort")]).await;
    assert_eq!(refused.status, 409, "a closed case takes no reply");
    assert!(refused.body.contains("Noch eine Antwort"));
    app.cleanup().await;
}

#[tokio::test]
async fn each_reply_mail_carries_a_fresh_private_link_and_links_end_long_after_the_close() {
    let app = spawn_app().await;
    let mut visitor = app.browser();
    let receipt = confirmed_case(&app, &mut visitor).await;
    let id = cases(&app).await[0].id;
    let mut office = coordinator(&app).await;
    let first = "أهلاً، سنبحث عن قاعة ونردّ عليكم.";
    assert_eq!(office.post(&format!("/office/inbox/{id}/reply"), &[("reply", first)]).await.status, 303);
    let first_link = app.link_in_mail(SENDER, "/inbox/").await;
    let second = "وجدنا قاعة في مبنى البلدية.";
    assert_eq!(office.post(&format!("/office/inbox/{id}/reply"), &[("reply", second)]).await.status, 303);
    let second_link = app.link_in_mail(SENDER, "/inbox/").await;
    let mails = mails_to(&app, SENDER).await;
    let (_, _, body) = mails.last().unwrap();
    assert!(body.contains(second) && body.contains(&second_link), "the reply mail carries the link: {body}");
    assert_ne!(first_link, second_link, "a fresh link with each reply");
    assert!(!second_link.contains(['\u{2068}', '\u{2069}']), "a bare link in the Arabic mail: {second_link:?}");
    assert!(!first_link.ends_with(&receipt) && !second_link.ends_with(&receipt));

    for path in [receipt.clone(), first_link.clone(), second_link.clone()] {
        let page = app.browser().get(&format!("{path}?lang=ar")).await;
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        assert!(page.body.contains(first) && page.body.contains(second) && page.body.contains("بانتظار ردكم"), "{}", page.body);
    }
    let answer = app.browser().post(&first_link, &[("text", "شكرًا، سنأتي.")]).await;
    assert_eq!(answer.status, 303, "an older link takes a reply too: {}", answer.body);

    let wrong = app.browser().get("/inbox/0000000000000000000000000000000000000000000000000000000000000000?lang=de").await;
    assert_eq!(wrong.status, 404);
    assert!(wrong.body.contains("Anliegen nicht gefunden"), "a translated page: {}", wrong.body);
    let wrong = app.browser().get("/inbox/kaputt?lang=ar").await;
    assert_eq!(wrong.status, 404);
    assert!(wrong.body.contains("الرسالة غير موجودة"), "{}", wrong.body);

    // Closed 91 days ago: every link of the case has ended.
    let case = app.state.inbox.store.case(id).await.unwrap().unwrap();
    let long_ago = app.state.clock.now().unix_secs() - 91 * 86_400;
    let close = app::ports::CaseChange {
        expected: case.status,
        status: CaseStatus::Done,
        entries: Vec::new(),
        assignee: None,
        outcome: Some(domain::inbox::Outcome::Resolved),
        answered: false,
        new_link: None,
        at: long_ago,
    };
    app.state.inbox.store.change_case(id, &close).await.unwrap();
    for path in [receipt, first_link, second_link] {
        let page = app.browser().get(&format!("{path}?lang=de")).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(page.body.contains("Anliegen nicht gefunden"));
        assert_eq!(app.browser().post(&path, &[("text", "Hallo?")]).await.status, 404);
    }
    app.cleanup().await;
}
