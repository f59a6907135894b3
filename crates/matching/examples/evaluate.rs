//! Measures the engine against the hand-judged evaluation set and the word-overlap baseline.
//!
//! `cargo run -p matching --release --example evaluate` prints the table;
//! `-- --write docs/benchmarks.md` also replaces the table in that file;
//! `-- --details` lists every need with its suggestions and judgments.

use matching::cli::{build_engine, parse_input};
use matching::eval::{evaluate, parse_judgments, word_overlap_baseline, Metrics, Rankings};

const INPUT: &str = include_str!("../eval/lindenau.json");
const JUDGMENTS: &str = include_str!("../eval/judgments.txt");
const START: &str = "<!-- matching-eval:start -->";
const END: &str = "<!-- matching-eval:end -->";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let judgments = parse_judgments(JUDGMENTS)?;
    let input = parse_input(INPUT)?;
    let baseline = evaluate(&word_overlap_baseline(&input, 10), &judgments);
    let sweep = args.iter().any(|a| a == "--sweep");
    let engine = if sweep {
        // Suggestions down to 0.35, so that higher thresholds can be tried on the same run.
        let mut e = matching::Engine::new(matching::Params { threshold: 0.35, ..matching::Params::default() });
        e.set_districts(input.districts.clone());
        for org in input.organisations.clone() {
            e.upsert_organisation(org);
        }
        for item in input.items.clone() {
            e.upsert_item(item);
        }
        e
    } else {
        build_engine(input.clone())
    };
    let all = engine.all_suggestions(10);
    let mut rankings = Rankings::new();
    for (need, list) in &all {
        rankings.insert(need.0.clone(), list.iter().map(|s| s.offer.0.clone()).collect());
    }
    let metrics = evaluate(&rankings, &judgments);

    if args.iter().any(|a| a == "--details") {
        for (need, list) in &all {
            let grades = judgments.get(&need.0).cloned().unwrap_or_default();
            let title = engine.item(need).map(|i| i.title.clone()).unwrap_or_default();
            println!("{need} {title}  judged: {grades:?}");
            for s in list {
                let g = grades.get(&s.offer.0).copied().unwrap_or(0);
                let t = engine.item(&s.offer).map(|i| i.title.clone()).unwrap_or_default();
                let reasons: Vec<String> = s.reasons.iter().map(|r| r.to_german()).collect();
                println!("   {} [{g}] {:.3} {t}  ({})", s.offer, s.score, reasons.join("; "));
            }
        }
    }

    if sweep {
        for step in 0..12 {
            let t = 0.35 + 0.025 * step as f32;
            let mut r = Rankings::new();
            for (need, list) in &all {
                r.insert(need.0.clone(), list.iter().filter(|s| s.score >= t).map(|s| s.offer.0.clone()).collect());
            }
            let m = evaluate(&r, &judgments);
            println!(
                "threshold {t:.3}: nDCG {:.3} P@5 {:.3} shown-P {:.3} R@10 {:.3} MRR {:.3} no-match {:.3}",
                m.ndcg_at_10, m.precision_at_5, m.shown_precision_at_5, m.recall_at_10, m.mrr, m.no_match_suggested
            );
        }
    }

    let table = render(&metrics, &baseline);
    println!("{table}");
    if let Some(pos) = args.iter().position(|a| a == "--write") {
        let path = args.get(pos + 1).ok_or("--write needs a path")?;
        let doc = std::fs::read_to_string(path)?;
        let (Some(s), Some(e)) = (doc.find(START), doc.find(END)) else {
            return Err(format!("{path} has no {START} … {END} block").into());
        };
        let updated = format!("{}{START}\n{table}{}", &doc[..s], &doc[e..]);
        std::fs::write(path, updated)?;
        println!("updated {path}");
    }
    Ok(())
}

fn render(engine: &Metrics, baseline: &Metrics) -> String {
    let row = |name: &str, f: fn(&Metrics) -> f64| {
        format!("| {name} | {:.3} | {:.3} |\n", f(engine), f(baseline))
    };
    let mut out = String::new();
    out.push_str(&format!(
        "Evaluation set: `crates/matching/eval/` — {} needs with judged matches, {} needs without a match.\n\n",
        engine.needs_with_match, engine.needs_without_match
    ));
    out.push_str("| metric | engine | word-overlap baseline |\n|---|---|---|\n");
    out.push_str(&row("precision@5 (relevant in first 5 places ÷ 5)", |m| m.precision_at_5));
    out.push_str(&row("precision of shown suggestions in first 5", |m| m.shown_precision_at_5));
    out.push_str(&row("recall@10", |m| m.recall_at_10));
    out.push_str(&row("MRR", |m| m.mrr));
    out.push_str(&row("nDCG@10", |m| m.ndcg_at_10));
    out.push_str(&row("needs without a match that get a suggestion", |m| m.no_match_suggested));
    out
}
