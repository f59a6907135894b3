//! Regression guard: the engine's quality on the hand-judged evaluation sets stays at least at
//! the level measured when the threshold was set, and the third and fourth sets at their levels
//! after the fixes they led to (see `docs/benchmarks.md`).

use matching::cli::{build_engine, parse_input};
use matching::eval::{evaluate, parse_judgments, Metrics, Rankings};

fn measure(input: &str, judgments: &str) -> Metrics {
    let input = parse_input(input).expect("evaluation input parses");
    let judgments = parse_judgments(judgments).expect("judgments parse");
    let engine = build_engine(input);
    let mut rankings = Rankings::new();
    for (need, list) in engine.all_suggestions(10) {
        rankings.insert(need.0, list.into_iter().map(|s| s.offer.0).collect());
    }
    evaluate(&rankings, &judgments)
}

#[test]
fn main_set_quality_stays_above_the_measured_floor() {
    let m = measure(include_str!("../../eval/lindenau.json"), include_str!("../../eval/judgments.txt"));
    // Measured: nDCG@10 0.8497, MRR 0.938, recall@10 0.776, P@5 0.308, no-match share 0.190;
    // after the fixes from the rivershire set the no-match share is 0.143; after those from the
    // auenfeld set nDCG@10 0.854, recall@10 0.788, P@5 0.312.
    assert!(m.ndcg_at_10 >= 0.845, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.93, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.77, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.precision_at_5 >= 0.30, "P@5 {:.3}", m.precision_at_5);
    assert!(m.no_match_suggested <= 0.15, "needs without match suggested {:.3}", m.no_match_suggested);
}

#[test]
fn held_out_set_quality_stays_above_the_measured_floor() {
    let m = measure(include_str!("../../eval/holdout.json"), include_str!("../../eval/holdout_judgments.txt"));
    // Measured: nDCG@10 0.874, MRR 0.886, recall@10 0.900, no-match share 0.143; after the fixes
    // from the auenfeld set nDCG@10 0.885, MRR 0.900.
    assert!(m.ndcg_at_10 >= 0.875, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.89, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.89, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.no_match_suggested <= 0.15, "needs without match suggested {:.3}", m.no_match_suggested);
}

#[test]
fn third_set_quality_stays_above_the_measured_floor() {
    let m = measure(include_str!("../../eval/rivershire.json"), include_str!("../../eval/rivershire_judgments.txt"));
    // First run, before any fix: nDCG@10 0.806, MRR 0.814, recall@10 0.827, no-match share 0.308.
    // Measured after the fixes (so no longer unseen): nDCG@10 0.928, MRR 0.941, recall@10 0.922,
    // no-match share 0.077; after the fixes from the auenfeld set nDCG@10 0.925, recall@10 0.912.
    assert!(m.ndcg_at_10 >= 0.92, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.93, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.91, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.no_match_suggested <= 0.08, "needs without match suggested {:.3}", m.no_match_suggested);
}

#[test]
fn fourth_set_quality_stays_above_the_measured_floor() {
    let m = measure(include_str!("../../eval/auenfeld.json"), include_str!("../../eval/auenfeld_judgments.txt"));
    // First run, before any fix (the unseen estimate): nDCG@10 0.706, MRR 0.746, recall@10 0.717,
    // no-match share 0.067 (1 of 15). Measured after the fixes (so no longer unseen): nDCG@10
    // 0.858, MRR 0.882, recall@10 0.842, no-match share 0.
    assert!(m.ndcg_at_10 >= 0.85, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.87, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.83, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.no_match_suggested <= 0.07, "needs without match suggested {:.3}", m.no_match_suggested);
}
