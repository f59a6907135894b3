//! Resolvable transversal designs: g·s people (s ≤ g, g a prime power) on a g × s grid;
//! in round r person (i, j) sits at table i + r·j (in GF(g)). Two people of different
//! columns meet in exactly one of the g rounds, people of one column never, so g rounds are
//! perfect. Associations are packed into columns (split when they do not fit, leaving the
//! search to separate colleagues). Further rounds are seated greedily and repaired likewise.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;

use crate::construct::complete;
use crate::gf::Field;
use crate::plan::{Seating, NO_TABLE};
use crate::problem::Problem;

/// A seating whose first min(R, g) rounds are perfect, when the shape allows.
pub(crate) fn transversal(pb: &Problem<'_>, rng: &mut SmallRng) -> Option<Seating> {
    let g = pb.tables;
    let n = pb.n;
    if pb.previous.is_some() || g < 2 || n % g != 0 {
        return None;
    }
    let s = n / g;
    if s < 2 || s > g || pb.sizes.iter().any(|row| row.iter().any(|&x| x != s)) {
        return None;
    }
    if !pb.present.iter().all(|r| r.iter().all(|&x| x)) || pb.movable.iter().any(|m| m.len() != n) {
        return None;
    }
    let field = Field::new(g)?;
    // Columns of g people each, associations kept inside one column.
    let mut by_org: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for p in 0..n {
        by_org.entry(pb.inst.org_of[p]).or_default().push(p);
    }
    let mut groups: Vec<Vec<usize>> = by_org.into_values().collect();
    groups.shuffle(rng);
    groups.sort_by_key(|grp| std::cmp::Reverse(grp.len()));
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); s];
    let mut split = Vec::new();
    for grp in groups {
        match columns.iter_mut().find(|c| c.len() + grp.len() <= g) {
            Some(column) => column.extend(grp),
            None => split.extend(grp),
        }
    }
    // Associations that fit no column are split; the search then separates colleagues.
    for p in split {
        columns.iter_mut().find(|c| c.len() < g)?.push(p);
    }
    let mut multipliers: Vec<usize> = (0..g).collect();
    multipliers.shuffle(rng);
    let perfect = pb.rounds.min(g);
    let mut seat = vec![vec![NO_TABLE; n]; pb.rounds];
    for (r, &m) in multipliers.iter().enumerate().take(perfect) {
        for (j, column) in columns.iter().enumerate() {
            let mj = field.mul(m, j);
            for (i, &p) in column.iter().enumerate() {
                seat[r][p] = field.add(i, mj);
            }
        }
    }
    if perfect < pb.rounds {
        let todo: Vec<bool> = (0..pb.rounds).map(|r| r >= perfect).collect();
        seat = complete(pb, seat, &todo, rng, false);
    }
    Some(seat)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn seven_rounds_of_seven_tables_of_three_are_perfect() {
        let people: Vec<String> = (0..21).map(|i| format!(r#"{{"id":"p{i}","org":"o{}"}}"#, i / 7)).collect();
        let json = format!(r#"{{"tables":7,"rounds":7,"capacity":3,"participants":[{}]}}"#, people.join(","));
        let inst = crate::Instance::from_json(&json).expect("valid");
        let pb = Problem::new(&inst, None, 0);
        let mut rng = SmallRng::seed_from_u64(2);
        let seat = transversal(&pb, &mut rng).expect("shape fits");
        let cost = crate::state::State::new(&pb, seat).cost;
        assert_eq!((cost.org, cost.repeats), (0, 0));
    }
}
