//! Greedy seating by pairs that keeps freedom (after Triska & Musliu): each round, tables are
//! filled two people at a time, choosing among the cheapest pairs the one whose freedom (how
//! many others could still join both without a repeat) is largest, so that later rounds keep
//! options.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

use crate::plan::{Seating, NO_TABLE};
use crate::problem::Problem;

fn bump(meet: &mut [u8], n: usize, p: usize, q: usize) {
    meet[p * n + q] = meet[p * n + q].saturating_add(1);
    meet[q * n + p] = meet[q * n + p].saturating_add(1);
}

/// Builds a complete seating; held rounds are copied, locked people placed first.
pub(crate) fn greedy_pairs(pb: &Problem<'_>, rng: &mut SmallRng, maximise: bool) -> Seating {
    let n = pb.n;
    let mut seat = pb.fixed.clone();
    let mut meet = crate::score::meetings(n, pb.tables, &seat);
    let mut join_here = vec![0i64; n];
    let mut freedom = vec![0i32; n * n];
    for r in (0..pb.rounds).filter(|&r| pb.free[r]) {
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); pb.tables];
        for p in (0..n).filter(|&p| pb.present[r][p]) {
            if let Some(t) = pb.inst.lock[r][p] {
                for &x in &members[t] {
                    bump(&mut meet, n, p, x);
                }
                members[t].push(p);
                seat[r][p] = t;
            }
        }
        let mut open: Vec<usize> = pb.movable[r].clone();
        open.shuffle(rng);
        let present: Vec<usize> = (0..n).filter(|&p| pb.present[r][p]).collect();
        for (i, &a) in open.iter().enumerate() {
            for &b in &open[i + 1..] {
                let f = present.iter().filter(|&&x| x != a && x != b && meet[a * n + x] == 0 && meet[b * n + x] == 0).count() as i32;
                freedom[a * n + b] = f;
                freedom[b * n + a] = f;
            }
        }
        let mut tables: Vec<usize> = (0..pb.tables).collect();
        tables.shuffle(rng);
        for &t in &tables {
            for &x in &open {
                join_here[x] = members[t].iter().map(|&y| pb.join(x, y, meet[x * n + y])).sum();
            }
            while members[t].len() < pb.sizes[r][t] && !open.is_empty() {
                let room = pb.sizes[r][t] - members[t].len();
                let picked = if room >= 2 && open.len() >= 2 {
                    best_pair(pb, &open, &join_here, &meet, &freedom, maximise, rng)
                } else {
                    best_single(&open, &join_here, rng)
                };
                for p in picked.into_iter().flatten() {
                    let Some(idx) = open.iter().position(|&x| x == p) else {
                        continue;
                    };
                    open.swap_remove(idx);
                    for &x in &members[t] {
                        bump(&mut meet, n, p, x);
                    }
                    members[t].push(p);
                    seat[r][p] = t;
                    for &x in &open {
                        join_here[x] += pb.join(x, p, meet[x * n + p]);
                    }
                }
            }
        }
        debug_assert!(open.is_empty());
        for p in open {
            // Unreachable with consistent sizes; keep everyone seated regardless.
            let t = (0..pb.tables).find(|&t| members[t].len() < pb.inst.capacities[t]).unwrap_or(0);
            members[t].push(p);
            seat[r][p] = t;
        }
    }
    let _ = NO_TABLE;
    seat
}

fn best_pair(
    pb: &Problem<'_>,
    open: &[usize],
    join_here: &[i64],
    meet: &[u8],
    freedom: &[i32],
    maximise: bool,
    rng: &mut SmallRng,
) -> [Option<usize>; 2] {
    let n = pb.n;
    let mut best = (i64::MAX, i32::MAX);
    let mut chosen = [None, None];
    let mut ties = 0u32;
    for (i, &a) in open.iter().enumerate() {
        for &b in &open[i + 1..] {
            let cost = join_here[a] + join_here[b] + pb.join(a, b, meet[a * n + b]);
            let f = freedom[a * n + b];
            let key = (cost, if maximise { -f } else { f });
            if key < best {
                best = key;
                chosen = [Some(a), Some(b)];
                ties = 1;
            } else if key == best {
                ties += 1;
                if rng.random_range(0..ties) == 0 {
                    chosen = [Some(a), Some(b)];
                }
            }
        }
    }
    chosen
}

fn best_single(open: &[usize], join_here: &[i64], rng: &mut SmallRng) -> [Option<usize>; 2] {
    let mut best = i64::MAX;
    let mut chosen = None;
    let mut ties = 0u32;
    for &a in open {
        let cost = join_here[a];
        if cost < best {
            best = cost;
            chosen = Some(a);
            ties = 1;
        } else if cost == best {
            ties += 1;
            if rng.random_range(0..ties) == 0 {
                chosen = Some(a);
            }
        }
    }
    [chosen, None]
}
