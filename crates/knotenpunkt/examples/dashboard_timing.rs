//! Times the office's dashboard (all sections counted, then worded with charts) on a database,
//! e.g. one filled with `knotenpunkt demo --organisations 100000 --data-dir DIR`:
//! `cargo run -p knotenpunkt --example dashboard_timing -- DIR [FROM TO]`.
//! Loading the directory index is not timed (the server holds it already).

use std::sync::Arc;
use std::time::Instant;

use app::directory::Directory;
use domain::language::UiLocale;
use domain::reports::Period;
use knotenpunkt::config::Database;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "data".into());
    let from = args.next().unwrap_or_else(|| "2020-01-01".into());
    let to = args.next().unwrap_or_else(|| "2026-12-31".into());
    let period = Period::parse(&from, &to).map_err(|e| format!("{e:?}"))?;
    let stores = knotenpunkt::storage::open(&Database::Sqlite(std::path::PathBuf::from(dir).join("knotenpunkt.db"))).await?;
    let directory = Arc::new(Directory::load(&stores).await?);
    println!("associations in the index: {}", directory.index().len());
    let reports = knotenpunkt::report::reports(&stores, directory.clone());
    let tr = web::i18n::Tr::new(UiLocale::De);
    let mut times = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        let dashboard = reports.dashboard(period).await?;
        let document = web::reports::document(&dashboard, None, &tr, &directory.index());
        times.push(start.elapsed());
        assert!(!document.sections.is_empty());
    }
    times.sort();
    println!("dashboard {from}..{to}: median {:?}, min {:?}, max {:?} (7 runs)", times[3], times[0], times[6]);
    Ok(())
}
