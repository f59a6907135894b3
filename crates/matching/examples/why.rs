//! Explains one pair of the evaluation set: profiles, hard constraints and score.
//! `cargo run -p matching --example why -- n001 o002` (add `--holdout` for the held-out set,
//! `--set NAME` for another training set of `eval/`, by its file name without `.json`)

use matching::cli::{build_engine, parse_input};
use matching::ItemId;

#[path = "support/eval_sets.rs"]
mod eval_sets;
use eval_sets::SETS;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(need), Some(offer)) = (args.get(1), args.get(2)) else {
        return Err("usage: why NEED OFFER".into());
    };
    let set = match args.iter().position(|a| a == "--set") {
        Some(pos) => args.get(pos + 1).map(String::as_str).unwrap_or(""),
        None if args.iter().any(|a| a == "--holdout") => "holdout",
        None => "lindenau",
    };
    let Some(&(_, (input, _))) = SETS.iter().find(|(name, _)| *name == set) else {
        let names: Vec<&str> = SETS.iter().map(|(name, _)| *name).collect();
        return Err(format!("unknown set `{set}` (known: {})", names.join(", ")).into());
    };
    let engine = build_engine(parse_input(input)?);
    let (n, o) = (ItemId(need.clone()), ItemId(offer.clone()));
    println!("violation: {:?}", engine.violation(&n, &o)?);
    for id in [&n, &o] {
        if let Some(p) = engine.profile(id) {
            println!("{id}: {p:#?}");
        }
    }
    let found = engine.suggestions_for_need(&n, 100)?.into_iter().find(|s| s.offer == o);
    println!("suggestion: {found:?}");
    // Why it is not suggested, when it is not: the hard rule, or the score and the soft rule.
    let miss = engine.near_misses(&n, 10, 1000)?.into_iter().find(|m| m.offer == o);
    println!("near miss: {miss:?}");
    let mut low = matching::Engine::new(matching::Params { threshold: 0.0, fit: None, ..matching::Params::default() });
    let parsed = parse_input(input)?;
    low.set_districts(parsed.districts);
    for org in parsed.organisations {
        low.upsert_organisation(org);
    }
    for item in parsed.items {
        low.upsert_item(item);
    }
    let any = low.suggestions_for_need(&n, 1000)?.into_iter().find(|s| s.offer == o);
    println!("without threshold: {any:?}");
    Ok(())
}
