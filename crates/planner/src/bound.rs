//! Lower bounds on repeated meetings, so the planner knows when it is optimal.
//!
//! Two arguments, the larger wins:
//! * Pigeonhole between rounds: the people present in rounds i and j fall into at most
//!   T×T (table in i, table in j) cells; everybody sharing a cell meets twice. When
//!   capacities force uneven tables, the rows (tables of round i, at most their capacity)
//!   are spread over the T tables of round j instead. Over a set
//!   S of rounds a pair meeting k times inside S is counted C(k,2) times by the round-pair
//!   bounds but costs k−1 ≥ 2·C(k,2)/|S| repeats, so repeats ≥ 2/|S| · Σ L_ij.
//! * Counting: the rounds create at least M pair meetings (even tables), but only D pairs
//!   may meet at all (different associations, present together), so repeats ≥ M − D.

use crate::plan::{Seating, NO_TABLE};
use crate::sizes::{pair_meetings, water_fill};

/// What the bound needs to know about the problem.
pub(crate) struct BoundInput<'a> {
    pub tables: usize,
    pub capacities: &'a [usize],
    pub org_of: &'a [usize],
    pub present: &'a [Vec<bool>],
    /// Rounds whose seating is given (held rounds when re-planning).
    pub free: &'a [bool],
    pub fixed: &'a Seating,
    /// People locked per round and table (free rounds).
    pub locked_per_table: &'a [Vec<usize>],
}

/// Σ C(x, 2) over `cells` cells holding `n` people as evenly as possible.
pub(crate) fn balanced_pairs(n: usize, cells: usize) -> usize {
    if cells == 0 {
        return n * n.saturating_sub(1) / 2;
    }
    let q = n / cells;
    let rem = n % cells;
    rem * (q + 1) * q / 2 + (cells - rem) * q * q.saturating_sub(1) / 2
}

/// Lower bound on Σ max(0, m − 1) for any seating of this problem.
pub(crate) fn repeat_lower_bound(input: &BoundInput<'_>) -> i64 {
    let rounds = input.present.len();
    let mut pair_bound = vec![vec![0usize; rounds]; rounds];
    for (i, row) in pair_bound.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate().skip(i + 1) {
            *cell = round_pair_bound(input, i, j);
        }
    }
    let mut best = 0i64;
    let subsets_exhaustive = rounds <= 12;
    let consider = |members: &[usize], best: &mut i64| {
        if members.len() < 2 {
            return;
        }
        let mut sum = 0usize;
        for (a, &i) in members.iter().enumerate() {
            for &j in &members[a + 1..] {
                sum += pair_bound[i][j];
            }
        }
        let s = members.len();
        let value = (2 * sum).div_ceil(s) as i64;
        *best = (*best).max(value);
    };
    if subsets_exhaustive {
        for mask in 1u32..(1u32 << rounds) {
            let members: Vec<usize> = (0..rounds).filter(|&r| mask & (1 << r) != 0).collect();
            consider(&members, &mut best);
        }
    } else {
        for i in 0..rounds {
            for j in i + 1..rounds {
                consider(&[i, j], &mut best);
            }
        }
        let all: Vec<usize> = (0..rounds).collect();
        consider(&all, &mut best);
    }
    best.max(counting_bound(input))
}

fn round_pair_bound(input: &BoundInput<'_>, i: usize, j: usize) -> usize {
    let both: Vec<usize> = (0..input.org_of.len()).filter(|&p| input.present[i][p] && input.present[j][p]).collect();
    let t = input.tables;
    match (input.free[i], input.free[j]) {
        (false, false) => {
            let mut cells = std::collections::HashMap::new();
            for &p in &both {
                let key = (input.fixed[i][p], input.fixed[j][p]);
                if key.0 != NO_TABLE && key.1 != NO_TABLE {
                    *cells.entry(key).or_insert(0usize) += 1;
                }
            }
            cells.values().map(|&c| c * c.saturating_sub(1) / 2).sum()
        }
        (false, true) | (true, false) => {
            let fixed_round = if input.free[i] { j } else { i };
            let mut rows = vec![0usize; t];
            for &p in &both {
                let table = input.fixed[fixed_round][p];
                if table != NO_TABLE {
                    rows[table] += 1;
                }
            }
            rows.iter().map(|&k| balanced_pairs(k, t)).sum()
        }
        (true, true) => {
            // Each table of round i holds at most its capacity of these people, who spread
            // over the T tables of round j; the evenest such rows minimise the (convex) count.
            let rows = water_fill(both.len(), input.capacities, &vec![0; t]);
            let by_rows: usize = rows.iter().map(|&k| balanced_pairs(k, t)).sum();
            by_rows.max(balanced_pairs(both.len(), t * t))
        }
    }
}

fn counting_bound(input: &BoundInput<'_>) -> i64 {
    let n = input.org_of.len();
    let rounds = input.present.len();
    let mut meetings = 0usize;
    for r in 0..rounds {
        let present = input.present[r].iter().filter(|&&x| x).count();
        if input.free[r] {
            let sizes = water_fill(present, input.capacities, &input.locked_per_table[r]);
            meetings += pair_meetings(&sizes);
        } else {
            let mut sizes = vec![0usize; input.tables];
            for &table in &input.fixed[r] {
                if table != NO_TABLE {
                    sizes[table] += 1;
                }
            }
            meetings += pair_meetings(&sizes);
        }
    }
    let mut possible = 0usize;
    for p in 0..n {
        for q in p + 1..n {
            if input.org_of[p] != input.org_of[q] && (0..rounds).any(|r| input.present[r][p] && input.present[r][q]) {
                possible += 1;
            }
        }
    }
    meetings as i64 - possible as i64
}

#[cfg(test)]
#[path = "bound_tests.rs"]
mod tests;
