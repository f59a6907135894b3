//! Moving a person to another table in a round, by hand. Allowed when it only makes the plan
//! worse (the explanation is recounted); refused when it breaks a rule the plan must keep.

use domain::meetings::{Meeting, Registration, RegistrationId};

use super::seats::{Lock, Seats};

/// Why a move is refused; `code()` is the message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MoveRefusal {
    #[error("the round has been held")]
    RoundHeld,
    #[error("no such round or table")]
    NoSuchPlace,
    #[error("the person is not seated in this round")]
    NotSeated,
    #[error("the person's seat is locked")]
    Locked,
    #[error("the table is full")]
    TableFull,
    #[error("someone of the same association sits at that table")]
    SameAssociation,
}

impl MoveRefusal {
    pub fn code(self) -> &'static str {
        match self {
            MoveRefusal::RoundHeld => "meeting-move-round-held",
            MoveRefusal::NoSuchPlace => "meeting-move-no-such-place",
            MoveRefusal::NotSeated => "meeting-move-not-seated",
            MoveRefusal::Locked => "meeting-move-locked",
            MoveRefusal::TableFull => "meeting-move-table-full",
            MoveRefusal::SameAssociation => "meeting-move-same-association",
        }
    }
}

/// "Put `who` at `to_table` in `round`" (indices as in the meeting; rounds from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub who: RegistrationId,
    pub round: usize,
    pub to_table: usize,
}

/// The plan as it stands: seats, locks and how many rounds have been held.
#[derive(Debug, Clone, Copy)]
pub struct CurrentPlan<'a> {
    pub seats: &'a Seats,
    pub locks: &'a [Lock],
    pub held_rounds: usize,
}

/// The seats after a move (nothing changes when the person sits there already). Refused for
/// a held round, a locked seat, a full table, or a table where someone of the same
/// association sits.
pub fn move_person(meeting: &Meeting, registrations: &[Registration], plan: CurrentPlan<'_>, step: Move) -> Result<Seats, MoveRefusal> {
    let CurrentPlan { seats, locks, held_rounds } = plan;
    let Move { who, round, to_table } = step;
    if round >= seats.rounds.len() || round >= meeting.rounds.len() || to_table >= meeting.tables.len() {
        return Err(MoveRefusal::NoSuchPlace);
    }
    if round < held_rounds {
        return Err(MoveRefusal::RoundHeld);
    }
    let from = seats.table_of(round, who).ok_or(MoveRefusal::NotSeated)?;
    if from == to_table {
        return Ok(seats.clone());
    }
    if locks.iter().any(|l| l.holds(seats, who, round)) {
        return Err(MoveRefusal::Locked);
    }
    let target = seats.at(round, to_table);
    if target.len() >= meeting.tables[to_table].capacity as usize {
        return Err(MoveRefusal::TableFull);
    }
    let association = |id: RegistrationId| registrations.iter().find(|r| r.id == id).map(|r| r.association);
    let mine = association(who);
    if mine.is_some() && target.iter().any(|&other| association(other) == mine) {
        return Err(MoveRefusal::SameAssociation);
    }
    let mut out = seats.clone();
    let tables = &mut out.rounds[round];
    tables[from].retain(|&p| p != who);
    if let Some(people) = tables.get_mut(to_table) {
        people.push(who);
    } else {
        tables.resize(to_table + 1, Vec::new());
        tables[to_table].push(who);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::meetings::plan_tables::tests::{fixture, r};

    #[test]
    fn moves_keep_the_rules_of_the_plan() {
        // Person i belongs to association (i − 1) % 4 + 1: 1 and 5, 2 and 6 … are colleagues.
        let (meeting, regs) = fixture(8, 4, 4, 2, 2);
        let seats = Seats {
            rounds: vec![
                vec![vec![r(1), r(2)], vec![r(3), r(4)], vec![r(5), r(6)], vec![r(7), r(8)]],
                vec![vec![r(1), r(6)], vec![r(2), r(7)], vec![r(3), r(8)], vec![r(4)]],
            ],
        };
        let locks = [Lock::Person { registration: r(3), round: Some(1) }];
        let plan = CurrentPlan { seats: &seats, locks: &locks, held_rounds: 1 };
        let go = |who, round, to_table| move_person(&meeting, &regs, plan, Move { who: r(who), round, to_table });
        assert_eq!(go(1, 0, 3), Err(MoveRefusal::RoundHeld));
        assert_eq!(go(1, 1, 2), Err(MoveRefusal::TableFull));
        assert_eq!(go(3, 1, 3), Err(MoveRefusal::Locked));
        assert_eq!(go(5, 1, 3), Err(MoveRefusal::NotSeated));
        assert_eq!(go(1, 1, 9), Err(MoveRefusal::NoSuchPlace));
        assert_eq!(go(1, 5, 0), Err(MoveRefusal::NoSuchPlace));
        assert_eq!(go(8, 1, 3), Err(MoveRefusal::SameAssociation), "4 and 8 are colleagues");
        let moved = go(6, 1, 3).unwrap();
        assert_eq!(moved.at(1, 3), &[r(4), r(6)]);
        assert_eq!(moved.at(1, 0), &[r(1)]);
        assert_eq!(moved.rounds[0], seats.rounds[0], "other rounds stay");
        assert_eq!(go(1, 1, 0).unwrap(), seats, "staying put changes nothing");
        assert_eq!(MoveRefusal::SameAssociation.code(), "meeting-move-same-association");
    }
}
