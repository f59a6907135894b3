//! Lists every need of the given sets with whether its profile names a subject (a topic concept
//! of some strength), its entered category and the concepts the lexicon finds in its texts, one
//! tab-separated line per need, for the study of needs that name no subject
//! (`docs/benchmarks.md`, "Needs that name no subject"):
//!
//! ```text
//! cargo run -p matching --release --example subjectless -- SET.json [SET.json ...]
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let input = matching::cli::parse_input(&text).map_err(|e| e.message)?;
        let items = input.items.clone();
        let engine = matching::cli::build_engine(input.clone());
        // Every pair the engine scores at all (no threshold, no per-need decision).
        let mut open = matching::cli::build_engine(input);
        open.set_params(matching::Params {
            threshold: 0.0,
            min_relevance: 0.0,
            calibrated: false,
            fit: None,
            ..matching::Params::default()
        });
        let offers: Vec<&matching::Item> = items.iter().filter(|i| i.kind == matching::Kind::Offer).collect();
        let set = std::path::Path::new(&path).file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string();
        for item in items.iter().filter(|i| i.kind == matching::Kind::Need) {
            let profile = engine.profile(&item.id).map(|p| format!("{p:?}")).unwrap_or_default();
            let topic = profile.contains("has_topic: true");
            let concepts: Vec<String> =
                matching::vocabulary::concepts_in(&format!("{}. {}", item.title, item.description)).into_iter().map(|(c, _)| c).collect();
            let scored: Vec<String> =
                open.suggestions_for_need(&item.id, usize::MAX).unwrap_or_default().into_iter().map(|s| s.offer.0).collect();
            let excluded: Vec<String> =
                offers.iter().filter(|o| engine.violation(&item.id, &o.id).ok().flatten().is_some()).map(|o| o.id.0.clone()).collect();
            println!(
                "{set}\t{}\t{}\t{}\t{}\t{}\t{}",
                item.id.0,
                topic,
                item.category.clone().unwrap_or_default(),
                concepts.join(","),
                scored.join(","),
                excluded.join(",")
            );
        }
    }
    Ok(())
}
