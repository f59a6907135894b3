//! Explains one pair of the evaluation set: profiles, hard constraints and score.
//! `cargo run -p matching --example why -- n001 o002` (add `--holdout` for the held-out set)

use matching::cli::{build_engine, parse_input};
use matching::ItemId;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(need), Some(offer)) = (args.get(1), args.get(2)) else {
        return Err("usage: why NEED OFFER".into());
    };
    let input =
        if args.iter().any(|a| a == "--holdout") { include_str!("../eval/holdout.json") } else { include_str!("../eval/lindenau.json") };
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
    let mut low = matching::Engine::new(matching::Params { threshold: 0.0, ..matching::Params::default() });
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
