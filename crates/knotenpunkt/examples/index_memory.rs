//! What the directory index holds for N synthetic associations (the data of
//! `knotenpunkt demo --organisations N`), part by part, and the process's RSS around the build:
//! `cargo run --release -p knotenpunkt --example index_memory [N]`.
//! The associations are handed to the builder one at a time, as the store does at start-up.

use std::time::Instant;

use app::directory::default_categories::default_categories;
use app::directory::index::IndexBuilder;
use domain::ids::OrgId;
use domain::organisation::Organisation;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let districts = knotenpunkt::demo::districts()?;
    println!("RSS at start: {}", rss());
    let start = Instant::now();
    let mut builder = IndexBuilder::new(default_categories(), districts.clone());
    // In slices of 1,000, so that the generated profiles are never all in memory either.
    for first in (0..n).step_by(1000) {
        let batch = knotenpunkt::generate::synthetic(1000.min(n - first), first, &districts);
        for (i, o) in batch.organisations.into_iter().enumerate() {
            let id = first + i;
            builder.add(Organisation {
                id: OrgId(id as i64 + 1),
                slug: o.slug,
                profile: o.profile,
                updated_at: format!("2026-01-01T00:{:02}:{:02}.000Z", id / 60 % 60, id % 60),
            });
        }
    }
    let index = builder.finish();
    println!("built the index of {} associations in {:?}; RSS {}", index.len(), start.elapsed(), rss());
    let mut total = 0;
    for (part, bytes) in index.memory_report() {
        total += bytes;
        println!("{part:50} {:>8.1} MB", bytes as f64 / 1e6);
    }
    println!("{:50} {:>8.1} MB", "total", total as f64 / 1e6);
    Ok(())
}

fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS")).map(|l| l.trim_start_matches("VmRSS:").trim().to_owned()))
        .unwrap_or_default()
}
