//! The yearly "still active?" check over HTTP: the scan (run with a `now` far in the future)
//! mails a link; the link confirms the entry once without logging in; unanswered entries
//! appear on the office's list and can be archived there.

use std::sync::Arc;

use app::moderation::confirm_active::{ConfirmActiveScan, Rules, DAY};
use app::ports::OrgRecord;
use domain::accounts::Role;
use domain::slug::Slug;
use testkit::{spawn_app, TestApp};

const SLUG: &str = "kulturverein-brueckenschlag";
const OTHER: &str = "circolo-il-ponte";

fn scan(app: &TestApp) -> ConfirmActiveScan {
    ConfirmActiveScan {
        confirm_active: app.state.directory.confirm_active().clone(),
        memberships: app.state.accounts.clone(),
        tokens: app.state.accounts.clone(),
        audit: app.state.accounts.clone(),
        jobs: app.state.jobs.store().clone(),
        text: Arc::new(web::mail_text::FluentMail { locale: domain::language::UiLocale::De, instance: "Knotenpunkt Test".into() }),
        base_url: app.base.clone(),
        rules: Rules::default(),
        clock: app.state.clock.clone(),
    }
}

async fn record(app: &TestApp, slug: &str) -> OrgRecord {
    app.state.directory.store().organisation_record_by_slug(&Slug::parse(slug).unwrap()).await.unwrap().unwrap()
}

#[tokio::test]
async fn the_link_in_the_reminder_confirms_the_entry_once_without_logging_in() {
    let app = spawn_app().await;
    let now = app.state.clock.now().unix_secs();
    let report = scan(&app).scan(now + 400 * DAY).await.unwrap();
    assert!(report.reminded >= 2, "{report:?}");
    let before = record(&app, SLUG).await;
    assert_eq!(before.confirmation_sent_at, Some(now + 400 * DAY));
    assert_eq!(scan(&app).scan(now + 401 * DAY).await.unwrap().reminded, 0, "one reminder per year");

    let to = before.profile.as_ref().unwrap().contact.email.clone().unwrap();
    let link = app.link_in_mail(&to, "/organisations/confirm?token=").await;
    let mails = app.mails().await;
    let (_, subject, body) = mails.iter().find(|(t, _, b)| t.contains(&to) && b.contains(&link)).unwrap();
    assert!(subject.contains(&before.name), "{subject}");
    assert!(body.contains(&format!("/organisations/{SLUG}/edit")), "{body}");

    let mut browser = app.browser();
    let page = browser.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Ja, alles stimmt noch"), "{}", page.body);
    assert!(page.body.contains(&format!("href=\"/organisations/{SLUG}/edit\"")));
    let token = link.split("token=").nth(1).unwrap();
    let done = browser.post("/organisations/confirm", &[("token", token)]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("id=\"confirm-done\""), "{}", done.body);

    let after = record(&app, SLUG).await;
    assert!(after.confirmed_at.unwrap() >= now, "{after:?}");
    assert_eq!((after.confirmation_sent_at, after.inactive_flagged_at), (None, None));
    let due = app.state.directory.confirm_active().confirm_active_due(now + 364 * DAY - 365 * DAY + DAY).await.unwrap();
    assert!(due.iter().all(|r| r.slug.as_str() != SLUG), "confirmed entries are not due");

    for page in [browser.get(&link).await, browser.post("/organisations/confirm", &[("token", token)]).await] {
        assert_eq!(page.status, 404, "a used link: {}", page.body);
        assert!(page.body.contains("wurde schon verwendet"), "{}", page.body);
    }
    let english = browser.get("/organisations/confirm?token=nonsense&lang=en").await;
    assert_eq!(english.status, 404);
    assert!(english.body.contains("already used or has expired"), "{}", english.body);

    // A grace period later the unanswered entries are flagged, the confirmed one is not.
    let later = scan(&app).scan(now + 431 * DAY).await.unwrap();
    assert!(later.flagged >= 1, "{later:?}");
    assert!(record(&app, SLUG).await.inactive_flagged_at.is_none());
    assert_eq!(record(&app, OTHER).await.inactive_flagged_at, Some(now + 431 * DAY));
    app.cleanup().await;
}

#[tokio::test]
async fn the_office_sees_unanswered_entries_and_archives_them() {
    let app = spawn_app().await;
    let now = app.state.clock.now().unix_secs();
    scan(&app).scan(now + 400 * DAY).await.unwrap();
    assert_eq!(scan(&app).scan(now + 429 * DAY).await.unwrap().flagged, 0, "within the grace period");
    assert!(scan(&app).scan(now + 430 * DAY).await.unwrap().flagged >= 1);
    let other = record(&app, OTHER).await;

    let anonymous = app.browser().get("/office/inactive").await;
    assert!(anonymous.status == 303 || anonymous.status == 403, "{}", anonymous.status);
    let coordinator = app.user("koordination@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(coordinator).await;
    let mut office = app.signed_in("koordination@stadt.example", Some(&secret)).await;
    let page = office.get("/office/inactive").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(&format!("id=\"inactive-{OTHER}\"")), "{}", page.body);
    assert!(page.body.contains(&other.name.replace('&', "&amp;")), "{}", page.body);
    let archived = office.post(&format!("/organisations/{OTHER}/archive"), &[("value", "1")]).await;
    assert_eq!(archived.status, 303, "{}", archived.body);
    assert!(record(&app, OTHER).await.archived);
    let page = office.get("/office/inactive").await;
    assert!(!page.body.contains(&format!("id=\"inactive-{OTHER}\"")), "archived entries leave the list");
    app.cleanup().await;
}
