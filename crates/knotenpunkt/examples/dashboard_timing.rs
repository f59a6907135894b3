//! Times the office's dashboard (all sections counted, then worded with charts) on a database,
//! e.g. one filled with `knotenpunkt demo --organisations 100000 --activity 1 --data-dir DIR`:
//! `cargo run --release -p knotenpunkt --example dashboard_timing -- DIR [FROM TO] [--parts]`.
//! Loading the directory index is not timed (the server holds it already).
//!
//! With `--parts`, also the time of each part over the 7 runs (median, min, max): the spans
//! `report.*` that `Reports::dashboard` opens (wall time from opening to closing; parts that run
//! side by side overlap), and the wording with its charts (`web::reports::document`).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::directory::Directory;
use domain::language::UiLocale;
use domain::reports::Period;
use knotenpunkt::config::Database;
use tracing::span::{Attributes, Id};
use tracing::Subscriber;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Layer;

/// The wall times of the closed spans, by name.
type Times = Arc<Mutex<BTreeMap<&'static str, Vec<Duration>>>>;

/// Records how long each `report.*` span was open.
struct PartTimes(Times);

struct Opened(Instant);

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for PartTimes {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if attrs.metadata().name().starts_with("report.") {
            if let Some(span) = ctx.span(id) {
                span.extensions_mut().insert(Opened(Instant::now()));
            }
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let Some(opened) = span.extensions().get::<Opened>().map(|o| o.0) else { return };
        if let Ok(mut times) = self.0.lock() {
            times.entry(span.metadata().name()).or_default().push(opened.elapsed());
        }
    }
}

fn summary(times: &mut [Duration]) -> String {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:8.1} ms  min {:8.1} ms  max {:8.1} ms  ({} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    )
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (flags, mut args): (Vec<String>, Vec<String>) = std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let parts = flags.iter().any(|f| f == "--parts");
    if let Some(unknown) = flags.iter().find(|f| *f != "--parts") {
        return Err(format!("unknown flag {unknown} (only --parts)").into());
    }
    let times: Times = Arc::default();
    if parts {
        let filter = tracing_subscriber::filter::filter_fn(|m| m.name().starts_with("report."));
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(PartTimes(times.clone()).with_filter(filter)))?;
    }
    args.reverse();
    let dir = args.pop().unwrap_or_else(|| "data".into());
    let from = args.pop().unwrap_or_else(|| "2020-01-01".into());
    let to = args.pop().unwrap_or_else(|| "2026-12-31".into());
    let period = Period::parse(&from, &to).map_err(|e| format!("{e:?}"))?;
    let stores = knotenpunkt::storage::open(&Database::Sqlite(std::path::PathBuf::from(dir).join("knotenpunkt.db"))).await?;
    let directory = Arc::new(Directory::load(&stores).await?);
    println!("associations in the index: {}", directory.index().len());
    let reports = knotenpunkt::report::reports(&stores, directory.clone());
    let tr = web::i18n::Tr::new(UiLocale::De);
    let mut total = Vec::new();
    let mut wording = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        let dashboard = reports.dashboard(period).await?;
        let counted = Instant::now();
        let document = web::reports::document(&dashboard, None, &tr, &directory.index());
        total.push(start.elapsed());
        wording.push(counted.elapsed());
        assert!(!document.sections.is_empty());
    }
    if parts {
        let mut times = times.lock().map_err(|_| "poisoned")?.clone();
        for (name, times) in &mut times {
            println!("  {name:<40} {}", summary(times));
        }
        println!("  {:<40} {}", "wording and charts (web::reports::document)", summary(&mut wording));
    }
    total.sort();
    println!("dashboard {from}..{to}: median {:?}, min {:?}, max {:?} (7 runs)", total[3], total[0], total[6]);
    Ok(())
}
