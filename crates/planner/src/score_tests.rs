//! Unit tests of scoring.

use super::*;
use crate::instance::Instance;

#[test]
fn pair_cost_follows_the_objectives() {
    let plain = pair_cost(0, 3);
    assert_eq!((plain.repeats, plain.triples, plain.known, plain.org), (2, 1, 0, 0));
    assert_eq!(pair_cost(0, 1), Cost::default());
    assert_eq!(pair_cost(KNOWN, 2).known, 2);
    assert_eq!(pair_cost(INTEREST, 0).unmet_interests, 1);
    assert_eq!(pair_cost(INTEREST, 1).unmet_interests, 0);
    assert_eq!(pair_cost(SAME_ORG, 1).org, 1);
}

#[test]
fn costs_compare_lexicographically() {
    let fewer_repeats = Cost { repeats: 1, known: 50, ..Cost::default() };
    let more_repeats = Cost { repeats: 2, ..Cost::default() };
    assert!(fewer_repeats < more_repeats);
    let org = Cost { org: 1, ..Cost::default() };
    assert!(more_repeats < org);
}

#[test]
fn evaluates_a_small_plan() {
    let inst = Instance::from_json(
        r#"{"tables": 2, "rounds": 3, "capacity": 2,
            "participants": [{"id":"a","org":"x"},{"id":"b","org":"y"},
                             {"id":"c","org":"z"},{"id":"d","org":"w"}],
            "known_pairs": [["a","b"]], "interests": [{"offer":"a","need":"d"}]}"#,
    )
    .expect("valid");
    let flags = pair_flags(&inst);
    // Rounds: {ab}{cd}, {ab}{cd}, {ac}{bd}
    let seat = vec![vec![0, 0, 1, 1], vec![0, 0, 1, 1], vec![0, 1, 0, 1]];
    let fig = evaluate(&inst, &flags, &seat, None, &[true; 3]);
    assert_eq!(fig.cost.repeats, 2);
    assert_eq!(fig.cost.known, 2);
    assert_eq!(fig.cost.unmet_interests, 1);
    assert_eq!(fig.distinct_pairs, 4);
    assert_eq!(fig.interests_met, 0);
    let previous = vec![vec![0, 0, 1, 1], vec![0, 0, 1, 1], vec![0, 0, 1, 1]];
    let fig = evaluate(&inst, &flags, &seat, Some(&previous), &[false, false, true]);
    assert_eq!(fig.cost.moves, 2);
}
