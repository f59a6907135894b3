//! Perfect plans from partial spreads: when p^m people sit at tables of p^k in every round,
//! people are points of GF(p)^m and each round is the set of cosets of a k-dimensional
//! subspace. Two rounds never seat a pair twice when their subspaces meet only in 0, so a
//! set of such subspaces (a partial spread, found by randomised greedy) is a perfect plan.
//! Associations are packed into the cosets of one more subspace of the spread.

use std::collections::HashMap;

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

use crate::plan::{Seating, NO_TABLE};
use crate::problem::Problem;
use crate::score::SAME_ORG;

/// `Some((p, m, k))` with n = p^m, s = p^k, 0 < k < m.
fn shape(n: usize, s: usize) -> Option<(usize, usize, usize)> {
    let p = (2..=s).find(|d| s % d == 0)?;
    let power = |mut x: usize| {
        let mut e = 0;
        while x > 1 && x % p == 0 {
            x /= p;
            e += 1;
        }
        (x == 1).then_some(e)
    };
    let (m, k) = (power(n)?, power(s)?);
    (k > 0 && k < m).then_some((p, m, k))
}

fn digits(x: usize, p: usize, m: usize) -> Vec<usize> {
    let mut v = vec![0; m];
    let mut x = x;
    for d in v.iter_mut() {
        *d = x % p;
        x /= p;
    }
    v
}

/// Rank of a set of vectors over GF(p).
fn rank(vectors: &[Vec<usize>], p: usize) -> usize {
    let mut rows: Vec<Vec<usize>> = vectors.to_vec();
    let cols = rows.first().map_or(0, Vec::len);
    let mut r = 0;
    for c in 0..cols {
        let Some(pivot) = (r..rows.len()).find(|&i| rows[i][c] != 0) else {
            continue;
        };
        rows.swap(r, pivot);
        let inv = (1..p).find(|&x| (x * rows[r][c]) % p == 1).unwrap_or(1);
        for v in rows[r].iter_mut() {
            *v = (*v * inv) % p;
        }
        let pivot_row = rows[r].clone();
        for (i, row) in rows.iter_mut().enumerate() {
            if i != r && row[c] != 0 {
                let f = row[c];
                for (x, &y) in row.iter_mut().zip(&pivot_row) {
                    *x = (*x + p * p - (f * y) % p) % p;
                }
            }
        }
        r += 1;
    }
    r
}

/// A randomised greedy partial spread of `want` k-subspaces (bases), or the largest found.
fn partial_spread(p: usize, m: usize, k: usize, want: usize, rng: &mut SmallRng) -> Vec<Vec<Vec<usize>>> {
    let n = p.pow(m as u32);
    let mut largest = Vec::new();
    for _attempt in 0..400 {
        let mut chosen: Vec<Vec<Vec<usize>>> = Vec::new();
        let mut misses = 0;
        while chosen.len() < want && misses < 200 {
            let basis: Vec<Vec<usize>> = (0..k).map(|_| digits(rng.random_range(1..n), p, m)).collect();
            let ok = rank(&basis, p) == k
                && chosen.iter().all(|other| {
                    let mut both = basis.clone();
                    both.extend(other.iter().cloned());
                    rank(&both, p) == 2 * k
                });
            if ok {
                chosen.push(basis);
                misses = 0;
            } else {
                misses += 1;
            }
        }
        if chosen.len() > largest.len() {
            largest = chosen;
        }
        if largest.len() == want {
            break;
        }
    }
    largest
}

/// All elements of the span of `basis`.
fn span(basis: &[Vec<usize>], p: usize, m: usize) -> Vec<Vec<usize>> {
    let mut out = vec![vec![0; m]];
    for b in basis {
        let mut next = Vec::with_capacity(out.len() * p);
        for v in &out {
            for c in 0..p {
                next.push((0..m).map(|i| (v[i] + c * b[i]) % p).collect());
            }
        }
        out = next;
    }
    out
}

/// Coset index (0..n/s) of every point for the subspace spanned by `basis`.
fn cosets(basis: &[Vec<usize>], p: usize, m: usize) -> Vec<usize> {
    let n = p.pow(m as u32);
    let sub = span(basis, p, m);
    let number = |v: &[usize]| v.iter().rev().fold(0, |acc, &d| acc * p + d);
    let mut ids: HashMap<usize, usize> = HashMap::new();
    let mut out = vec![0; n];
    for (x, slot) in out.iter_mut().enumerate() {
        let dx = digits(x, p, m);
        let rep = sub.iter().map(|u| number(&(0..m).map(|i| (dx[i] + u[i]) % p).collect::<Vec<_>>())).min().unwrap_or(x);
        let next = ids.len();
        *slot = *ids.entry(rep).or_insert(next);
    }
    out
}

/// A plan from a partial spread where the shape allows: perfect when the spread covers every
/// round, otherwise the remaining rounds are seated greedily.
pub(crate) fn spread_plan(pb: &Problem<'_>, rng: &mut SmallRng) -> Option<Seating> {
    let n = pb.n;
    if pb.previous.is_some() || n == 0 || n % pb.tables != 0 || n > 1024 {
        return None;
    }
    let s = n / pb.tables;
    if pb.sizes.iter().any(|row| row.iter().any(|&x| x != s)) {
        return None;
    }
    if !pb.present.iter().all(|r| r.iter().all(|&x| x)) || pb.movable.iter().any(|m| m.len() != n) {
        return None;
    }
    let (p, m, k) = shape(n, s)?;
    let singletons = (0..n).all(|a| (0..n).all(|b| pb.flags[a * n + b] & SAME_ORG == 0));
    let want = pb.rounds + usize::from(!singletons);
    let mut spread = partial_spread(p, m, k, want, rng);
    let complete_rounds = spread.len().saturating_sub(usize::from(!singletons)).min(pb.rounds);
    if complete_rounds == 0 {
        return None;
    }
    if !singletons {
        // The last subspace found hosts the associations.
        let org_class = spread.remove(spread.len() - 1);
        spread.truncate(complete_rounds);
        spread.push(org_class);
    }
    let org_index = complete_rounds;
    // Points of the org class's cosets, filled association by association.
    let order: Vec<usize> = if singletons {
        let mut v: Vec<usize> = (0..n).collect();
        v.shuffle(rng);
        v
    } else {
        let org_cosets = cosets(&spread[org_index], p, m);
        let mut bins: Vec<Vec<usize>> = vec![Vec::new(); pb.tables];
        for (x, &c) in org_cosets.iter().enumerate() {
            bins[c].push(x);
        }
        let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for person in 0..n {
            groups.entry(pb.inst.org_of[person]).or_default().push(person);
        }
        let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
        groups.shuffle(rng);
        groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
        let mut fill = vec![0usize; pb.tables];
        let mut point_of = vec![NO_TABLE; n];
        let mut split = Vec::new();
        for g in groups {
            match (0..pb.tables).find(|&b| fill[b] + g.len() <= s) {
                Some(b) => {
                    for person in g {
                        point_of[person] = bins[b][fill[b]];
                        fill[b] += 1;
                    }
                }
                None => split.extend(g),
            }
        }
        // Associations that fit no coset are split; the search then separates colleagues.
        for person in split {
            let b = (0..pb.tables).find(|&b| fill[b] < s)?;
            point_of[person] = bins[b][fill[b]];
            fill[b] += 1;
        }
        // order[point] = person
        let mut order = vec![0; n];
        for (person, &pt) in point_of.iter().enumerate() {
            order[pt] = person;
        }
        order
    };
    let mut seat = vec![vec![NO_TABLE; n]; pb.rounds];
    for (r, basis) in spread.iter().take(complete_rounds).enumerate() {
        let c = cosets(basis, p, m);
        for (pt, &person) in order.iter().enumerate() {
            seat[r][person] = c[pt];
        }
    }
    if complete_rounds < pb.rounds {
        // The rounds the spread could not provide are seated greedily; the tabu search then
        // repairs the few repeats (this is how 8-4-10 is reached from the 9 rounds of a
        // maximal partial spread of lines in PG(4, 2)).
        let todo: Vec<bool> = (0..pb.rounds).map(|r| r >= complete_rounds).collect();
        seat = crate::construct::complete(pb, seat, &todo, rng, false);
    }
    Some(seat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_shapes() {
        assert_eq!(shape(32, 4), Some((2, 5, 2)));
        assert_eq!(shape(27, 3), Some((3, 3, 1)));
        assert_eq!(shape(40, 10), None);
        assert_eq!(shape(16, 16), None);
    }

    #[test]
    fn ranks_over_small_fields() {
        assert_eq!(rank(&[vec![1, 0, 1], vec![0, 1, 1], vec![1, 1, 0]], 2), 2);
        assert_eq!(rank(&[vec![1, 2], vec![2, 1]], 3), 1);
    }
}
