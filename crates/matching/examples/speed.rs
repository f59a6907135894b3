//! Rough timing of the synthetic city outside criterion (for quick checks while optimising):
//! building the index, all suggestions, and one changed need or offer (median of 50 updates).
//! The engine's default decision whether anything fits (`data/fit_below.txt`); `-- --per-need`
//! uses the per-need model alone (`data/fit.txt`), `-- --threshold-only` the global threshold alone.

use std::time::{Duration, Instant};

use matching::{Engine, ItemId, Params};

#[path = "support/synthetic_city.rs"]
mod synthetic_city;

use synthetic_city::{city, item, Rng};

/// The median and the largest of some durations.
fn median_max(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn main() {
    let (orgs, items, districts) = city(0x5eed);
    let t = Instant::now();
    // The default decision (`data/fit_below.txt`); `--per-need`: the model alone (`data/fit.txt`);
    // `--threshold-only`: one global threshold, as before branch `match13`.
    let has = |flag: &str| std::env::args().any(|a| a == flag);
    let fit = if has("--per-need") {
        matching::fit::FitModel::builtin()
    } else if has("--threshold-only") {
        None
    } else {
        Params::default().fit
    };
    let mut e = Engine::new(Params { fit, ..Params::default() });
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
    // One changed item, as in the bench: item 1 is a need, item 0 an offer.
    let mut rng = Rng(42);
    for (index, what) in [(1usize, "need and re-rank it"), (0, "offer and find its seekers")] {
        let mut times = Vec::new();
        for _ in 0..50 {
            let mut changed = item(&mut rng, index);
            changed.id = ItemId(format!("item{index}"));
            let id = changed.id.clone();
            let t = Instant::now();
            e.upsert_item(changed);
            let found =
                if index == 1 { e.suggestions_for_need(&id, 10).map(|l| l.len()) } else { e.seekers_for_offer(&id, 10).map(|l| l.len()) };
            times.push(t.elapsed());
            assert!(found.is_ok(), "item{index} exists");
        }
        let (median, max) = median_max(times);
        println!("update one {what}: median {median:?}, max {max:?} (50 updates)");
    }
}
