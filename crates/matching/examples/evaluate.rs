//! Measures the engine against the hand-judged evaluation sets and the word-overlap baseline.
//!
//! `cargo run -p matching --release --example evaluate` prints the tables;
//! `-- --write docs/benchmarks.md` also replaces them in that file;
//! `-- --details` lists every need of the main set with its suggestions and judgments;
//! `-- --sweep` prints the main set's metrics for a range of thresholds;
//! `-- --set NAME` (lindenau, holdout, rivershire, auenfeld) applies `--details` and `--sweep` to that set
//! instead; `-- --holdout` is short for `--set holdout`.

use matching::cli::{parse_input, MatchInput};
use matching::eval::{evaluate, parse_judgments, word_overlap_baseline, Judgments, Metrics, Rankings};
use matching::ItemId;
use matching::{Engine, Params, Suggestion};

const MAIN: (&str, &str) = (include_str!("../eval/lindenau.json"), include_str!("../eval/judgments.txt"));
const HOLDOUT: (&str, &str) = (include_str!("../eval/holdout.json"), include_str!("../eval/holdout_judgments.txt"));
const RIVERSHIRE: (&str, &str) = (include_str!("../eval/rivershire.json"), include_str!("../eval/rivershire_judgments.txt"));
const AUENFELD: (&str, &str) = (include_str!("../eval/auenfeld.json"), include_str!("../eval/auenfeld_judgments.txt"));
/// The sets by name, for `--set NAME`.
const SETS: [(&str, (&str, &str)); 4] = [("lindenau", MAIN), ("holdout", HOLDOUT), ("rivershire", RIVERSHIRE), ("auenfeld", AUENFELD)];
const START: &str = "<!-- matching-eval:start -->";
const END: &str = "<!-- matching-eval:end -->";

fn engine_for(input: &MatchInput, params: Params) -> Engine {
    let mut e = Engine::new(params);
    e.set_districts(input.districts.clone());
    for org in input.organisations.clone() {
        e.upsert_organisation(org);
    }
    for item in input.items.clone() {
        e.upsert_item(item);
    }
    e
}

fn rankings(all: &[(ItemId, Vec<Suggestion>)], min_score: f32) -> Rankings {
    all.iter()
        .map(|(need, list)| (need.0.clone(), list.iter().filter(|s| s.score >= min_score).map(|s| s.offer.0.clone()).collect()))
        .collect()
}

/// Engine and baseline metrics for one set.
fn measure(set: (&str, &str)) -> Result<(Metrics, Metrics), Box<dyn std::error::Error>> {
    let judgments = parse_judgments(set.1)?;
    let input = parse_input(set.0)?;
    let baseline = evaluate(&word_overlap_baseline(&input, 10), &judgments);
    let all = engine_for(&input, Params::default()).all_suggestions(10);
    Ok((evaluate(&rankings(&all, 0.0), &judgments), baseline))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let name = match args.iter().position(|a| a == "--set") {
        Some(pos) => args.get(pos + 1).map(String::as_str).ok_or("--set needs a name")?,
        None if has("--holdout") => "holdout",
        None => "lindenau",
    };
    let focus = SETS.iter().find(|(n, _)| *n == name).map(|(_, set)| *set).ok_or_else(|| {
        let names: Vec<&str> = SETS.iter().map(|(n, _)| *n).collect();
        format!("unknown set `{name}` (known: {})", names.join(", "))
    })?;
    if has("--details") || has("--sweep") {
        let judgments = parse_judgments(focus.1)?;
        let input = parse_input(focus.0)?;
        // Suggestions down to 0.35, so that higher thresholds can be tried on the same run.
        let engine = engine_for(&input, Params { threshold: 0.35, ..Params::default() });
        let all = engine.all_suggestions(10);
        if has("--details") {
            print_details(&engine, &all, &judgments, Params::default().threshold);
        }
        if has("--sweep") {
            for step in 0..12 {
                let t = 0.35 + 0.025 * step as f32;
                let m = evaluate(&rankings(&all, t), &judgments);
                println!(
                    "threshold {t:.3}: nDCG {:.3} P@5 {:.3} shown-P {:.3} R@10 {:.3} MRR {:.3} no-match {:.3}",
                    m.ndcg_at_10, m.precision_at_5, m.shown_precision_at_5, m.recall_at_10, m.mrr, m.no_match_suggested
                );
            }
        }
    }

    let (main_engine, main_baseline) = measure(MAIN)?;
    let (hold_engine, hold_baseline) = measure(HOLDOUT)?;
    let (river_engine, river_baseline) = measure(RIVERSHIRE)?;
    let (auen_engine, auen_baseline) = measure(AUENFELD)?;
    let mut table = String::new();
    table.push_str(&render("Main set `eval/lindenau.json` (used to tune the engine)", &main_engine, &main_baseline));
    table.push('\n');
    table.push_str(&render(
        "Held-out set `eval/holdout.json` (written and judged after tuning; see above for what its first run changed)",
        &hold_engine,
        &hold_baseline,
    ));
    table.push('\n');
    table.push_str(&render(
        "Third set `eval/rivershire.json` (written and judged before its first run; see above for what that run changed)",
        &river_engine,
        &river_baseline,
    ));
    table.push('\n');
    table.push_str(&render(
        "Fourth set `eval/auenfeld.json` (cards of a network meeting, written and judged before its first run; see above)",
        &auen_engine,
        &auen_baseline,
    ));
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

/// Every need with its suggestions (grade in brackets), marking those below the engine's threshold.
fn print_details(engine: &Engine, all: &[(ItemId, Vec<Suggestion>)], judgments: &Judgments, threshold: f32) {
    for (need, list) in all {
        let grades = judgments.get(&need.0).cloned().unwrap_or_default();
        let title = engine.item(need).map(|i| i.title.clone()).unwrap_or_default();
        println!("{need} {title}  judged: {grades:?}");
        for s in list {
            let g = grades.get(&s.offer.0).copied().unwrap_or(0);
            let t = engine.item(&s.offer).map(|i| i.title.clone()).unwrap_or_default();
            let reasons: Vec<String> = s.reasons.iter().map(|r| r.to_german()).collect();
            let shown = if s.score >= threshold { "" } else { " (below threshold)" };
            println!("   {} [{g}] {:.3} {t}  ({}){shown}", s.offer, s.score, reasons.join("; "));
        }
    }
}

fn render(title: &str, engine: &Metrics, baseline: &Metrics) -> String {
    let row = |name: &str, f: fn(&Metrics) -> f64| format!("| {name} | {:.3} | {:.3} |\n", f(engine), f(baseline));
    if std::env::var_os("EVAL_EXACT").is_some() {
        println!("exact: {engine:?}");
    }
    let mut out = format!(
        "{title}: {} needs with judged matches, {} needs without a match.\n\n",
        engine.needs_with_match, engine.needs_without_match
    );
    out.push_str("| metric | engine | word-overlap baseline |\n|---|---|---|\n");
    out.push_str(&row("precision@5 (relevant in first 5 places ÷ 5)", |m| m.precision_at_5));
    out.push_str(&row("precision of shown suggestions in first 5", |m| m.shown_precision_at_5));
    out.push_str(&row("recall@10", |m| m.recall_at_10));
    out.push_str(&row("MRR", |m| m.mrr));
    out.push_str(&row("nDCG@10", |m| m.ndcg_at_10));
    out.push_str(&row("needs without a match that get a suggestion", |m| m.no_match_suggested));
    out
}
