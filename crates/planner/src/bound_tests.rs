//! Unit tests of the lower bound.

use super::*;
use crate::instance::Instance;
use crate::problem::Problem;

fn bound(json: &str) -> i64 {
    let inst = Instance::from_json(json).expect("valid");
    Problem::new(&inst, None, 0).lower_bound
}

fn uniform(tables: usize, rounds: usize, capacity: usize, people: usize, org_size: usize) -> String {
    let ps: Vec<String> = (0..people).map(|i| format!(r#"{{"id":"p{i}","org":"o{}"}}"#, i / org_size)).collect();
    format!(r#"{{"tables":{tables},"rounds":{rounds},"capacity":{capacity},"participants":[{}]}}"#, ps.join(","))
}

#[test]
fn balanced_pairs_spreads_evenly() {
    assert_eq!(balanced_pairs(40, 16), 32);
    assert_eq!(balanced_pairs(15, 25), 0);
    assert_eq!(balanced_pairs(6, 1), 15);
}

#[test]
fn real_meeting_needs_64_repeats() {
    // 16 cells, 32 shared pairs per pair of rounds; over 3 rounds 2/3 · 96 = 64.
    assert_eq!(bound(&uniform(4, 3, 10, 40, 2)), 64);
    assert_eq!(bound(&uniform(4, 2, 10, 40, 2)), 32);
}

#[test]
fn perfect_designs_have_bound_zero() {
    assert_eq!(bound(&uniform(5, 7, 3, 15, 1)), 0);
    assert_eq!(bound(&uniform(8, 10, 4, 32, 1)), 0);
}

#[test]
fn one_big_table_repeats_everything() {
    // 6 people at one table for 3 rounds: all 15 pairs meet 3 times → 30 repeats.
    assert_eq!(bound(&uniform(1, 3, 6, 6, 1)), 30);
}

#[test]
fn held_rounds_count_as_they_were() {
    let inst = Instance::from_json(&uniform(2, 2, 2, 4, 1)).expect("valid");
    // Held round 0: {p0 p1}{p2 p3}. Round 1 is free: 4 people in 4 cells → 0.
    let previous = vec![vec![0, 0, 1, 1], vec![0, 0, 1, 1]];
    let pb = Problem::new(&inst, Some(previous), 1);
    assert_eq!(pb.lower_bound, 0);
    let previous = vec![vec![0, 0, 1, 1], vec![0, 0, 1, 1]];
    let pb = Problem::new(&inst, Some(previous), 2);
    assert_eq!(pb.lower_bound, 2);
}

#[test]
fn forced_uneven_tables_raise_the_bound() {
    // 40 people at full tables of 25 and 15 for two rounds.
    let ps: Vec<String> = (0..40).map(|i| format!(r#"{{"id":"p{i}","org":"o{i}"}}"#)).collect();
    let json = format!(r#"{{"tables":2,"rounds":2,"capacity":[25,15],"participants":[{}]}}"#, ps.join(","));
    // Rows 25 and 15 over 2 columns: 13+12 → 78+66, 8+7 → 28+21; total 193.
    assert_eq!(bound(&json), 193);
}

/// Fewest repeats over every plan, by enumeration (tiny instances only).
fn brute_force_min_repeats(inst: &Instance) -> i64 {
    let n = inst.participants();
    let t = inst.tables;
    let mut round_options: Vec<Vec<Vec<usize>>> = Vec::new();
    for r in 0..inst.rounds {
        let mut options = Vec::new();
        for code in 0..t.pow(n as u32) {
            let mut seat = vec![crate::plan::NO_TABLE; n];
            let mut x = code;
            let mut sizes = vec![0usize; t];
            let mut ok = true;
            for (p, slot) in seat.iter_mut().enumerate() {
                let table = x % t;
                x /= t;
                if !inst.present[r][p] {
                    ok &= table == 0;
                    continue;
                }
                *slot = table;
                sizes[table] += 1;
            }
            ok &= sizes.iter().zip(&inst.capacities).all(|(s, c)| s <= c);
            for p in 0..n {
                for q in p + 1..n {
                    ok &= !(seat[p] != crate::plan::NO_TABLE && seat[p] == seat[q] && inst.same_org(p, q));
                }
            }
            if ok {
                options.push(seat);
            }
        }
        round_options.push(options);
    }
    let mut best = i64::MAX;
    let mut index = vec![0usize; inst.rounds];
    loop {
        let seat: Vec<Vec<usize>> = (0..inst.rounds).map(|r| round_options[r][index[r]].clone()).collect();
        let meet = crate::score::meetings(n, t, &seat);
        let repeats: i64 = (0..n).flat_map(|p| (p + 1..n).map(move |q| (p, q))).map(|(p, q)| (i64::from(meet[p * n + q]) - 1).max(0)).sum();
        best = best.min(repeats);
        let mut r = 0;
        loop {
            if r == inst.rounds {
                return best;
            }
            index[r] += 1;
            if index[r] < round_options[r].len() {
                break;
            }
            index[r] = 0;
            r += 1;
        }
    }
}

#[test]
fn bound_never_exceeds_the_true_minimum_on_tiny_instances() {
    let cases = [
        r#"{"tables":2,"rounds":3,"capacity":3,"participants":[{"id":"a","org":"1"},{"id":"b","org":"2"},{"id":"c","org":"3"},{"id":"d","org":"4"},{"id":"e","org":"5"},{"id":"f","org":"6"}]}"#,
        r#"{"tables":2,"rounds":3,"capacity":[4,2],"participants":[{"id":"a","org":"1"},{"id":"b","org":"1"},{"id":"c","org":"3"},{"id":"d","org":"4"},{"id":"e","org":"5"},{"id":"f","org":"6"}]}"#,
        r#"{"tables":2,"rounds":3,"capacity":[5,5],"participants":[{"id":"a","org":"1"},{"id":"b","org":"2"},{"id":"c","org":"3","absent_rounds":[0]},{"id":"d","org":"4"},{"id":"e","org":"5","absent_rounds":[2]}]}"#,
        r#"{"tables":3,"rounds":2,"capacity":[3,2,1],"participants":[{"id":"a","org":"1"},{"id":"b","org":"2"},{"id":"c","org":"3"},{"id":"d","org":"4"},{"id":"e","org":"5"},{"id":"f","org":"6"}]}"#,
    ];
    for json in cases {
        let inst = Instance::from_json(json).expect("valid");
        let bound = Problem::new(&inst, None, 0).lower_bound;
        let best = brute_force_min_repeats(&inst);
        assert!(bound <= best, "bound {bound} > minimum {best} for {json}");
    }
}
