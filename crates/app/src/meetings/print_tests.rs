#![allow(clippy::unwrap_used)]

use super::*;
use crate::meetings::handouts::tests::{set, world};
use crate::meetings::Seats;
use crate::ports::{MemberRole, Membership};
use domain::accounts::{EmailAddress, Role, UserId};

fn ids(v: &[i64]) -> Vec<RegistrationId> {
    v.iter().map(|&i| RegistrationId(i)).collect()
}

#[test]
fn a_fingerprint_changes_with_the_layout_data_only() {
    let w = world();
    let a = set(&w);
    let b = set(&w);
    assert_eq!(documents_of(&a), documents_of(&b), "the same data, the same fingerprints");
    assert_eq!(documents_of(&a).len(), a.handouts.len() + a.table_sheets.len());
    assert_eq!(fingerprint(&a.handouts[0]).len(), 64);
    let mut other = a.handouts[0].clone();
    other.rounds[0].table = Some("Tisch 9".into());
    assert_ne!(fingerprint(&a.handouts[0]), fingerprint(&other));
}

#[test]
fn nothing_printed_yet_means_everything_is_new_and_a_print_leaves_nothing_changed() {
    let w = world();
    let s = set(&w);
    let fresh = changes(&s, &[]);
    assert!(!fresh.printed_before);
    assert_eq!(fresh.handouts.len(), 6);
    assert_eq!(fresh.sheets.len(), 4);
    let after = changes(&s, &documents_of(&s));
    assert!(after.printed_before && after.is_empty(), "{after:?}");
    let none = only_changed(&s, &documents_of(&s));
    assert!(none.handouts.is_empty() && none.table_sheets.is_empty() && none.badges.is_empty());
}

#[test]
fn after_re_planning_just_the_moved_people_and_their_tables_are_printed_again() {
    let mut w = world();
    let printed = documents_of(&set(&w));
    // Round 2: persons 1 and 4 swap tables (was [1, 5, 6] / [4, 2, 3]).
    w.plan.seats = Seats { rounds: vec![w.plan.seats.rounds[0].clone(), vec![ids(&[4, 5, 6]), ids(&[1, 2, 3])]] };
    let now = set(&w);
    let changed = changes(&now, &printed);
    let mut people: Vec<i64> = changed.handouts.iter().map(|(id, _)| id.0).collect();
    people.sort_unstable();
    // Everyone seated in round 2 has new tablemates; nobody in round 1 does, but the sheets of
    // round 1 are unchanged.
    assert_eq!(people, vec![1, 2, 3, 4, 5, 6]);
    assert!(changed.sheets.iter().all(|(round, _)| *round == 2), "{:?}", changed.sheets);
    assert_eq!(changed.sheets.len(), 2);
    let reprint = only_changed(&now, &printed);
    assert_eq!(reprint.table_sheets.len(), 2);
    assert!(reprint.table_sheets.iter().all(|s| s.round == 2));
    assert_eq!(reprint.badges.len(), reprint.handouts.len());
}

#[test]
fn a_renamed_table_reprints_only_who_sits_there_and_its_sheets() {
    let mut w = world();
    let printed = documents_of(&set(&w));
    // Table 2 seats 4, 5, 6 in round 1 and 4, 2, 3 in round 2: everyone but person 1.
    w.record.meeting.tables[1].name = "Gartentisch".into();
    let reprint = only_changed(&set(&w), &printed);
    let mut people: Vec<i64> = reprint.handouts.iter().map(|h| h.registration.0).collect();
    people.sort_unstable();
    assert_eq!(people, vec![2, 3, 4, 5, 6]);
    let mut badges: Vec<i64> = reprint.badges.iter().map(|b| b.registration.0).collect();
    badges.sort_unstable();
    assert_eq!(badges, people, "their badges too");
    assert_eq!(reprint.table_sheets.len(), 2);
    assert!(reprint.table_sheets.iter().all(|s| s.table == "Gartentisch"));
}

fn viewer(role: Role, of: Option<i64>) -> Viewer {
    let memberships = of
        .map(|org| vec![Membership { user: UserId(1), organisation: domain::ids::OrgId(org), role: MemberRole::Editor }])
        .unwrap_or_default();
    Viewer::for_test(role, memberships, true)
}

#[test]
fn a_handout_is_for_the_person_their_representatives_and_the_office() {
    let w = world();
    let mut person = w.regs[0].clone();
    assert!(may_download(&viewer(Role::Coordinator, None), &person), "the office");
    assert!(!may_download(&viewer(Role::Representative, None), &person), "someone else");
    assert!(may_download(&viewer(Role::Representative, Some(person.association.0)), &person), "their association's representative");
    assert!(!may_download(&viewer(Role::Representative, Some(person.association.0 + 1)), &person), "another association's");
    person.email = EmailAddress::parse("A@Example.org").unwrap();
    assert!(may_download(&viewer(Role::Representative, None), &person), "the address that registered (the viewer's)");
    person.email = EmailAddress::parse("b@example.org").unwrap();
    person.account = Some(UserId(1));
    assert!(may_download(&viewer(Role::Representative, None), &person), "their account");
    let mut half = viewer(Role::Representative, None);
    half.second_factor_done = false;
    assert!(!may_download(&half, &person), "not before the second factor");
}
