//! Backups and restores across both databases: SQLite → backup → PostgreSQL → backup → SQLite
//! with the demo network, synthetic associations and the values that differ between the two
//! (times, job times, booleans, JSON, bytes, floats), compared per table by row count and a
//! content checksum; refusals that write nothing; and a backup of an older schema.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use app::ports::{NewSession, StoredLogo};
use domain::accounts::UserId;
use domain::ids::OrgId;
use domain::logo::LogoHash;
use knotenpunkt::backup::{self, open_unmigrated};
use knotenpunkt::config::{Config, Overrides};
use store_sql::backup::{content_digest, read_catalog, Catalog, Digest};
use store_tests::postgres::TestDatabase;

fn config(data_dir: &Path, database_url: Option<&str>) -> Config {
    let overrides =
        Overrides { data_dir: Some(data_dir.to_path_buf()), database_url: database_url.map(str::to_owned), ..Overrides::default() };
    Config::load_from(&overrides, std::iter::empty()).unwrap()
}

async fn digest(config: &Config, reference: &Catalog) -> Digest {
    let opened = open_unmigrated(&config.database, false).await.unwrap();
    content_digest(opened.database(), reference).await.unwrap()
}

async fn reference_catalog(config: &Config) -> Catalog {
    let opened = open_unmigrated(&config.database, false).await.unwrap();
    read_catalog(opened.database()).await.unwrap()
}

/// The demo, 300 synthetic associations, a queued job, a logo with every byte value, an outbox mail.
async fn fill(config: &Config) {
    knotenpunkt::cli::fill_demo(config, None, None).await.unwrap();
    knotenpunkt::cli::fill_demo(config, Some(300), None).await.unwrap();
    let stores = knotenpunkt::storage::open(&config.database).await.unwrap();
    stores
        .jobs
        .enqueue("backup.test", &serde_json::json!({"ä": [1, 2.5, null]}), UNIX_EPOCH + Duration::from_millis(1_800_000_000_123))
        .await
        .unwrap();
    let png: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    let logo = StoredLogo { hash: LogoHash::parse(&"c".repeat(64)).unwrap(), png, width: 12, height: 34 };
    stores.logos.save_logo(&logo, OrgId(1), 1_800_000_000).await.unwrap();
    let session = NewSession { token_hash: "ab".repeat(32), user: UserId(1), second_factor_done: true, now: 1_800_000_000 };
    stores.accounts.create_session(&session).await.unwrap();
    let outbox = config.mail.outbox_dir().unwrap();
    std::fs::create_dir_all(&outbox).unwrap();
    std::fs::write(outbox.join("20261205T110000.000Z-0001.eml"), "Subject: Willkommen\r\n\r\nمرحبا\r\n").unwrap();
}

#[tokio::test]
async fn sqlite_to_postgres_to_sqlite_keeps_every_row() {
    let Some(postgres) = TestDatabase::create().await else { return };
    let dir = tempfile::tempdir().unwrap();
    let first = config(&dir.path().join("first"), None);
    let moved = config(&dir.path().join("moved"), Some(&postgres.url));
    let back = config(&dir.path().join("back"), None);
    fill(&first).await;

    let one = dir.path().join("one.kpb");
    let written = backup::backup(&first, &one).await.unwrap();
    assert!(written.tables.iter().any(|t| t.name == "news_revision"), "tables come from the catalogue");
    assert!(!written.tables.iter().any(|t| t.name == "schema_migration"));
    assert_eq!(written.files.len(), 1);
    let restored = backup::restore(&moved, &one).await.unwrap();
    assert_eq!(restored.rows, written.tables.iter().map(|t| t.rows).sum::<u64>());

    let two = dir.path().join("two.kpb");
    let again = backup::backup(&moved, &two).await.unwrap();
    assert_eq!(again.rows(), written.rows(), "PostgreSQL holds as many rows per table");
    backup::restore(&back, &two).await.unwrap();

    let reference = reference_catalog(&moved).await;
    let (a, p, b) = (digest(&first, &reference).await, digest(&moved, &reference).await, digest(&back, &reference).await);
    assert!(a.values().map(|(rows, _)| rows).sum::<u64>() > 900, "{a:?}");
    for table in ["job", "logo", "user_session", "organisation_revision", "meeting_registration"] {
        assert!(a[table].0 > 0, "{table} has rows to compare");
    }
    let names: std::collections::BTreeSet<String> = written.tables.iter().map(|t| t.name.clone()).collect();
    assert_eq!(a.keys().cloned().collect::<std::collections::BTreeSet<_>>(), names);
    for (table, expected) in &a {
        assert_eq!(p.get(table), Some(expected), "{table} on PostgreSQL");
        assert_eq!(b.get(table), Some(expected), "{table} back on SQLite");
    }
    // The comparison sees a change of one value.
    let knotenpunkt::config::Database::Sqlite(path) = &back.database else { unreachable!() };
    let db = store_sqlite::open_unmigrated(path, false).await.unwrap();
    store_sql::Dialect::execute(
        &db,
        store_sql::Statement::new("UPDATE district SET centre_lat = centre_lat + 0.000001 WHERE rowid = (SELECT min(rowid) FROM district)"),
    )
    .await
    .unwrap();
    db.close().await;
    let changed = digest(&back, &reference).await;
    assert_ne!(changed["district"], a["district"]);
    assert_eq!(changed["organisation"], a["organisation"]);
    let mail = std::fs::read_to_string(back.mail.outbox_dir().unwrap().join("20261205T110000.000Z-0001.eml")).unwrap();
    assert!(mail.contains("مرحبا"));

    // The restored databases work: new rows get new ids (PostgreSQL's sequences moved on).
    for config in [&moved, &back] {
        let stores = knotenpunkt::storage::open(&config.database).await.unwrap();
        let job = stores.jobs.enqueue("backup.after", &serde_json::json!({}), UNIX_EPOCH).await.unwrap();
        assert!(job.0 > 1, "{job:?}");
        let stamp = stores.directory.directory_stamp().await.unwrap();
        assert!(stamp.organisations >= 300, "{stamp:?}");
    }
    postgres.drop_database().await;
}

#[tokio::test]
async fn refuses_a_target_that_holds_data_or_a_damaged_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let first = config(&dir.path().join("first"), None);
    knotenpunkt::cli::fill_demo(&first, None, None).await.unwrap();
    let file = dir.path().join("demo.kpb");
    backup::backup(&first, &file).await.unwrap();
    let reference = Catalog::default();
    let before = digest(&first, &reference).await;

    let error = backup::restore(&first, &file).await.unwrap_err();
    assert!(error.contains("not empty"), "{error}");
    assert_eq!(digest(&first, &reference).await, before, "nothing written into the database that holds data");

    // One changed character in a row: the checksum says so and no database file is made.
    let text = std::fs::read_to_string(&file).unwrap();
    let changed = text.replacen("Ludwigsburg", "Ludwigsburk", 1);
    assert_ne!(changed, text);
    let damaged = dir.path().join("damaged.kpb");
    std::fs::write(&damaged, changed).unwrap();
    let fresh = config(&dir.path().join("fresh"), None);
    let error = backup::restore(&fresh, &damaged).await.unwrap_err();
    assert!(error.contains("damaged"), "{error}");
    assert!(!dir.path().join("fresh").exists(), "no data folder was made");

    // Cut short, or not a backup at all.
    std::fs::write(&damaged, &text[..text.len() / 2]).unwrap();
    assert!(backup::restore(&fresh, &damaged).await.unwrap_err().contains("damaged"));
    std::fs::write(&damaged, "hello\n").unwrap();
    assert!(backup::restore(&fresh, &damaged).await.unwrap_err().contains("not valid"));
    assert!(!dir.path().join("fresh").exists());
}

#[tokio::test]
async fn a_backup_of_an_older_schema_restores_and_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let old = config(&dir.path().join("old"), None);
    let older = store_sqlite::latest_version() - 1;
    let knotenpunkt::config::Database::Sqlite(path) = &old.database else { unreachable!() };
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let db = store_sqlite::open_unmigrated(path, true).await.unwrap();
    db.migrate_to(older).await.unwrap();
    {
        use store_sql::Dialect;
        let statement = store_sql::Statement::new(
            "INSERT INTO app_user (network_id, email, password_hash, role) VALUES (1, 'office@example.org', 'x', 'administrator')",
        );
        db.execute(statement).await.unwrap();
    }
    db.close().await;
    let file = dir.path().join("old.kpb");
    let manifest = backup::backup(&old, &file).await.unwrap();
    assert_eq!(manifest.schema_version, older);

    let targets = [config(&dir.path().join("new"), None)];
    let postgres = TestDatabase::create().await;
    let targets: Vec<Config> = targets.into_iter().chain(postgres.as_ref().map(|p| config(&dir.path().join("pg"), Some(&p.url)))).collect();
    for target in &targets {
        let restored = backup::restore(target, &file).await.unwrap();
        assert_eq!(restored.schema_version, store_sqlite::latest_version());
        let stores = knotenpunkt::storage::open(&target.database).await.unwrap();
        let user = stores.accounts.user_by_email(&domain::accounts::EmailAddress::parse("office@example.org").unwrap()).await.unwrap();
        assert!(user.is_some(), "the account of the older schema is there");
        let newer = backup::backup(target, &dir.path().join("newer.kpb")).await.unwrap();
        assert_eq!(newer.schema_version, store_sqlite::latest_version());
    }
    if let Some(postgres) = postgres {
        postgres.drop_database().await;
    }
}

/// SQLite checks the references once, before the commit (not row by row, which made a large
/// restore quadratic): a backup holding a row that refers to a missing one is refused whole.
#[tokio::test]
async fn a_row_referring_to_a_missing_row_is_refused_and_nothing_restored() {
    let dir = tempfile::tempdir().unwrap();
    let source = config(&dir.path().join("source"), None);
    let knotenpunkt::config::Database::Sqlite(path) = &source.database else { unreachable!() };
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let db = store_sqlite::open_unmigrated(path, true).await.unwrap();
    db.migrate_to(store_sqlite::latest_version()).await.unwrap();
    {
        use store_sql::Dialect;
        // The writer pool holds one connection, so the pragma applies to the insert.
        db.execute(store_sql::Statement::new("PRAGMA foreign_keys = OFF")).await.unwrap();
        db.execute(store_sql::Statement::new(
            "INSERT INTO organisation (network_id, slug, name, approved_revision_id) VALUES (1, 'verein', 'Verein', 424242)",
        ))
        .await
        .unwrap();
    }
    db.close().await;
    let file = dir.path().join("dangling.kpb");
    backup::backup(&source, &file).await.unwrap();

    let target = config(&dir.path().join("target"), None);
    let error = backup::restore(&target, &file).await.unwrap_err();
    assert!(error.contains("refer to rows that are not there") && error.contains("organisation"), "{error}");
    let knotenpunkt::config::Database::Sqlite(target_path) = &target.database else { unreachable!() };
    assert!(!target_path.exists(), "the new database file was removed");

    // A good backup restores into the same place afterwards.
    let good = config(&dir.path().join("good"), None);
    knotenpunkt::cli::fill_demo(&good, None, None).await.unwrap();
    let good_file = dir.path().join("good.kpb");
    backup::backup(&good, &good_file).await.unwrap();
    backup::restore(&target, &good_file).await.unwrap();
    assert!(target_path.exists());
}
