//! Measures the engine and the word-overlap baseline on evaluation sets given as files, so a
//! new set can be run for the first time without being compiled into the crate:
//!
//! `cargo run -p matching --release --example evaluate_files -- SET.json SET_judgments.txt [...]`
//!
//! Prints one line per set and ranker: nDCG@10, MRR, recall@10, precision@5 and the share of
//! needs without a judged match that still get a suggestion. With `--causes` (first argument) it
//! also tells why judged fitting pairs are not among the first ten suggestions, per set and in
//! total (see `matching::causes`). The engine runs with its default decision whether anything fits
//! (`data/fit_below.txt`: the global threshold, and below it the per-need model); with `--per-need`
//! it also prints a row for the global threshold alone (as before branch `match13`) and one for
//! the per-need model deciding every need alone (`data/fit.txt`; see `docs/benchmarks.md`).
//! `--periods off`, `--periods soft` or `--periods exclude` runs every row with that rule for
//! periods of the year read from the texts (`matching::PeriodRule`; exclude by default since
//! session 23).

use matching::cli::{build_engine, parse_input};
use matching::eval::{evaluate, parse_judgments, word_overlap_baseline, Metrics, Rankings};

fn line(name: &str, ranker: &str, m: &Metrics) -> String {
    format!(
        "| {name} | {ranker} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} ({} of {}) |",
        m.ndcg_at_10,
        m.mrr,
        m.recall_at_10,
        m.precision_at_5,
        m.no_match_suggested,
        (m.no_match_suggested * m.needs_without_match as f64).round() as usize,
        m.needs_without_match
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut flag = |name: &str| match args.iter().position(|a| a == name) {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let with_causes = flag("--causes");
    let per_need = flag("--per-need");
    let periods = match args.iter().position(|a| a == "--periods") {
        Some(i) if i + 1 < args.len() => {
            let rule = match args[i + 1].as_str() {
                "off" => matching::PeriodRule::Off,
                "soft" => matching::PeriodRule::Soft,
                "exclude" => matching::PeriodRule::Exclude,
                other => return Err(format!("--periods takes off, soft or exclude, not `{other}`").into()),
            };
            args.drain(i..=i + 1);
            Some(rule)
        }
        Some(_) => return Err("--periods takes off, soft or exclude".into()),
        None => None,
    };
    let mut causes = Vec::new();
    if args.is_empty() || args.len() % 2 != 0 {
        return Err("usage: evaluate_files [--causes] [--per-need] [--periods off|soft|exclude] SET.json SET_judgments.txt [SET.json SET_judgments.txt ...]".into());
    }
    println!("| set | ranker | nDCG@10 | MRR | recall@10 | precision@5 | no-match suggested |");
    println!("|---|---|---|---|---|---|---|");
    let (mut sum_engine, mut sum_baseline, mut sum_per_need, mut sum_threshold, mut sets) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for pair in args.chunks(2) {
        let name = std::path::Path::new(&pair[0]).file_stem().and_then(|s| s.to_str()).unwrap_or("set").to_string();
        let input = parse_input(&std::fs::read_to_string(&pair[0])?)?;
        let judgments = parse_judgments(&std::fs::read_to_string(&pair[1])?)?;
        let baseline = evaluate(&word_overlap_baseline(&input, 10), &judgments);
        let mut engine = build_engine(input.clone());
        if let Some(rule) = periods {
            engine.set_params(matching::Params { periods: rule, ..engine.params() });
        }
        let ranked = |engine: &matching::Engine| -> Rankings {
            engine.all_suggestions(10).into_iter().map(|(need, list)| (need.0, list.into_iter().map(|s| s.offer.0).collect())).collect()
        };
        let measured = evaluate(&ranked(&engine), &judgments);
        println!("{}", line(&name, "engine", &measured));
        if per_need {
            let default = engine.params();
            engine.set_params(matching::Params { fit: None, ..default });
            let m = evaluate(&ranked(&engine), &judgments);
            println!("{}", line(&name, "engine, global threshold only", &m));
            sum_threshold += m.ndcg_at_10;
            let model = matching::fit::FitModel::builtin().ok_or("data/fit.txt holds no model")?;
            engine.set_params(matching::Params { fit: Some(model), ..default });
            let m = evaluate(&ranked(&engine), &judgments);
            println!("{}", line(&name, "engine, per-need model alone", &m));
            sum_per_need += m.ndcg_at_10;
        }
        println!("{}", line(&name, "baseline", &baseline));
        sum_engine += measured.ndcg_at_10;
        sum_baseline += baseline.ndcg_at_10;
        sets += 1.0;
        if with_causes {
            causes.push((name, matching::causes::causes(&input, &judgments)));
        }
    }
    println!("\nmean nDCG@10 over {sets} sets: engine {:.3}, baseline {:.3}", sum_engine / sets, sum_baseline / sets);
    if per_need {
        println!("mean nDCG@10 with the global threshold only: {:.3}", sum_threshold / sets);
        println!("mean nDCG@10 with the per-need model alone: {:.3}", sum_per_need / sets);
    }
    if with_causes {
        let mut total = matching::causes::Causes::default();
        for (name, c) in &causes {
            println!("\n{}", matching::causes::render(name, c));
            total.add(c);
        }
        println!("\n{}", matching::causes::render("all sets", &total));
    }
    Ok(())
}
