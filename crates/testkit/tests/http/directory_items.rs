//! The directory's filter on offers and needs (`offers=`, `needs=`): the same associations as
//! the map, paged and counted over the narrowed set, network-only items for members only, and
//! links that carry the filter between map and directory.

use std::collections::BTreeSet;

use app::ports::{Author, NewItem};
use domain::marketplace::{ItemContent, ItemFilter, ItemKind, ItemVisibility};
use domain::organisation::Audience;
use testkit::spawn_app;

/// The slugs of the associations linked from the result cards (directory) or list entries (map).
fn listed(html: &str) -> BTreeSet<String> {
    html.split(r#"<h3><a href="/organisations/"#).skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect()
}

/// The slugs of the associations the filter lets pass for this audience, by the marketplace.
fn passing(app: &testkit::TestApp, offers: Option<&str>, needs: Option<&str>, audience: Audience) -> BTreeSet<String> {
    let filter = ItemFilter::parse(offers, needs).unwrap();
    let index = app.state.directory.index();
    let ids = app.state.marketplace.view().organisations_passing(&filter, audience).unwrap();
    ids.into_iter().filter_map(|id| index.by_id(id)).map(|o| o.slug().to_owned()).collect()
}

fn api_slugs(json: &serde_json::Value) -> BTreeSet<String> {
    json["items"].as_array().unwrap().iter().map(|i| i["slug"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn the_directory_lists_what_the_map_shows_for_offers_of_rooms() {
    let app = spawn_app().await;
    let rooms = passing(&app, Some("rooms"), None, Audience::Public);
    assert!(rooms.len() >= 5, "the demo city offers rooms: {rooms:?}");

    let (status, directory) = app.text("/organisations?offers=rooms&per_page=100&lang=de").await;
    assert_eq!(status, 200);
    let (_, map) = app.text("/map?offers=rooms&lang=de").await;
    assert_eq!(listed(&directory), rooms);
    assert_eq!(listed(&map), rooms, "the map lists the same associations");
    assert!(directory.contains(&format!("{} Vereine gefunden", rooms.len())));
    assert!(directory.contains(r#"<option value="rooms" selected>Räume</option>"#), "the select keeps the choice");
    assert!(directory.contains(r#"<ul class="card-mentions" aria-label="Passende Angebote und Gesuche"><li>bietet: <a href="/offers/"#));
    assert!(!directory.contains("sucht: <a"), "only the kind asked for is named");

    // The JSON API gives the same set and total.
    let (status, json) = app.json("/api/v1/organisations?offers=rooms&per_page=100").await;
    assert_eq!((status, json["total"].as_u64().unwrap() as usize), (200, rooms.len()));
    assert_eq!(api_slugs(&json), rooms);

    // Both halves: offering rooms and seeking anything; German category names work too.
    let both = passing(&app, Some("rooms"), Some("any"), Audience::Public);
    assert!(!both.is_empty() && both.is_subset(&rooms), "{both:?}");
    let (_, html) = app.text("/organisations?offers=R%C3%A4ume&needs=any&per_page=100").await;
    assert_eq!(listed(&html), both);
    assert!(html.contains("sucht: <a") && html.contains("bietet: <a"));
    assert!(html.contains(r#"<option value="any" selected>irgendetwas</option>"#));
}

#[tokio::test]
async fn paging_total_and_facet_counts_are_over_the_narrowed_set() {
    let app = spawn_app().await;
    let rooms = passing(&app, Some("rooms"), None, Audience::Public);
    let mut seen = BTreeSet::new();
    for page in 1..=rooms.len().div_ceil(2) {
        let (status, html) = app.text(&format!("/organisations?offers=rooms&per_page=2&page={page}")).await;
        assert_eq!(status, 200);
        let slugs = listed(&html);
        assert!(slugs.len() <= 2 && slugs.is_disjoint(&seen), "page {page}: {slugs:?}");
        seen.extend(slugs);
        assert!(html.contains(&format!("{} Vereine gefunden", rooms.len())));
    }
    assert_eq!(seen, rooms, "the pages together are the narrowed set");
    let (_, first) = app.text("/organisations?offers=rooms&per_page=2").await;
    assert!(first.contains(r#"href="/organisations?per_page=2&#38;offers=rooms&#38;page=2""#), "paging keeps the filter");

    // Each field of activity counts the associations offering rooms in it.
    let (_, json) = app.json("/api/v1/organisations?per_page=100").await;
    let mut categories: BTreeSet<String> = BTreeSet::new();
    for item in json["items"].as_array().unwrap().iter().filter(|i| rooms.contains(i["slug"].as_str().unwrap())) {
        categories.extend(item["categories"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()));
    }
    let mut compared = 0;
    for category in categories {
        let (_, narrowed) = app.json(&format!("/api/v1/organisations?offers=rooms&category={category}")).await;
        let (_, all) = app.json(&format!("/api/v1/organisations?category={category}")).await;
        let (narrowed, all) = (narrowed["total"].as_u64().unwrap(), all["total"].as_u64().unwrap());
        let option = first.split(&format!(r#"<option value="{category}" >"#)).nth(1).unwrap().split("</option>").next().unwrap();
        assert!(option.ends_with(&format!("({narrowed})")), "{category}: {option} should count {narrowed} (of {all})");
        compared += usize::from(narrowed < all);
    }
    assert!(compared > 0, "some counts differ from the unnarrowed ones");
}

#[tokio::test]
async fn network_only_offers_count_in_the_directory_for_members_only() {
    let app = spawn_app().await;
    // The demo's minibus of the Sportfreunde is shared with the network only.
    let url = "/organisations?offers=material&per_page=100";
    let response = app.get(url).await;
    assert!(response.headers().get("cache-control").is_none(), "the public's page may be cached");
    let public = listed(&response.text().await.unwrap());
    assert!(!public.contains("sportfreunde-westend"));
    assert_eq!(public, passing(&app, Some("material"), None, Audience::Public));

    app.representative_of("vera@verein.example", "kulturverein-brueckenschlag").await;
    let mut vera = app.signed_in("vera@verein.example", None).await;
    let page = vera.get(url).await;
    let member = listed(&page.body);
    assert!(member.contains("sportfreunde-westend") && public.is_subset(&member));
    assert!(page.body.contains("Vereinsbus (9 Sitze)"));
    assert!(page.body.contains(&format!("{} Vereine gefunden", member.len())));
    let cookies = vera.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let response = app.client.get(app.url(url)).header("cookie", cookies.as_str()).send().await.unwrap();
    assert_eq!(response.headers()["cache-control"], "private", "a member's answer is not for shared caches");

    // The member's answer was not cached for the public, and the open API answers as the public.
    assert_eq!(listed(&app.text(url).await.1), public);
    let api = serde_json::from_str(&vera.get("/api/v1/organisations?offers=material&per_page=100").await.body).unwrap();
    assert_eq!(api_slugs(&api), public);
}

#[tokio::test]
async fn a_new_offer_is_found_at_once_though_the_search_was_cached() {
    let app = spawn_app().await;
    let url = "/organisations?offers=digital&per_page=100";
    let before = listed(&app.text(url).await.1);
    let index = app.state.directory.index();
    let newcomer = index.get("kulturverein-brueckenschlag").unwrap();
    assert!(!before.contains(newcomer.slug()), "{before:?}");
    let content = ItemContent {
        title: "Laptops zum Ausleihen".into(),
        description: "Fünf Laptops für Kurse.".into(),
        category: "digital".into(),
        languages: vec![],
        weekdays: None,
        time: None,
        district: None,
        end_date: None,
        text_lang: "de".into(),
        visibility: ItemVisibility::Public,
    };
    let item = NewItem { org: newcomer.id(), kind: ItemKind::Offer, content };
    app.state.marketplace.items().create_items(&[item], &Author::system("test")).await.unwrap();
    app.state.marketplace.refresh_if_changed().await.unwrap();
    let after = listed(&app.text(url).await.1);
    assert!(after.contains(newcomer.slug()) && before.is_subset(&after), "{after:?}");
}

#[tokio::test]
async fn links_carry_the_filter_between_map_and_directory() {
    let app = spawn_app().await;
    let (_, map) = app.text("/map?category=language&offers=rooms&needs=any&lang=de").await;
    assert!(
        map.contains(r#"<a href="/organisations?category=language&#38;offers=rooms&#38;needs=any" id="map-directory-link">"#),
        "the map's link to the list"
    );
    let (_, directory) = app.text("/organisations?category=language&offers=rooms&needs=any&lang=de").await;
    assert!(directory.contains(r#"<a href="/map?category=language&#38;offers=rooms&#38;needs=any">"#), "the list's link to the map");
    // The active filters can be removed one by one, keeping the others.
    assert!(directory.contains(r#"<a href="/organisations?category=language&#38;needs=any">Bietet: Räume"#));
    assert!(directory.contains(r#"<a href="/organisations?category=language&#38;offers=rooms">Sucht: irgendetwas"#));
}

#[tokio::test]
async fn an_unknown_category_of_offers_is_refused_with_a_message() {
    let app = spawn_app().await;
    let (status, html) = app.text("/organisations?q=Kultur&offers=raumfahrt&lang=de").await;
    assert_eq!(status, 400);
    assert!(html.contains("role=\"alert\"") && html.contains("Diese Kategorie von Angeboten und Gesuchen gibt es nicht"));
    assert!(html.contains(r#"value="Kultur""#), "the input is kept");
    let (status, html) = app.text("/organisations?needs=raumfahrt&lang=en").await;
    assert_eq!(status, 400);
    assert!(html.contains("There is no such category of offers and needs"));
    let (status, html) = app.text("/organisations?offers=rooms&per_page=1000&lang=de").await;
    assert_eq!(status, 400);
    assert!(html.contains(r#"<option value="rooms" selected>Räume</option>"#), "a valid choice is kept beside another error");
    let (status, json) = app.json("/api/v1/organisations?needs=raumfahrt").await;
    assert_eq!((status, json["error"]["code"].as_str().unwrap()), (400, "unknown_item_category"));
}

#[tokio::test]
async fn the_open_api_documents_the_filter_once_per_endpoint() {
    let app = spawn_app().await;
    let (_, doc) = app.json("/api/openapi.json").await;
    for path in ["/api/v1/organisations", "/api/v1/organisations.geojson"] {
        let names: Vec<&str> =
            doc["paths"][path]["get"]["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
        for name in ["offers", "needs"] {
            assert_eq!(names.iter().filter(|n| **n == name).count(), 1, "{path}: {names:?}");
        }
    }
    // Empty values mean no filter, as with the directory's other parameters.
    let (status, json) = app.json("/api/v1/organisations?offers=&needs=%20").await;
    let (_, all) = app.json("/api/v1/organisations").await;
    assert_eq!((status, &json["total"]), (200, &all["total"]));
}
