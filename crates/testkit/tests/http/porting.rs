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
    assert_eq!(office.get("/office/export/%3Cscript%3E").await.status, 404);
    app.user("rep@example.org", domain::accounts::Role::Representative).await;
    let mut representative = app.signed_in("rep@example.org", None).await;
    assert_eq!(representative.get("/office/export/csv").await.status, 403);
}
