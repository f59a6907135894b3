//! Periods of the year (`Params::periods`, `src/period.rs`) on the training sets.
//!
//! `cargo run -p matching --release --example periods -- --items [SET.json …]` prints every item
//! whose texts name a period of the year, with the months read (all sets of `eval/` when no file
//! is given). Without `--items` it compares the first ten suggestions of every training set with
//! the rule off and with `PeriodRule::Exclude`, and prints each pair the rule removes — of a need
//! without a fitting offer, a judged fitting pair, or another offer of a need with a fit — and the
//! needs without a fit that lose all their suggestions; `--per-need` does the same with the
//! per-need decision (`data/fit.txt`).

use std::collections::BTreeSet;
use std::path::PathBuf;

use matching::{Params, PeriodRule};

const EVAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/eval");

fn training_sets() -> Vec<PathBuf> {
    let mut sets: Vec<PathBuf> = std::fs::read_dir(EVAL)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "json")).collect())
        .unwrap_or_default();
    sets.sort();
    sets
}

fn name_of(path: &std::path::Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let files: Vec<PathBuf> = args.iter().filter(|a| !a.starts_with("--")).map(PathBuf::from).collect();
    if args.iter().any(|a| a == "--items") {
        for path in if files.is_empty() { training_sets() } else { files } {
            let input = matching::cli::parse_input(&std::fs::read_to_string(&path)?)?;
            for item in &input.items {
                let text = format!("{}\n{}", item.title, item.description);
                if let Some(period) = matching::vocabulary::period_in(&text) {
                    let shown: String = text.replace('\n', " || ").chars().take(160).collect();
                    println!("{}\t{}\t{:?}\t{period}\t{shown}", name_of(&path), item.id, item.kind);
                }
            }
        }
        return Ok(());
    }
    let fit = if args.iter().any(|a| a == "--per-need") { matching::fit::FitModel::builtin() } else { None };
    let (mut no_fit, mut fitting, mut other, mut emptied) = (0, 0, 0, 0);
    for path in training_sets() {
        let name = name_of(&path);
        let judgments_file = if name == "lindenau" { "judgments.txt".to_string() } else { format!("{name}_judgments.txt") };
        let input = matching::cli::parse_input(&std::fs::read_to_string(&path)?)?;
        let judgments = matching::eval::parse_judgments(&std::fs::read_to_string(format!("{EVAL}/{judgments_file}"))?)?;
        let shown = |periods: PeriodRule| -> Vec<(String, Vec<String>)> {
            let mut engine = matching::cli::build_engine(input.clone());
            engine.set_params(Params { periods, fit, ..Params::default() });
            engine.all_suggestions(10).into_iter().map(|(n, s)| (n.0, s.into_iter().map(|x| x.offer.0).collect())).collect()
        };
        let kept: BTreeSet<(String, String)> =
            shown(PeriodRule::Exclude).into_iter().flat_map(|(n, s)| s.into_iter().map(move |o| (n.clone(), o))).collect();
        for (need, offers) in shown(PeriodRule::Off) {
            let Some(grades) = judgments.get(&need) else { continue };
            let removed: Vec<&String> = offers.iter().filter(|o| !kept.contains(&(need.clone(), (*o).clone()))).collect();
            for offer in &removed {
                let class = if grades.is_empty() {
                    no_fit += 1;
                    "need without a fit"
                } else if grades.get(*offer).copied().unwrap_or(0) >= 1 {
                    fitting += 1;
                    "FITTING pair"
                } else {
                    other += 1;
                    "need with a fit, another offer"
                };
                println!("{name}\t{need}\t{offer}\t{class}");
            }
            if grades.is_empty() && !offers.is_empty() && removed.len() == offers.len() {
                emptied += 1;
                println!("{name}\t{need}\tneed without a fit loses all its suggestions");
            }
        }
    }
    println!(
        "pairs removed from the first ten: {no_fit} of needs without a fit, {fitting} judged fitting, {other} other offers of needs with a fit; needs without a fit left with no suggestion: {emptied}"
    );
    Ok(())
}
