//! Property tests: whatever the instance, a returned plan keeps every hard constraint, and
//! its repeats never undercut the lower bound.

use std::time::Duration;

use planner::{
    plan, replan, verify, CapacitySpec, Instance, InstanceSpec, InterestSpec, LockSpec, ParticipantSpec, PlanError, PlanOptions,
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Blueprint {
    tables: usize,
    rounds: usize,
    capacities: Vec<usize>,
    people: usize,
    orgs: Vec<usize>,
    absent: Vec<Vec<bool>>,
    locks: Vec<(usize, usize, usize)>,
    pairs: Vec<(usize, usize, bool)>,
}

fn blueprint() -> impl Strategy<Value = Blueprint> {
    (1usize..=5, 1usize..=4)
        .prop_flat_map(|(tables, rounds)| {
            (
                Just(tables),
                Just(rounds),
                prop::collection::vec(1usize..=5, tables),
                0usize..=25,
                prop::collection::vec(0usize..10, 25),
                prop::collection::vec(prop::collection::vec(prop::bool::weighted(0.15), rounds), 25),
                prop::collection::vec((0usize..25, 0usize..rounds, 0usize..tables), 0..6),
                prop::collection::vec((0usize..25, 0usize..25, any::<bool>()), 0..12),
            )
        })
        .prop_map(|(tables, rounds, capacities, people, orgs, absent, locks, pairs)| {
            let people = people.min(capacities.iter().sum());
            Blueprint { tables, rounds, capacities, people, orgs, absent, locks, pairs }
        })
}

/// Turns a blueprint into a valid instance: associations no larger than the table count,
/// locks only where they can be kept. `None` when capacities and locks leave no seating at
/// all (validation reports that, which is tested elsewhere).
fn instance(b: &Blueprint) -> Option<Instance> {
    let mut per_org = std::collections::HashMap::new();
    let mut participants = Vec::new();
    for p in 0..b.people {
        let count = per_org.entry(b.orgs[p]).or_insert(0usize);
        *count += 1;
        let org = if *count > b.tables { format!("solo{p}") } else { format!("org{}", b.orgs[p]) };
        let absent_rounds = (0..b.rounds).filter(|&r| b.absent[p][r]).collect();
        participants.push(ParticipantSpec { id: format!("p{p}"), org, absent_rounds });
    }
    let mut locked: Vec<LockSpec> = Vec::new();
    for &(p, r, t) in &b.locks {
        if p >= b.people || b.absent[p][r] {
            continue;
        }
        let same_slot = |l: &LockSpec| l.round == r && l.table == t;
        let clash = locked.iter().any(|l| {
            l.round == r
                && (l.participant == participants[p].id
                    || (l.table == t && {
                        let q: usize = l.participant[1..].parse().unwrap_or(0);
                        participants[q].org == participants[p].org
                    }))
        });
        if clash || locked.iter().filter(|l| same_slot(l)).count() >= b.capacities[t] {
            continue;
        }
        locked.push(LockSpec { participant: participants[p].id.clone(), round: r, table: t });
    }
    let mut known_pairs = Vec::new();
    let mut interests = Vec::new();
    for &(a, c, is_known) in &b.pairs {
        if a >= b.people || c >= b.people || a == c {
            continue;
        }
        let (x, y) = (format!("p{a}"), format!("p{c}"));
        if is_known {
            known_pairs.push([x, y]);
        } else {
            interests.push(InterestSpec { offer: x, need: y });
        }
    }
    let spec = InstanceSpec {
        tables: b.tables,
        rounds: b.rounds,
        capacity: CapacitySpec::PerTable(b.capacities.clone()),
        participants,
        known_pairs,
        interests,
        locked,
    };
    match Instance::new(spec) {
        Ok(inst) => Some(inst),
        Err(PlanError::Unseatable { .. }) => None,
        Err(e) => panic!("blueprint gave an invalid instance: {e}"),
    }
}

fn options(seed: u64, threads: usize) -> PlanOptions {
    PlanOptions { time_limit: Duration::from_millis(30), seed, threads }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn plans_keep_every_hard_constraint(b in blueprint(), seed in any::<u64>()) {
        let Some(inst) = instance(&b) else { return Ok(()) };
        match plan(&inst, &options(seed, 1 + (seed % 2) as usize)) {
            Ok(solution) => {
                prop_assert_eq!(verify(&inst, &solution.plan), Ok(()));
                prop_assert!(solution.report.repeats >= solution.report.lower_bound);
            }
            Err(e) => prop_assert!(matches!(e, PlanError::NoFeasiblePlan(_)), "{e}"),
        }
    }

    #[test]
    fn replans_keep_held_rounds_and_hard_constraints(
        b in blueprint(), seed in any::<u64>(), held in 0usize..4, no_show in 0usize..25,
    ) {
        let Some(inst) = instance(&b) else { return Ok(()) };
        let Ok(first) = plan(&inst, &options(seed, 1)) else { return Ok(()); };
        let held = held.min(b.rounds);
        // A no-show from the first round not yet held on, and a walk-in of a new association.
        let mut spec_b = b.clone();
        if no_show < b.people {
            for r in held..b.rounds {
                spec_b.absent[no_show][r] = true;
            }
            spec_b.locks.retain(|&(p, r, _)| p != no_show || r < held);
        }
        let Some(mut changed) = instance(&spec_b) else { return Ok(()) };
        let total: usize = b.capacities.iter().sum();
        if b.people < total && b.people < 25 {
            spec_b.people += 1;
            spec_b.orgs[b.people] = 99;
            for r in 0..held {
                spec_b.absent[b.people][r] = true;
            }
            let Some(with_walk_in) = instance(&spec_b) else { return Ok(()) };
            changed = with_walk_in;
        }
        match replan(&changed, &first.plan, held, &options(seed, 1)) {
            Ok(solution) => {
                for r in 0..held {
                    for (t, table) in solution.plan.rounds[r].iter().enumerate() {
                        for id in table {
                            prop_assert!(first.plan.rounds[r][t].contains(id), "held round {} changed", r);
                        }
                    }
                }
                prop_assert!(solution.report.repeats >= solution.report.lower_bound);
                prop_assert_eq!(verify(&changed, &solution.plan), Ok(()));
            }
            Err(e) => prop_assert!(matches!(e, PlanError::NoFeasiblePlan(_)), "{e}"),
        }
    }
}
