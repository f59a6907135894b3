//! Meeting use cases on both databases: what a stored meeting is planned from.

use app::marketplace::MarketView;
use app::meetings::{translate, KnownPair, PersonRef, PlanningData, Seats, DEFAULT_MIN_INTEREST_WEIGHT};
use app::ports::{Author, NewRegistration, StoredPlan};
use domain::accounts::EmailAddress;
use domain::ids::OrgId;
use domain::meetings::{Attendance, Meeting, MeetingId, Registrar, RegistrationId, Round, Table, Venue};

use crate::directory::new_org;
use crate::TestStores;

fn meeting(starts_at: i64) -> Meeting {
    Meeting {
        title: "Netzwerktreffen".into(),
        starts_at,
        ends_at: starts_at + 3600,
        venue: Venue { name: "Kulturzentrum".into(), address: "Wilhelmstraße 9/1, 71638 Ludwigsburg".into(), position: None },
        agenda: String::new(),
        capacity: 8,
        registration_deadline: starts_at,
        per_association_limit: 2,
        rounds: vec![Round { topic: "Vereine bieten".into(), minutes: 45 }, Round { topic: "Vereine suchen".into(), minutes: 45 }],
        tables: vec![
            Table { name: "Tisch 1".into(), moderator: None, capacity: 4 },
            Table { name: "Tisch 2".into(), moderator: None, capacity: 4 },
        ],
        cancelled: false,
    }
}

fn email(n: usize) -> EmailAddress {
    EmailAddress::parse(&format!("person{n}@example.org")).unwrap()
}

/// Registers people `who` (numbers) of associations `org[n % len]` at `now`.
async fn register(stores: &TestStores, id: MeetingId, orgs: &[OrgId], who: &[usize], now: i64) -> Vec<RegistrationId> {
    let mut ids = Vec::new();
    for &n in who {
        let person = NewRegistration {
            association: orgs[n % orgs.len()],
            name: format!("Person {n}"),
            email: email(n),
            account: None,
            languages: Vec::new(),
            accessibility: None,
            consent: None,
            registered_by: "user:1".into(),
        };
        ids.push(stores.meetings.register(id, &person, Registrar::Office, now).await.unwrap().unwrap().0);
    }
    ids
}

/// Two rounds at two tables: round 1 {0,1} {2,3}, round 2 {0,2} {1,3}.
async fn plan(stores: &TestStores, id: MeetingId, r: &[RegistrationId], held_rounds: usize) {
    let seats = Seats { rounds: vec![vec![vec![r[0], r[1]], vec![r[2], r[3]]], vec![vec![r[0], r[2]], vec![r[1], r[3]]]] };
    stores.meetings.save_plan(id, &StoredPlan { seats, locks: Vec::new(), held_rounds, version: 0 }, 0).await.unwrap();
}

fn pair(a: usize, b: usize) -> KnownPair {
    KnownPair(PersonRef::Email(email(a)), PersonRef::Email(email(b)))
}

pub async fn known_pairs_come_from_earlier_held_meetings_only(stores: TestStores) {
    let new: Vec<_> = (0..4).map(|i| new_org(&format!("verein-{i}"), &format!("Verein {i}"))).collect();
    let orgs = stores.directory.create_organisations(&new, &Author::system("contract")).await.unwrap();
    let day = 86_400;
    let start = 2_000_000_000;
    // Held, first round only recorded as held; person 3 did not come.
    let held = stores.meetings.create_meeting("held", &meeting(start)).await.unwrap();
    let r = register(&stores, held, &orgs, &[0, 1, 2, 3], start - day).await;
    plan(&stores, held, &r, 1).await;
    stores.meetings.set_attendance(r[3], Attendance::NoShow).await.unwrap();
    stores.meetings.set_held(held, true).await.unwrap();
    // Earlier too, but never marked held: it does not count.
    let not_held = stores.meetings.create_meeting("not-held", &meeting(start + day)).await.unwrap();
    let r = register(&stores, not_held, &orgs, &[0, 1, 2, 3], start).await;
    plan(&stores, not_held, &r, 2).await;
    // The meeting to plan, and a later held one that does not count for it.
    let next = stores.meetings.create_meeting("next", &meeting(start + 10 * day)).await.unwrap();
    register(&stores, next, &orgs, &[0, 1, 2, 3], start + 2 * day).await;
    let later = stores.meetings.create_meeting("later", &meeting(start + 20 * day)).await.unwrap();
    let r = register(&stores, later, &orgs, &[0, 1, 2, 3], start + 2 * day).await;
    plan(&stores, later, &r, 2).await;
    stores.meetings.set_held(later, true).await.unwrap();

    let data = PlanningData::load(stores.meetings.as_ref(), &MarketView::default(), next).await.unwrap().unwrap();
    assert_eq!(data.known_pairs, vec![pair(0, 1)], "round 1 of the held meeting; 2–3 did not meet (3 was absent)");
    assert!(data.plan.is_none() && data.interests.is_empty());
    assert_eq!(data.registrations.len(), 4);
    let translation = translate(&data.input(DEFAULT_MIN_INTEREST_WEIGHT));
    assert_eq!(translation.spec.known_pairs.len(), 1);
    assert_eq!(translation.spec.participants.len(), 4);
    assert!(PlanningData::load(stores.meetings.as_ref(), &MarketView::default(), MeetingId(999_999)).await.unwrap().is_none());

    // The later meeting sees the held one, and its stored plan is what a re-plan starts from.
    let data = PlanningData::load(stores.meetings.as_ref(), &MarketView::default(), later).await.unwrap().unwrap();
    assert_eq!(data.known_pairs, vec![pair(0, 1)]);
    let input = data.input(DEFAULT_MIN_INTEREST_WEIGHT);
    assert_eq!((input.held_rounds, input.current.map(|s| s.rounds.len())), (2, Some(2)));
}
