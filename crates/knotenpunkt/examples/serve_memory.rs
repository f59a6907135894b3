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

/// The varied searches' words and filters, read from the wrk script itself so that both stay one list.
const VARIED_LUA: &str = include_str!("../../../scripts/bench-directory-varied.lua");

/// The quoted strings of the Lua table `local NAME = { … }` in the wrk script.
fn lua_list(name: &str) -> Vec<&'static str> {
    let open = format!("local {name} = {{");
    let Some(body) = VARIED_LUA.split_once(open.as_str()).and_then(|(_, rest)| rest.split_once('}')).map(|(body, _)| body) else {
        return Vec::new();
    };
    body.split('"').skip(1).step_by(2).collect()
}

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
    let (words, filters) = (lua_list("words"), lua_list("filters"));
    if words.is_empty() || filters.is_empty() {
        return Err("scripts/bench-directory-varied.lua: no `local words` or `local filters` list".into());
    }
    let mut queries = Vec::with_capacity(n);
    for _ in 0..n {
        let mut q = words[next(words.len())].to_owned();
        if next(2) == 0 {
            q.push(' ');
            q.push_str(words[next(words.len())]);
        }
        // A filter is written "&key=value" there ("" for none).
        let filter = filters[next(filters.len())].trim_start_matches('&').split_once('=');
        let page = (next(5) + 1).to_string();
        let pairs = [("q", q.as_str()), ("page", page.as_str())].into_iter().chain(filter);
        let raw = RawDirectoryQuery::from_pairs(pairs);
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
