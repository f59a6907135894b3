//! The entry points: plan a meeting, re-plan it after attendance changed.

use std::sync::atomic::AtomicU64;
use std::time::{Duration, Instant};

use crate::error::PlanError;
use crate::instance::Instance;
use crate::plan::{Plan, Seating, NO_TABLE};
use crate::problem::Problem;
use crate::report::{Compromise, PlanReport};
use crate::score::evaluate;
use crate::search::{run, Improvement, Limits, Trace};
use crate::verify::verify_seating;

/// How long and how to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanOptions {
    /// The search returns at the latest after this (earlier when it proves optimality).
    pub time_limit: Duration,
    /// Same seed, same instance → same plan (unless the time limit cuts the search).
    pub seed: u64,
    /// Independent searches run in parallel; the best is taken, ties by thread order.
    pub threads: usize,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions { time_limit: Duration::from_secs(10), seed: 0, threads: 2 }
    }
}

/// A plan with its explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub plan: Plan,
    pub report: PlanReport,
}

/// Plans every round of a meeting.
pub fn plan(instance: &Instance, options: &PlanOptions) -> Result<Solution, PlanError> {
    solve(Problem::new(instance, None, 0), options)
}

/// Re-plans a meeting: the first `held_rounds` rounds of `previous` happened and stay as
/// they were; the others are planned anew for the current attendance, moving as few people
/// as possible away from their table in `previous` (after the hard constraints and repeats).
pub fn replan(instance: &Instance, previous: &Plan, held_rounds: usize, options: &PlanOptions) -> Result<Solution, PlanError> {
    let seat = previous.to_seating(instance)?;
    let held = held_rounds.min(instance.rounds);
    for (r, round) in seat.iter().enumerate().take(held) {
        for (p, &t) in round.iter().enumerate() {
            if let Some(lock) = instance.lock[r][p] {
                if t != NO_TABLE && t != lock {
                    return Err(PlanError::BadPreviousPlan(format!(
                        "\"{}\" is locked to table {lock} in held round {r} but sat at table {t}",
                        instance.ids[p]
                    )));
                }
            }
        }
    }
    solve(Problem::new(instance, Some(seat), held), options)
}

fn mix(seed: u64, i: u64) -> u64 {
    let mut z = seed ^ (i.wrapping_add(1)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn solve(mut pb: Problem<'_>, options: &PlanOptions) -> Result<Solution, PlanError> {
    let started = Instant::now();
    let budget = (options.time_limit / 10).min(Duration::from_secs(1));
    pb.unit_schedule = crate::units::unit_schedule(&pb, budget, options.seed);
    let stop_after = AtomicU64::new(u64::MAX);
    let limits = Limits { started, deadline: started + options.time_limit, stop_after: &stop_after };
    let threads = options.threads.max(1);
    let traces: Vec<Trace> = if threads == 1 {
        vec![run(&pb, mix(options.seed, 0), &limits)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|i| {
                    let pb = &pb;
                    let limits = &limits;
                    scope.spawn(move || run(pb, mix(options.seed, i as u64), limits))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
        })
    };
    let cut = stop_after.into_inner();
    let mut chosen: Option<&Improvement> = None;
    for trace in &traces {
        if let Some(imp) = trace.best_until(cut) {
            if chosen.is_none_or(|c| imp.cost < c.cost) {
                chosen = Some(imp);
            }
        }
    }
    let Some(best) = chosen else {
        return Err(PlanError::NoFeasiblePlan("the search did not start".into()));
    };
    if let Err(problem) = verify_seating(pb.inst, &best.seat, &pb) {
        return Err(PlanError::NoFeasiblePlan(problem));
    }
    let iterations = traces.iter().map(|t| t.iterations.min(cut)).sum();
    Ok(Solution {
        plan: Plan::from_seating(pb.inst, &best.seat),
        report: report(&pb, &best.seat, best.elapsed, started.elapsed(), iterations),
    })
}

fn report(pb: &Problem<'_>, seat: &Seating, time_to_best: Duration, elapsed: Duration, iterations: u64) -> PlanReport {
    let fig = evaluate(pb.inst, &pb.flags, seat, pb.previous.as_ref(), &pb.free);
    let c = fig.cost;
    let mut table_sizes = vec![vec![0usize; pb.tables]; pb.rounds];
    for (r, round) in seat.iter().enumerate() {
        for &t in round.iter().filter(|&&t| t != NO_TABLE) {
            table_sizes[r][t] += 1;
        }
    }
    let as_count = |x: i64| usize::try_from(x).unwrap_or(0);
    let repeats = as_count(c.repeats);
    let lower_bound = as_count(pb.lower_bound);
    let interests_total = pb.inst.interests.len();
    let mut compromises = Vec::new();
    if repeats > lower_bound {
        compromises.push(Compromise::RepeatsAboveBound { repeats, lower_bound });
    } else if repeats > 0 {
        compromises.push(Compromise::RepeatsUnavoidable { lower_bound });
    }
    if c.triples > 0 {
        compromises.push(Compromise::PairsMeetingThreeTimes { pairs: as_count(c.triples) });
    }
    if c.moves > 0 {
        compromises.push(Compromise::PeopleMoved { moves: as_count(c.moves) });
    }
    if c.known > 0 {
        compromises.push(Compromise::KnownPairsSeated { meetings: as_count(c.known) });
    }
    if fig.interests_met < interests_total {
        compromises.push(Compromise::InterestsUnmet { unmet: interests_total - fig.interests_met, total: interests_total });
    }
    for (round, sizes) in table_sizes.iter().enumerate() {
        let used: Vec<usize> = sizes.to_vec();
        let (smallest, largest) = (used.iter().copied().min().unwrap_or(0), used.iter().copied().max().unwrap_or(0));
        if largest > smallest + 1 {
            compromises.push(Compromise::UnevenTables { round, smallest, largest });
        }
    }
    PlanReport {
        repeats,
        lower_bound,
        distinct_pairs: fig.distinct_pairs,
        known_pair_meetings: as_count(c.known),
        interests_met: fig.interests_met,
        interests_total,
        pairs_meeting_three_plus: as_count(c.triples),
        moves: as_count(c.moves),
        table_sizes,
        optimal: pb.is_ideal(&c),
        repeats_optimal: c.org == 0 && c.repeats <= pb.lower_bound,
        compromises,
        elapsed,
        time_to_best,
        iterations,
    }
}
