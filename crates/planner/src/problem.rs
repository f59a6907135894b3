//! The problem as the search sees it: flags, weights, sizes, locks, held rounds, bound.

use crate::bound::{repeat_lower_bound, BoundInput};
use crate::instance::Instance;
use crate::plan::{Seating, NO_TABLE};
use crate::score::{pair_cost, pair_flags, Cost, SAME_ORG};
use crate::sizes::water_fill;

/// Lookup tables for the scalarised change of one pair's meeting count.
///
/// Weights are powers of a base larger than twice the largest change one swap can make to a
/// lower objective, so comparing the scalar deltas of two swaps is lexicographic.
#[derive(Debug, Clone)]
pub(crate) struct Lut {
    pub join: Vec<i64>,
    pub leave: Vec<i64>,
    pub stride: usize,
    pub weights: [i64; 6],
}

impl Lut {
    fn new(rounds: usize, largest_table: usize) -> Lut {
        let base = (8 * largest_table as i64 + 16).min(6000);
        let mut weights = [1i64; 6];
        for i in 1..6 {
            weights[i] = weights[i - 1] * base;
        }
        let stride = rounds + 2;
        let mut join = vec![0i64; 8 * stride];
        let mut leave = vec![0i64; 8 * stride];
        let scal = |c: Cost| scalar_with(&weights, c) as i64;
        for f in 0..8u8 {
            for m in 0..stride {
                let mi = m as i64;
                let here = pair_cost(f, mi);
                join[f as usize * stride + m] = scal(pair_cost(f, mi + 1).sub(here));
                if m > 0 {
                    leave[f as usize * stride + m] = scal(pair_cost(f, mi - 1).sub(here));
                }
            }
        }
        Lut { join, leave, stride, weights }
    }

    /// The scalar of a cost (large objectives first).
    pub(crate) fn scalar(&self, c: Cost) -> i128 {
        scalar_with(&self.weights, c)
    }
}

fn scalar_with(w: &[i64; 6], c: Cost) -> i128 {
    i128::from(w[5]) * i128::from(c.org)
        + i128::from(w[4]) * i128::from(c.repeats)
        + i128::from(w[3]) * i128::from(c.triples)
        + i128::from(w[2]) * i128::from(c.moves)
        + i128::from(w[1]) * i128::from(c.known)
        + i128::from(c.unmet_interests)
}

/// Everything the construction and the search read, built once per call.
#[derive(Debug, Clone)]
pub(crate) struct Problem<'a> {
    pub inst: &'a Instance,
    pub n: usize,
    pub tables: usize,
    pub rounds: usize,
    pub flags: Vec<u8>,
    /// Effective presence: in held rounds, only who was actually seated.
    pub present: Vec<Vec<bool>>,
    /// Whether round r may change.
    pub free: Vec<bool>,
    /// Seating of held rounds (other rounds: all [`NO_TABLE`]).
    pub fixed: Seating,
    pub previous: Option<Seating>,
    /// Target size of every table in every round.
    pub sizes: Vec<Vec<usize>>,
    /// Per round: present participants the search may move.
    pub movable: Vec<Vec<usize>>,
    pub lut: Lut,
    pub lower_bound: i64,
    /// Interest pairs that can never sit together (same association or never both present).
    pub impossible_interests: i64,
    /// Social-golfer schedule of T² units for crowded rounds (see `units`).
    pub unit_schedule: Option<Seating>,
}

impl<'a> Problem<'a> {
    /// Compiles a problem; `previous` and `held` are set when re-planning.
    pub(crate) fn new(inst: &'a Instance, previous: Option<Seating>, held: usize) -> Problem<'a> {
        let n = inst.participants();
        let rounds = inst.rounds;
        let tables = inst.tables;
        let free: Vec<bool> = (0..rounds).map(|r| previous.is_none() || r >= held).collect();
        let mut present = inst.present.clone();
        let mut fixed = vec![vec![NO_TABLE; n]; rounds];
        if let Some(prev) = &previous {
            for r in (0..rounds).filter(|&r| !free[r]) {
                for p in 0..n {
                    present[r][p] = present[r][p] && prev[r][p] != NO_TABLE;
                    if present[r][p] {
                        fixed[r][p] = prev[r][p];
                    }
                }
            }
        }
        let mut sizes = Vec::with_capacity(rounds);
        let mut locked_per_table = vec![vec![0usize; tables]; rounds];
        let mut movable = vec![Vec::new(); rounds];
        for r in 0..rounds {
            let mut floor = vec![0usize; tables];
            let mut count = 0;
            for p in (0..n).filter(|&p| present[r][p]) {
                count += 1;
                if !free[r] {
                    floor[fixed[r][p]] += 1;
                } else if let Some(t) = inst.lock[r][p] {
                    floor[t] += 1;
                    locked_per_table[r][t] += 1;
                } else {
                    movable[r].push(p);
                    if let Some(prev) = &previous {
                        if prev[r][p] != NO_TABLE && prev[r][p] < tables {
                            floor[prev[r][p]] += 1;
                        }
                    }
                }
            }
            if free[r] {
                // Locked people always stay; previously seated ones only as far as capacity allows.
                sizes.push(water_fill(count, &inst.capacities, &floor));
            } else {
                sizes.push(floor);
            }
        }
        let largest = sizes.iter().flatten().copied().max().unwrap_or(1).max(1);
        let flags = pair_flags(inst);
        let lower_bound = repeat_lower_bound(&BoundInput {
            tables,
            capacities: &inst.capacities,
            org_of: &inst.org_of,
            present: &present,
            free: &free,
            fixed: &fixed,
            locked_per_table: &locked_per_table,
        });
        let impossible_interests = inst
            .interests
            .iter()
            .filter(|&&(a, b)| flags[a * n + b] & SAME_ORG != 0 || !(0..rounds).any(|r| present[r][a] && present[r][b]))
            .count() as i64;
        Problem {
            inst,
            n,
            tables,
            rounds,
            flags,
            present,
            free,
            fixed,
            previous,
            sizes,
            movable,
            lut: Lut::new(rounds, largest),
            lower_bound,
            impossible_interests,
            unit_schedule: None,
        }
    }

    /// Join cost of pair (p, q) given their meeting count.
    #[inline]
    pub(crate) fn join(&self, p: usize, q: usize, m: u8) -> i64 {
        self.lut.join[self.flags[p * self.n + q] as usize * self.lut.stride + m as usize]
    }

    /// Leave cost of pair (p, q) given their meeting count.
    #[inline]
    pub(crate) fn leave(&self, p: usize, q: usize, m: u8) -> i64 {
        self.lut.leave[self.flags[p * self.n + q] as usize * self.lut.stride + m as usize]
    }

    /// Previous table of `p` in round `r`, if re-planning and they had one.
    #[inline]
    pub(crate) fn previous_table(&self, r: usize, p: usize) -> usize {
        match &self.previous {
            Some(prev) => prev[r][p],
            None => NO_TABLE,
        }
    }

    /// Whether a cost cannot be improved by any plan.
    pub(crate) fn is_ideal(&self, c: &Cost) -> bool {
        c.org == 0
            && c.repeats <= self.lower_bound
            && c.triples == 0
            && c.moves == 0
            && c.known == 0
            && c.unmet_interests <= self.impossible_interests
    }
}
