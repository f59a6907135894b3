//! What `map.js` needs to draw a map, handed over as a JSON data block in the page (not a
//! script, so the strict CSP holds): tiles and consent, the first view, category styles,
//! language and district names, and the few texts the script shows.

use std::collections::BTreeMap;

use axum::http::header::CONTENT_SECURITY_POLICY;
use axum::http::HeaderValue;
use serde::Serialize;

use super::style::CategoryStyle;
use crate::page::PageCtx;
use crate::security::csp_for;
use crate::AppState;

#[derive(Serialize)]
pub struct Tiles {
    pub url: String,
    pub attribution: String,
}

#[derive(Serialize)]
pub struct CategoryJson {
    pub label: String,
    pub classes: String,
}

#[derive(Serialize)]
pub struct DistrictLabel {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// Texts the script shows, already translated.
#[derive(Serialize)]
pub struct Texts {
    pub zoom_in: String,
    pub zoom_out: String,
    /// "In this part of the map: n associations (of total)" per plural category.
    pub in_view_count: BTreeMap<&'static str, String>,
    pub zoom_for_more: String,
    pub show_on_map: String,
    pub profile: String,
    pub languages: String,
    /// A cluster's name, "n associations here, …", per plural category.
    pub cluster_count: BTreeMap<&'static str, String>,
    pub load_error: String,
    pub tiles_off: String,
    /// The map container's name.
    pub map_label: String,
    /// The popup's close button.
    pub close: String,
    /// Said when a popup opens, `{name}` for the association.
    pub popup_opened: String,
    /// "Field of activity", before the category in a popup.
    pub category: String,
}

/// Everything the map script reads from `<script type="application/json" id="map-settings">`.
#[derive(Serialize)]
pub struct MapSettings {
    /// "city" (the map page), "embed" (framed elsewhere) or "place" (one association).
    pub mode: &'static str,
    /// GeoJSON of what to show, with the page's filters.
    pub geojson: String,
    pub lang: &'static str,
    pub tiles: Option<Tiles>,
    /// Tiles load only after the visitor agreed.
    pub consent: bool,
    pub centre: [f64; 2],
    pub zoom: u8,
    pub max_zoom: u8,
    /// Fit the view to the markers when the URL names no view.
    pub fit: bool,
    pub categories: BTreeMap<String, CategoryJson>,
    pub languages: BTreeMap<String, String>,
    pub districts: Vec<DistrictLabel>,
    /// The one association a "place" map shows.
    pub place: Option<Place>,
    pub t: Texts,
}

#[derive(Serialize)]
pub struct Place {
    pub lat: f64,
    pub lon: f64,
    pub name: String,
    pub classes: String,
}

/// The view a URL asks for: `lat`, `lon`, `zoom`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub lat: f64,
    pub lon: f64,
    pub zoom: u8,
}

impl View {
    /// Reads the view from URL pairs; `None` when any part is missing or out of range.
    pub fn from_pairs(pairs: &[(String, String)], max_zoom: u8) -> Option<View> {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).and_then(|(_, v)| v.trim().parse::<f64>().ok());
        let (lat, lon, zoom) = (get("lat")?, get("lon")?, get("zoom")?);
        let point = domain::geo::GeoPoint::new(lat, lon).ok()?;
        (zoom.fract() == 0.0 && (1.0..=f64::from(max_zoom)).contains(&zoom)).then(|| View {
            lat: point.lat(),
            lon: point.lon(),
            zoom: zoom as u8,
        })
    }
}

impl MapSettings {
    pub fn new(state: &AppState, page: &PageCtx, mode: &'static str, geojson: String, view: Option<View>) -> Self {
        let map = &state.site.map;
        let index = state.directory.index();
        let categories = index
            .categories()
            .iter()
            .map(|c| (c.key.clone(), CategoryJson { label: c.label(page.lang).to_owned(), classes: CategoryStyle::of(&c.key).classes() }))
            .collect();
        let all = index.search(&domain::directory_query::DirectoryQuery { page: 1, per_page: 1, ..Default::default() });
        let languages =
            all.facets.language.iter().filter(|(_, n)| *n > 0).map(|(code, _)| (code.to_string(), page.tr.language_name(code))).collect();
        let districts = index
            .districts()
            .iter()
            .filter_map(|d| d.centre.map(|c| DistrictLabel { name: d.name.clone(), lat: c.lat(), lon: c.lon() }))
            .collect();
        Self {
            mode,
            geojson,
            lang: page.lang,
            tiles: map.tile_url.clone().map(|url| Tiles { url, attribution: map.attribution.clone() }),
            consent: map.consent_required,
            centre: view.map_or([map.centre.lat(), map.centre.lon()], |v| [v.lat, v.lon]),
            zoom: view.map_or(map.zoom, |v| v.zoom),
            max_zoom: map.max_zoom,
            fit: view.is_none(),
            categories,
            languages,
            districts,
            place: None,
            t: Texts {
                zoom_in: page.t("map-zoom-in"),
                zoom_out: page.t("map-zoom-out"),
                in_view_count: page.tr.plural_forms("map-in-view-count", &["total"]),
                zoom_for_more: page.t("map-zoom-for-more"),
                show_on_map: page.t("map-show-on-map"),
                profile: page.t("map-to-profile"),
                languages: page.t("profile-languages"),
                cluster_count: page.tr.plural_forms("map-cluster-count", &[]),
                load_error: page.t("map-load-error"),
                tiles_off: page.t("map-consent-withdraw"),
                map_label: page.t("map-container-label"),
                close: page.t("map-popup-close"),
                popup_opened: page.tr.t1("map-popup-opened", "name", "{name}"),
                category: page.t("facet-category"),
            },
        }
    }

    /// The settings as JSON that is safe inside a `<script type="application/json">` block.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|_| "{}".to_owned())
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }
}

/// The consent panel's facts: who serves the tiles and what reaches them.
pub struct Consent {
    pub provider: String,
    pub host: String,
}

impl Consent {
    pub fn of(state: &AppState) -> Option<Consent> {
        let map = &state.site.map;
        if !map.consent_required {
            return None;
        }
        let host = map.tile_source().map(|s| s.split_once("://").map_or(s.clone(), |(_, h)| h.to_owned())).unwrap_or_default();
        Some(Consent { provider: map.provider.clone(), host })
    }
}

/// The page's Content-Security-Policy: the strict one plus the tile host for images, and
/// the allowed framing sites for the embeddable map.
pub fn map_csp(state: &AppState, framable: bool) -> (axum::http::HeaderName, HeaderValue) {
    let map = &state.site.map;
    let ancestors = if framable { map.embed_frame_ancestors.clone() } else { Vec::new() };
    (CONTENT_SECURITY_POLICY, csp_for(map.tile_source().as_deref(), &ancestors))
}
