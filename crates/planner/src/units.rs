//! Seeds for crowded rounds (more people than tables²): two rounds must then seat some pairs
//! together twice, and the cheapest way (the one that meets the pigeonhole bound) is to keep
//! small "units" of people together in every round and give the T² units a social-golfer
//! schedule of their own. The unit schedule is planned once per call (recursively, with
//! one person per unit); each start then forms units and maps them onto it.

use std::time::Duration;

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

use crate::instance::{CapacitySpec, Instance, InstanceSpec, ParticipantSpec};
use crate::plan::{Seating, NO_TABLE};
use crate::problem::Problem;

/// Whether the problem is crowded and plain enough for a unit seed.
fn applies(pb: &Problem<'_>) -> bool {
    let t = pb.tables;
    t >= 2
        && pb.n > t * t
        && pb.previous.is_none()
        && pb.present.iter().all(|r| r.iter().all(|&x| x))
        && pb.movable.iter().all(|m| m.len() == pb.n)
        && pb.sizes.windows(2).all(|w| w[0] == w[1])
}

/// The unit-level schedule: `schedule[r][unit]` = group, for T² units in T groups of T.
pub(crate) fn unit_schedule(pb: &Problem<'_>, budget: Duration, seed: u64) -> Option<Seating> {
    if !applies(pb) {
        return None;
    }
    let t = pb.tables;
    let spec = InstanceSpec {
        tables: t,
        rounds: pb.rounds,
        capacity: CapacitySpec::Uniform(t),
        participants: (0..t * t)
            .map(|u| ParticipantSpec { id: format!("u{u}"), org: format!("u{u}"), absent_rounds: Vec::new() })
            .collect(),
        known_pairs: Vec::new(),
        interests: Vec::new(),
        locked: Vec::new(),
    };
    let inst = Instance::new(spec).ok()?;
    let options = crate::solver::PlanOptions { time_limit: budget, seed, threads: 1 };
    let solution = crate::solver::plan(&inst, &options).ok()?;
    solution.plan.to_seating(&inst).ok()
}

/// A seating that keeps units together according to the unit schedule, with table sizes
/// repaired to the targets. Association conflicts are left to the search.
pub(crate) fn unit_seed(pb: &Problem<'_>, schedule: &Seating, rng: &mut SmallRng) -> Seating {
    let t = pb.tables;
    let k = t * t;
    let n = pb.n;
    // People grouped by association, dealt round-robin so colleagues land in different units.
    let mut people: Vec<usize> = (0..n).collect();
    people.shuffle(rng);
    people.sort_by_key(|&p| pb.inst.org_of[p]);
    let mut units: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (i, &p) in people.iter().enumerate() {
        units[i % k].push(p);
    }
    // Place units on schedule slots so that table sizes hit their targets and colleagues in
    // different units do not share a table (hill climbing on unit swaps).
    let orgs = pb.inst.orgs.len();
    let mut slot_of: Vec<usize> = (0..k).collect();
    slot_of.shuffle(rng);
    let mut counts = vec![0i64; t * orgs];
    let mut cost = |units: &[Vec<usize>], slot_of: &[usize]| -> i64 {
        let mut total = 0i64;
        for (r, round) in schedule.iter().enumerate().take(pb.rounds) {
            counts.iter_mut().for_each(|c| *c = 0);
            let mut sizes = vec![0i64; t];
            for (u, &slot) in slot_of.iter().enumerate() {
                let g = round[slot].min(t - 1);
                sizes[g] += units[u].len() as i64;
                for &p in &units[u] {
                    let c = &mut counts[g * orgs + pb.inst.org_of[p]];
                    total += 1000 * *c;
                    *c += 1;
                }
            }
            let mut targets: Vec<i64> = pb.sizes[r].iter().map(|&x| x as i64).collect();
            targets.sort_unstable();
            sizes.sort_unstable();
            for (size, target) in sizes.iter().zip(&targets) {
                total += 100 * (size - target) * (size - target);
            }
        }
        total
    };
    let mut current = cost(&units, &slot_of);
    for _ in 0..(400 * k).min(20_000) {
        if current == 0 {
            break;
        }
        let (a, b) = (rng.random_range(0..k), rng.random_range(0..k));
        if a == b {
            continue;
        }
        if rng.random_bool(0.5) {
            slot_of.swap(a, b);
            let next = cost(&units, &slot_of);
            if next <= current {
                current = next;
            } else {
                slot_of.swap(a, b);
            }
        } else if !units[a].is_empty() && !units[b].is_empty() {
            // Two people change units.
            let (i, j) = (rng.random_range(0..units[a].len()), rng.random_range(0..units[b].len()));
            let (x, y) = (units[a][i], units[b][j]);
            units[a][i] = y;
            units[b][j] = x;
            let next = cost(&units, &slot_of);
            if next <= current {
                current = next;
            } else {
                units[a][i] = x;
                units[b][j] = y;
            }
        }
    }
    let mut seat = vec![vec![NO_TABLE; n]; pb.rounds];
    for (r, round) in schedule.iter().enumerate().take(pb.rounds) {
        // Largest group to the table with the largest target size, and so on.
        let mut sizes = vec![0usize; t];
        for (u, members) in units.iter().enumerate() {
            sizes[round[slot_of[u]].min(t - 1)] += members.len();
        }
        let mut groups: Vec<usize> = (0..t).collect();
        groups.sort_by_key(|&g| std::cmp::Reverse(sizes[g]));
        let mut tables: Vec<usize> = (0..t).collect();
        tables.sort_by_key(|&x| std::cmp::Reverse(pb.sizes[r][x]));
        let mut table_of = vec![0usize; t];
        for (g, table) in groups.iter().zip(&tables) {
            table_of[*g] = *table;
        }
        for (u, members) in units.iter().enumerate() {
            let g = round[slot_of[u]].min(t - 1);
            for &p in members {
                seat[r][p] = table_of[g];
            }
        }
    }
    fix_sizes(pb, &mut seat, rng);
    seat
}

/// Moves people from tables above their target size to tables below it.
fn fix_sizes(pb: &Problem<'_>, seat: &mut Seating, rng: &mut SmallRng) {
    for (r, round) in seat.iter_mut().enumerate() {
        let target = &pb.sizes[r];
        let mut sizes = vec![0usize; pb.tables];
        for &t in round.iter().filter(|&&t| t != NO_TABLE) {
            sizes[t] += 1;
        }
        while let (Some(over), Some(under)) =
            ((0..pb.tables).find(|&t| sizes[t] > target[t]), (0..pb.tables).find(|&t| sizes[t] < target[t]))
        {
            let at: Vec<usize> = (0..pb.n).filter(|&p| round[p] == over).collect();
            let Some(&p) = at.get(rng.random_range(0..at.len().max(1))) else {
                break;
            };
            round[p] = under;
            sizes[over] -= 1;
            sizes[under] += 1;
        }
    }
}
