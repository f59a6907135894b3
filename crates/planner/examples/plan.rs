//! `knotenpunkt plan` stand-in until the binary wires it: prints the plan JSON to stdout and
//! the summary to stderr. `cargo run -p planner --release --example plan -- FILE [SECONDS] [SEED]`

use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: plan FILE [SECONDS] [SEED]");
        std::process::exit(2);
    };
    let secs: f64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10.0);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(0);
    let json = match std::fs::read_to_string(path) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match planner::cli::run_plan_command(&json, Duration::from_secs_f64(secs), seed) {
        Ok(out) => {
            println!("{}", out.stdout);
            eprintln!("{}", out.summary);
        }
        Err(e) => {
            eprintln!("{}", e.message);
            std::process::exit(2);
        }
    }
}
