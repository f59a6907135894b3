//! Times the directory index on N synthetic associations without HTTP:
//! `cargo run --release -p knotenpunkt --example search_timing [N]`.

use std::collections::HashSet;
use std::time::Instant;

use app::directory::default_categories::default_categories;
use app::directory::index::{SearchIndex, SubsetKey};
use domain::directory_query::{DirectoryQuery, RawDirectoryQuery};
use domain::ids::OrgId;
use domain::marketplace::ItemFilter;
use domain::organisation::Audience;
use domain::organisation::Organisation;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let districts = knotenpunkt::demo::districts()?;
    let batch = knotenpunkt::generate::synthetic(n, 0, &districts);
    let organisations: Vec<Organisation> = batch
        .organisations
        .into_iter()
        .enumerate()
        .map(|(i, o)| Organisation {
            id: OrgId(i as i64 + 1),
            slug: o.slug,
            profile: o.profile,
            updated_at: format!("2026-01-01T00:00:{:02}Z", i % 60),
        })
        .collect();
    println!("RSS with {n} profiles in memory: {}", rss());
    let start = Instant::now();
    let index = SearchIndex::build(organisations, default_categories(), districts);
    println!("built index of {n} in {:?}; RSS {}", start.elapsed(), rss());
    for q in SEARCHES {
        let raw = RawDirectoryQuery::from_pairs(q.split('&').filter_map(|p| p.split_once('=')));
        let query = DirectoryQuery::parse(&raw, &index)?;
        let rounds = 500;
        let start = Instant::now();
        let mut total = 0;
        for _ in 0..rounds {
            total += index.search_uncached(&query).total;
        }
        println!("{q:60} {:>8.1} µs/search  ({} results)", start.elapsed().as_secs_f64() * 1e6 / rounds as f64, total / rounds);
    }
    let words = [
        "Frauen",
        "Nachhilfe",
        "Sprachkurs",
        "Beratung",
        "Fußball",
        "Musik",
        "Tanz",
        "Eltern",
        "Jugend",
        "Senioren",
        "Kultur",
        "Begegnung",
        "Dolmetschen",
        "Hausaufgaben",
        "Bewerbung",
        "Gesundheit",
        "Computer",
        "Feste",
        "Café",
        "Verein",
        "Gemeinde",
        "Türkisch",
        "Arabisch",
        "Ukraine",
        "Brücke",
        "Regenbogen",
        "Zukunft",
        "Treff",
        "Gruppe",
        "Kinder",
    ];
    let filters = ["", "mso=true", "language=ar", "category=education", "district=weststadt", "target_group=women"];
    let mut queries = Vec::new();
    for (i, w) in words.iter().enumerate() {
        for (j, f) in filters.iter().enumerate() {
            let text = if (i + j) % 2 == 0 { format!("{w} {}", words[(i * 7 + j) % words.len()]) } else { (*w).to_owned() };
            let raw = RawDirectoryQuery::from_pairs([("q", text.as_str())].into_iter().chain(f.split_once('=')));
            queries.push(DirectoryQuery::parse(&raw, &index)?);
        }
    }
    let start = Instant::now();
    for q in &queries {
        index.search_uncached(q);
    }
    println!(
        "{} varied searches: {:.1} µs per search on average",
        queries.len(),
        start.elapsed().as_secs_f64() * 1e6 / queries.len() as f64
    );
    // The same searches among one association in twenty, as the filter on offers and needs
    // narrows them (the set of passing associations given; the marketplace computes it).
    let members: HashSet<OrgId> = (1..=n as i64).filter(|i| i % 20 == 0).map(OrgId).collect();
    for q in SEARCHES {
        let raw = RawDirectoryQuery::from_pairs(q.split('&').filter_map(|p| p.split_once('=')));
        let query = DirectoryQuery::parse(&raw, &index)?;
        let rounds = 500;
        let start = Instant::now();
        let mut total = 0;
        for _ in 0..rounds {
            total += index.search_within_uncached(&query, &members).total;
        }
        let label = format!("{q} within 1 in 20");
        println!("{label:60} {:>8.1} µs/search  ({} results)", start.elapsed().as_secs_f64() * 1e6 / rounds as f64, total / rounds);
    }
    // The varied searches among the same subset: its document set is built once, every result is new.
    let key = SubsetKey { filter: ItemFilter::parse(Some("any"), None)?, audience: Audience::Public, generation: 1 };
    let start = Instant::now();
    for q in &queries {
        index.search_within(q, key, || members.clone());
    }
    println!(
        "{} varied searches within 1 in 20: {:.1} µs per search on average",
        queries.len(),
        start.elapsed().as_secs_f64() * 1e6 / queries.len() as f64
    );
    Ok(())
}

const SEARCHES: [&str; 7] = [
    "q=Frauen",
    "q=Frauen&sort=name",
    "q=xyzzy",
    "category=language&district=weststadt&mso=true",
    "q=Nachhilfe&language=ar&target_group=children",
    "q=Sprachkurs&district=mitte",
    "",
];

fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS")).map(|l| l.trim_start_matches("VmRSS:").trim().to_owned()))
        .unwrap_or_default()
}
