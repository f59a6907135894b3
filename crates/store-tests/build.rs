//! Finds the contract tests: every `pub async fn` in `src/<module>.rs` (all modules but `lib`
//! and `postgres`) is one, and must take `(stores: TestStores)`. `tests/contract.rs` includes
//! the list this writes and runs each function against SQLite and PostgreSQL, so a new
//! contract function runs without being listed anywhere; a `pub async fn` with another
//! signature stops the build instead of being skipped.

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut modules: Vec<(String, Vec<String>)> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir("src").expect("src folder").filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let module = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if path.extension().and_then(|e| e.to_str()) != Some("rs") || module == "lib" || module == "postgres" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("contract module readable");
        let mut functions = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let Some(rest) = line.strip_prefix("pub async fn ") else { continue };
            let (name, signature) = rest.split_once('(').unwrap_or((rest, ""));
            assert!(
                signature.starts_with("stores: TestStores)"),
                "{}:{}: a contract function takes `(stores: TestStores)`; make `{name}` private if it is a helper",
                path.display(),
                number + 1
            );
            functions.push(name.to_owned());
        }
        if !functions.is_empty() {
            modules.push((module, functions));
        }
    }
    let mut out = String::new();
    for (module, functions) in &modules {
        let _ = writeln!(out, "contract!({module}: {});", functions.join(", "));
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("contracts.rs");
    std::fs::write(path, out).expect("write the contract list");
}
