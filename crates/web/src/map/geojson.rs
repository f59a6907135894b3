//! `GET /api/v1/organisations.geojson`: every association matching the directory's filters
//! that has a position, as a GeoJSON FeatureCollection with compact properties.

use app::directory::index::Listing;
use app::map::locate_organisations::locate_organisations;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::api_error::ApiError;
use crate::directory::item_filter::{self as items, ItemMention, Mentions};
use crate::directory::view::raw_query;
use crate::i18n::Tr;
use crate::map::page::narrow;
use crate::page::Visit;
use crate::SharedState;
use domain::organisation::Audience;

/// Coordinates are rounded to 4 decimals (about 10 m, enough to find a building's block),
/// which keeps the whole city's file small (docs/benchmarks.md, "Map").
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    geometry: Point,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

/// `slug` (profile at /organisations/{slug}, details at /api/v1/organisations/{slug}), `name`
/// and `cat`, the key of the main field of activity (the marker's colour and shape).
/// With a filter on offers or needs, `items` names the fitting ones (kind, title, url, lang).
#[derive(Serialize)]
struct Properties<'a> {
    slug: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cat: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    items: Vec<ItemMention>,
}

fn feature<'a>(p: &'a Listing, mentions: Option<&Mentions>) -> Option<Feature<'a>> {
    let position = p.position?;
    Some(Feature {
        kind: "Feature",
        geometry: Point { kind: "Point", coordinates: [round(position.lon()), round(position.lat())] },
        properties: Properties {
            slug: p.slug.as_str(),
            name: &p.name,
            cat: p.categories.first().map(String::as_str),
            items: mentions.map(|m| m.of(p.id)).unwrap_or_default(),
        },
    })
}

/// The associations on the map as GeoJSON. `offers` and `needs` count the items the caller may
/// see: the public's, or with a member's session also those shared with the network (the map page
/// loads this with its session).
#[utoipa::path(get, path = "/api/v1/organisations.geojson", tag = "directory",
    params(crate::directory::api::ListParams, crate::directory::api::ItemFilterParams,
        ("bbox" = Option<String>, Query, description = "Only what lies inside west,south,east,north (degrees), e.g. 9.10,48.85,9.30,48.95")),
    responses((status = 200, description = "GeoJSON FeatureCollection; properties slug, name, cat (key of the main field of activity) and, with offers/needs, items (kind, title, url, lang of the fitting ones)", content_type = "application/geo+json"),
        (status = 400, description = "Invalid parameter", body = crate::api_error::ErrorBody)))]
pub async fn collection(State(state): State<SharedState>, visit: Visit) -> Result<Response, ApiError> {
    let uri = &visit.uri;
    let pairs: Vec<(String, String)> = uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    let bbox = pairs.iter().find(|(k, _)| k == "bbox").map(|(_, v)| v.as_str());
    let mut located = locate_organisations(&state.directory, &raw_query(uri), bbox).map_err(|e| ApiError::bad_request(e.code(), &e))?;
    let filter = items::item_filter(uri).map_err(|e| ApiError::bad_request("unknown_item_category", e))?;
    let audience = items::audience(&visit);
    narrow(&state, &mut located, &filter, audience);
    // Only the words "bietet"/"sucht": a translator, not a whole page frame.
    let mentions = Mentions::new(&state, &Tr::new(visit.locale), &filter, audience);
    let body =
        Collection { kind: "FeatureCollection", features: located.placed.iter().filter_map(|o| feature(o, mentions.as_ref())).collect() };
    // What members see differs from what the public sees: such answers must not be shared by caches.
    let cache = if mentions.is_some() && audience != Audience::Public { "private, max-age=60" } else { "public, max-age=60" };
    let json = serde_json::to_vec(&body).map_err(|error| {
        tracing::error!(%error, "geojson failed");
        ApiError::internal()
    })?;
    Ok(([(CONTENT_TYPE, "application/geo+json"), (CACHE_CONTROL, cache)], json).into_response())
}
