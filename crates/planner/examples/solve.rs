//! Plans one instance file: `cargo run -p planner --release --example solve -- FILE [SECONDS] [SEED] [THREADS]`.

use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: solve FILE [SECONDS] [SEED]");
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
    let threads: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(2);
    let outcome = planner::Instance::from_json(&json).and_then(|inst| {
        let options = planner::PlanOptions { time_limit: Duration::from_secs_f64(secs), seed, threads };
        planner::plan(&inst, &options)
    });
    match outcome {
        Ok(sol) => eprintln!(
            "{} iterations={} time_to_best={:.3}",
            sol.report.summary(),
            sol.report.iterations,
            sol.report.time_to_best.as_secs_f64()
        ),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}
