//! What the meetings achieved: per held meeting the registrations, who came, the associations
//! reached and the pairs of associations that met at a table for the first time. Pure.

use std::collections::{BTreeSet, HashMap};

use domain::ids::OrgId;
use domain::meetings::{Attendance, RegistrationId, RegistrationState};

use crate::meetings::Seats;
use crate::ports::Attendee;

/// One meeting as the reports see it.
pub struct HeldMeeting<'a> {
    pub starts_at: i64,
    pub registrations: &'a [Attendee],
    /// The plan's seats and how many of its rounds were held; `None` without a plan.
    pub seats: Option<(&'a Seats, usize)>,
}

/// The figures of one held meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeetingFigures {
    /// Confirmed registrations (walk-ins included): the people expected.
    pub registrations: u64,
    /// Of those, checked in on the day (the check-in page's "arrived").
    pub attended: u64,
    /// Associations with at least one person checked in.
    pub associations: u64,
    /// Pairs of different associations that shared a table in a held round and had not shared
    /// one at an earlier meeting.
    pub new_pairs: u64,
}

/// The facts of each meeting, in the order given, which must be oldest first: a pair counts as
/// new at the first meeting where it met.
pub fn meeting_figures(meetings: &[HeldMeeting<'_>]) -> Vec<MeetingFigures> {
    let mut met: BTreeSet<(OrgId, OrgId)> = BTreeSet::new();
    let mut out = Vec::with_capacity(meetings.len());
    let mut previous_start = i64::MIN;
    for meeting in meetings {
        debug_assert!(meeting.starts_at >= previous_start, "meetings oldest first");
        previous_start = meeting.starts_at;
        let confirmed: Vec<&Attendee> = meeting.registrations.iter().filter(|r| r.state == RegistrationState::Confirmed).collect();
        let attended: Vec<&&Attendee> = confirmed.iter().filter(|r| r.attendance == Attendance::CheckedIn).collect();
        let associations: BTreeSet<OrgId> = attended.iter().map(|r| r.association).collect();
        let mut new_pairs = 0;
        if let Some((seats, held_rounds)) = meeting.seats {
            let association_of: HashMap<RegistrationId, OrgId> = meeting.registrations.iter().map(|r| (r.id, r.association)).collect();
            for tables in seats.rounds.iter().take(held_rounds) {
                for people in tables {
                    let at_table: BTreeSet<OrgId> = people.iter().filter_map(|p| association_of.get(p).copied()).collect();
                    let at_table: Vec<OrgId> = at_table.into_iter().collect();
                    for (i, &a) in at_table.iter().enumerate() {
                        for &b in &at_table[i + 1..] {
                            if met.insert((a, b)) {
                                new_pairs += 1;
                            }
                        }
                    }
                }
            }
        }
        out.push(MeetingFigures {
            registrations: confirmed.len() as u64,
            attended: attended.len() as u64,
            associations: associations.len() as u64,
            new_pairs,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn person(id: i64, org: i64, state: RegistrationState, attendance: Attendance) -> Attendee {
        Attendee { id: RegistrationId(id), association: OrgId(org), state, attendance }
    }

    fn r(id: i64) -> RegistrationId {
        RegistrationId(id)
    }

    #[test]
    fn registrations_attendance_and_associations_count_confirmed_people() {
        use Attendance::*;
        use RegistrationState::*;
        let people = [
            person(1, 10, Confirmed, CheckedIn),
            person(2, 10, Confirmed, CheckedIn),
            person(3, 11, Confirmed, NoShow),
            person(4, 12, Confirmed, Registered),
            person(5, 13, Waitlisted, Registered),
            person(6, 14, Cancelled, CheckedIn),
        ];
        let facts = meeting_figures(&[HeldMeeting { starts_at: 0, registrations: &people, seats: None }]);
        assert_eq!(facts, vec![MeetingFigures { registrations: 4, attended: 2, associations: 1, new_pairs: 0 }]);
    }

    #[test]
    fn a_pair_of_associations_is_new_once_and_only_in_held_rounds() {
        use Attendance::CheckedIn;
        use RegistrationState::Confirmed;
        let first = [
            person(1, 10, Confirmed, CheckedIn),
            person(2, 11, Confirmed, CheckedIn),
            person(3, 12, Confirmed, CheckedIn),
            person(4, 10, Confirmed, CheckedIn),
        ];
        // Round 1: {10, 11} and {12, 10}; round 2 (not held): {10, 12, 11}. Two people of one
        // association at a table are no pair; an unknown seat (99) is left out.
        let seats = Seats { rounds: vec![vec![vec![r(1), r(2), r(99)], vec![r(3), r(4)]], vec![vec![r(1), r(3), r(2)]]] };
        let second = [person(7, 10, Confirmed, CheckedIn), person(8, 11, Confirmed, CheckedIn), person(9, 13, Confirmed, CheckedIn)];
        let seats2 = Seats { rounds: vec![vec![vec![r(7), r(8), r(9)]]] };
        let facts = meeting_figures(&[
            HeldMeeting { starts_at: 1, registrations: &first, seats: Some((&seats, 1)) },
            HeldMeeting { starts_at: 2, registrations: &second, seats: Some((&seats2, 1)) },
        ]);
        assert_eq!(facts[0].new_pairs, 2, "10–11 and 10–12");
        assert_eq!(facts[1].new_pairs, 2, "10–11 met before; 10–13 and 11–13 are new");
        let same_table = Seats { rounds: vec![vec![vec![r(1), r(4)]]] };
        let facts = meeting_figures(&[HeldMeeting { starts_at: 1, registrations: &first, seats: Some((&same_table, 1)) }]);
        assert_eq!(facts[0].new_pairs, 0);
    }
}
