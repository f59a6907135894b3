//! Contract of `MeetingStore`: meetings, registrations decided under the meeting's lock (the
//! waiting list and who moves up), check-in, plans with their version, table results.

use app::meetings::{Lock, Seats};
use app::ports::{Author, NewRegistration, PlanningRun, StoreError, StoredPlan};
use domain::accounts::EmailAddress;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::meetings::{
    Admission, Attendance, Meeting, MeetingId, PlannedProject, Registrar, RegistrationId, RegistrationRefusal, RegistrationState, Round,
    Table, TableResult, Venue,
};
use domain::organisation::Consent;

use crate::directory::new_org;
use crate::TestStores;

const AUTHOR: Author = Author::system("contract");

/// 18 May 2033, 16:00 UTC: far enough ahead for every `NOW` below.
const START: i64 = 2_000_000_000;
const NOW: i64 = START - 10 * 86_400;

pub(crate) fn meeting(capacity: u32) -> Meeting {
    Meeting {
        title: "Netzwerktreffen".into(),
        starts_at: START,
        ends_at: START + 4 * 3600,
        venue: Venue {
            name: "Kulturzentrum".into(),
            address: "Wilhelmstraße 9/1, 71638 Ludwigsburg".into(),
            position: Some(GeoPoint::new(48.8951, 9.1917).unwrap()),
        },
        agenda: "**Begrüßung**, dann Tischrunden".into(),
        capacity,
        registration_deadline: START - 86_400,
        per_association_limit: 2,
        rounds: vec![Round { topic: "Vereine bieten".into(), minutes: 45 }, Round { topic: "Vereine suchen".into(), minutes: 45 }],
        tables: vec![
            Table { name: "Tisch 1".into(), moderator: None, capacity: 4 },
            Table { name: "Tisch 2".into(), moderator: None, capacity: 4 },
        ],
        cancelled: false,
    }
}

fn person(association: OrgId, n: usize) -> NewRegistration {
    NewRegistration {
        association,
        name: format!("Person {n}"),
        email: EmailAddress::parse(&format!("person{n}@example.org")).unwrap(),
        account: None,
        languages: vec![LanguageCode::parse("de").unwrap(), LanguageCode::parse("tr").unwrap()],
        accessibility: None,
        consent: None,
        registered_by: "user:1".into(),
    }
}

async fn orgs(stores: &TestStores, n: usize) -> Vec<OrgId> {
    let new: Vec<_> = (0..n).map(|i| new_org(&format!("verein-{i}"), &format!("Verein {i}"))).collect();
    stores.directory.create_organisations(&new, &AUTHOR).await.unwrap()
}

async fn register(stores: &TestStores, id: MeetingId, who: &NewRegistration, now: i64) -> (RegistrationId, Admission) {
    stores.meetings.register(id, who, Registrar::Office, now).await.unwrap().unwrap()
}

pub async fn meetings_round_trip_latest_first(stores: TestStores) {
    let first = meeting(40);
    let mut second = meeting(30);
    second.starts_at = START + 86_400;
    second.ends_at = START + 86_400 + 3600;
    let a = stores.meetings.create_meeting("netzwerktreffen-a", &first).await.unwrap();
    let b = stores.meetings.create_meeting("netzwerktreffen-b", &second).await.unwrap();
    let record = stores.meetings.meeting(a).await.unwrap().unwrap();
    assert_eq!((record.id, record.slug.as_str(), &record.meeting), (a, "netzwerktreffen-a", &first));
    assert!(!record.held && !record.results_published && record.public_summary.is_none());
    assert!(record.updated_at.ends_with('Z'), "{}", record.updated_at);
    assert_eq!(stores.meetings.meeting_by_slug("netzwerktreffen-b").await.unwrap().unwrap().id, b);
    assert!(stores.meetings.meeting_by_slug("unbekannt").await.unwrap().is_none());
    assert!(stores.meetings.meeting(MeetingId(999_999)).await.unwrap().is_none());
    let all: Vec<MeetingId> = stores.meetings.meetings().await.unwrap().iter().map(|m| m.id).collect();
    assert_eq!(all, vec![b, a], "the latest start first");
}

pub async fn a_taken_slug_is_refused(stores: TestStores) {
    stores.meetings.create_meeting("netzwerktreffen", &meeting(4)).await.unwrap();
    let second = stores.meetings.create_meeting("netzwerktreffen", &meeting(8)).await;
    assert!(matches!(second, Err(StoreError::SlugTaken(ref s)) if s == "netzwerktreffen"), "{second:?}");
    assert_eq!(stores.meetings.meetings().await.unwrap().len(), 1);
}

pub async fn unknown_meetings_and_registrations_are_not_found(stores: TestStores) {
    let org = orgs(&stores, 1).await[0];
    let nobody = MeetingId(999_999);
    let not_found = |r: Result<(), StoreError>| assert!(matches!(r, Err(StoreError::NotFound(_))), "{r:?}");
    not_found(stores.meetings.register(nobody, &person(org, 1), Registrar::Office, NOW).await.map(|_| ()));
    not_found(stores.meetings.add_walk_in(nobody, &person(org, 1), NOW).await.map(|_| ()));
    not_found(stores.meetings.update_meeting(nobody, &meeting(4), NOW).await.map(|_| ()));
    not_found(stores.meetings.cancel_registration(RegistrationId(999_999), NOW).await.map(|_| ()));
    not_found(stores.meetings.set_attendance(RegistrationId(999_999), Attendance::CheckedIn).await);
    not_found(stores.meetings.save_plan(nobody, &StoredPlan::default(), 0).await.map(|_| ()));
    not_found(stores.meetings.set_held(nobody, true).await);
    not_found(stores.meetings.save_table_result(nobody, 0, 0, &TableResult::default(), "user:1").await);
    not_found(stores.meetings.publish_results(nobody, true, None).await);
    assert!(stores.meetings.registration(RegistrationId(999_999)).await.unwrap().is_none());
    assert!(stores.meetings.plan(nobody).await.unwrap().is_none());
}

pub async fn registrations_round_trip_and_the_rules_decide(stores: TestStores) {
    let org = orgs(&stores, 2).await;
    let user = stores
        .accounts
        .create_user(&app::ports::NewUser {
            email: EmailAddress::parse("vertreterin@example.org").unwrap(),
            password_hash: "x".into(),
            role: domain::accounts::Role::Representative,
            email_verified: true,
            language: None,
        })
        .await
        .unwrap();
    let id = stores.meetings.create_meeting("treffen", &meeting(2)).await.unwrap();
    let mut first = person(org[0], 1);
    first.account = Some(user);
    first.accessibility = Some("Rollstuhl".into());
    first.consent =
        Some(Consent { given_at: "2033-05-01T10:00:00Z".into(), text_version: "list-1".into(), recorded_by: Some("user:1".into()) });
    let (a, admission) = stores.meetings.register(id, &first, Registrar::Representative, NOW).await.unwrap().unwrap();
    assert_eq!(admission, Admission::Confirmed);
    let stored = stores.meetings.registration(a).await.unwrap().unwrap();
    assert_eq!((stored.association, stored.name.as_str(), &stored.email), (org[0], "Person 1", &first.email));
    assert_eq!((stored.account, stored.accessibility.as_deref(), &stored.consent), (Some(user), Some("Rollstuhl"), &first.consent));
    assert_eq!(stored.languages, first.languages);
    assert_eq!(
        (stored.state, stored.attendance, stored.registered_at, stored.walk_in),
        (RegistrationState::Confirmed, Attendance::Registered, NOW, false)
    );

    let again = stores.meetings.register(id, &first, Registrar::Representative, NOW + 1).await.unwrap();
    assert_eq!(again, Err(RegistrationRefusal::AlreadyRegistered));
    let (_, second) = stores.meetings.register(id, &person(org[0], 2), Registrar::Representative, NOW + 2).await.unwrap().unwrap();
    assert_eq!(second, Admission::Confirmed);
    let third = stores.meetings.register(id, &person(org[0], 3), Registrar::Representative, NOW + 3).await.unwrap();
    assert_eq!(third, Err(RegistrationRefusal::AssociationLimit { limit: 2 }), "the limit counts the association's people");
    let (_, full) = stores.meetings.register(id, &person(org[1], 4), Registrar::Representative, NOW + 4).await.unwrap().unwrap();
    assert_eq!(full, Admission::Waitlisted, "capacity 2 is taken");
    let late = stores.meetings.register(id, &person(org[1], 5), Registrar::Representative, START).await.unwrap();
    assert_eq!(late, Err(RegistrationRefusal::DeadlinePassed));
    assert_eq!(stores.meetings.registrations(id).await.unwrap().len(), 3, "refusals store nothing");

    stores.meetings.set_attendance(a, Attendance::CheckedIn).await.unwrap();
    assert_eq!(stores.meetings.registration(a).await.unwrap().unwrap().attendance, Attendance::CheckedIn);
    stores.meetings.set_attendance(a, Attendance::NoShow).await.unwrap();
    assert_eq!(stores.meetings.registration(a).await.unwrap().unwrap().attendance, Attendance::NoShow);
}

pub async fn walk_ins_are_confirmed_and_checked_in_beyond_capacity(stores: TestStores) {
    let org = orgs(&stores, 2).await;
    let id = stores.meetings.create_meeting("treffen", &meeting(1)).await.unwrap();
    register(&stores, id, &person(org[0], 1), NOW).await;
    let walk_in = stores.meetings.add_walk_in(id, &person(org[1], 2), START + 60).await.unwrap().unwrap();
    let stored = stores.meetings.registration(walk_in).await.unwrap().unwrap();
    assert_eq!((stored.state, stored.attendance, stored.walk_in), (RegistrationState::Confirmed, Attendance::CheckedIn, true));
    assert_eq!(stores.meetings.add_walk_in(id, &person(org[1], 2), START + 61).await.unwrap(), Err(RegistrationRefusal::AlreadyRegistered));
    let mut cancelled = meeting(1);
    cancelled.cancelled = true;
    stores.meetings.update_meeting(id, &cancelled, START).await.unwrap();
    assert_eq!(stores.meetings.add_walk_in(id, &person(org[1], 3), START + 62).await.unwrap(), Err(RegistrationRefusal::Cancelled));
}

pub async fn a_cancellation_promotes_the_first_waiting_in_order(stores: TestStores) {
    let org = orgs(&stores, 4).await;
    let id = stores.meetings.create_meeting("treffen", &meeting(2)).await.unwrap();
    let (a, _) = register(&stores, id, &person(org[0], 1), NOW).await;
    let (b, _) = register(&stores, id, &person(org[1], 2), NOW + 1).await;
    // Registered later but stored first would be wrong: the list is by time, then id.
    let (late, w) = register(&stores, id, &person(org[2], 3), NOW + 30).await;
    let (early, w2) = register(&stores, id, &person(org[3], 4), NOW + 20).await;
    assert_eq!((w, w2), (Admission::Waitlisted, Admission::Waitlisted));
    let order: Vec<RegistrationId> = stores.meetings.registrations(id).await.unwrap().iter().map(|r| r.id).collect();
    assert_eq!(order, vec![a, b, early, late]);

    assert_eq!(stores.meetings.cancel_registration(a, NOW + 40).await.unwrap(), vec![early]);
    assert_eq!(stores.meetings.registration(a).await.unwrap().unwrap().state, RegistrationState::Cancelled);
    assert_eq!(stores.meetings.registration(early).await.unwrap().unwrap().state, RegistrationState::Confirmed);
    assert_eq!(stores.meetings.registration(late).await.unwrap().unwrap().state, RegistrationState::Waitlisted);
    assert!(stores.meetings.cancel_registration(a, NOW + 41).await.unwrap().is_empty(), "cancelled already: no change");
    assert_eq!(stores.meetings.registration(late).await.unwrap().unwrap().state, RegistrationState::Waitlisted);
    assert_eq!(stores.meetings.cancel_registration(b, NOW + 42).await.unwrap(), vec![late]);
    // The address of a cancelled registration may register again.
    let (_, again) = register(&stores, id, &person(org[0], 1), NOW + 50).await;
    assert_eq!(again, Admission::Waitlisted);
}

pub async fn a_larger_capacity_promotes_in_order(stores: TestStores) {
    let org = orgs(&stores, 4).await;
    let id = stores.meetings.create_meeting("treffen", &meeting(1)).await.unwrap();
    register(&stores, id, &person(org[0], 1), NOW).await;
    let (b, _) = register(&stores, id, &person(org[1], 2), NOW + 1).await;
    let (c, _) = register(&stores, id, &person(org[2], 3), NOW + 2).await;
    let (d, _) = register(&stores, id, &person(org[3], 4), NOW + 3).await;
    let mut larger = meeting(3);
    larger.title = "Netzwerktreffen (größerer Saal)".into();
    assert_eq!(stores.meetings.update_meeting(id, &larger, NOW + 4).await.unwrap(), vec![b, c]);
    let record = stores.meetings.meeting(id).await.unwrap().unwrap();
    assert_eq!(record.meeting, larger);
    let states: Vec<RegistrationState> = stores.meetings.registrations(id).await.unwrap().iter().map(|r| r.state).collect();
    use RegistrationState::{Confirmed, Waitlisted};
    assert_eq!(states, vec![Confirmed, Confirmed, Confirmed, Waitlisted]);
    assert_eq!(stores.meetings.registration(d).await.unwrap().unwrap().state, Waitlisted);
    assert!(stores.meetings.update_meeting(id, &larger, NOW + 5).await.unwrap().is_empty());
}

pub async fn an_associations_registrations_list_the_latest_meeting_first(stores: TestStores) {
    let org = orgs(&stores, 2).await;
    let early = stores.meetings.create_meeting("frueh", &meeting(4)).await.unwrap();
    let mut later_form = meeting(4);
    later_form.starts_at = START + 7 * 86_400;
    later_form.ends_at = later_form.starts_at + 3600;
    later_form.registration_deadline = later_form.starts_at;
    let later = stores.meetings.create_meeting("spaet", &later_form).await.unwrap();
    let (x, _) = register(&stores, early, &person(org[0], 1), NOW).await;
    let (gone, _) = register(&stores, early, &person(org[0], 2), NOW + 1).await;
    let (y, _) = register(&stores, later, &person(org[0], 3), NOW + 2).await;
    register(&stores, later, &person(org[1], 4), NOW + 3).await;
    stores.meetings.cancel_registration(gone, NOW + 4).await.unwrap();
    let mine = stores.meetings.registrations_of_association(org[0]).await.unwrap();
    let seen: Vec<(MeetingId, RegistrationId)> = mine.iter().map(|m| (m.meeting.id, m.registration.id)).collect();
    assert_eq!(seen, vec![(later, y), (early, x)], "cancelled left out, latest meeting first");
    assert_eq!(mine[0].meeting.slug, "spaet");
}

fn seats() -> Seats {
    let r = RegistrationId;
    Seats { rounds: vec![vec![vec![r(1), r(2)], vec![r(3), r(4)]], vec![vec![r(1), r(3)], vec![r(2), r(4)]]] }
}

pub async fn a_plan_is_saved_from_the_version_it_started_from(stores: TestStores) {
    let id = stores.meetings.create_meeting("treffen", &meeting(8)).await.unwrap();
    assert!(stores.meetings.plan(id).await.unwrap().is_none());
    let first = StoredPlan { seats: seats(), locks: vec![], held_rounds: 0, version: 0 };
    assert_eq!(stores.meetings.save_plan(id, &first, 0).await.unwrap(), 1);
    let stored = stores.meetings.plan(id).await.unwrap().unwrap();
    assert_eq!(stored, StoredPlan { version: 1, ..first.clone() });

    let locks = vec![Lock::Person { registration: RegistrationId(2), round: Some(1) }, Lock::Table { table: 0, round: None }];
    let moved = StoredPlan { locks: locks.clone(), held_rounds: 1, ..stored.clone() };
    assert_eq!(stores.meetings.save_plan(id, &moved, 1).await.unwrap(), 2);
    // A second tab still on version 1, and a second "first plan", are both refused.
    let stale = stores.meetings.save_plan(id, &first, 1).await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    let second_first = stores.meetings.save_plan(id, &first, 0).await;
    assert!(matches!(second_first, Err(StoreError::Conflict(_))), "{second_first:?}");
    let now = stores.meetings.plan(id).await.unwrap().unwrap();
    assert_eq!((now.locks, now.held_rounds, now.version, now.seats), (locks, 1, 2, seats()));
}

pub async fn two_saves_from_one_version_at_once_keep_one(stores: TestStores) {
    let id = stores.meetings.create_meeting("treffen", &meeting(8)).await.unwrap();
    let plan = StoredPlan { seats: seats(), ..StoredPlan::default() };
    stores.meetings.save_plan(id, &plan, 0).await.unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = stores.meetings.clone();
            let plan = StoredPlan { held_rounds: i, ..plan.clone() };
            tokio::spawn(async move { store.save_plan(id, &plan, 1).await })
        })
        .collect();
    let mut saved = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(version) => {
                assert_eq!(version, 2);
                saved += 1;
            }
            Err(StoreError::Conflict(_)) => {}
            Err(other) => panic!("{other:?}"),
        }
    }
    assert_eq!(saved, 1);
    assert_eq!(stores.meetings.plan(id).await.unwrap().unwrap().version, 2);
}

/// A planning's state lives in the database: any server process sees it running or finished,
/// and only one starts while one runs (an old "running" one counts as lost).
pub async fn a_planning_is_started_once_finished_and_read_back(stores: TestStores) {
    let id = stores.meetings.create_meeting("treffen", &meeting(8)).await.unwrap();
    assert!(stores.meetings.planning(id).await.unwrap().is_none());
    assert!(stores.meetings.start_planning(id, 40, 1_000, 700).await.unwrap());
    let running = stores.meetings.planning(id).await.unwrap().unwrap();
    assert_eq!(running, PlanningRun { started_at: 1_000, people: 40, outcome: None });
    // A second press (or another server) while it runs starts nothing.
    assert!(!stores.meetings.start_planning(id, 41, 1_010, 710).await.unwrap());
    assert_eq!(stores.meetings.planning(id).await.unwrap().unwrap().started_at, 1_000);
    let outcome = serde_json::json!({"kind": "done", "version": 1, "compromises": [{"kind": "people_moved", "moves": 3}]});
    stores.meetings.finish_planning(id, &outcome).await.unwrap();
    let finished = stores.meetings.planning(id).await.unwrap().unwrap();
    assert_eq!(finished, PlanningRun { started_at: 1_000, people: 40, outcome: Some(outcome) });
    // Once finished, the next planning starts and forgets the outcome.
    assert!(stores.meetings.start_planning(id, 39, 2_000, 1_700).await.unwrap());
    assert_eq!(stores.meetings.planning(id).await.unwrap().unwrap(), PlanningRun { started_at: 2_000, people: 39, outcome: None });
    // A "running" one older than the stale limit was lost with its process: a new one starts.
    assert!(!stores.meetings.start_planning(id, 39, 2_100, 1_999).await.unwrap());
    assert!(stores.meetings.start_planning(id, 38, 2_400, 2_001).await.unwrap());
    assert_eq!(stores.meetings.planning(id).await.unwrap().unwrap().people, 38);
    // Another meeting's planning is its own.
    let other = stores.meetings.create_meeting("anderes-treffen", &meeting(8)).await.unwrap();
    assert!(stores.meetings.planning(other).await.unwrap().is_none());
    let missing = stores.meetings.finish_planning(other, &serde_json::json!({})).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))), "{missing:?}");
}

/// Several servers pressing "Tische planen" at the same moment: exactly one planning starts.
pub async fn of_many_planning_starts_at_once_one_wins(stores: TestStores) {
    let id = stores.meetings.create_meeting("treffen", &meeting(8)).await.unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = stores.meetings.clone();
            tokio::spawn(async move { store.start_planning(id, 40 + i, 5_000, 4_700).await })
        })
        .collect();
    let mut started = 0;
    for task in tasks {
        if task.await.unwrap().unwrap() {
            started += 1;
        }
    }
    assert_eq!(started, 1);
}

pub async fn held_and_published_marks_round_trip(stores: TestStores) {
    let id = stores.meetings.create_meeting("treffen", &meeting(8)).await.unwrap();
    stores.meetings.set_held(id, true).await.unwrap();
    stores.meetings.publish_results(id, true, Some("Vier Tische, **zwölf** Projektideen.")).await.unwrap();
    let record = stores.meetings.meeting(id).await.unwrap().unwrap();
    assert!(record.held && record.results_published);
    assert_eq!(record.public_summary.as_deref(), Some("Vier Tische, **zwölf** Projektideen."));
    stores.meetings.publish_results(id, false, None).await.unwrap();
    stores.meetings.set_held(id, false).await.unwrap();
    let record = stores.meetings.meeting(id).await.unwrap().unwrap();
    assert!(!record.held && !record.results_published && record.public_summary.is_none());
}

pub async fn table_results_are_replaced_and_listed_by_round_then_table(stores: TestStores) {
    let org = orgs(&stores, 2).await;
    let id = stores.meetings.create_meeting("treffen", &meeting(8)).await.unwrap();
    let result = |idea: &str| TableResult {
        ideas: vec![idea.into()],
        visions: vec!["Ein Haus der Vereine".into()],
        contacts: org.clone(),
        projects: vec![PlannedProject { title: "Sprachcafé".into(), partners: org.clone(), next_step: Some("Raum anfragen".into()) }],
    };
    stores.meetings.save_table_result(id, 1, 0, &result("b"), "user:7").await.unwrap();
    stores.meetings.save_table_result(id, 0, 1, &result("a"), "user:7").await.unwrap();
    stores.meetings.save_table_result(id, 1, 0, &result("c"), "user:8").await.unwrap();
    let all = stores.meetings.table_results(id).await.unwrap();
    let seen: Vec<(usize, usize, &str)> = all.iter().map(|r| (r.round, r.table, r.recorded_by.as_str())).collect();
    assert_eq!(seen, vec![(0, 1, "user:7"), (1, 0, "user:8")]);
    assert_eq!(all[1].result, result("c"), "replaced");
    assert!(all[0].updated_at.ends_with('Z'));
}

/// The check: one place left, 100 people register at the same moment. Exactly one
/// gets it; the others wait, in the order the store decided them (which is their
/// registration order, so the first decided is the first to move up).
pub async fn one_place_and_a_hundred_registrations_at_once(stores: TestStores) {
    let org = orgs(&stores, 51).await;
    let mut form = meeting(2);
    form.per_association_limit = 2;
    let id = stores.meetings.create_meeting("treffen", &form).await.unwrap();
    let (first, _) = register(&stores, id, &person(org[50], 1000), NOW - 60).await;
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(100));
    let tasks: Vec<_> = (0..100)
        .map(|i| {
            let store = stores.meetings.clone();
            let barrier = barrier.clone();
            let who = person(org[i / 2], i);
            tokio::spawn(async move {
                barrier.wait().await;
                store.register(id, &who, Registrar::Representative, NOW).await
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap().unwrap().unwrap());
    }
    let confirmed: Vec<RegistrationId> = outcomes.iter().filter(|(_, a)| *a == Admission::Confirmed).map(|(id, _)| *id).collect();
    assert_eq!(confirmed.len(), 1, "exactly one gets the last place");
    assert_eq!(outcomes.iter().filter(|(_, a)| *a == Admission::Waitlisted).count(), 99);

    let all = stores.meetings.registrations(id).await.unwrap();
    assert_eq!(all.len(), 101);
    assert_eq!(all[0].id, first);
    // Decided one after another: the one that got the place was stored first.
    assert_eq!(all[1].id, confirmed[0]);
    assert_eq!(all[1].state, RegistrationState::Confirmed);
    let waiting: Vec<&domain::meetings::Registration> = all.iter().filter(|r| r.state == RegistrationState::Waitlisted).collect();
    assert_eq!(waiting.len(), 99);
    let mut by_time = waiting.clone();
    by_time.sort_by_key(|r| (r.registered_at, r.id));
    assert_eq!(waiting, by_time, "the waiting list is in registration order");
    assert!(waiting.iter().all(|r| r.id > confirmed[0]), "nobody decided before the winner waits");

    // The order is the one that counts: a cancellation moves up the first waiting person.
    assert_eq!(stores.meetings.cancel_registration(confirmed[0], NOW + 1).await.unwrap(), vec![waiting[0].id]);
    assert_eq!(stores.meetings.cancel_registration(first, NOW + 2).await.unwrap(), vec![waiting[1].id]);
}

/// The reports and the graph read every held or planned meeting's registrations and plan at
/// once: the same as reading them meeting by meeting, and nothing of other meetings.
pub async fn meetings_data_is_what_each_held_or_planned_meeting_gives(stores: TestStores) {
    let org = orgs(&stores, 3).await;
    let held = stores.meetings.create_meeting("frueh", &meeting(8)).await.unwrap();
    let bare = stores.meetings.create_meeting("ohne-plan", &Meeting { starts_at: START + 86_400, ..meeting(8) }).await.unwrap();
    let empty = stores.meetings.create_meeting("leer", &Meeting { starts_at: START + 2 * 86_400, ..meeting(8) }).await.unwrap();
    let open = stores.meetings.create_meeting("offen", &Meeting { starts_at: START + 3 * 86_400, ..meeting(8) }).await.unwrap();
    let other = stores.meetings.create_meeting("anders", &Meeting { starts_at: START + 4 * 86_400, ..meeting(8) }).await.unwrap();
    for (n, id) in [held, bare, open, other].into_iter().enumerate() {
        for (i, association) in org.iter().enumerate() {
            register(&stores, id, &person(*association, 10 * n + i), NOW + i as i64).await;
        }
    }
    let first = person(org[0], 99);
    register(&stores, held, &first, NOW - 5).await;
    let regs = stores.meetings.registrations(held).await.unwrap();
    stores.meetings.set_attendance(regs[1].id, Attendance::CheckedIn).await.unwrap();
    let plan = StoredPlan { seats: seats(), locks: vec![], held_rounds: 1, version: 0 };
    stores.meetings.save_plan(held, &plan, 0).await.unwrap();
    stores.meetings.save_plan(open, &plan, 0).await.unwrap();
    for id in [held, bare, empty] {
        stores.meetings.set_held(id, true).await.unwrap();
    }

    let data = stores.meetings.meetings_data().await.unwrap();
    let mut with_registrations: Vec<MeetingId> = data.registrations.keys().copied().collect();
    with_registrations.sort();
    assert_eq!(with_registrations, vec![held, bare, open], "the one neither held nor planned and the one without people are missing");
    for id in [held, bare, open] {
        assert_eq!(data.registrations[&id], stores.meetings.registrations(id).await.unwrap(), "same people, same order");
    }
    assert_eq!(data.registrations[&held][0].email, first.email, "the waiting list's order: registered first");
    assert_eq!(data.plans.len(), 2, "the two plans");
    for id in [held, open] {
        assert_eq!(Some(&data.plans[&id]), stores.meetings.plan(id).await.unwrap().as_ref());
    }

    // The dashboard's cut of the same: the same meetings, people in the same order with their
    // state and attendance, the plans' seats and held rounds.
    let cut = stores.meetings.meetings_attendance().await.unwrap();
    let people: std::collections::HashMap<MeetingId, Vec<app::ports::Attendee>> =
        data.registrations.iter().map(|(id, regs)| (*id, regs.iter().map(app::ports::Attendee::from).collect())).collect();
    assert_eq!(cut.attendees, people);
    assert_eq!(cut.attendees[&held][1].attendance, Attendance::CheckedIn, "the one checked in");
    let seats: std::collections::HashMap<MeetingId, (Seats, usize)> =
        data.plans.iter().map(|(id, plan)| (*id, (plan.seats.clone(), plan.held_rounds))).collect();
    assert_eq!(cut.seats, seats);
}
