//! `GET /api/v1/organisations.geojson`: every association matching the directory's filters
//! that has a position, as a GeoJSON FeatureCollection with compact properties.

use app::directory::index::Listing;
use app::map::locate_organisations::MapSearch;
use axum::extract::State;
use axum::http::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use axum::http::{HeaderMap, HeaderValue};
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
    let position = p.position()?;
    Some(Feature {
        kind: "Feature",
        geometry: Point { kind: "Point", coordinates: [round(position.lon()), round(position.lat())] },
        properties: Properties {
            slug: p.slug(),
            name: p.name(),
            cat: p.categories().next(),
            items: mentions.map(|m| m.of(p.id())).unwrap_or_default(),
        },
    })
}

/// The associations on the map as GeoJSON. `offers` and `needs` count the items the caller may
/// see: the public's, or with a member's session also those shared with the network (the map page
/// loads this with its session). Without that filter the answer depends on the index alone and is
/// built once per index (`geojson_cache.rs`).
#[utoipa::path(get, path = "/api/v1/organisations.geojson", tag = "directory",
    params(crate::directory::api::ListParams, crate::directory::api::ItemFilterParams,
        ("bbox" = Option<String>, Query, description = "Only what lies inside west,south,east,north (degrees), e.g. 9.10,48.85,9.30,48.95")),
    responses((status = 200, description = "GeoJSON FeatureCollection; properties slug, name, cat (key of the main field of activity) and, with offers/needs, items (kind, title, url, lang of the fitting ones)", content_type = "application/geo+json"),
        (status = 400, description = "Invalid parameter", body = crate::api_error::ErrorBody)))]
pub async fn collection(State(state): State<SharedState>, visit: Visit, headers: HeaderMap) -> Result<Response, ApiError> {
    let uri = &visit.uri;
    let pairs: Vec<(String, String)> = uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    let bbox = pairs.iter().find(|(k, _)| k == "bbox").map(|(_, v)| v.trim()).filter(|b| !b.is_empty());
    let index = state.directory.index();
    let search = MapSearch::parse(&index, &raw_query(uri), bbox).map_err(|e| ApiError::bad_request(e.code(), &e))?;
    let filter = items::item_filter(uri).map_err(|e| ApiError::bad_request("unknown_item_category", e))?;
    if filter.is_off() {
        let key = (search.query.clone(), bbox.map(str::to_owned));
        let body = state.geojson_cache.get_or_build(&index, key, || collection_json(&search.locate(&index).placed, None));
        let (bytes, gzipped) = if accepts_gzip(&headers) { (state.geojson_cache.gzip(&body), true) } else { (body.json(), false) };
        let mut response = ([(CONTENT_TYPE, "application/geo+json"), (CACHE_CONTROL, "public, max-age=60")], bytes).into_response();
        response.headers_mut().insert(VARY, HeaderValue::from_static("accept-encoding"));
        if gzipped {
            response.headers_mut().insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        return Ok(response);
    }
    let mut located = search.locate(&index);
    let audience = items::audience(&visit);
    narrow(&state, &mut located, &filter, audience);
    // Only the words "bietet"/"sucht": a translator, not a whole page frame.
    let mentions = Mentions::new(&state, &Tr::new(visit.locale), &filter, audience);
    // What members see differs from what the public sees: such answers must not be shared by caches.
    let cache = if mentions.is_some() && audience != Audience::Public { "private, max-age=60" } else { "public, max-age=60" };
    let json = collection_json(&located.placed, mentions.as_ref());
    Ok(([(CONTENT_TYPE, "application/geo+json"), (CACHE_CONTROL, cache)], json).into_response())
}

/// The FeatureCollection of the associations with a position, written feature by feature (no
/// vector of all features beside the text).
fn collection_json(placed: &[Listing], mentions: Option<&Mentions>) -> Vec<u8> {
    let mut json = Vec::with_capacity(64 + placed.len() * 128);
    json.extend_from_slice(br#"{"type":"FeatureCollection","features":["#);
    let mut first = true;
    for f in placed.iter().filter_map(|o| feature(o, mentions)) {
        if !first {
            json.push(b',');
        }
        first = false;
        // Serialising plain strings and numbers into a vector cannot fail.
        if let Err(error) = serde_json::to_writer(&mut json, &f) {
            tracing::error!(%error, "geojson feature failed");
        }
    }
    json.extend_from_slice(b"]}");
    json
}

/// Whether the client takes gzip (`Accept-Encoding: gzip`, not with q=0).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers.get_all(ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        let name = parts.next().unwrap_or_default();
        let refused = parts.any(|p| p.strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()) == Some(0.0));
        (name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip")) && !refused
    })
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_ENCODING, HeaderValue::from_str(value).expect("header"));
        headers
    }

    #[test]
    fn gzip_is_sent_only_to_clients_that_take_it() {
        assert!(accepts_gzip(&with("gzip, deflate, br")));
        assert!(accepts_gzip(&with("br;q=1.0, GZIP;q=0.5")));
        assert!(!accepts_gzip(&HeaderMap::new()));
        assert!(!accepts_gzip(&with("br, deflate")));
        assert!(!accepts_gzip(&with("gzip;q=0")));
        assert!(!accepts_gzip(&with("gzip; q=0.000")));
    }
}
