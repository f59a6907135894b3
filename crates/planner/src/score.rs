//! Scoring: the lexicographic cost of a seating and the figures a report shows.

use crate::instance::Instance;
use crate::plan::{Seating, NO_TABLE};

/// The objectives in order of importance; the derived order is lexicographic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Cost {
    /// Table-round co-seatings of two people of the same association (hard).
    pub org: i64,
    /// Σ over pairs of max(0, m − 1).
    pub repeats: i64,
    /// Pairs meeting three or more times.
    pub triples: i64,
    /// Participants whose table changed against the previous plan (re-planning only).
    pub moves: i64,
    /// Σ over known pairs of their meetings.
    pub known: i64,
    /// Interest pairs never seated together.
    pub unmet_interests: i64,
}

/// Bits of the per-pair flag matrix.
pub(crate) const SAME_ORG: u8 = 1;
pub(crate) const KNOWN: u8 = 2;
pub(crate) const INTEREST: u8 = 4;

/// What one pair with flags `f` contributes when it met `m` times.
pub(crate) fn pair_cost(f: u8, m: i64) -> Cost {
    Cost {
        org: if f & SAME_ORG != 0 { m } else { 0 },
        repeats: (m - 1).max(0),
        triples: i64::from(m >= 3),
        moves: 0,
        known: if f & KNOWN != 0 { m } else { 0 },
        unmet_interests: i64::from(f & INTEREST != 0 && m == 0),
    }
}

impl Cost {
    pub(crate) fn add(self, o: Cost) -> Cost {
        Cost {
            org: self.org + o.org,
            repeats: self.repeats + o.repeats,
            triples: self.triples + o.triples,
            moves: self.moves + o.moves,
            known: self.known + o.known,
            unmet_interests: self.unmet_interests + o.unmet_interests,
        }
    }

    pub(crate) fn sub(self, o: Cost) -> Cost {
        Cost {
            org: self.org - o.org,
            repeats: self.repeats - o.repeats,
            triples: self.triples - o.triples,
            moves: self.moves - o.moves,
            known: self.known - o.known,
            unmet_interests: self.unmet_interests - o.unmet_interests,
        }
    }
}

/// The symmetric flag matrix (`p * n + q`).
pub(crate) fn pair_flags(inst: &Instance) -> Vec<u8> {
    let n = inst.participants();
    let mut flags = vec![0u8; n * n];
    for p in 0..n {
        for q in 0..n {
            if p != q && inst.same_org(p, q) {
                flags[p * n + q] |= SAME_ORG;
            }
        }
    }
    for &(a, b) in &inst.known {
        flags[a * n + b] |= KNOWN;
        flags[b * n + a] |= KNOWN;
    }
    for &(a, b) in &inst.interests {
        flags[a * n + b] |= INTEREST;
        flags[b * n + a] |= INTEREST;
    }
    flags
}

/// Meeting counts `m[p * n + q]` of a seating.
pub(crate) fn meetings(n: usize, tables: usize, seat: &Seating) -> Vec<u8> {
    let mut meet = vec![0u8; n * n];
    for round in seat {
        let mut members = vec![Vec::new(); tables];
        for (p, &t) in round.iter().enumerate() {
            if t != NO_TABLE {
                members[t].push(p);
            }
        }
        for table in &members {
            for (i, &p) in table.iter().enumerate() {
                for &q in &table[i + 1..] {
                    meet[p * n + q] = meet[p * n + q].saturating_add(1);
                    meet[q * n + p] = meet[q * n + p].saturating_add(1);
                }
            }
        }
    }
    meet
}

/// Moves against a previous seating over the rounds that may change.
pub(crate) fn moves(seat: &Seating, previous: Option<&Seating>, free: &[bool]) -> i64 {
    let Some(prev) = previous else { return 0 };
    let mut count = 0;
    for (r, round) in seat.iter().enumerate() {
        if !free[r] {
            continue;
        }
        for (p, &t) in round.iter().enumerate() {
            let old = prev[r][p];
            if t != NO_TABLE && old != NO_TABLE && old != t {
                count += 1;
            }
        }
    }
    count
}

/// The figures of a seating, computed from scratch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Figures {
    pub cost: Cost,
    pub distinct_pairs: usize,
    pub interests_met: usize,
}

/// Scores a seating from scratch (the reference the incremental search is tested against).
pub(crate) fn evaluate(inst: &Instance, flags: &[u8], seat: &Seating, previous: Option<&Seating>, free: &[bool]) -> Figures {
    let n = inst.participants();
    let meet = meetings(n, inst.tables, seat);
    let mut fig = Figures::default();
    for p in 0..n {
        for q in p + 1..n {
            let f = flags[p * n + q];
            let m = i64::from(meet[p * n + q]);
            fig.cost = fig.cost.add(pair_cost(f, m));
            if m > 0 {
                fig.distinct_pairs += 1;
                if f & INTEREST != 0 {
                    fig.interests_met += 1;
                }
            }
        }
    }
    fig.cost.moves = moves(seat, previous, free);
    fig
}

#[cfg(test)]
#[path = "score_tests.rs"]
mod tests;
