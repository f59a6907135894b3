//! What the network remembers of a held meeting: every two people who shared a table, so the
//! next meeting's plan counts them as known.

use std::collections::BTreeSet;

use domain::meetings::{Registration, RegistrationId};

use super::seats::Seats;
use super::translate::{KnownPair, PersonRef};

/// The pairs who shared a table in the rounds held, each person by address (their account as
/// well, when they have one, so that a changed address still finds them). People not in
/// `registrations` are left out.
pub fn pairs_met(seats: &Seats, held_rounds: usize, registrations: &[Registration]) -> Vec<KnownPair> {
    let mut together: BTreeSet<(RegistrationId, RegistrationId)> = BTreeSet::new();
    for tables in seats.rounds.iter().take(held_rounds) {
        for people in tables {
            for (i, &a) in people.iter().enumerate() {
                for &b in &people[i + 1..] {
                    together.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    let refs = |id: RegistrationId| -> Vec<PersonRef> {
        registrations
            .iter()
            .filter(|r| r.id == id)
            .flat_map(|r| std::iter::once(PersonRef::Email(r.email.clone())).chain(r.account.map(PersonRef::Account)))
            .collect()
    };
    let mut out = Vec::new();
    for (a, b) in together {
        for x in refs(a) {
            for y in refs(b) {
                out.push(KnownPair(x.clone(), y));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::plan_tables::tests::{fixture, r};
    use domain::accounts::UserId;

    #[test]
    fn every_pair_at_a_table_in_a_held_round_is_remembered() {
        let (_, mut regs) = fixture(4, 4, 2, 2, 2);
        regs[0].account = Some(UserId(70));
        let seats = Seats { rounds: vec![vec![vec![r(1), r(2)], vec![r(3), r(4), r(9)]], vec![vec![r(1), r(3)], vec![r(2), r(4)]]] };
        let pairs = pairs_met(&seats, 1, &regs);
        let email = |i: usize| PersonRef::Email(regs[i].email.clone());
        assert_eq!(
            pairs,
            vec![KnownPair(email(0), email(1)), KnownPair(PersonRef::Account(UserId(70)), email(1)), KnownPair(email(2), email(3)),],
            "round 2 was not held; person 9 is unknown"
        );
        assert_eq!(pairs_met(&seats, 2, &regs).len(), 3 + 2 + 1);
        assert!(pairs_met(&seats, 0, &regs).is_empty());
    }
}
