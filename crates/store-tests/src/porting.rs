//! Contract of `ImportStore` and the import and export use cases on it: a whole import in one
//! transaction, revisions marked with their import, external ids that make a second import
//! update, and the program's own export read back unchanged.

use std::io::Cursor;

use app::map::offline_geocoder::OfflineGeocoder;
use app::porting::{
    apply_plan, export_directory, plan_import, Action, ApplyError, ColumnMapping, ExportAudience, ExportOptions, Format, Licence,
};
use app::ports::{Author, ImportBatch, ImportOrigin, ImportedEntry, NewOrganisation, StoreError};
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::localized::LocalizedText;
use domain::slug::Slug;

use crate::directory::full_profile;
use crate::TestStores;

const IMPORTER: Author = Author::system("import");

fn mitte() -> District {
    District {
        key: "mitte".into(),
        name: "Mitte".into(),
        centre: GeoPoint::new(48.895, 9.192).ok(),
        postcodes: vec!["71634".into()],
        neighbours: Vec::new(),
    }
}

async fn plan(stores: &TestStores, bytes: &[u8], format: Format) -> app::porting::ImportPlan {
    let geocoder = OfflineGeocoder::new(stores.directory.districts().await.unwrap());
    plan_import(stores, Cursor::new(bytes.to_vec()), format, &ColumnMapping::default(), &geocoder, &IMPORTER, &mut |_, _| {}).await.unwrap()
}

pub async fn an_import_is_stored_whole_with_its_origin(stores: TestStores) {
    let origin = ImportOrigin { author: IMPORTER, file_name: "vereine.csv".into(), format: "csv".into(), source: "file".into() };
    let entries = vec![
        ImportedEntry { existing: None, slug: Slug::parse("a").unwrap(), profile: full_profile("A"), external_id: Some("x1".into()) },
        ImportedEntry { existing: None, slug: Slug::parse("b").unwrap(), profile: full_profile("B"), external_id: None },
    ];
    let import = stores.imports.store_import(&origin, &batch(entries)).await.unwrap();
    let a = stores.directory.organisation_record_by_slug(&Slug::parse("a").unwrap()).await.unwrap().unwrap();
    assert_eq!(a.approved, Some(1));
    let record = stores.imports.import_of_revision(a.id, 1).await.unwrap().unwrap();
    assert_eq!((record.id, record.file_name.as_str(), record.created, record.author.clone()), (import, "vereine.csv", 2, IMPORTER));
    assert_eq!(stores.imports.external_references("file").await.unwrap(), vec![("x1".to_owned(), a.id)]);
    assert!(stores.imports.external_references("ofdb").await.unwrap().is_empty());

    // A second import updates A with a new revision; a taken slug refuses the whole file.
    let mut changed = full_profile("A neu");
    changed.founded = Some(2001);
    let again = vec![
        ImportedEntry { existing: Some(a.id), slug: a.slug.clone(), profile: changed, external_id: Some("x1".into()) },
        ImportedEntry { existing: None, slug: Slug::parse("b").unwrap(), profile: full_profile("B2"), external_id: None },
    ];
    assert!(matches!(stores.imports.store_import(&origin, &batch(again.clone())).await, Err(StoreError::SlugTaken(_))));
    assert_eq!(stores.revisions.revisions(a.id).await.unwrap().len(), 1, "nothing of the refused file was stored");
    stores.imports.store_import(&origin, &batch(again[..1].to_vec())).await.unwrap();
    let history = stores.revisions.revisions(a.id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(stores.directory.organisation(&a.slug).await.unwrap().unwrap().profile.name, "A neu");
    assert!(stores.imports.import_of_revision(a.id, 2).await.unwrap().is_some());
}

fn batch(entries: Vec<ImportedEntry>) -> ImportBatch {
    ImportBatch { entries, ..ImportBatch::default() }
}

pub async fn the_fields_of_activity_and_districts_of_an_import_are_stored_in_its_transaction(stores: TestStores) {
    let origin = ImportOrigin { author: IMPORTER, file_name: "neu.json".into(), format: "json".into(), source: "file".into() };
    let repair = Category { key: "reparieren".into(), labels: LocalizedText::new().with("de", "Reparieren"), position: 40 };
    stores
        .directory
        .create_organisations(&[NewOrganisation { slug: Slug::parse("taken").unwrap(), profile: full_profile("Taken") }], &IMPORTER)
        .await
        .unwrap();
    let entry =
        |slug: &str| ImportedEntry { existing: None, slug: Slug::parse(slug).unwrap(), profile: full_profile(slug), external_id: None };
    // A store that fails (a slug taken meanwhile) leaves neither the field nor the district behind.
    let refused = ImportBatch { categories: vec![repair.clone()], districts: vec![mitte()], entries: vec![entry("neu"), entry("taken")] };
    assert!(matches!(stores.imports.store_import(&origin, &refused).await, Err(StoreError::SlugTaken(_))));
    assert!(!stores.directory.categories().await.unwrap().iter().any(|c| c.key == "reparieren"));
    assert!(stores.directory.districts().await.unwrap().is_empty());
    assert!(stores.directory.organisation_record_by_slug(&Slug::parse("neu").unwrap()).await.unwrap().is_none());
    // Stored: both with the entries; storing them again (a second import) changes nothing.
    let good = ImportBatch { entries: vec![entry("neu")], ..refused };
    stores.imports.store_import(&origin, &good).await.unwrap();
    stores.imports.store_import(&origin, &ImportBatch { entries: Vec::new(), ..good }).await.unwrap();
    let categories = stores.directory.categories().await.unwrap();
    assert_eq!(categories.iter().filter(|c| c.key == "reparieren").collect::<Vec<_>>(), vec![&repair]);
    assert_eq!(stores.directory.districts().await.unwrap(), vec![mitte()]);
}

pub async fn a_file_with_a_refused_row_stores_nothing(stores: TestStores) {
    stores.directory.save_district(&mitte()).await.unwrap();
    let plan = plan(&stores, b"name,legal_form,postcode,city\nGut,initiative,71634,Ludwigsburg\n,initiative,,\n", Format::Csv).await;
    assert!(plan.has_refusals());
    assert!(matches!(apply_plan(&stores, &plan, &IMPORTER, "x.csv").await, Err(ApplyError::Refused(1))));
    assert!(stores.directory.is_empty().await.unwrap());
}

pub async fn a_second_openfairdb_import_updates_instead_of_duplicating(stores: TestStores) {
    stores.directory.save_district(&mitte()).await.unwrap();
    let entries = |title: &str| {
        serde_json::json!([
            {"id": "ofdb-1", "title": title, "description": "Wir reparieren.", "lat": 48.89, "lng": 9.19, "categories": [], "tags": []},
            {"id": "ofdb-2", "title": "Tauschring Oststadt", "description": "", "lat": 48.9, "lng": 9.2, "zip": "71634", "city": "Ludwigsburg", "tags": []}
        ])
        .to_string()
    };
    let first = plan(&stores, entries("Repair Café").as_bytes(), Format::Ofdb).await;
    assert_eq!(first.counts().create, 2);
    apply_plan(&stores, &first, &IMPORTER, "ofdb.json").await.unwrap();
    let second = plan(&stores, entries("Repair Café Ludwigsburg").as_bytes(), Format::Ofdb).await;
    let actions: Vec<&str> = second.rows.iter().map(|r| r.action.key()).collect();
    assert_eq!(actions, vec!["update", "unchanged"]);
    apply_plan(&stores, &second, &IMPORTER, "ofdb.json").await.unwrap();
    let all = stores.directory.published_organisations().await.unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().any(|o| o.profile.name == "Repair Café Ludwigsburg"));
}

pub async fn the_own_json_export_imports_unchanged_into_an_empty_directory(stores: TestStores) {
    // The export and the import on one database: what was exported is imported back as
    // "unchanged", and the export of a directory built from it is the same file.
    stores.directory.save_district(&mitte()).await.unwrap();
    app::directory::import_organisations::ensure_default_categories(stores.directory.as_ref()).await.unwrap();
    let mut profile = full_profile("Kulturbrücke");
    profile.contact_persons.retain(|p| p.consent.is_some());
    stores
        .directory
        .create_organisations(&[NewOrganisation { slug: Slug::parse("kulturbruecke").unwrap(), profile }], &IMPORTER)
        .await
        .unwrap();
    let options = ExportOptions {
        format: Format::Json,
        audience: ExportAudience::Public,
        licence: Licence::Odbl,
        base_url: "https://x.example".into(),
    };
    let mut json = Vec::new();
    assert_eq!(export_directory(stores.directory.as_ref(), &options, &mut json).await.unwrap(), 1);
    let again = plan(&stores, &json, Format::Json).await;
    assert!(matches!(again.rows[0].action, Action::Unchanged { .. }), "{:?}", again.rows[0].action);
    for format in [Format::Csv, Format::GeoJson] {
        let mut file = Vec::new();
        export_directory(stores.directory.as_ref(), &ExportOptions { format, ..options.clone() }, &mut file).await.unwrap();
        let plan = plan(&stores, &file, format).await;
        assert!(matches!(plan.rows[0].action, Action::Unchanged { .. }), "{format:?}: {:?}", plan.rows[0].action);
    }
}

/// An OpenFairDB-shaped export of a few hundred entries, written here: distinct names from word
/// lists and made-up words, positions around Ludwigsburg, every tenth without a position but with a postcode, and
/// five entries listed twice under another id (the map had them twice).
fn ofdb_export(entries: usize) -> String {
    const FIRST: [&str; 20] = [
        "Repair",
        "Tausch",
        "Garten",
        "Nachbarschafts",
        "Kultur",
        "Sprach",
        "Eltern",
        "Frauen",
        "Jugend",
        "Senioren",
        "Musik",
        "Tanz",
        "Koch",
        "Lese",
        "Rad",
        "Foto",
        "Theater",
        "Näh",
        "Schach",
        "Wander",
    ];
    const SECOND: [&str; 15] = [
        "café",
        "ring",
        "treff",
        "werkstatt",
        "kreis",
        "laden",
        "gruppe",
        "haus",
        "bühne",
        "zirkel",
        "salon",
        "ecke",
        "netz",
        "insel",
        "bande",
    ];
    // Syllables that differ in at least two letters, so that no two made-up words look like
    // one word with a typo.
    const SYLLABLES: [&str; 15] = ["bal", "dem", "fir", "gon", "kus", "lat", "mep", "nir", "pov", "ruz", "sam", "tek", "vil", "wox", "zud"];
    let word = |i: usize| {
        let w = format!("{}{}{}", SYLLABLES[i % 15], SYLLABLES[(i / 15) % 15], SYLLABLES[(i / 225) % 15]);
        w[..1].to_uppercase() + &w[1..]
    };
    let mut list = Vec::new();
    for i in 0..entries {
        let title = format!("{}{} {}", FIRST[i % 20], SECOND[(i / 20) % 15], word(i));
        let mut entry = serde_json::json!({
            "id": format!("{:032x}", i + 1), "created": 1_600_000_000 + i, "version": 1, "title": title,
            "description": format!("Eintrag {i} der Karte von morgen."), "lat": 48.85 + (i % 50) as f64 * 0.002, "lng": 9.15 + (i / 50) as f64 * 0.004,
            "street": format!("Weg {i}"), "zip": "71634", "city": "Ludwigsburg", "country": "DE",
            "email": format!("kontakt{i}@karte.example"), "homepage": format!("https://eintrag{i}.example"),
            "categories": ["2cd00bebec0c48ba9db761da48678134"], "tags": ["kultur", "nachhaltigkeit"], "ratings": [], "license": "CC0-1.0"
        });
        if i % 10 == 9 {
            entry["lat"] = serde_json::Value::Null;
            entry["lng"] = serde_json::Value::Null;
        }
        list.push(entry);
    }
    for i in 0..5 {
        let mut twice = list[i * 40].clone();
        twice["id"] = serde_json::json!(format!("twice-{i}"));
        list.push(twice);
    }
    serde_json::Value::Array(list).to_string()
}

pub async fn an_openfairdb_export_of_three_hundred_entries_imports_with_a_report(stores: TestStores) {
    stores.directory.save_district(&mitte()).await.unwrap();
    let plan = plan(&stores, ofdb_export(300).as_bytes(), Format::Ofdb).await;
    let c = plan.counts();
    assert_eq!((c.create, c.duplicate, c.refused), (300, 5, 0), "{:?}", plan.rows.iter().find(|r| r.action.key() == "refused"));
    assert_eq!((c.placed_from_file, c.placed_by_postcode), (270, 30));
    let report = apply_plan(&stores, &plan, &IMPORTER, "kvm-export.json").await.unwrap();
    assert_eq!(report.counts.create, 300);
    assert_eq!(stores.imports.external_references("ofdb").await.unwrap().len(), 300);
    let again = plan_again(&stores, &ofdb_export(300)).await;
    assert_eq!((again.create, again.unchanged, again.duplicate), (0, 300, 5), "a second import changes nothing");
}

async fn plan_again(stores: &TestStores, file: &str) -> app::porting::PlanCounts {
    plan(stores, file.as_bytes(), Format::Ofdb).await.counts()
}

pub async fn an_upload_is_kept_until_confirmed_once_and_its_job_carries_the_progress(stores: TestStores) {
    let office = Author::User(domain::accounts::UserId(7));
    let new = |name: &str| app::ports::NewUpload {
        author: office.clone(),
        file_name: name.into(),
        format: "csv".into(),
        content: b"name\nA\n\xff".to_vec(),
    };
    let id = stores.imports.save_upload(&new("a.csv"), 2).await.unwrap();
    let upload = stores.imports.upload(id).await.unwrap().unwrap();
    assert_eq!((upload.author, upload.file_name.as_str(), upload.content.as_slice()), (office.clone(), "a.csv", &b"name\nA\n\xff"[..]));
    assert_eq!((upload.job, upload.report, upload.mapping.as_str()), (None, None, ""));
    assert!(stores.imports.set_upload_mapping(id, "titel=name").await.unwrap());
    assert_eq!(stores.imports.upload(id).await.unwrap().unwrap().mapping, "titel=name");

    // Confirmed once: one job, queued in the same transaction; a second confirmation queues none.
    let job = stores.imports.confirm_upload(id).await.unwrap().expect("a job");
    assert_eq!(stores.imports.confirm_upload(id).await.unwrap(), None);
    let jobs = stores.jobs.recent_jobs(10).await.unwrap();
    assert_eq!(jobs.iter().filter(|j| j.kind == app::ports::IMPORT_UPLOAD_JOB).map(|j| j.id).collect::<Vec<_>>(), vec![job]);
    assert!(!stores.imports.set_upload_mapping(id, "x=name").await.unwrap(), "the mapping of a confirmed upload stays");
    assert_eq!(stores.imports.upload(id).await.unwrap().unwrap().job, Some(job));

    let progress = stores.jobs.progress(job).await.unwrap().unwrap();
    assert_eq!((progress.state, progress.done, progress.total), (app::ports::JobState::Queued, 0, 0));
    stores.jobs.set_progress(job, 40, 100).await.unwrap();
    let progress = stores.jobs.progress(job).await.unwrap().unwrap();
    assert_eq!((progress.done, progress.total), (40, 100));
    assert!(stores.jobs.progress(app::ports::JobId(job.0 + 1000)).await.unwrap().is_none());

    let report = serde_json::json!({"outcome": "refused", "rows": 2});
    stores.imports.finish_upload(id, &report).await.unwrap();
    let done = stores.imports.upload(id).await.unwrap().unwrap();
    assert_eq!((done.report, done.content.is_empty()), (Some(report), true), "the report stays, the file goes");

    // Only the newest unconfirmed uploads are kept; confirmed ones stay.
    let b = stores.imports.save_upload(&new("b.csv"), 2).await.unwrap();
    let c = stores.imports.save_upload(&new("c.csv"), 2).await.unwrap();
    let d = stores.imports.save_upload(&new("d.csv"), 2).await.unwrap();
    assert!(stores.imports.upload(b).await.unwrap().is_none(), "the oldest unconfirmed one is deleted");
    assert!(stores.imports.upload(c).await.unwrap().is_some() && stores.imports.upload(d).await.unwrap().is_some());
    assert!(stores.imports.upload(id).await.unwrap().is_some(), "a confirmed upload is kept");
    assert!(stores.imports.upload(d + 1000).await.unwrap().is_none());
}
