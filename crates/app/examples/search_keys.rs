//! How long the marketplace's text-search keys take for a city of 10,000 offers and needs:
//! the words (stemmed) and the title's topics (matching lexicon) of every item, as the read
//! model computes them on each rebuild. `cargo run -p app --release --example search_keys`

use std::time::Instant;

fn main() {
    let demo: serde_json::Value =
        serde_json::from_str(include_str!("../../knotenpunkt/demo/ludwigsburg.json")).unwrap_or(serde_json::Value::Null);
    let mut texts: Vec<(String, String)> = Vec::new();
    for org in demo["organisations"].as_array().into_iter().flatten() {
        for kind in ["offers", "needs"] {
            for item in org[kind].as_array().into_iter().flatten() {
                let title = item["title"].as_str().unwrap_or_default().to_owned();
                let description = item["description"].as_str().unwrap_or_default().to_owned();
                texts.push((title, description));
            }
        }
    }
    let per_copy = texts.len().max(1);
    let copies = 10_000 / per_copy + 1;
    let items: Vec<(String, String)> =
        (0..copies).flat_map(|n| texts.iter().map(move |(t, d)| (format!("{t} {n}"), d.clone()))).take(10_000).collect();
    let start = Instant::now();
    let mut terms = 0;
    let mut topics = 0;
    for (title, description) in &items {
        terms += domain::text::search_terms(&format!("{title} {description}")).len();
        topics += usize::from(!matching::Topics::of_item(title, false).is_empty());
    }
    let elapsed = start.elapsed();
    println!("{} items: {:.0} ms ({terms} terms, {topics} with topics)", items.len(), elapsed.as_secs_f64() * 1000.0);
}
