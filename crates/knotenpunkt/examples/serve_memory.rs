//! Where the server's memory and start-up time go, stage by stage, on a data folder generated
//! with `knotenpunkt demo --organisations N --data-dir DIR`, with the server's allocator:
//!
//! `cargo run --release -p knotenpunkt --example serve_memory -- DIR [index|server] [SEARCHES]`
//!
//! `index` opens the database and loads the directory index only (as `serve` does first);
//! `server` (the default) builds the whole server state as `serve` does before it answers
//! `/healthz`. Then SEARCHES searches (default 20,000) vary as `scripts/bench-directory-varied.lua`
//! does (one or two of its 60 words, one of its 6 filters, one of 5 pages, 20 results each),
//! answered through the index's caches as the API answers them. The resident and anonymous
//! memory (`/proc/self/status`) is printed after each stage. With
//! `_RJEM_MALLOC_CONF=dirty_decay_ms:0,muzzy_decay_ms:0` jemalloc returns freed pages at once,
//! so the figures are close to what is in use; without it, they are what the server holds.
//!
//! For instruction counts (load-independent), `SEARCHES` runs inside `varied_searches`:
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*varied_searches*' …`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use app::directory::index::SearchIndex;
use app::directory::read_model::Directory;
use domain::directory_query::{DirectoryQuery, RawDirectoryQuery};
use knotenpunkt::config::{Config, Overrides};

#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

const WORDS: [&str; 60] = [
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
    "Übersetzen",
    "Hausaufgaben",
    "Bewerbung",
    "Gesundheit",
    "Computer",
    "Feste",
    "Café",
    "Frühstück",
    "Behörden",
    "Geflüchtete",
    "Verein",
    "Gemeinde",
    "Moschee",
    "Kirche",
    "Türkisch",
    "Arabisch",
    "Ukraine",
    "Kurdisch",
    "Italienisch",
    "Griechisch",
    "Polnisch",
    "Afghanisch",
    "Syrisch",
    "Eritrea",
    "Vietnam",
    "Tamil",
    "Iran",
    "Brücke",
    "Regenbogen",
    "Sonnenblume",
    "Zukunft",
    "Horizont",
    "Kompass",
    "Morgenstern",
    "Olivenbaum",
    "Weitblick",
    "Leuchtturm",
    "Kastanie",
    "Neckarblick",
    "Treff",
    "Gruppe",
    "Schule",
    "Kinder",
    "Austausch",
    "Bewegung",
    "Integration",
    "Nachbarschaft",
];
const FILTERS: [(&str, &str); 6] =
    [("", ""), ("mso", "true"), ("language", "ar"), ("category", "education"), ("district", "weststadt"), ("target_group", "women")];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: serve_memory DIR [index|server] [SEARCHES]")?);
    let mode = args.next().unwrap_or_else(|| "server".to_owned());
    let searches: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    report("start");
    let overrides = Overrides { data_dir: Some(dir), ..Default::default() };
    let config = Config::load_from(&overrides, std::iter::empty())?;
    let start = Instant::now();
    let (directory, _keep): (Arc<Directory>, Box<dyn std::any::Any>) = if mode == "index" {
        let stores = knotenpunkt::storage::open(&config.database).await?;
        println!("database open after {:?}", start.elapsed());
        report("database open");
        let directory = Arc::new(Directory::load(&stores).await?);
        println!("index loaded after {:?}", start.elapsed());
        (directory, Box::new(stores))
    } else {
        let server = knotenpunkt::serve::build_server(&config, false).await?;
        println!("server state built after {:?}", start.elapsed());
        (server.state.directory.clone(), Box::new(server))
    };
    report("ready");
    let index = directory.index();
    println!("{} associations indexed", index.len());
    let queries = varied_queries(&index, searches)?;
    let start = Instant::now();
    let total = varied_searches(&index, &queries);
    println!("{searches} varied searches in {:?} ({total} results in all)", start.elapsed());
    report("after the searches");
    Ok(())
}

/// The searches of `scripts/bench-directory-varied.lua`, drawn with a fixed seed.
fn varied_queries(index: &SearchIndex, n: usize) -> Result<Vec<DirectoryQuery>, Box<dyn std::error::Error>> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    let mut queries = Vec::with_capacity(n);
    for _ in 0..n {
        let mut q = WORDS[next(WORDS.len())].to_owned();
        if next(2) == 0 {
            q.push(' ');
            q.push_str(WORDS[next(WORDS.len())]);
        }
        let (key, value) = FILTERS[next(FILTERS.len())];
        let page = (next(5) + 1).to_string();
        let pairs = [("q", q.as_str()), (key, value), ("page", page.as_str())];
        let raw = RawDirectoryQuery::from_pairs(pairs.into_iter().filter(|(k, _)| !k.is_empty()));
        queries.push(DirectoryQuery::parse(&raw, index)?);
    }
    Ok(queries)
}

#[inline(never)]
fn varied_searches(index: &SearchIndex, queries: &[DirectoryQuery]) -> usize {
    queries.iter().map(|q| index.search(q).total).sum()
}

fn report(stage: &str) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| status.lines().find(|l| l.starts_with(name)).map(|l| l[name.len()..].trim().to_owned()).unwrap_or_default();
    println!("{stage:24} RSS {:>12}  anonymous {:>12}  files {:>12}", field("VmRSS:"), field("RssAnon:"), field("RssFile:"));
}
