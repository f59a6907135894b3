//! A seating plan in our own ids, and the locks the office sets on it.

use serde::{Deserialize, Serialize};

use domain::meetings::RegistrationId;

/// `rounds[r][t]`: who sits at table `t` (index in `Meeting::tables`) in round `r`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Seats {
    pub rounds: Vec<Vec<Vec<RegistrationId>>>,
}

impl Seats {
    /// The table of a person in a round, if seated.
    pub fn table_of(&self, round: usize, who: RegistrationId) -> Option<usize> {
        self.rounds.get(round)?.iter().position(|people| people.contains(&who))
    }

    /// Everyone seated in a round at a table.
    pub fn at(&self, round: usize, table: usize) -> &[RegistrationId] {
        self.rounds.get(round).and_then(|r| r.get(table)).map_or(&[], Vec::as_slice)
    }
}

/// What re-planning must keep, as the office set it on the grid. Locks hold the current
/// seat: they are resolved against the seats at the time of re-planning (a moved person's
/// lock moves with them; a person no longer seated, such as a no-show, has nothing to keep).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Lock {
    /// The person stays at their table in `round`, or in every round when `None`.
    Person { registration: RegistrationId, round: Option<usize> },
    /// Everyone at `table` in `round` (or in every round) stays there.
    Table { table: usize, round: Option<usize> },
}

impl Lock {
    /// The (registration, round, table) seats this lock keeps in `seats`.
    pub fn seats_kept(&self, seats: &Seats) -> Vec<(RegistrationId, usize, usize)> {
        let rounds = |only: Option<usize>| -> Vec<usize> { only.map_or_else(|| (0..seats.rounds.len()).collect(), |r| vec![r]) };
        match *self {
            Lock::Person { registration, round } => {
                rounds(round).into_iter().filter_map(|r| seats.table_of(r, registration).map(|t| (registration, r, t))).collect()
            }
            Lock::Table { table, round } => {
                rounds(round).into_iter().flat_map(|r| seats.at(r, table).iter().map(move |&p| (p, r, table))).collect()
            }
        }
    }

    /// Whether this lock keeps `who` in `round`.
    pub fn holds(&self, seats: &Seats, who: RegistrationId, round: usize) -> bool {
        self.seats_kept(seats).iter().any(|&(p, r, _)| p == who && r == round)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(i: i64) -> RegistrationId {
        RegistrationId(i)
    }

    #[test]
    fn locks_resolve_against_the_current_seats() {
        let seats = Seats { rounds: vec![vec![vec![r(1), r(2)], vec![r(3)]], vec![vec![r(3)], vec![r(1), r(2)]]] };
        assert_eq!(seats.table_of(1, r(1)), Some(1));
        assert_eq!(seats.table_of(1, r(9)), None);
        assert_eq!(Lock::Person { registration: r(1), round: None }.seats_kept(&seats), vec![(r(1), 0, 0), (r(1), 1, 1)]);
        assert_eq!(Lock::Person { registration: r(9), round: None }.seats_kept(&seats), vec![], "not seated: nothing to keep");
        assert_eq!(Lock::Table { table: 1, round: Some(1) }.seats_kept(&seats), vec![(r(1), 1, 1), (r(2), 1, 1)]);
        assert!(Lock::Table { table: 0, round: None }.holds(&seats, r(3), 1));
        assert!(!Lock::Table { table: 0, round: Some(0) }.holds(&seats, r(3), 1));
        assert!(seats.at(5, 0).is_empty());
    }
}
