//! Entry point of the `knotenpunkt` program.

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    knotenpunkt::cli::run(knotenpunkt::cli::Cli::parse()).await
}
