#![allow(clippy::unwrap_used)]

use super::*;
use crate::meetings::meeting::tests::{meeting, START};

const BEFORE: i64 = START - 7 * 86_400;

fn email(i: i64) -> EmailAddress {
    EmailAddress::parse(&format!("person{i}@verein.example")).unwrap()
}

fn reg(id: i64, org: i64, state: RegistrationState) -> Registration {
    Registration {
        id: RegistrationId(id),
        association: OrgId(org),
        name: format!("Person {id}"),
        email: email(id),
        account: None,
        languages: Vec::new(),
        accessibility: None,
        consent: None,
        state,
        attendance: Attendance::Registered,
        registered_at: BEFORE + id,
        walk_in: false,
    }
}

use RegistrationState::{Cancelled, Confirmed, Waitlisted};

#[test]
fn places_first_then_the_waiting_list() {
    let m = meeting(); // capacity 4
    let mut regs = vec![reg(1, 1, Confirmed), reg(2, 1, Confirmed), reg(3, 2, Confirmed)];
    assert_eq!(admit(&m, &regs, OrgId(3), &email(9), Registrar::Representative, BEFORE), Ok(Admission::Confirmed));
    regs.push(reg(4, 3, Confirmed));
    assert_eq!(admit(&m, &regs, OrgId(3), &email(9), Registrar::Representative, BEFORE), Ok(Admission::Waitlisted));
    regs[0].state = Cancelled;
    assert_eq!(
        admit(&m, &regs, OrgId(4), &email(9), Registrar::Representative, BEFORE),
        Ok(Admission::Confirmed),
        "a cancelled place is free"
    );
}

#[test]
fn refusals_name_their_reason() {
    let mut m = meeting();
    let regs = vec![reg(1, 1, Confirmed), reg(2, 1, Waitlisted), reg(3, 2, Cancelled)];
    let rep = Registrar::Representative;
    assert_eq!(
        admit(&m, &regs, OrgId(1), &email(9), rep, BEFORE),
        Err(RegistrationRefusal::AssociationLimit { limit: 2 }),
        "waiting counts"
    );
    assert_eq!(admit(&m, &regs, OrgId(2), &email(1), rep, BEFORE), Err(RegistrationRefusal::AlreadyRegistered));
    assert_eq!(admit(&m, &regs, OrgId(2), &email(3), rep, BEFORE), Ok(Admission::Confirmed), "after cancelling one may come back");
    assert_eq!(admit(&m, &regs, OrgId(2), &email(9), rep, m.registration_deadline + 1), Err(RegistrationRefusal::DeadlinePassed));
    assert_eq!(admit(&m, &regs, OrgId(2), &email(9), rep, m.ends_at), Err(RegistrationRefusal::Past));
    m.cancelled = true;
    assert_eq!(admit(&m, &regs, OrgId(2), &email(9), rep, BEFORE), Err(RegistrationRefusal::Cancelled));
    assert_eq!(RegistrationRefusal::AssociationLimit { limit: 2 }.code(), "meeting-refused-association-limit");
}

#[test]
fn the_office_may_add_beyond_the_limit_and_the_deadline() {
    let m = meeting();
    let regs = vec![reg(1, 1, Confirmed), reg(2, 1, Confirmed)];
    let late = m.registration_deadline + 3600;
    assert_eq!(admit(&m, &regs, OrgId(1), &email(9), Registrar::Office, late), Ok(Admission::Confirmed));
    assert_eq!(admit(&m, &regs, OrgId(1), &email(2), Registrar::Office, late), Err(RegistrationRefusal::AlreadyRegistered));
}

#[test]
fn the_first_waiting_person_under_the_limit_moves_up() {
    let mut m = meeting();
    m.per_association_limit = 1;
    // Association 1 already has a confirmed person (the office added one more by hand).
    let regs = vec![
        reg(1, 1, Confirmed),
        reg(2, 2, Confirmed),
        reg(3, 3, Cancelled),
        reg(4, 4, Confirmed),
        reg(5, 1, Waitlisted),
        reg(6, 5, Waitlisted),
        reg(7, 6, Waitlisted),
    ];
    assert_eq!(promotions(&m, &regs, BEFORE), vec![RegistrationId(6)], "one place free; association 1 is at its limit");
    let mut later = regs.clone();
    later[1].state = Cancelled;
    assert_eq!(promotions(&m, &later, BEFORE), vec![RegistrationId(6), RegistrationId(7)]);
    let mut by_time = regs.clone();
    by_time[6].registered_at = BEFORE - 100;
    assert_eq!(promotions(&m, &by_time, BEFORE), vec![RegistrationId(7)], "order is the time of registration");
    assert!(promotions(&m, &regs, m.ends_at).is_empty(), "nobody moves up after the meeting");
    m.cancelled = true;
    assert!(promotions(&m, &regs, BEFORE).is_empty());
}

#[test]
fn check_in_moves_between_registered_checked_in_and_no_show() {
    let mut m = meeting();
    let r = reg(1, 1, Confirmed);
    assert_eq!(mark_attendance(&m, &r, AttendanceMark::CheckIn), Ok(Attendance::CheckedIn));
    assert_eq!(mark_attendance(&m, &r, AttendanceMark::NoShow), Ok(Attendance::NoShow));
    let late = Registration { attendance: Attendance::NoShow, ..r.clone() };
    assert_eq!(mark_attendance(&m, &late, AttendanceMark::CheckIn), Ok(Attendance::CheckedIn), "late, but here");
    assert_eq!(mark_attendance(&m, &late, AttendanceMark::Undo), Ok(Attendance::Registered));
    assert!(!late.is_seated() && r.is_seated());
    let waiting = reg(2, 1, Waitlisted);
    assert_eq!(mark_attendance(&m, &waiting, AttendanceMark::CheckIn), Err(AttendanceRefusal::NotConfirmed));
    assert!(!waiting.is_seated());
    m.cancelled = true;
    assert_eq!(mark_attendance(&m, &r, AttendanceMark::CheckIn).unwrap_err().code(), "meeting-refused-cancelled");
}

#[test]
fn walk_ins_need_an_address_not_yet_registered() {
    let mut m = meeting();
    let regs = vec![reg(1, 1, Confirmed), reg(2, 1, Confirmed), reg(3, 2, Confirmed), reg(4, 2, Confirmed)];
    assert_eq!(walk_in(&m, &regs, &email(9)), Ok(()), "full is no reason: they are here");
    assert_eq!(walk_in(&m, &regs, &email(3)), Err(RegistrationRefusal::AlreadyRegistered));
    m.cancelled = true;
    assert_eq!(walk_in(&m, &regs, &email(9)), Err(RegistrationRefusal::Cancelled));
}
