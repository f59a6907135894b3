//! Installs the map's front-end libraries from npm (web/package.json, pinned by
//! web/package-lock.json) when they are missing, and embeds the files the pages need:
//! writes `vendor.rs` into OUT_DIR with one `include_bytes!` per file.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Files served to browsers: (name under /assets/vendor/, path inside web/node_modules).
const FILES: [(&str, &str); 4] = [
    ("leaflet.js", "leaflet/dist/leaflet.js"),
    ("leaflet.css", "leaflet/dist/leaflet.css"),
    ("leaflet.markercluster.js", "leaflet.markercluster/dist/leaflet.markercluster.js"),
    ("MarkerCluster.css", "leaflet.markercluster/dist/MarkerCluster.css"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let web = manifest.join("../../web");
    let modules = web.join("node_modules");
    println!("cargo:rerun-if-changed={}", web.join("package.json").display());
    println!("cargo:rerun-if-changed={}", web.join("package-lock.json").display());
    println!("cargo:rerun-if-changed=build.rs");
    // The translations and assets are embedded by rust-embed, which does not notice new files:
    // a changed folder re-runs this script, and with it the crate's compilation.
    println!("cargo:rerun-if-changed={}", manifest.join("../../locales").display());
    println!("cargo:rerun-if-changed={}", web.join("assets").display());
    if FILES.iter().any(|(_, path)| !modules.join(path).is_file()) {
        npm_ci(&web);
    }
    let mut table = String::from("/// Front-end library files from npm: (name, content).\npub const VENDOR: &[(&str, &[u8])] = &[\n");
    for (name, path) in FILES {
        let file = modules.join(path);
        assert!(file.is_file(), "{} is missing after `npm ci` in {}", path, web.display());
        println!("cargo:rerun-if-changed={}", file.display());
        let absolute = file.canonicalize().unwrap_or(file);
        table.push_str(&format!("    ({name:?}, include_bytes!({:?})),\n", absolute.display().to_string()));
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("vendor.rs");
    std::fs::write(&out, table).expect("write vendor.rs into OUT_DIR");
}

fn npm_ci(web: &Path) {
    let status =
        Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error", "--prefix"]).arg(web).status().unwrap_or_else(|e| {
            panic!(
                "the map's front-end libraries come from npm, but npm could not be started ({e}): \
                 install nodejs and npm (Debian: apt-get install nodejs npm), then build again"
            )
        });
    assert!(
        status.success(),
        "`npm ci --prefix {}` failed ({status}); the npm registry must be reachable for the first build",
        web.display()
    );
}
