//! Polishing the secondary objectives without touching repeats: two people present in the
//! same rounds exchange their seats in every round. The meeting counts are only relabelled,
//! so repeats and pairs meeting three times stay; what changes is who meets whom — known
//! pairs, interest pairs and colleagues. Hill climbing on these exchanges.

use std::time::Instant;

use rand::rngs::SmallRng;
use rand::Rng;

use crate::problem::Problem;
use crate::score::{pair_cost, INTEREST, KNOWN, SAME_ORG};
use crate::state::State;

/// Best-improvement exchanges until none helps; returns whether anything changed.
pub(crate) fn polish(pb: &Problem<'_>, st: &mut State, max_steps: usize, deadline: Instant) -> bool {
    if pb.previous.is_some() || pb.free.iter().any(|&f| !f) {
        return false;
    }
    let n = pb.n;
    let eligible: Vec<usize> = (0..n).filter(|&p| (0..pb.rounds).all(|r| pb.inst.lock[r][p].is_none())).collect();
    let signature = |p: usize| -> Vec<bool> { (0..pb.rounds).map(|r| pb.present[r][p]).collect() };
    let signatures: Vec<Vec<bool>> = (0..n).map(signature).collect();
    let mut value = vec![vec![0i128; pb.rounds + 2]; 8];
    for (f, row) in value.iter_mut().enumerate() {
        for (m, v) in row.iter_mut().enumerate() {
            *v = pb.lut.scalar(pair_cost(f as u8, m as i64));
        }
    }
    let v = |f: u8, m: u8| value[f as usize][m as usize];
    let mut changed = false;
    for _ in 0..max_steps {
        if Instant::now() >= deadline {
            break;
        }
        // An improving exchange involves someone who carries a cost now: a colleague or a
        // known person at the table, or an interest partner never met.
        let carries_cost = |p: usize| {
            (0..n).any(|x| {
                let f = pb.flags[p * n + x];
                let m = st.meet[p * n + x];
                (f & (SAME_ORG | KNOWN) != 0 && m > 0) || (f & INTEREST != 0 && m == 0)
            })
        };
        let costly: Vec<usize> = eligible.iter().copied().filter(|&p| carries_cost(p)).collect();
        let mut best: Option<(i128, usize, usize)> = None;
        for &p in &costly {
            for &q in &eligible {
                if q == p || signatures[p] != signatures[q] {
                    continue;
                }
                let mut d = 0i128;
                for x in 0..n {
                    if x == p || x == q {
                        continue;
                    }
                    let (mp, mq) = (st.meet[p * n + x], st.meet[q * n + x]);
                    if mp == mq {
                        continue;
                    }
                    let (fp, fq) = (pb.flags[p * n + x], pb.flags[q * n + x]);
                    if fp == fq {
                        continue;
                    }
                    d += v(fq, mp) + v(fp, mq) - v(fp, mp) - v(fq, mq);
                }
                if d < 0 && best.is_none_or(|(bd, _, _)| d < bd) {
                    best = Some((d, p, q));
                }
            }
        }
        let Some((_, p, q)) = best else { break };
        for r in 0..pb.rounds {
            let (a, b) = (st.seat[r][p], st.seat[r][q]);
            if a != b && a != crate::plan::NO_TABLE && b != crate::plan::NO_TABLE {
                st.swap(pb, r, p, q);
            }
        }
        changed = true;
    }
    changed
}

/// Iterated polishing: random exchanges as a kick, then polishing; kept when better.
pub(crate) fn iterated_polish(pb: &Problem<'_>, st: &mut State, kicks: usize, rng: &mut SmallRng, deadline: Instant) {
    if !polish(pb, st, pb.n.min(60), deadline) && pb.previous.is_some() {
        return;
    }
    let movable: Vec<usize> = (0..pb.n).filter(|&p| (0..pb.rounds).all(|r| pb.inst.lock[r][p].is_none() && pb.present[r][p])).collect();
    if movable.len() < 2 {
        return;
    }
    for _ in 0..kicks {
        if Instant::now() >= deadline {
            break;
        }
        let mut trial = st.clone();
        for _ in 0..rng.random_range(1..=3) {
            let p = movable[rng.random_range(0..movable.len())];
            let q = movable[rng.random_range(0..movable.len())];
            if p == q {
                continue;
            }
            for r in 0..pb.rounds {
                if trial.seat[r][p] != trial.seat[r][q] {
                    trial.swap(pb, r, p, q);
                }
            }
        }
        polish(pb, &mut trial, pb.n.min(60), deadline);
        if trial.cost < st.cost {
            *st = trial;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn exchanges_keep_repeats_and_never_worsen() {
        let json = r#"{"tables": 2, "rounds": 3, "capacity": 3,
            "participants": [{"id":"a","org":"1"},{"id":"b","org":"2"},{"id":"c","org":"3"},
                             {"id":"d","org":"4"},{"id":"e","org":"5"},{"id":"f","org":"6"}],
            "known_pairs": [["a","b"],["a","c"],["b","c"]],
            "interests": [{"offer":"d","need":"e"}]}"#;
        let inst = crate::Instance::from_json(json).expect("valid");
        let pb = Problem::new(&inst, None, 0);
        let mut rng = rand::rngs::SmallRng::seed_from_u64(1);
        let mut st = State::new(&pb, crate::construct::greedy(&pb, &mut rng, false));
        let before = st.cost;
        let later = Instant::now() + std::time::Duration::from_secs(3600);
        polish(&pb, &mut st, 100, later);
        assert_eq!(st.cost.repeats, before.repeats);
        assert_eq!(st.cost.triples, before.triples);
        assert!(st.cost <= before);
        let again = State::new(&pb, st.seat.clone());
        assert_eq!(again.cost, st.cost);
    }
}
