//! Entry point of the `knotenpunkt` program.

use std::process::ExitCode;

use clap::Parser;

/// jemalloc instead of the system's malloc: it returns freed memory to the system (glibc kept
/// what each index rebuild freed; see docs/benchmarks.md, "Memory and start-up after ops8").
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[tokio::main]
async fn main() -> ExitCode {
    knotenpunkt::cli::run(knotenpunkt::cli::Cli::parse()).await
}
