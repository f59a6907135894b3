//! Explains one pair of the evaluation set: profiles, hard constraints and score.
//! `cargo run -p matching --example why -- n001 o002`

use matching::cli::{build_engine, parse_input};
use matching::ItemId;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(need), Some(offer)) = (args.get(1), args.get(2)) else {
        return Err("usage: why NEED OFFER".into());
    };
    let engine = build_engine(parse_input(include_str!("../eval/lindenau.json"))?);
    let (n, o) = (ItemId(need.clone()), ItemId(offer.clone()));
    println!("violation: {:?}", engine.violation(&n, &o)?);
    for id in [&n, &o] {
        if let Some(p) = engine.profile(id) {
            println!("{id}: {p:#?}");
        }
    }
    let found = engine.suggestions_for_need(&n, 100)?.into_iter().find(|s| s.offer == o);
    println!("suggestion: {found:?}");
    Ok(())
}
