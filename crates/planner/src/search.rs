//! One search thread: construct, tabu search, perturb from the best, restart; anytime.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

use crate::construct::{affine, greedy};
use crate::freedom::greedy_pairs;
use crate::plan::Seating;
use crate::problem::Problem;
use crate::score::Cost;
use crate::spread::spread_plan;
use crate::state::State;
use crate::tabu::{apply, best_swap, perturb, Scratch};

/// Limits shared by the threads of one call.
pub(crate) struct Limits<'s> {
    pub started: Instant,
    pub deadline: Instant,
    /// Every thread stops after this iteration (set by the first thread that finished).
    pub stop_after: &'s AtomicU64,
}

/// A new best seating found by a thread.
#[derive(Debug, Clone)]
pub(crate) struct Improvement {
    pub iteration: u64,
    pub elapsed: Duration,
    pub cost: Cost,
    pub seat: Seating,
}

/// Everything a thread reports back.
#[derive(Debug, Clone, Default)]
pub(crate) struct Trace {
    pub improvements: Vec<Improvement>,
    pub iterations: u64,
}

impl Trace {
    /// The best seating found up to and including `iteration`.
    pub(crate) fn best_until(&self, iteration: u64) -> Option<&Improvement> {
        self.improvements.iter().rev().find(|i| i.iteration <= iteration)
    }
}

/// Perturbations from the best of a start before a completely new start.
const KICKS_PER_START: u32 = 12;
/// Once repeats reach the lower bound, the secondary objectives get as many more iterations
/// as it took to get there, and at least this many.
const MIN_EXTRA_ITERATIONS: u64 = 4_000;

/// How long the search may overrun its time limit while it has no valid plan yet.
const HARD_GRACE: Duration = Duration::from_secs(2);
/// Polishing passes per thread (each is cubic in the number of people).
const MAX_POLISHES: u32 = 20;
/// Above this many people, the pair greedy (cubic per round) is replaced by the plain one.
const MAX_PAIR_GREEDY_PEOPLE: usize = 300;

/// A starting seating. Re-planning starts from the previous plan; otherwise an algebraic
/// construction where the shape allows one, else a greedy (alternating two kinds).
fn start(pb: &Problem<'_>, rng: &mut SmallRng, number: u32) -> Seating {
    if pb.previous.is_some() {
        return greedy(pb, rng, true);
    }
    if let Some(seat) = affine(pb, rng).or_else(|| spread_plan(pb, rng)) {
        return seat;
    }
    if number % 2 == 0 {
        if let Some(seat) = crate::transversal::transversal(pb, rng) {
            return seat;
        }
    }
    if let Some(schedule) = &pb.unit_schedule {
        if number % 2 == 0 {
            // Unit seeds are cheap; keep the best of a few.
            return (0..4)
                .map(|_| crate::units::unit_seed(pb, schedule, rng))
                .min_by_key(|seat| State::new(pb, seat.clone()).cost)
                .unwrap_or_else(|| greedy(pb, rng, false));
        }
    }
    if number % 2 == 0 && pb.n <= MAX_PAIR_GREEDY_PEOPLE {
        greedy_pairs(pb, rng, true)
    } else {
        greedy(pb, rng, false)
    }
}

/// Runs one seeded search until it proves optimality, exhausts its budget after reaching the
/// repeat bound, is told to stop, or the deadline passes. Its trajectory depends only on the
/// seed; time only decides where it is cut.
pub(crate) fn run(pb: &Problem<'_>, seed: u64, limits: &Limits<'_>) -> Trace {
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut trace = Trace::default();
    let mut starts = 0u32;
    let mut st = State::new(pb, start(pb, &mut rng, starts));
    let mut sc = Scratch::new(pb);
    let mut best = st.cost;
    let mut aspiration = st.scalar;
    trace.improvements.push(Improvement { iteration: 0, elapsed: limits.started.elapsed(), cost: st.cost, seat: st.seat.clone() });
    let mut start_best = st.clone();
    let mut since_improvement = 0u64;
    let mut kicks = 0u32;
    let mut reached_bound_at: Option<u64> = None;
    let mut polishes = 0u32;
    let stall = (pb.n as u64 * 8).clamp(400, 4000);
    // Tabu tenure: a base that grows with the number of tables, plus a random part.
    let tenure_base = (pb.tables as u64).clamp(4, 10);
    let mut iter = 0u64;
    loop {
        // A plan that seats colleagues together cannot be returned: the search goes on past
        // the deadline (for a bounded grace time) until it has a valid one.
        let now = Instant::now();
        if now >= limits.deadline && (best.org == 0 || now >= limits.deadline + HARD_GRACE) {
            break;
        }
        if iter >= limits.stop_after.load(Ordering::Relaxed) {
            break;
        }
        if pb.is_ideal(&best) {
            limits.stop_after.fetch_min(iter, Ordering::Relaxed);
            break;
        }
        if best.org == 0 && best.repeats <= pb.lower_bound {
            let at = *reached_bound_at.get_or_insert(iter);
            if iter >= at + at.max(MIN_EXTRA_ITERATIONS) {
                limits.stop_after.fetch_min(iter, Ordering::Relaxed);
                break;
            }
        }
        let wide = st.cost.org == 0 && st.cost.repeats <= pb.lower_bound;
        let Some(swap) = best_swap(pb, &st, &mut sc, iter, aspiration, wide, &mut rng) else {
            break;
        };
        let tenure = tenure_base + rng.random_range(0..2 * tenure_base);
        apply(pb, &mut st, &mut sc, swap, iter, tenure);
        iter += 1;
        aspiration = aspiration.min(st.scalar);
        if st.cost < start_best.cost {
            start_best = st.clone();
            since_improvement = 0;
            kicks = 0;
        } else {
            since_improvement += 1;
        }
        if st.cost < best && st.cost.org == 0 && st.cost.repeats <= pb.lower_bound && polishes < MAX_POLISHES {
            polishes += 1;
            let kicks = if pb.n <= 100 { 200 } else { 0 };
            crate::polish::iterated_polish(pb, &mut st, kicks, &mut rng, limits.deadline);
            aspiration = aspiration.min(st.scalar);
        }
        if st.cost < best {
            best = st.cost;
            trace.improvements.push(Improvement {
                iteration: iter,
                elapsed: limits.started.elapsed(),
                cost: st.cost,
                seat: st.seat.clone(),
            });
        }
        if since_improvement > stall {
            since_improvement = 0;
            kicks += 1;
            sc.clear_tabu();
            if kicks > KICKS_PER_START {
                kicks = 0;
                starts += 1;
                st = State::new(pb, start(pb, &mut rng, starts));
                start_best = st.clone();
            } else {
                st = start_best.clone();
                let strength = 2 + rng.random_range(0..(pb.n / 4).max(2));
                perturb(pb, &mut st, strength, &mut rng);
            }
            aspiration = st.scalar;
        }
    }
    trace.iterations = iter;
    trace
}
