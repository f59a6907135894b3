//! Splits the time of the funding report (`knotenpunkt report funding --format pdf`) into its
//! stages on a database, e.g. one filled with `knotenpunkt demo --organisations 100000
//! --activity 1 --data-dir DIR`:
//! `cargo run --release -p knotenpunkt --example funding_timing -- DIR [FROM TO [RUNS]]`.
//! Prints per run: opening the database and loading the directory index, counting the figures
//! (`Reports::dashboard`), wording them with charts and tables, typesetting with Typst, and
//! writing the PDF; then the document's size (pages are not counted here).

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
    let to = args.next().unwrap_or_else(|| "2022-12-31".into());
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
    let period = Period::parse(&from, &to).map_err(|e| format!("{e:?}"))?;
    let start = Instant::now();
    let stores = knotenpunkt::storage::open(&Database::Sqlite(std::path::PathBuf::from(dir).join("knotenpunkt.db"))).await?;
    let directory = Arc::new(Directory::load(&stores).await?);
    let load = start.elapsed();
    let docs = documents::documents().map_err(|e| e.to_string())?;
    println!("open and load index: {load:?}; associations {}", directory.index().len());
    let reports = knotenpunkt::report::reports(&stores, directory.clone());
    let tr = web::i18n::Tr::new(UiLocale::De);
    for run in 1..=runs {
        let t = Instant::now();
        let dashboard = reports.dashboard(period).await?;
        let counted = t.elapsed();
        let document = web::reports::document(&dashboard, None, &tr, &directory.index());
        let worded = t.elapsed();
        let mut marks = Vec::new();
        let pdf = docs.funding_report_in_steps(&document, &mut |stage| marks.push((stage.to_owned(), t.elapsed())))?;
        let total = t.elapsed();
        let stage = |name: &str| marks.iter().find(|(s, _)| s == name).map(|(_, d)| *d).unwrap_or_default();
        let rows: usize = document.sections.iter().map(|s| s.tables.iter().map(|t| t.rows.len()).sum::<usize>()).sum();
        let chart_rows: usize = document.sections.iter().flat_map(|s| &s.charts).map(|c| c.table.rows.len()).sum();
        let svg: usize = document.sections.iter().flat_map(|s| &s.charts).map(|c| c.svg.len()).sum();
        println!(
            "run {run}: count {counted:?}, word {:?}, typeset {:?}, pdf {:?}, total {total:?}; {} bytes, \
             {rows} list rows, {chart_rows} chart table rows, {svg} bytes of SVG",
            worded - counted,
            stage("typeset") - worded,
            stage("pdf") - stage("typeset"),
            pdf.len()
        );
    }
    Ok(())
}
