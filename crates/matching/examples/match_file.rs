//! Runs the match command on a JSON file, as `knotenpunkt match --input FILE [--top K]` will.
//! `cargo run -p matching --example match_file -- FILE [K]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: match_file FILE [TOP_K]");
        return ExitCode::from(2);
    };
    let top_k = args.get(2).and_then(|k| k.parse().ok()).unwrap_or(10);
    let input = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    match matching::run_match_command(&input, top_k) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.message);
            ExitCode::from(2)
        }
    }
}
