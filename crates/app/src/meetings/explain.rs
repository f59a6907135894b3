//! The plan explained in words the office understands: figures counted on the seats, the
//! planner's compromises and errors, each as a message id with arguments (the texts are in
//! `locales/*/meetings.ftl`). Rounds in arguments count from 1, as people do.

use std::collections::{BTreeSet, HashMap};

use domain::ids::OrgId;
use domain::meetings::RegistrationId;
use planner::{Compromise, PlanError};
use serde::{Deserialize, Serialize};

use super::seats::Seats;
use super::translate::Translation;

/// A value inside a message. Associations are ids: the page puts in their names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    Number(usize),
    Association(OrgId),
    /// An id the planner named that is not ours (only a bug leads here).
    Text(String),
}

/// A message id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message kept beyond the process that made it (why a planning found no plan, stored with
/// the planning): the same id and arguments, owned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedMessage {
    pub id: String,
    pub args: Vec<(String, Arg)>,
}

impl From<&Message> for SavedMessage {
    fn from(message: &Message) -> Self {
        SavedMessage { id: message.id.to_owned(), args: message.args.iter().map(|(name, arg)| ((*name).to_owned(), arg.clone())).collect() }
    }
}

impl Message {
    fn new(id: &'static str, args: &[(&'static str, usize)]) -> Self {
        Message { id, args: args.iter().map(|&(name, n)| (name, Arg::Number(n))).collect() }
    }
}

/// What a seating achieves, counted on the seats themselves, so that the figures are right
/// after the office moved someone by hand too.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanFigures {
    /// Pairs of people who share a table at least once and had not met before.
    pub new_contacts: usize,
    /// Pairs from earlier meetings who share a table again.
    pub known_pairs_together: usize,
    /// Σ over pairs of (rounds together − 1).
    pub repeats: usize,
    /// Association pairs with fitting offer and need that share a table at least once.
    pub interests_met: usize,
    pub interests_total: usize,
    /// Per round: (smallest, largest) table when they differ by more than one.
    pub uneven_rounds: Vec<(usize, usize, usize)>,
}

impl PlanFigures {
    /// Counts the figures of `seats` for the meeting `translation` was made from.
    pub fn of(translation: &Translation, seats: &Seats) -> Self {
        let mut together: HashMap<(RegistrationId, RegistrationId), usize> = HashMap::new();
        let mut orgs_met: BTreeSet<(OrgId, OrgId)> = BTreeSet::new();
        let mut uneven_rounds = Vec::new();
        for (r, tables) in seats.rounds.iter().enumerate() {
            for people in tables {
                for (i, &a) in people.iter().enumerate() {
                    for &b in &people[i + 1..] {
                        *together.entry((a.min(b), a.max(b))).or_default() += 1;
                        if let (Some(x), Some(y)) = (translation.association_of(a), translation.association_of(b)) {
                            orgs_met.insert((x.min(y), x.max(y)));
                        }
                    }
                }
            }
            let sizes = tables.iter().map(Vec::len);
            let (smallest, largest) = (sizes.clone().min().unwrap_or(0), sizes.max().unwrap_or(0));
            if largest > smallest + 1 {
                uneven_rounds.push((r + 1, smallest, largest));
            }
        }
        let known = |pair: &(RegistrationId, RegistrationId)| translation.known.contains(pair);
        PlanFigures {
            new_contacts: together.keys().filter(|p| !known(p)).count(),
            known_pairs_together: together.keys().filter(|p| known(p)).count(),
            repeats: together.values().map(|m| m - 1).sum(),
            interests_met: translation.interests.iter().filter(|&&(o, n)| orgs_met.contains(&(o.min(n), o.max(n)))).count(),
            interests_total: translation.interests.len(),
            uneven_rounds,
        }
    }
}

/// The explanation of a plan: its figures, then the compromises. `report` is the planner's
/// report of the plan as it came out; `None` once the office has moved people by hand (the
/// figures are then recounted and the compromises read from them).
/// `compromises` are the planner's, when the plan is the one it made; `None` for a plan changed
/// by hand since.
pub fn explain_plan(figures: &PlanFigures, compromises: Option<&[Compromise]>) -> Vec<Message> {
    let mut out = vec![Message::new("meeting-plan-new-contacts", &[("count", figures.new_contacts)])];
    if figures.interests_total > 0 {
        out.push(Message::new("meeting-plan-interests", &[("met", figures.interests_met), ("total", figures.interests_total)]));
    }
    if figures.known_pairs_together > 0 {
        out.push(Message::new("meeting-plan-known-pairs", &[("count", figures.known_pairs_together)]));
    }
    match compromises {
        Some(compromises) => {
            out.extend(compromises.iter().map(explain_compromise));
            if compromises.is_empty() {
                out.push(Message::new("meeting-plan-no-compromise", &[]));
            }
        }
        None => {
            out.push(Message::new("meeting-plan-changed-by-hand", &[]));
            if figures.repeats > 0 {
                out.push(Message::new("meeting-plan-repeats", &[("count", figures.repeats)]));
            }
            for &(round, smallest, largest) in &figures.uneven_rounds {
                out.push(Message::new(
                    "meeting-compromise-uneven-tables",
                    &[("round", round), ("smallest", smallest), ("largest", largest)],
                ));
            }
        }
    }
    out
}

/// One compromise of the planner.
pub fn explain_compromise(compromise: &Compromise) -> Message {
    match *compromise {
        Compromise::RepeatsUnavoidable { lower_bound } => Message::new("meeting-compromise-repeats-unavoidable", &[("count", lower_bound)]),
        Compromise::RepeatsAboveBound { repeats, lower_bound } => {
            Message::new("meeting-compromise-repeats-above-bound", &[("count", repeats), ("bound", lower_bound)])
        }
        Compromise::PairsMeetingThreeTimes { pairs } => Message::new("meeting-compromise-three-times", &[("count", pairs)]),
        Compromise::KnownPairsSeated { meetings } => Message::new("meeting-compromise-known-pairs", &[("count", meetings)]),
        Compromise::InterestsUnmet { unmet, total } => {
            Message::new("meeting-compromise-interests-unmet", &[("unmet", unmet), ("total", total)])
        }
        Compromise::UnevenTables { round, smallest, largest } => {
            Message::new("meeting-compromise-uneven-tables", &[("round", round + 1), ("smallest", smallest), ("largest", largest)])
        }
        Compromise::PeopleMoved { moves } => Message::new("meeting-compromise-people-moved", &[("count", moves)]),
    }
}

/// Why a meeting cannot be planned, for the office. Errors that only a bug can cause (the
/// meeting form and the translation rule them out) get one message saying so.
pub fn explain_error(error: &PlanError, translation: &Translation) -> Message {
    match error {
        PlanError::OrgLargerThanTables { org, round, present, tables } => Message {
            id: "meeting-plan-error-association-too-large",
            args: vec![
                ("association", translation.association(org).map_or_else(|| Arg::Text(org.clone()), Arg::Association)),
                ("round", Arg::Number(round + 1)),
                ("count", Arg::Number(*present)),
                ("tables", Arg::Number(*tables)),
            ],
        },
        PlanError::CapacityTooSmall { round, present, capacity } => {
            Message::new("meeting-plan-error-too-few-seats", &[("round", round + 1), ("count", *present), ("seats", *capacity)])
        }
        PlanError::Unseatable { round } => Message::new("meeting-plan-error-unseatable", &[("round", round + 1)]),
        PlanError::BadLock(_) => Message::new("meeting-plan-error-locks", &[]),
        PlanError::NoFeasiblePlan(_) => Message::new("meeting-plan-error-no-plan", &[]),
        PlanError::Malformed(_) | PlanError::Invalid(_) | PlanError::UnknownParticipant { .. } | PlanError::BadPreviousPlan(_) => {
            Message::new("meeting-plan-error-internal", &[])
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::meetings::plan_tables::tests::{fixture, r};
    use crate::meetings::{translate, Interest, KnownPair, PersonRef, PlanningInput};

    fn ids(messages: &[Message]) -> Vec<&'static str> {
        messages.iter().map(|m| m.id).collect()
    }

    #[test]
    fn every_compromise_has_a_message_with_rounds_counted_from_one() {
        let all = [
            (Compromise::RepeatsUnavoidable { lower_bound: 4 }, "meeting-compromise-repeats-unavoidable"),
            (Compromise::RepeatsAboveBound { repeats: 6, lower_bound: 4 }, "meeting-compromise-repeats-above-bound"),
            (Compromise::PairsMeetingThreeTimes { pairs: 2 }, "meeting-compromise-three-times"),
            (Compromise::KnownPairsSeated { meetings: 1 }, "meeting-compromise-known-pairs"),
            (Compromise::InterestsUnmet { unmet: 3, total: 9 }, "meeting-compromise-interests-unmet"),
            (Compromise::UnevenTables { round: 0, smallest: 3, largest: 6 }, "meeting-compromise-uneven-tables"),
            (Compromise::PeopleMoved { moves: 5 }, "meeting-compromise-people-moved"),
        ];
        for (compromise, id) in all {
            assert_eq!(explain_compromise(&compromise).id, id);
        }
        let uneven = explain_compromise(&Compromise::UnevenTables { round: 0, smallest: 3, largest: 6 });
        assert_eq!(uneven.args[0], ("round", Arg::Number(1)));
        let above = explain_compromise(&Compromise::RepeatsAboveBound { repeats: 6, lower_bound: 4 });
        assert_eq!(above.args, vec![("count", Arg::Number(6)), ("bound", Arg::Number(4))]);
    }

    #[test]
    fn errors_are_told_in_the_office_s_words() {
        let (meeting, regs) = fixture(4, 2, 2, 2, 1);
        let translation = translate(&PlanningInput {
            meeting: &meeting,
            registrations: &regs,
            known_pairs: &[],
            interests: &[],
            min_interest_weight: 0.5,
            locks: &[],
            current: None,
            held_rounds: 0,
        });
        let cases = [
            (PlanError::Unseatable { round: 1 }, "meeting-plan-error-unseatable"),
            (PlanError::BadLock("x".into()), "meeting-plan-error-locks"),
            (PlanError::NoFeasiblePlan("x".into()), "meeting-plan-error-no-plan"),
            (PlanError::Malformed("x".into()), "meeting-plan-error-internal"),
            (PlanError::Invalid("x".into()), "meeting-plan-error-internal"),
            (PlanError::BadPreviousPlan("x".into()), "meeting-plan-error-internal"),
            (PlanError::UnknownParticipant { id: "p9".into(), context: "locked".into() }, "meeting-plan-error-internal"),
        ];
        for (error, id) in cases {
            assert_eq!(explain_error(&error, &translation).id, id, "{error}");
        }
        assert_eq!(explain_error(&PlanError::Unseatable { round: 1 }, &translation).args, vec![("round", Arg::Number(2))]);
        let strange = PlanError::OrgLargerThanTables { org: "zz".into(), round: 0, present: 3, tables: 2 };
        assert_eq!(explain_error(&strange, &translation).args[0], ("association", Arg::Text("zz".into())));
    }

    #[test]
    fn figures_are_recounted_after_a_move_by_hand() {
        // Persons 1–4 of associations 1, 2, 1, 2; two tables of two; two rounds.
        let (meeting, regs) = fixture(4, 2, 2, 3, 2);
        let known = [KnownPair(PersonRef::Email(regs[0].email.clone()), PersonRef::Email(regs[1].email.clone()))];
        let interests = [Interest { offer: OrgId(1), need: OrgId(2), weight: 1.0 }];
        let translation = translate(&PlanningInput {
            meeting: &meeting,
            registrations: &regs,
            known_pairs: &known,
            interests: &interests,
            min_interest_weight: 0.5,
            locks: &[],
            current: None,
            held_rounds: 0,
        });
        let seats = Seats { rounds: vec![vec![vec![r(1), r(2)], vec![r(3), r(4)]], vec![vec![r(1), r(2)], vec![r(3), r(4)]]] };
        let figures = PlanFigures::of(&translation, &seats);
        assert_eq!(
            figures,
            PlanFigures {
                new_contacts: 1,
                known_pairs_together: 1,
                repeats: 2,
                interests_met: 1,
                interests_total: 1,
                uneven_rounds: vec![]
            }
        );
        let messages = explain_plan(&figures, None);
        assert_eq!(
            ids(&messages),
            vec![
                "meeting-plan-new-contacts",
                "meeting-plan-interests",
                "meeting-plan-known-pairs",
                "meeting-plan-changed-by-hand",
                "meeting-plan-repeats"
            ]
        );
        let lopsided = Seats { rounds: vec![vec![vec![r(1), r(2), r(3)], vec![]], vec![vec![r(1)], vec![r(2)]]] };
        let figures = PlanFigures::of(&translation, &lopsided);
        assert_eq!(figures.uneven_rounds, vec![(1, 0, 3)]);
        assert!(ids(&explain_plan(&figures, None)).contains(&"meeting-compromise-uneven-tables"));
    }
}
