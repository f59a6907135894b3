//! Unit tests of the lower bound.

use super::*;
use crate::instance::Instance;
use crate::problem::Problem;

fn bound(json: &str) -> i64 {
    let inst = Instance::from_json(json).expect("valid");
    Problem::new(&inst, None, 0).lower_bound
}

fn uniform(
    tables: usize,
    rounds: usize,
    capacity: usize,
    people: usize,
    org_size: usize,
) -> String {
    let ps: Vec<String> = (0..people)
        .map(|i| format!(r#"{{"id":"p{i}","org":"o{}"}}"#, i / org_size))
        .collect();
    format!(
        r#"{{"tables":{tables},"rounds":{rounds},"capacity":{capacity},"participants":[{}]}}"#,
        ps.join(",")
    )
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
