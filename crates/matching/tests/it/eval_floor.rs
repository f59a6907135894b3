//! Regression guard: the engine's quality on the hand-judged evaluation set stays at least at
//! the level measured when the threshold was set (see `docs/benchmarks.md`).

use matching::cli::{build_engine, parse_input};
use matching::eval::{evaluate, parse_judgments, Rankings};

#[test]
fn evaluation_set_quality_stays_above_the_measured_floor() {
    let input = parse_input(include_str!("../../eval/lindenau.json")).expect("evaluation input parses");
    let judgments = parse_judgments(include_str!("../../eval/judgments.txt")).expect("judgments parse");
    let engine = build_engine(input);
    let mut rankings = Rankings::new();
    for (need, list) in engine.all_suggestions(10) {
        rankings.insert(need.0, list.into_iter().map(|s| s.offer.0).collect());
    }
    let m = evaluate(&rankings, &judgments);
    // Measured: nDCG@10 0.856, MRR 0.949, recall@10 0.786, P@5 0.315, no-match share 0.190.
    assert!(m.ndcg_at_10 >= 0.85, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.93, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.77, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.precision_at_5 >= 0.30, "P@5 {:.3}", m.precision_at_5);
    assert!(m.no_match_suggested <= 0.20, "needs without match suggested {:.3}", m.no_match_suggested);
}
