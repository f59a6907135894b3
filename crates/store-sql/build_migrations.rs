//! The build script of both dialect crates: lists the SQL files in their `migrations/` folder as
//! `(version, name, SQL)` for `store_sql::migrate`, so that a new migration is a new file and
//! nothing else.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    let mut files: Vec<String> = std::fs::read_dir("migrations")
        .expect("migrations folder")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.ends_with(".sql"))
        .collect();
    files.sort();
    let mut list = String::from("&[\n");
    for file in files {
        let stem = file.trim_end_matches(".sql");
        let (number, name) = stem.split_once('_').expect("migrations are named NNNN_name.sql");
        let version: i64 = number.parse().expect("migrations start with their number");
        let path = format!("{}/migrations/{file}", std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
        list.push_str(&format!("    ({version}, {name:?}, include_str!({path:?})),\n"));
    }
    list.push(']');
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("migrations.rs");
    std::fs::write(out, list).expect("write the migration list");
}
