//! One search thread: construct, tabu search, perturb from the best, restart; anytime.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

use crate::construct::{affine, greedy};
use crate::plan::Seating;
use crate::problem::Problem;
use crate::score::Cost;
use crate::state::State;
use crate::tabu::{apply, best_swap, focused_swap, perturb, Scratch};

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

/// Iterations without improving the best of the current start before a perturbation.
fn stall_limit(pb: &Problem<'_>) -> u64 {
    (pb.n as u64 * 8).clamp(400, 4000)
}

fn fresh(pb: &Problem<'_>, rng: &mut SmallRng) -> crate::plan::Seating {
    match std::env::var("PL_INIT").ok().as_deref() {
        Some("max") => crate::freedom::greedy_pairs(pb, rng, true),
        Some("min") => crate::freedom::greedy_pairs(pb, rng, false),
        _ => greedy(pb, rng, pb.previous.is_some()),
    }
}

/// Runs one seeded search until it proves optimality, exhausts its budget after reaching the
/// repeat bound, is told to stop, or the deadline passes. Its trajectory depends only on the
/// seed; time only decides where it is cut.
pub(crate) fn run(pb: &Problem<'_>, seed: u64, limits: &Limits<'_>) -> Trace {
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut trace = Trace::default();
    let first = match affine(pb, &mut rng) {
        Some(seat) => seat,
        None => fresh(pb, &mut rng),
    };
    let mut st = State::new(pb, first);
    if std::env::var("PL_DEBUG").is_ok() {
        eprintln!("initial cost {:?}", st.cost);
    }
    let mut sc = Scratch::new(pb);
    let mut best = st.cost;
    let mut aspiration = st.score;
    trace.improvements.push(Improvement {
        iteration: 0,
        elapsed: limits.started.elapsed(),
        cost: st.cost,
        seat: st.seat.clone(),
    });
    let mut start_best = st.clone();
    let mut since_improvement = 0u64;
    let mut kicks = 0u32;
    let mut reached_bound_at: Option<u64> = None;
    let env = |k: &str, d: u64| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let stall = env("PL_STALL", stall_limit(pb));
    let tenure_base = env("PL_TEN", (pb.tables as u64).clamp(4, 10));
    let tenure_rand = env("PL_TENR", tenure_base * 2);
    let max_kicks = env("PL_KICKS", 12) as u32;
    let kick_div = env("PL_KDIV", 4) as usize;
    let bump_every = env("PL_BUMP", 0);
    let focus_pct = env("PL_FOCUS", 0);
    let tenure_alpha = env("PL_ALPHA", 0);
    let mut iter = 0u64;
    loop {
        if iter % 32 == 0 && Instant::now() >= limits.deadline {
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
            if iter >= at + at.max(3000) {
                limits.stop_after.fetch_min(iter, Ordering::Relaxed);
                break;
            }
        }
        let wide = st.cost.org == 0 && st.cost.repeats <= pb.lower_bound;
        let focused = if focus_pct > 0 && !wide && rng.random_range(0..100) < focus_pct {
            focused_swap(pb, &st, &mut sc, iter, aspiration, &mut rng)
        } else {
            None
        };
        let Some(swap) = focused.or_else(|| best_swap(pb, &st, &mut sc, iter, aspiration, wide, &mut rng)) else {
            break;
        };
        let tenure = tenure_base
            + rng.random_range(0..tenure_rand.max(1))
            + (sc.conflicts as u64 * tenure_alpha) / 10;
        apply(pb, &mut st, &mut sc, swap, iter, tenure);
        iter += 1;
        aspiration = aspiration.min(st.score);
        if bump_every > 0 && since_improvement > 0 && since_improvement % bump_every == 0 {
            st.bump_weights(pb);
            aspiration = st.score;
        }
        if st.cost < start_best.cost {
            start_best = st.clone();
            since_improvement = 0;
            kicks = 0;
        } else {
            since_improvement += 1;
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
            sc.tabu.iter_mut().for_each(|t| *t = 0);
            sc.pair_tabu.iter_mut().for_each(|t| *t = 0);
            if kicks > max_kicks {
                kicks = 0;
                st = State::new(pb, fresh(pb, &mut rng));
                start_best = st.clone();
                aspiration = st.score;
            } else {
                st = start_best.clone();
                st.reset_weights();
                let strength = 2 + rng.random_range(0..(pb.n / kick_div).max(2));
                perturb(pb, &mut st, strength, &mut rng);
                aspiration = st.score;
            }
        }
    }
    trace.iterations = iter;
    trace
}

/// The annealing engine with the same stopping rules and trace as [`run`].
pub(crate) fn run_anneal(pb: &Problem<'_>, seed: u64, limits: &Limits<'_>) -> Trace {
    let env = |k: &str, d: f64| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut trace = Trace::default();
    let first = match affine(pb, &mut rng) {
        Some(seat) => seat,
        None => fresh(pb, &mut rng),
    };
    let mut st = State::new(pb, first);
    let mut best = st.cost;
    let mut best_state = st.clone();
    trace.improvements.push(Improvement {
        iteration: 0,
        elapsed: limits.started.elapsed(),
        cost: st.cost,
        seat: st.seat.clone(),
    });
    let rounds: Vec<usize> = (0..pb.rounds)
        .filter(|&r| pb.free[r] && pb.movable[r].len() >= 2)
        .collect();
    if rounds.is_empty() {
        return trace;
    }
    let t0 = env("PL_T0", 0.6);
    let t1 = env("PL_T1", 0.05);
    let cycle = env("PL_CYCLE", 2000.0) as u64;
    const SWEEP: u64 = 1000;
    let mut iter = 0u64;
    let mut sweep_no = 0u64;
    let mut reached_bound_at: Option<u64> = None;
    loop {
        if Instant::now() >= limits.deadline || iter >= limits.stop_after.load(Ordering::Relaxed) {
            break;
        }
        if pb.is_ideal(&best) {
            limits.stop_after.fetch_min(iter, Ordering::Relaxed);
            break;
        }
        if best.org == 0 && best.repeats <= pb.lower_bound {
            let at = *reached_bound_at.get_or_insert(iter);
            if iter >= at + at.max(300_000) {
                limits.stop_after.fetch_min(iter, Ordering::Relaxed);
                break;
            }
        }
        let phase = (sweep_no % cycle) as f64 / cycle as f64;
        let temp = t0 * (t1 / t0).powf(phase);
        let base_iter = iter;
        let mut found: Option<State> = None;
        crate::anneal::sweep(pb, &mut st, &rounds, SWEEP as u32, temp, &mut rng, |s| {
            if s.cost < best && found.as_ref().is_none_or(|f| s.cost < f.cost) {
                found = Some(s.clone());
            }
            false
        });
        iter = base_iter + SWEEP;
        sweep_no += 1;
        if let Some(f) = found {
            best = f.cost;
            trace.improvements.push(Improvement {
                iteration: iter,
                elapsed: limits.started.elapsed(),
                cost: f.cost,
                seat: f.seat.clone(),
            });
            best_state = f;
        }
        if sweep_no % cycle == 0 {
            st = best_state.clone();
        }
    }
    trace.iterations = iter;
    trace
}
