#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use domain::accounts::EmailAddress;
use domain::ids::OrgId;
use domain::meetings::{Attendance, Meeting, Registration, RegistrationId, RegistrationState, Round, Table, Venue};

use super::*;
use crate::meetings::{explain_plan, Arg, Interest, KnownPair, Lock, PersonRef, PlanOptions, PlanningInput, DEFAULT_MIN_INTEREST_WEIGHT};

pub(crate) fn r(i: i64) -> RegistrationId {
    RegistrationId(i)
}

pub(crate) fn email(i: i64) -> EmailAddress {
    EmailAddress::parse(&format!("person{i}@verein.example")).unwrap()
}

pub(crate) fn person(i: i64, association: i64) -> Registration {
    Registration {
        id: r(i),
        association: OrgId(association),
        name: format!("Person {i}"),
        email: email(i),
        account: None,
        languages: Vec::new(),
        accessibility: None,
        consent: None,
        state: RegistrationState::Confirmed,
        attendance: Attendance::Registered,
        registered_at: 1_700_000_000 + i,
        walk_in: false,
    }
}

/// A meeting with `tables` tables of `capacity` over `rounds` rounds, and `people` confirmed
/// registrations; person i (from 1) belongs to association (i − 1) % `associations` + 1.
pub(crate) fn fixture(people: i64, associations: i64, tables: usize, capacity: u32, rounds: usize) -> (Meeting, Vec<Registration>) {
    let meeting = Meeting {
        title: "Netzwerktreffen".into(),
        starts_at: 1_768_125_600,
        ends_at: 1_768_140_000,
        venue: Venue { name: "Kulturzentrum".into(), address: "Ludwigsburg".into(), position: None },
        agenda: String::new(),
        capacity: u32::try_from(tables).unwrap() * capacity,
        registration_deadline: 1_768_000_000,
        per_association_limit: 2,
        rounds: (0..rounds).map(|i| Round { topic: format!("Runde {}", i + 1), minutes: 40 }).collect(),
        tables: (0..tables).map(|t| Table { name: format!("Tisch {}", t + 1), moderator: None, capacity }).collect(),
        cancelled: false,
    };
    let regs = (1..=people).map(|i| person(i, (i - 1) % associations + 1)).collect();
    (meeting, regs)
}

/// The limit the office's "Tische planen" will use: the planner returns the best plan found
/// by then (earlier when it proves it optimal). The tests print how long it took and never
/// assert wall time (the machine is shared).
fn options() -> PlanOptions {
    PlanOptions { time_limit: Duration::from_secs(1), seed: 7, threads: 2 }
}

fn input<'a>(meeting: &'a Meeting, regs: &'a [Registration]) -> PlanningInput<'a> {
    PlanningInput {
        meeting,
        registrations: regs,
        known_pairs: &[],
        interests: &[],
        min_interest_weight: DEFAULT_MIN_INTEREST_WEIGHT,
        locks: &[],
        current: None,
        held_rounds: 0,
    }
}

/// The association interests of the acceptance story: each association offers something
/// the next one looks for.
fn interests() -> Vec<Interest> {
    (1..=20).map(|a| Interest { offer: OrgId(a), need: OrgId(a % 20 + 1), weight: 0.9 }).collect()
}

fn assert_valid(planned: &PlannedMeeting) {
    let instance = planned.translation.instance().unwrap();
    let plan = planner::Plan {
        rounds: planned
            .seats
            .rounds
            .iter()
            .map(|tables| tables.iter().map(|people| people.iter().map(|p| format!("p{p}")).collect()).collect())
            .collect(),
    };
    assert_eq!(planner::verify(&instance, &plan), Ok(()));
}

#[test]
fn forty_people_of_twenty_associations_are_seated_without_a_hard_violation() {
    let (meeting, regs) = fixture(40, 20, 4, 10, 3);
    let interests = interests();
    let known = [
        KnownPair(PersonRef::Email(email(1)), PersonRef::Email(email(2))),
        KnownPair(PersonRef::Email(email(3)), PersonRef::Email(email(99))),
    ];
    let started = Instant::now();
    let planned = plan_tables(&PlanningInput { interests: &interests, known_pairs: &known, ..input(&meeting, &regs) }, &options()).unwrap();
    let took = started.elapsed();
    eprintln!(
        "plan 40 people / 20 associations / 4 tables / 3 rounds: {took:?} wall, best found after {:?} ({})",
        planned.report.time_to_best,
        planned.report.summary()
    );
    assert_valid(&planned);
    assert_eq!(planned.seats.rounds.len(), 3);
    for round in &planned.seats.rounds {
        assert_eq!(round.iter().map(Vec::len).sum::<usize>(), 40);
        assert!(round.iter().all(|t| t.len() == 10), "even tables");
    }
    assert_eq!(planned.translation.spec.known_pairs.len(), 1, "the pair with an unknown person is dropped");
    // Ten people of a table in round 1 spread over 4 tables in round 2: repeats are unavoidable.
    assert!(planned.report.repeats >= planned.report.lower_bound && planned.report.lower_bound > 0);
    let figures = &planned.figures;
    assert_eq!(figures.repeats, planned.report.repeats, "our count agrees with the planner's");
    assert_eq!(figures.new_contacts + figures.known_pairs_together, planned.report.distinct_pairs);
    assert!(figures.known_pairs_together <= planned.report.known_pair_meetings);
    assert_eq!(figures.interests_total, 20, "association pairs, not pairs of people");
    assert!(figures.interests_met >= 15, "most fitting associations meet: {}", figures.interests_met);
    let messages = explain_plan(figures, Some(&planned.report.compromises));
    assert_eq!(messages[0].id, "meeting-plan-new-contacts");
    assert_eq!(messages[0].args, vec![("count", Arg::Number(figures.new_contacts))]);
    assert_eq!(messages[1].id, "meeting-plan-interests");
    assert!(messages.iter().any(|m| m.id == "meeting-compromise-repeats-unavoidable" || m.id == "meeting-compromise-repeats-above-bound"));
}

#[test]
fn replanning_after_no_shows_and_a_walk_in_keeps_round_one_and_the_locks() {
    let (meeting, mut regs) = fixture(40, 20, 4, 10, 3);
    let first = plan_tables(&input(&meeting, &regs), &options()).unwrap();
    // On the day: persons 5 and 17 do not come, someone of association 3 walks in (its second
    // person, 23, is there too: still two of association 3), and the office locks one person
    // in round 3 and table 2 in round 2.
    regs[4].attendance = Attendance::NoShow;
    regs[16].attendance = Attendance::NoShow;
    let walk_in = Registration { attendance: Attendance::CheckedIn, walk_in: true, ..person(41, 21) };
    regs.push(walk_in);
    let kept_person = r(30);
    let locks = [Lock::Person { registration: kept_person, round: Some(2) }, Lock::Table { table: 1, round: Some(1) }];
    let started = Instant::now();
    let again =
        plan_tables(&PlanningInput { locks: &locks, current: Some(&first.seats), held_rounds: 1, ..input(&meeting, &regs) }, &options())
            .unwrap();
    eprintln!("re-plan from round 2 after 2 no-shows and 1 walk-in: {:?} wall ({})", started.elapsed(), again.report.summary());
    assert_valid(&again);
    let without_no_shows: Vec<Vec<RegistrationId>> =
        first.seats.rounds[0].iter().map(|t| t.iter().copied().filter(|&p| p != r(5) && p != r(17)).collect()).collect();
    assert_eq!(again.seats.rounds[0], without_no_shows, "round 1 was held: it stays, minus those who did not come");
    assert_eq!(again.seats.table_of(0, r(41)), None, "the walk-in came after round 1");
    for round in 1..3 {
        assert!(again.seats.table_of(round, r(41)).is_some(), "the walk-in is seated from round 2");
        assert_eq!(again.seats.table_of(round, r(5)), None);
        assert_eq!(again.seats.rounds[round].iter().map(Vec::len).sum::<usize>(), 39);
    }
    assert_eq!(again.seats.table_of(2, kept_person), first.seats.table_of(2, kept_person), "the locked person stays");
    for &p in first.seats.at(1, 1).iter().filter(|&&p| p != r(5) && p != r(17)) {
        assert_eq!(again.seats.table_of(1, p), Some(1), "the locked table keeps {p}");
    }
    let spec = &again.translation.spec;
    assert!(spec.participants.iter().any(|p| p.id == "p41" && p.absent_rounds == vec![0]));
    assert!(!spec.participants.iter().any(|p| p.id == "p5"), "no-shows are not planned");
}

#[test]
fn an_impossible_meeting_is_explained_not_failed() {
    let (meeting, mut regs) = fixture(8, 4, 2, 10, 2);
    // The office added a third person of association 1 by hand: two tables cannot keep them apart.
    regs.push(person(9, 1));
    let failed = plan_tables(&input(&meeting, &regs), &options()).unwrap_err();
    assert_eq!(failed.error.code(), "planner.org_larger_than_tables");
    assert_eq!(failed.explanation.id, "meeting-plan-error-association-too-large");
    assert_eq!(
        failed.explanation.args,
        vec![("association", Arg::Association(OrgId(1))), ("round", Arg::Number(1)), ("count", Arg::Number(3)), ("tables", Arg::Number(2))]
    );
    let (meeting, regs) = fixture(9, 9, 2, 4, 1);
    let failed = plan_tables(&input(&meeting, &regs), &options()).unwrap_err();
    assert_eq!(failed.explanation.id, "meeting-plan-error-too-few-seats");
    assert_eq!(failed.explanation.args, vec![("round", Arg::Number(1)), ("count", Arg::Number(9)), ("seats", Arg::Number(8))]);
}

#[test]
fn the_instance_carries_no_personal_data() {
    let (meeting, mut regs) = fixture(6, 3, 2, 3, 2);
    regs[0].name = "Amira Haddad".into();
    regs[1].state = RegistrationState::Waitlisted;
    let interests = [
        Interest { offer: OrgId(1), need: OrgId(3), weight: 0.9 },
        Interest { offer: OrgId(2), need: OrgId(3), weight: 0.2 },
        Interest { offer: OrgId(1), need: OrgId(7), weight: 0.9 },
    ];
    let translation = translate(&PlanningInput { interests: &interests, ..input(&meeting, &regs) });
    let json = serde_json::to_string(&translation.spec).unwrap();
    assert!(!json.contains("Amira") && !json.contains('@'), "{json}");
    assert!(!json.contains("\"p2\""), "waiting people are not seated");
    assert_eq!(translation.spec.interests.len(), 4, "1 → 3 for 2 × 2 people; weak and absent ones are left out: {json}");
    assert_eq!(translation.association("a3"), Some(OrgId(3)));
    assert_eq!(translation.association("a9"), None);
}
