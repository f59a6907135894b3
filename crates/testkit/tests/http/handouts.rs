//! Print material of the demo's planned meeting over HTTP: the office's print page, the print
//! bundle and "only what changed" after re-planning, every handout by mail (a PDF attached, one
//! mail per participant), and a participant's own handout, nobody else's.

use domain::accounts::Role;
use domain::meetings::Registration;
use testkit::browser::Browser;
use testkit::{spawn_app, TestApp};

const HELD: &str = "netzwerktreffen-2020-01-11";

async fn office(app: &TestApp) -> Browser {
    let id = app.user("druck@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(id).await;
    app.signed_in("druck@stadt.example", Some(&secret)).await
}

async fn seated(app: &TestApp) -> (app::ports::MeetingRecord, Vec<Registration>) {
    let record = app.state.meetings.by_slug(HELD).await.unwrap();
    let registrations = app.state.meetings.store.registrations(record.id).await.unwrap();
    (record, registrations.into_iter().filter(Registration::is_seated).collect())
}

fn assert_pdf((status, content_type, body): &(u16, String, Vec<u8>), what: &str) {
    assert_eq!(*status, 200, "{what}: {}", String::from_utf8_lossy(&body[..body.len().min(400)]));
    assert_eq!(content_type, "application/pdf", "{what}");
    assert!(body.starts_with(b"%PDF-"), "{what}");
}

#[tokio::test]
async fn the_office_prints_the_bundle_then_only_what_changed_after_re_planning() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let page = office.get(&format!("/office/meetings/{HELD}/handouts")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("40 persönliche Unterlagen, 12 Tischbögen"), "{}", page.body);
    assert!(page.body.contains("id=\"not-printed\"") && !page.body.contains("id=\"changed-link\""), "nothing printed yet");
    let meeting_page = office.get(&format!("/meetings/{HELD}")).await;
    assert!(meeting_page.body.contains(&format!("/office/meetings/{HELD}/handouts")), "the office's link on the meeting page");

    let full = office.download(&format!("/office/meetings/{HELD}/handouts/bundle")).await;
    assert_pdf(&full, "bundle");
    let page = office.get(&format!("/office/meetings/{HELD}/handouts")).await;
    assert!(page.body.contains("id=\"unchanged\""), "printed and unchanged: {}", page.body);
    let nothing = office.get(&format!("/office/meetings/{HELD}/handouts/bundle?only=changed")).await;
    assert_eq!(nothing.status, 303);
    let back = nothing.location.unwrap();
    assert!(back.ends_with("handouts?refused=meeting-print-nothing-changed"), "{back}");
    assert!(office.get(&back).await.body.contains("Seit dem letzten Druck hat sich nichts geändert."));

    // Re-planning on the day: two people of the first round swap tables.
    let (record, people) = seated(&app).await;
    let mut plan = app.state.meetings.store.plan(record.id).await.unwrap().unwrap();
    let (a, b) = (plan.seats.rounds[0][0][0], plan.seats.rounds[0][1][0]);
    plan.seats.rounds[0][0][0] = b;
    plan.seats.rounds[0][1][0] = a;
    let version = plan.version;
    app.state.meetings.store.save_plan(record.id, &plan, version).await.unwrap();
    let name = |id| people.iter().find(|p| p.id == id).unwrap().name.clone();
    let page = office.get(&format!("/office/meetings/{HELD}/handouts")).await;
    assert!(page.body.contains("id=\"changed-list\""), "{}", page.body);
    assert!(page.body.contains(&name(a)) && page.body.contains(&name(b)), "the moved people are listed");
    assert!(page.body.contains("Geänderte Tischbögen: 2"), "{}", page.body);
    let changed = office.download(&format!("/office/meetings/{HELD}/handouts/bundle?only=changed")).await;
    assert_pdf(&changed, "changed only");
    assert!(changed.2.len() < full.2.len(), "fewer pages: {} < {}", changed.2.len(), full.2.len());
    let page = office.get(&format!("/office/meetings/{HELD}/handouts")).await;
    assert!(page.body.contains("id=\"unchanged\""), "reprinted: {}", page.body);
}

#[tokio::test]
async fn a_participant_downloads_their_own_handout_and_nobody_elses() {
    let app = spawn_app().await;
    let (_, people) = seated(&app).await;
    let (own, other) = (&people[0], &people[1]);
    app.user(own.email.as_str(), Role::Representative).await;
    let mut person = app.signed_in(own.email.as_str(), None).await;
    let page = person.get(&format!("/meetings/{HELD}")).await;
    assert!(page.body.contains(&format!("/meetings/{HELD}/handouts/{}\"", own.id.0)), "their link: {}", page.body);
    assert!(!page.body.contains(&format!("/meetings/{HELD}/handouts/{}\"", other.id.0)), "no one else's");
    assert_pdf(&person.download(&format!("/meetings/{HELD}/handouts/{}", own.id.0)).await, "own handout");
    for refused in [
        format!("/meetings/{HELD}/handouts/{}", other.id.0),
        format!("/meetings/{HELD}/handouts/999999"),
        format!("/meetings/{HELD}/handouts/x"),
    ] {
        let (status, content_type, _) = person.download(&refused).await;
        assert_eq!(status, 404, "{refused}");
        assert_ne!(content_type, "application/pdf", "{refused}");
    }
    // Their association's representative may print it for them; another association's may not.
    let association = app.state.directory.index().by_id(own.association).unwrap().slug().to_owned();
    app.representative_of("vertretung@verein.example", &association).await;
    let mut rep = app.signed_in("vertretung@verein.example", None).await;
    assert_pdf(&rep.download(&format!("/meetings/{HELD}/handouts/{}", own.id.0)).await, "the representative");
    let stranger_org = people.iter().find(|p| p.association != own.association).unwrap().association;
    let stranger = app.state.directory.index().by_id(stranger_org).unwrap().slug().to_owned();
    app.representative_of("fremd@verein.example", &stranger).await;
    let mut other_rep = app.signed_in("fremd@verein.example", None).await;
    assert_eq!(other_rep.download(&format!("/meetings/{HELD}/handouts/{}", own.id.0)).await.0, 404);
    // A visitor is sent to sign in.
    let page = app.browser().get(&format!("/meetings/{HELD}/handouts/{}", own.id.0)).await;
    assert_eq!(page.status, 303);
    assert!(page.location.unwrap().starts_with("/login"));
}

#[tokio::test]
async fn the_office_mails_every_participant_their_handout_as_a_pdf() {
    let app = spawn_app().await;
    let mut office = office(&app).await;
    let (_, people) = seated(&app).await;
    let before = app.mails().await.len();
    let sent = office.post(&format!("/office/meetings/{HELD}/handouts/mail"), &[]).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.location.as_deref(), Some(format!("/office/meetings/{HELD}/handouts?mailed=40").as_str()));
    let page = office.get(sent.location.as_deref().unwrap()).await;
    assert!(page.body.contains("an 40 Teilnehmende"), "{}", page.body);
    let mails = app.mails().await;
    let handouts: Vec<_> = mails[before..].iter().filter(|(_, _, text)| text.contains(&format!("/meetings/{HELD}"))).collect();
    assert_eq!(handouts.len(), people.len(), "one mail per participant");
    // In the language of the handout: the demo has people reading Arabic, Farsi, Turkish and Ukrainian.
    let subject_start = |p: &Registration| match app::meetings::handout_language(p).code() {
        "ar" => "أوراقك: ",
        "fa" => "مدارک شما: ",
        "tr" => "Belgeleriniz: ",
        "uk" => "Ваші матеріали: ",
        _ => "Ihre Unterlagen: ",
    };
    for p in &people {
        assert!(
            handouts.iter().any(|(to, subject, _)| to.contains(p.email.as_str()) && subject.starts_with(subject_start(p))),
            "{}",
            p.name
        );
    }
    assert!(handouts.iter().any(|(_, subject, _)| subject.starts_with("أوراقك: ")), "someone gets theirs in Arabic");
    // Each mail carries the PDF.
    let outbox = app.data_dir().join("outbox");
    let with_pdf = std::fs::read_dir(&outbox)
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .filter(|source| source.contains("Content-Type: application/pdf") && source.contains(&format!("filename=\"{HELD}.pdf\"")))
        .count();
    assert_eq!(with_pdf, people.len());
    // Only the office may.
    let mut visitor = app.browser();
    let refused = visitor.post(&format!("/office/meetings/{HELD}/handouts/mail"), &[]).await;
    let to_login = refused.location.as_deref().is_some_and(|l| l.starts_with("/login"));
    assert!(refused.status == 403 || to_login, "{} {:?}", refused.status, refused.location);
}
