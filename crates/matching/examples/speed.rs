//! Rough timing of the synthetic city outside criterion (for quick checks while optimising).

use std::time::Instant;

use matching::{Engine, Params};

#[path = "support/synthetic_city.rs"]
mod synthetic_city;

use synthetic_city::city;

fn main() {
    let (orgs, items, districts) = city(0x5eed);
    let t = Instant::now();
    let mut e = Engine::new(Params::default());
    e.set_districts(districts);
    for o in orgs {
        e.upsert_organisation(o);
    }
    e.upsert_items(items);
    println!("build: {:?}", t.elapsed());
    let t = Instant::now();
    let all = e.all_suggestions(10);
    let n: usize = all.iter().map(|(_, l)| l.len()).sum();
    println!("all suggestions: {:?} ({} needs, {} suggestions)", t.elapsed(), all.len(), n);
}
