//! Starting seatings: a greedy that keeps pairs fresh, and affine planes where they fit.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

use crate::gf::Field;
use crate::plan::{Seating, NO_TABLE};
use crate::problem::Problem;
use crate::score::SAME_ORG;

/// Greedy seating, round by round: locked people first, then (re-planning) everyone at their
/// previous table while it has room, then the emptiest table takes whoever adds the least
/// cost there (ties broken at random, so that restarts differ).
pub(crate) fn greedy(pb: &Problem<'_>, rng: &mut SmallRng, keep_previous: bool) -> Seating {
    complete(pb, pb.fixed.clone(), &pb.free, rng, keep_previous)
}

/// Greedy seating of the rounds marked in `todo`; the other rounds of `seat` are kept.
pub(crate) fn complete(pb: &Problem<'_>, mut seat: Seating, todo: &[bool], rng: &mut SmallRng, keep_previous: bool) -> Seating {
    let n = pb.n;
    let mut meet = vec![0u8; n * n];
    for r in (0..pb.rounds).filter(|&r| !todo[r]) {
        let members = members_of(&seat[r], pb.tables);
        for table in &members {
            for (i, &p) in table.iter().enumerate() {
                for &q in &table[i + 1..] {
                    bump(&mut meet, n, p, q);
                }
            }
        }
    }
    for r in (0..pb.rounds).filter(|&r| todo[r]) {
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); pb.tables];
        let place = |p: usize, t: usize, members: &mut Vec<Vec<usize>>, seat: &mut Seating, meet: &mut Vec<u8>| {
            for &x in &members[t] {
                bump(meet, n, p, x);
            }
            members[t].push(p);
            seat[r][p] = t;
        };
        for p in (0..n).filter(|&p| pb.present[r][p]) {
            if let Some(t) = pb.inst.lock[r][p] {
                place(p, t, &mut members, &mut seat, &mut meet);
            }
        }
        let mut open: Vec<usize> = pb.movable[r].clone();
        open.shuffle(rng);
        if keep_previous {
            open.retain(|&p| {
                let t = pb.previous_table(r, p);
                let fits = t != NO_TABLE
                    && t < pb.tables
                    && members[t].len() < pb.sizes[r][t]
                    && members[t].iter().all(|&x| pb.flags[p * n + x] & SAME_ORG == 0);
                if fits {
                    place(p, t, &mut members, &mut seat, &mut meet);
                }
                !fits
            });
        }
        while !open.is_empty() {
            let Some(t) = emptiest(&members, &pb.sizes[r], rng) else {
                break;
            };
            let mut best = i64::MAX;
            let mut chosen = 0;
            let mut ties = 0u32;
            for (i, &p) in open.iter().enumerate() {
                let cost: i64 = members[t].iter().map(|&x| pb.join(p, x, meet[p * n + x])).sum();
                if cost < best {
                    best = cost;
                    chosen = i;
                    ties = 1;
                } else if cost == best {
                    ties += 1;
                    if rng.random_range(0..ties) == 0 {
                        chosen = i;
                    }
                }
            }
            let p = open.swap_remove(chosen);
            place(p, t, &mut members, &mut seat, &mut meet);
        }
    }
    seat
}

fn bump(meet: &mut [u8], n: usize, p: usize, q: usize) {
    meet[p * n + q] = meet[p * n + q].saturating_add(1);
    meet[q * n + p] = meet[q * n + p].saturating_add(1);
}

fn members_of(round: &[usize], tables: usize) -> Vec<Vec<usize>> {
    let mut members = vec![Vec::new(); tables];
    for (p, &t) in round.iter().enumerate() {
        if t != NO_TABLE {
            members[t].push(p);
        }
    }
    members
}

/// The table with the most free seats against its target size (random among ties).
fn emptiest(members: &[Vec<usize>], sizes: &[usize], rng: &mut SmallRng) -> Option<usize> {
    let mut best = 0usize;
    let mut chosen = None;
    let mut ties = 0u32;
    for (t, table) in members.iter().enumerate() {
        let free = sizes[t].saturating_sub(table.len());
        if free == 0 {
            continue;
        }
        if free > best {
            best = free;
            chosen = Some(t);
            ties = 1;
        } else if free == best {
            ties += 1;
            if rng.random_range(0..ties) == 0 {
                chosen = Some(t);
            }
        }
    }
    chosen
}

/// A perfect plan from the affine plane AG(2, q) when q² people sit at q tables of q in every
/// round and q is a prime power: parallel classes of lines are the rounds. Associations are
/// packed onto the lines of one class that is not used, so colleagues never meet.
pub(crate) fn affine(pb: &Problem<'_>, rng: &mut SmallRng) -> Option<Seating> {
    let q = pb.tables;
    let everyone_always = pb.present.iter().all(|round| round.iter().all(|&x| x));
    let unlocked = pb.movable.iter().all(|m| m.len() == pb.n);
    if pb.previous.is_some() || !everyone_always || !unlocked || pb.n != q * q {
        return None;
    }
    if pb.sizes.iter().any(|s| s.iter().any(|&x| x != q)) {
        return None;
    }
    let field = Field::new(q)?;
    let singletons = (0..pb.n).all(|p| (0..pb.n).all(|x| pb.flags[p * pb.n + x] & SAME_ORG == 0));
    if pb.rounds > q + 1 || (pb.rounds == q + 1 && !singletons) {
        return None;
    }
    let rows = pack_orgs(pb, q, rng)?;
    let mut slopes: Vec<usize> = (0..q).collect();
    slopes.shuffle(rng);
    let mut seat = vec![vec![NO_TABLE; pb.n]; pb.rounds];
    for (x, row) in rows.iter().enumerate() {
        for (y, &p) in row.iter().enumerate() {
            for r in 0..pb.rounds {
                seat[r][p] = if r < q {
                    // Line y = m·x + b through (x, y): table b = y − m·x.
                    let mx = field.mul(slopes[r], x);
                    let neg = (0..q).find(|&v| field.add(v, mx) == 0).unwrap_or(0);
                    field.add(y, neg)
                } else {
                    x
                };
            }
        }
    }
    Some(seat)
}

/// Associations packed into q rows of q people (first fit, largest first; split if needed).
fn pack_orgs(pb: &Problem<'_>, q: usize, rng: &mut SmallRng) -> Option<Vec<Vec<usize>>> {
    let mut by_org: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for p in 0..pb.n {
        by_org.entry(pb.inst.org_of[p]).or_default().push(p);
    }
    let mut groups: Vec<Vec<usize>> = by_org.into_values().collect();
    groups.shuffle(rng);
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); q];
    let mut split = Vec::new();
    for g in groups {
        match rows.iter_mut().find(|row| row.len() + g.len() <= q) {
            Some(row) => row.extend(g),
            None => split.extend(g),
        }
    }
    // Associations that fit no row are split; the search then separates colleagues.
    for p in split {
        rows.iter_mut().find(|row| row.len() < q)?.push(p);
    }
    Some(rows)
}
