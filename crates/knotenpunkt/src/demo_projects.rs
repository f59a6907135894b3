//! The demo network's cooperation projects, so that the office's board and the profiles are not
//! empty: one planned project of the first meeting's results tracked and running (the others
//! are left for the office to track), and one from an agreed contact request between the first
//! two demo associations, not updated for 100 days, so the board flags it as stale. The contact
//! request is made by a disabled demo account that cannot sign in.

use app::ports::{NewIntroduction, NewProject, NewUser, ProjectEvent, ShiftedClock, Stores};
use domain::accounts::{EmailAddress, Role};
use domain::ids::OrgId;
use domain::marketplace::{IntroductionState, ItemKind};
use domain::projects::{NextStep, Origin, Project, ProjectStatus};
use domain::timestamp::Timestamp;

use crate::demo_meetings::{DemoMeetingsError, FIRST_SLUG};

/// The project from the contact request (partners: the first two demo associations).
pub const INTRODUCTION_PROJECT: &str = "elternabende-mit-sprachbegleitung";

const DAY: i64 = 86_400;
/// 10 March 2020, 10:00 UTC: the first demo contact request.
const REQUESTED: i64 = 1_583_834_400;

fn refused(what: &str) -> DemoMeetingsError {
    DemoMeetingsError::Refused(what.to_owned())
}

/// Loads the demo projects; `associations` in file order, `now` from the stores' clock, which
/// `clock` is (shown back in March 2020 while the contact request is stored).
pub async fn load(stores: &Stores, clock: &ShiftedClock, associations: &[OrgId], now: i64) -> Result<(), DemoMeetingsError> {
    from_meeting(stores, now).await?;
    from_introduction(stores, clock, associations, now).await?;
    tracing::info!("demo projects loaded");
    Ok(())
}

/// Tracks the first planned project of the first meeting's results and moves it to running.
async fn from_meeting(stores: &Stores, now: i64) -> Result<(), DemoMeetingsError> {
    let meeting = stores.meetings.meeting_by_slug(FIRST_SLUG).await?.ok_or_else(|| refused("first demo meeting missing"))?;
    let results = stores.meetings.table_results(meeting.id).await?;
    let (result, planned) = results
        .iter()
        .find_map(|r| r.result.projects.first().map(|p| (r, p)))
        .ok_or_else(|| refused("no planned project in the demo results"))?;
    let mut project = Project {
        title: planned.title.clone(),
        description: "Einmal im Monat öffnet ein Sprachcafé im Kulturzentrum; die beteiligten Vereine laden abwechselnd ein, \
                      Ehrenamtliche begleiten die Gespräche.\n\n- Deutsch üben in entspannter Runde\n- Kinderbetreuung im Nebenraum"
            .into(),
        partners: planned.partners.clone(),
        origin: Origin::Meeting { meeting: meeting.id.0, round: result.round, table: result.table, index: 0 },
        status: ProjectStatus::Planned,
        stop_reason: None,
        next_steps: planned.next_step.iter().map(|text| NextStep { text: text.clone(), due: None, done: true }).collect(),
        visible: true,
        confirmed: true,
        proposed_by: None,
    };
    let slug = app::projects::slug_for(&project.title, 0);
    let created = meeting.meeting.ends_at + 7 * DAY;
    stores
        .projects
        .create_project(&NewProject { slug: slug.clone(), project: project.clone(), at: created, actor: "system:demo".into() })
        .await?;
    let id = stores.projects.project_by_slug(&slug).await?.ok_or_else(|| refused("demo project vanished"))?.id;
    project.status = ProjectStatus::Running;
    project.next_steps.push(NextStep {
        text: "Termine für das nächste Halbjahr abstimmen".into(),
        due: Some(domain::date::iso_date(now + 30 * DAY)),
        done: false,
    });
    let event = ProjectEvent { at: now - 10 * DAY, actor: "system:demo".into(), kind: "status".into(), detail: "running".into() };
    stores.projects.update_project(id, &project, 1, &event).await?;
    Ok(())
}

/// An agreed contact request between a need of the first association and an offer of the
/// second, and the project both took up from it.
async fn from_introduction(stores: &Stores, clock: &ShiftedClock, associations: &[OrgId], now: i64) -> Result<(), DemoMeetingsError> {
    let [seeker, helper, ..] = associations else { return Err(refused("two demo associations needed")) };
    let items = stores.items.open_items().await?;
    let need = items.iter().find(|i| i.org == *seeker && i.kind == ItemKind::Need).ok_or_else(|| refused("no demo need"))?;
    let offer = items.iter().find(|i| i.org == *helper && i.kind == ItemKind::Offer).ok_or_else(|| refused("no demo offer"))?;
    let email = EmailAddress::parse("demo-kontakt@knotenpunkt.example").map_err(|e| refused(&e.to_string()))?;
    // No password hash that any password matches, and disabled: this account never signs in.
    let account = NewUser { email, role: Role::Representative, password_hash: "!demo".into(), email_verified: false, language: None };
    let user = stores.accounts.create_user(&account).await?;
    stores.accounts.set_disabled(user, true).await?;
    let introduction = NewIntroduction {
        need: need.id,
        offer: offer.id,
        requester_org: *seeker,
        responder_org: *helper,
        requested_by: user,
        state: IntroductionState::Requested,
        message: "Wir würden gern gemeinsam Elternabende mit Sprachbegleitung anbieten.".into(),
    };
    // Asked on 10 March 2020 (the first 20 posted their needs by the end of February), agreed
    // two weeks later.
    clock.show(Timestamp::from_unix_secs(REQUESTED));
    let intro = stores.introductions.create_introduction(&introduction).await;
    let agreed = match &intro {
        Ok(id) => {
            clock.show(Timestamp::from_unix_secs(REQUESTED + 14 * DAY));
            stores.introductions.move_introduction(*id, IntroductionState::Requested, IntroductionState::Agreed, user).await.map(|_| ())
        }
        Err(_) => Ok(()),
    };
    clock.reset();
    let intro = intro?;
    agreed?;
    let project = Project {
        title: "Elternabende mit Sprachbegleitung".into(),
        description: "Ehrenamtliche begleiten Eltern zu Elternabenden an zwei Grundschulen und übersetzen, wo es nötig ist.".into(),
        partners: vec![*seeker, *helper],
        origin: Origin::Introduction { introduction: intro },
        status: ProjectStatus::Planned,
        stop_reason: None,
        next_steps: vec![NextStep { text: "Schulen ansprechen".into(), due: Some(domain::date::iso_date(now - 80 * DAY)), done: false }],
        visible: true,
        confirmed: true,
        proposed_by: Some(*seeker),
    };
    let new = NewProject { slug: INTRODUCTION_PROJECT.into(), project, at: now - 100 * DAY, actor: "system:demo".into() };
    stores.projects.create_project(&new).await?;
    Ok(())
}
