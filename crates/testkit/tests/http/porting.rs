//! Moving a city: the demo directory exported as JSON and imported into an empty instance
//! answers the open API exactly as before (ids, times and the host aside).

use std::io::Cursor;

use app::map::offline_geocoder::OfflineGeocoder;
use app::porting::{apply_plan, export_directory, plan_import, ColumnMapping, ExportAudience, ExportOptions, Format};
use app::ports::Author;
use testkit::{spawn, Backend};

fn comparable(mut profile: serde_json::Value, base: &str) -> String {
    if let Some(map) = profile.as_object_mut() {
        map.remove("id");
        map.remove("updated_at");
    }
    profile.to_string().replace(base, "BASE")
}

#[tokio::test]
async fn the_demo_directory_moves_into_an_empty_instance_unchanged() {
    let from = spawn(Backend::Sqlite, true).await.unwrap();
    let to = spawn(Backend::Sqlite, false).await.unwrap();
    let options = ExportOptions {
        format: Format::Json,
        audience: ExportAudience::Public,
        licence: from.state.site.data_licence,
        base_url: from.base.clone(),
    };
    let mut file = Vec::new();
    let exported = export_directory(from.state.directory.store().as_ref(), &options, &mut file).await.unwrap();
    assert!(exported >= 40);

    let config = knotenpunkt::config::Config::load_from(
        &knotenpunkt::config::Overrides { data_dir: Some(to.data_dir().to_path_buf()), ..Default::default() },
        std::iter::empty(),
    )
    .unwrap();
    let stores = knotenpunkt::storage::open(&config.database).await.unwrap();
    let geocoder = OfflineGeocoder::default();
    let importer = Author::system("import");
    let plan = plan_import(&stores, Cursor::new(file), Format::Json, &ColumnMapping::default(), &geocoder, &importer, &mut |_, _| {})
        .await
        .unwrap();
    let counts = plan.counts();
    assert_eq!(
        (counts.create, counts.refused, counts.duplicate),
        (exported, 0, 0),
        "{:?}",
        plan.rows.iter().find(|r| r.action.key() != "create")
    );
    apply_plan(&stores, &plan, &importer, "demo.json").await.unwrap();
    to.state.directory.rebuild().await.unwrap();

    let (_, list) = from.json("/api/v1/organisations?per_page=100&sort=name").await;
    let (_, moved) = to.json("/api/v1/organisations?per_page=100&sort=name").await;
    assert_eq!(list["total"], moved["total"]);
    for item in list["items"].as_array().unwrap() {
        let slug = item["slug"].as_str().unwrap();
        let path = format!("/api/v1/organisations/{slug}");
        let (a, b) = (from.json(&path).await.1, to.json(&path).await.1);
        assert_eq!(comparable(a, &from.base), comparable(b, &to.base), "{slug}");
    }
    let (_, licence) = to.json("/api/v1/organisations/frauencafe-lindenbluete").await;
    assert_eq!(licence["licence"], "CC0-1.0");
}

#[tokio::test]
async fn the_office_downloads_its_full_export_and_nobody_else_does() {
    let app = spawn(Backend::Sqlite, true).await.unwrap();
    assert!(app.get("/office/export/json").await.status().is_redirection(), "a visitor is sent to sign in");
    let coordinator = app.user("office@example.org", domain::accounts::Role::Coordinator).await;
    let totp = app.with_totp(coordinator).await;
    let mut office = app.signed_in("office@example.org", Some(&totp)).await;
    let page = office.get("/office/export/json").await;
    assert_eq!(page.status, 200);
    let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    let organisations = body["organisations"].as_array().unwrap();
    assert!(organisations.len() >= 40);
    for org in organisations {
        for person in org["profile"]["contact_persons"].as_array().unwrap() {
            assert!(person["consent"].is_object(), "never a contact person without consent: {person}");
        }
    }
    let csv = office.get("/office/export/csv").await;
    assert!(csv.body.starts_with("slug,name,"), "{}", &csv.body[..80.min(csv.body.len())]);
    assert_eq!(office.get("/office/export/xlsx").await.status, 404);
    // Offers and needs with the licence: every open one of a published association, the
    // network-only ones too for the office.
    let items = office.get("/office/export/items/json").await;
    assert_eq!(items.status, 200);
    let items: serde_json::Value = serde_json::from_str(&items.body).unwrap();
    let open = app.state.stores.items.open_items().await.unwrap();
    let list = items["items"].as_array().unwrap();
    assert!(!list.is_empty() && list.len() <= open.len(), "{} of {}", list.len(), open.len());
    assert_eq!(items["licence"]["id"], "CC0-1.0");
    assert!(list.iter().all(|i| i["licence"] == "CC0-1.0" && i["organisation"].as_str().is_some_and(|s| !s.is_empty())));
    assert!(list.iter().any(|i| i["kind"] == "offer") && list.iter().any(|i| i["kind"] == "need"));
    let items_csv = office.get("/office/export/items/csv").await;
    assert!(
        items_csv.body.starts_with("id,kind,organisation,organisation_name,title,"),
        "{}",
        &items_csv.body[..80.min(items_csv.body.len())]
    );
    assert_eq!(office.get("/office/export/items/geojson").await.status, 404);
    assert_eq!(office.get("/office/export/%3Cscript%3E").await.status, 404);
    app.user("rep@example.org", domain::accounts::Role::Representative).await;
    let mut representative = app.signed_in("rep@example.org", None).await;
    assert_eq!(representative.get("/office/export/csv").await.status, 403);
}

/// The upload's id from the address the upload form sends to.
fn upload_path(page: &testkit::browser::Page) -> String {
    let location = page.location.clone().unwrap_or_else(|| panic!("a redirect to the preview: {} {}", page.status, page.body));
    assert!(location.starts_with("/office/import/"), "{location}");
    location.split('#').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_office_imports_a_file_in_the_browser_with_preview_mapping_progress_and_report() {
    let app = spawn(Backend::Sqlite, true).await.unwrap();
    let coordinator = app.user("office@example.org", domain::accounts::Role::Coordinator).await;
    let totp = app.with_totp(coordinator).await;
    let mut office = app.signed_in("office@example.org", Some(&totp)).await;
    let form = office.get("/office/import").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("enctype=\"multipart/form-data\"") && form.body.contains("name=\"file\""), "{}", form.body);

    // Files that are no data file are refused with their reason; nothing is kept.
    let empty = office.post_file("/office/import", &[("format", "auto")], ("file", "leer.csv", "text/csv", b"")).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Die gesendete Datei war leer"), "{}", empty.body);
    let html = office
        .post_file(
            "/office/import",
            &[("format", "auto")],
            ("file", "vereine.csv", "text/csv", b"<!doctype html><html><body>x</body></html>"),
        )
        .await;
    assert_eq!(html.status, 422);
    assert!(html.body.contains("Die Datei ist eine Webseite (HTML)"), "{}", html.body);
    let unclear = office.post_file("/office/import", &[("format", "auto")], ("file", "vereine.dat", "text/plain", b"name\nA\n")).await;
    assert_eq!(unclear.status, 422);
    assert!(unclear.body.contains("Bitte wählen Sie es aus"), "{}", unclear.body);
    assert!(app.state.stores.imports.upload(1).await.unwrap().is_none(), "nothing kept from a refused file");

    // A file with a row the profile form refuses: the preview names the line and the reason, and
    // offers no confirmation.
    let bad = "Name;Rechtsform;PLZ;Ort\nGute Nachbarn;e.V.;71634;Ludwigsburg\nKaputt;e.V.;12;Ludwigsburg\n";
    let sent = office.post_file("/office/import", &[("format", "csv")], ("file", "fehler.csv", "text/csv", bad.as_bytes())).await;
    let preview = office.get(&upload_path(&sent)).await;
    assert_eq!(preview.status, 200);
    assert!(preview.body.contains("Bitte eine fünfstellige Postleitzahl angeben"), "{}", preview.body);
    assert!(preview.body.contains("<td>3</td><td dir=\"auto\">Kaputt</td>"), "the refused row with its line");
    assert!(!preview.body.contains("id=\"confirm-form\""), "no confirmation while a row is refused");

    // Unknown headers: the name column is mapped in the browser; then create, duplicate, confirm.
    let file = "Titel des Vereins;Rechtsform;PLZ;Ort;Notiz\n\
                Nachbarschaftstreff Am Bahnhof;e.V.;71634;Ludwigsburg;intern\n\
                Kulturverein Brückenschlag;e.V.;71634;Ludwigsburg;schon da\n";
    let sent =
        office.post_file("/office/import", &[("format", "auto")], ("file", "C:\\Daten\\vereine.csv", "text/csv", file.as_bytes())).await;
    let path = upload_path(&sent);
    let preview = office.get(&path).await;
    assert!(preview.body.contains("Keine Spalte enthält den Namen"), "{}", preview.body);
    assert!(preview.body.contains("name=\"map.titeldesvereins\""), "{}", preview.body);
    let mapped = office.post(&format!("{path}/mapping"), &[("map.titeldesvereins", "name"), ("map.notiz", "")]).await;
    assert_eq!(mapped.status, 303, "{}", mapped.body);
    let preview = office.get(&path).await;
    assert!(
        preview.body.contains("1 neu, 0 geändert, 0 unverändert, 1 übersprungen (wahrscheinlich doppelt), 0 abgelehnt."),
        "{}",
        preview.body
    );
    assert!(
        preview.body.contains("wie Deutsch-Türkischer Kulturverein Brückenschlag e.V. (kulturverein-brueckenschlag)"),
        "the duplicate names the entry it resembles: {}",
        preview.body
    );
    assert!(preview.body.contains("name=\"map.notiz\""), "the still unknown column is offered");
    assert!(preview.body.contains("id=\"confirm-form\""));

    let confirmed = office.post(&format!("{path}/confirm"), &[]).await;
    assert_eq!(confirmed.location.as_deref(), Some(path.as_str()));
    let again = office.post(&format!("{path}/confirm"), &[]).await;
    assert_eq!(again.status, 303, "a second click changes nothing");
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let upload = app.state.stores.imports.upload(id).await.unwrap().unwrap();
    assert_eq!(upload.file_name, "vereine.csv", "the name without folders");
    let jobs = app.state.jobs.store().recent_jobs(50).await.unwrap();
    assert_eq!(jobs.iter().filter(|j| j.kind == app::ports::IMPORT_UPLOAD_JOB).count(), 1, "one job for two clicks");
    let running = office.get(&path).await;
    if running.body.contains("id=\"import-progress\"") {
        assert!(running.body.contains("?pause=1"), "the progress page reloads itself and offers a pause");
    }
    app.state.jobs.drain().await.unwrap();
    let job = app.state.jobs.store().progress(upload.job.unwrap()).await.unwrap().unwrap();
    assert_eq!((job.state, job.done, job.total), (app::ports::JobState::Done, 2, 2), "the job row carries the progress");
    let report = office.get(&path).await;
    assert!(report.body.contains("Gespeichert als Import Nr."), "{}", report.body);
    assert!(report.body.contains("1 neu, 0 geändert"), "{}", report.body);
    assert!(!report.body.contains("?pause=1"), "the report does not reload");
    assert!(app.state.stores.imports.upload(id).await.unwrap().unwrap().content.is_empty(), "the file is dropped after the run");

    // The new entry is a revision whose origin is the import: the history says who, when, which file.
    app.state.directory.refresh_if_changed().await.unwrap();
    let slug = app.state.directory.index().listings().find(|o| o.name() == "Nachbarschaftstreff Am Bahnhof").map(|o| o.slug().to_owned());
    let slug = slug.expect("the imported entry is in the directory");
    let history = office.get(&format!("/organisations/{slug}/history")).await;
    assert!(history.body.contains("Importiert von office@example.org am"), "{}", history.body);
    assert!(history.body.contains("aus der Datei vereine.csv (csv)"), "{}", history.body);
    assert_eq!(office.post(&format!("{path}/mapping"), &[("map.notiz", "name")]).await.status, 409, "a confirmed upload's mapping stays");

    app.user("rep@example.org", domain::accounts::Role::Representative).await;
    let mut representative = app.signed_in("rep@example.org", None).await;
    assert_eq!(representative.get("/office/import").await.status, 403);
    assert_eq!(representative.get(&path).await.status, 403);
}
