//! The city map: GeoJSON with the directory's filters and a bounding box, the map page and
//! its list without JavaScript, the embeddable map's framing rules, tile consent, payloads.

use app::directory::import_organisations::import_organisations;
use app::ports::Author;
use testkit::spawn_app;

fn features(json: &serde_json::Value) -> &Vec<serde_json::Value> {
    assert_eq!(json["type"], "FeatureCollection");
    json["features"].as_array().unwrap()
}

#[tokio::test]
async fn geojson_has_every_placed_association_with_compact_properties() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/organisations.geojson").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    let json: serde_json::Value = response.json().await.unwrap();
    let all = features(&json);
    assert_eq!(all.len(), app.state.directory.index().len(), "the demo import places every association");
    let first = &all[0];
    assert_eq!(first["geometry"]["type"], "Point");
    let [lon, lat] = [first["geometry"]["coordinates"][0].as_f64().unwrap(), first["geometry"]["coordinates"][1].as_f64().unwrap()];
    assert!((9.0..9.4).contains(&lon) && (48.8..49.0).contains(&lat), "[lon, lat] order: {lon} {lat}");
    let keys: Vec<&String> = first["properties"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["cat", "name", "slug"]);
}

#[tokio::test]
async fn geojson_takes_the_directory_filters_and_a_bounding_box() {
    let app = spawn_app().await;
    let (status, json) = app.json("/api/v1/organisations.geojson?category=language&language=ar").await;
    assert_eq!(status, 200);
    let found = features(&json);
    let (_, listed) = app.json("/api/v1/organisations?category=language&language=ar&per_page=100").await;
    assert_eq!(found.len() as u64, listed["total"].as_u64().unwrap());
    assert!(found.len() >= 3, "{}", found.len());
    for f in found {
        let (_, profile) = app.json(&format!("/api/v1/organisations/{}", f["properties"]["slug"].as_str().unwrap())).await;
        assert!(profile["categories"].as_array().unwrap().iter().any(|c| c == "language"));
        assert!(profile["languages"].as_array().unwrap().iter().any(|l| l == "ar"));
    }
    let (_, all) = app.json("/api/v1/organisations.geojson").await;
    let (_, west) = app.json("/api/v1/organisations.geojson?bbox=9.10,48.85,9.185,48.95").await;
    let west = features(&west);
    assert!(!west.is_empty() && west.len() < features(&all).len());
    assert!(west.iter().all(|f| f["geometry"]["coordinates"][0].as_f64().unwrap() <= 9.185));
    for (query, code) in [("bbox=1,2,3", "invalid_bbox"), ("bbox=9.3,48.8,9.1,48.9", "invalid_bbox"), ("category=nope", "unknown_category")]
    {
        let (status, error) = app.json(&format!("/api/v1/organisations.geojson?{query}")).await;
        assert_eq!((status, error["error"]["code"].as_str().unwrap()), (400, code), "{query}");
    }
}

#[tokio::test]
async fn map_page_lists_the_filtered_associations_without_javascript() {
    let app = spawn_app().await;
    let (status, html) = app.text("/map?category=language&language=ar&lang=de").await;
    assert_eq!(status, 200);
    let (_, json) = app.json("/api/v1/organisations.geojson?category=language&language=ar").await;
    for f in features(&json) {
        let slug = f["properties"]["slug"].as_str().unwrap();
        assert!(html.contains(&format!(r#"data-slug="{slug}""#)), "{slug} listed");
    }
    assert_eq!(html.matches(r#"class="map-item""#).count(), features(&json).len());
    for name in ["q", "category", "target_group", "language", "district", "mso"] {
        assert!(html.contains(&format!(r#"name="{name}""#)), "filter {name}");
    }
    assert!(html.contains(r#"<option value="language" selected>Sprache &#38; Übersetzung</option>"#));
    assert!(html.contains(r#"href="/organisations?category=language&#38;language=ar""#), "back to the directory");
    assert!(html.contains(r#"id="map-settings">"#) && html.contains(r#""mode":"city""#));
    assert!(html.contains("Legende"));
    let (_, directory) = app.text("/organisations?category=language&language=ar").await;
    assert!(directory.contains(r#"href="/map?category=language&#38;language=ar""#), "directory search opens as a map");
    let (status, _) = app.text("/map?district=atlantis").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn external_tiles_need_consent_and_only_widen_img_src() {
    let app = spawn_app().await;
    let response = app.get("/map").await;
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(response.headers().contains_key("x-frame-options"));
    let html = response.text().await.unwrap();
    assert!(csp.contains("img-src 'self' data: https://tile.openstreetmap.org;"), "{csp}");
    assert!(csp.contains("script-src 'self';") && csp.contains("connect-src 'self';") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(html.contains(r#"id="map-consent""#) && html.contains("OpenStreetMap Foundation") && html.contains(r#"href="/privacy""#));
    assert!(html.contains(r#""consent":true"#));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "nothing loads from elsewhere");
}

#[tokio::test]
async fn embedded_map_may_be_framed_and_links_back() {
    let app = spawn_app().await;
    let response = app.get("/embed/map?category=language&lang=en").await;
    assert_eq!(response.status(), 200);
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.ends_with("frame-ancestors *"), "{csp}");
    assert!(!response.headers().contains_key("x-frame-options"));
    let html = response.text().await.unwrap();
    assert!(html.contains(&format!(r#"href="{}/map?category=language&#38;lang=en""#, app.base)), "link back");
    assert!(html.contains(r#""mode":"embed""#));
    for path in ["/map", "/map/embed", "/organisations", "/"] {
        let response = app.get(path).await;
        let csp = response.headers()["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path} refuses to be framed");
        assert_eq!(response.headers()["x-frame-options"], "DENY", "{path}");
    }
}

#[tokio::test]
async fn embed_builder_makes_the_snippet_from_the_chosen_filters() {
    let app = spawn_app().await;
    let (status, html) = app.text("/map/embed?category=language&language=ar&embed_lang=ar&height=600").await;
    assert_eq!(status, 200);
    let snippet = format!("&#60;iframe src=&#34;{}/embed/map?category=language&#38;amp;language=ar&#38;amp;lang=ar&#34;", app.base);
    assert!(html.contains(&snippet), "{}", &html[html.find("embed-snippet").unwrap()..][..400]);
    assert!(html.contains("height=&#34;600&#34;"));
    assert!(
        html.contains(r#"<iframe id="embed-preview" class="embed-preview" src="/embed/map?category=language&#38;language=ar&#38;lang=ar""#)
    );
}

#[tokio::test]
async fn profile_shows_a_small_map_of_the_place() {
    let app = spawn_app().await;
    let response = app.get("/organisations/kulturverein-brueckenschlag?lang=de").await;
    assert!(response.headers()["content-security-policy"].to_str().unwrap().contains("https://tile.openstreetmap.org"));
    let html = response.text().await.unwrap();
    assert!(html.contains(r#""mode":"place""#) && html.contains(r#""place":{"lat":"#));
    assert!(html.contains("/map?lat=") && html.contains("Auf der Stadtkarte zeigen"));
}

#[tokio::test]
async fn map_scripts_and_styles_are_embedded_and_small() {
    let app = spawn_app().await;
    let (_, html) = app.text("/map").await;
    let mut compressed = 0;
    let mut urls = Vec::new();
    for attr in ["src=\"/assets/", "href=\"/assets/"] {
        for (start, _) in html.match_indices(attr) {
            let url = &html[start + attr.len() - "/assets/".len()..];
            urls.push(url[..url.find('"').unwrap()].to_owned());
        }
    }
    assert!(urls.iter().any(|u| u.starts_with("/assets/vendor/leaflet.") && u.ends_with(".js")), "{urls:?}");
    assert!(urls.iter().any(|u| u.starts_with("/assets/vendor/leaflet.markercluster.")), "{urls:?}");
    for url in &urls {
        let response = app.client.get(app.url(url)).header("accept-encoding", "gzip").send().await.unwrap();
        assert_eq!(response.status(), 200, "{url}");
        assert!(response.headers()["cache-control"].to_str().unwrap().contains("immutable"), "{url}");
        compressed += response.bytes().await.unwrap().len();
    }
    assert!(compressed < 150 * 1024, "map page scripts and styles: {compressed} bytes compressed");
}

#[tokio::test]
async fn geojson_for_5000_associations_stays_under_100_kb_compressed() {
    let app = spawn_app().await;
    let districts = app.state.directory.index().districts().to_vec();
    let batch = knotenpunkt::generate::synthetic(5_000 - app.state.directory.index().len(), 0, &districts);
    import_organisations(&app.state.directory, &app.state.marketplace, batch, &Author::system("test")).await.unwrap();
    let response = app.client.get(app.url("/api/v1/organisations.geojson")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let size = response.bytes().await.unwrap().len();
    assert!(size < 100 * 1024, "GeoJSON for 5,000 associations: {size} bytes compressed");
    let (_, json) = app.json("/api/v1/organisations.geojson").await;
    assert_eq!(features(&json).len(), 5_000);
}

/// The slugs of associations with an open offer (or need) in this category that the public sees.
fn slugs_with(app: &testkit::TestApp, kind: domain::marketplace::ItemKind, category: &str) -> std::collections::BTreeSet<String> {
    let view = app.state.marketplace.view();
    let index = app.state.directory.index();
    view.list(
        kind,
        &domain::item_query::ItemQuery { category: domain::marketplace::item_category_key(category), ..Default::default() },
        domain::organisation::Audience::Public,
    )
    .iter()
    .filter_map(|i| index.by_id(i.org).map(|o| o.slug().to_owned()))
    .collect()
}

fn slugs(json: &serde_json::Value) -> std::collections::BTreeSet<String> {
    features(json).iter().map(|f| f["properties"]["slug"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn the_map_shows_associations_by_their_offers_and_needs() {
    use domain::marketplace::ItemKind;
    let app = spawn_app().await;
    let (status, json) = app.json("/api/v1/organisations.geojson?offers=rooms").await;
    assert_eq!(status, 200);
    let rooms = slugs_with(&app, ItemKind::Offer, "rooms");
    assert!(rooms.len() >= 5, "the demo city offers rooms: {rooms:?}");
    assert_eq!(slugs(&json), rooms, "exactly the associations offering rooms");
    for f in features(&json) {
        let items = f["properties"]["items"].as_array().unwrap();
        assert!(!items.is_empty() && items.iter().all(|i| i["kind"] == "bietet" && i["url"].as_str().unwrap().starts_with("/offers/")));
    }
    // Both halves: offering rooms and seeking anything.
    let (_, both) = app.json("/api/v1/organisations.geojson?offers=rooms&needs=any&lang=en").await;
    let both = slugs(&both);
    assert!(!both.is_empty() && both.is_subset(&rooms));
    let (_, seekers) = app.json("/api/v1/organisations.geojson?needs=Räume").await;
    assert_eq!(slugs(&seekers), slugs_with(&app, ItemKind::Need, "rooms"), "German category names work too");
    // Without the filter the properties stay compact.
    let (_, plain) = app.json("/api/v1/organisations.geojson").await;
    assert!(features(&plain).iter().all(|f| f["properties"].get("items").is_none()));
    let (status, error) = app.json("/api/v1/organisations.geojson?offers=raumfahrt").await;
    assert_eq!((status, error["error"]["code"].as_str().unwrap()), (400, "unknown_item_category"));

    // The page: the selects keep the choice, the list names the fitting offers, the script gets the filter.
    let (status, html) = app.text("/map?offers=rooms&lang=de").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"name="offers""#) && html.contains(r#"name="needs""#));
    assert!(html.contains(r#"<option value="rooms" selected>Räume</option>"#));
    assert_eq!(html.matches(r#"class="map-item""#).count(), rooms.len());
    assert!(html.contains(r#"<ul class="map-mentions"><li>bietet: <a href="/offers/"#));
    assert!(html.contains(r"organisations.geojson?offers=rooms\u0026lang=de"), "the map script loads the filtered set");
    assert!(html.contains(r#"href="/map/embed?offers=rooms""#), "the embed builder keeps the filter");
    let (status, html) = app.text("/map?needs=raumfahrt&lang=de").await;
    assert_eq!(status, 400);
    assert!(html.contains("role=\"alert\"") && html.contains("Diese Kategorie von Angeboten und Gesuchen gibt es nicht"));
    let (_, html) = app.text("/map/embed?offers=rooms&embed_lang=de").await;
    assert!(html.contains("/embed/map?offers=rooms&#38;amp;lang=de"), "the snippet carries the filter");
    let (status, html) = app.text("/embed/map?offers=rooms&lang=de").await;
    assert_eq!((status, html.matches(r#"class="map-item""#).count()), (200, rooms.len()));
}

#[tokio::test]
async fn network_only_offers_put_an_association_on_the_map_for_members_only() {
    let app = spawn_app().await;
    // The demo's minibus of the Sportfreunde is shared with the network only.
    let url = "/api/v1/organisations.geojson?offers=material";
    let response = app.get(url).await;
    assert_eq!(response.headers()["cache-control"], "public, max-age=60");
    let public: serde_json::Value = response.json().await.unwrap();
    assert!(!slugs(&public).contains("sportfreunde-westend"));
    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let member: serde_json::Value = serde_json::from_str(&vera.get(url).await.body).unwrap();
    assert!(slugs(&member).contains("sportfreunde-westend"));
    assert!(slugs(&public).is_subset(&slugs(&member)));
    let page = vera.get("/map?offers=material").await;
    assert!(page.body.contains("Vereinsbus (9 Sitze)"));
    assert!(!app.text("/map?offers=material").await.1.contains("Vereinsbus (9 Sitze)"));
}
