//! `/map`: filters, the map and a list of what is on it; `/embed/map`: the same map,
//! minimal, for other sites' frames. The list and the filters work without JavaScript.

use app::directory::index::Listing;
use app::map::locate_organisations::{locate_organisations, Located};
use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::directory_query::DirectoryQuery;
use domain::marketplace::ItemFilter;
use domain::organisation::Audience;

use super::settings::{map_csp, Consent, MapSettings, View};
use super::style::CategoryStyle;
use crate::directory::facets::{build_facets, Facet};
use crate::directory::item_filter::{self as items, ItemMention, Mentions};
use crate::directory::view::{district_name, raw_query, ShownText};
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::{base_url, SharedState};

/// The server-rendered list shows at most this many; the directory pages through the rest.
const LIST_LIMIT: usize = 100;

/// A field of activity with its marker style.
pub struct StyledLabel {
    pub label: String,
    pub classes: String,
}

/// One association in the list beside the map.
pub struct MapItem {
    pub slug: String,
    pub name: String,
    pub url: String,
    pub summary: Option<ShownText>,
    pub categories: Vec<StyledLabel>,
    pub district: Option<String>,
    pub languages: String,
    /// The offers and needs the item filter looks for, when one is set.
    pub mentions: Vec<ItemMention>,
    pub logo_url: Option<String>,
}

/// Scripts and styles of map pages, at their hashed URLs.
pub struct MapAssets {
    pub leaflet_css: String,
    pub cluster_css: String,
    pub map_css: String,
    pub leaflet_js: String,
    pub cluster_js: String,
    pub map_js: String,
}

impl MapAssets {
    pub fn of(state: &SharedState) -> Self {
        let url = |name: &str| state.assets.url(name);
        Self {
            leaflet_css: url("vendor/leaflet.css"),
            cluster_css: url("vendor/MarkerCluster.css"),
            map_css: url("map.css"),
            leaflet_js: url("vendor/leaflet.js"),
            cluster_js: url("vendor/leaflet.markercluster.js"),
            map_js: url("map.js"),
        }
    }
}

#[derive(Template)]
#[template(path = "map/map.html")]
pub struct MapPage {
    pub page: PageCtx,
    pub assets: MapAssets,
    pub q: String,
    pub facets: Vec<Facet>,
    pub error: Option<String>,
    pub total_text: String,
    pub items: Vec<MapItem>,
    pub more: bool,
    pub unplaced: Vec<MapItem>,
    pub legend: Vec<StyledLabel>,
    pub consent: Option<Consent>,
    pub settings: String,
    pub directory_url: String,
    pub embed_url: String,
}

#[derive(Template)]
#[template(path = "map/embed.html")]
pub struct EmbedPage {
    pub page: PageCtx,
    pub assets: MapAssets,
    pub total_text: String,
    pub items: Vec<MapItem>,
    pub more: bool,
    pub legend: Vec<StyledLabel>,
    pub consent: Option<Consent>,
    pub settings: String,
    pub back_url: String,
}

pub fn item(state: &SharedState, page: &PageCtx, p: &Listing) -> MapItem {
    let index = state.directory.index();
    let lang = page.lang;
    MapItem {
        slug: p.slug().to_owned(),
        name: p.name().to_owned(),
        url: crate::urls::organisation(p.slug()),
        summary: p.summary().choose(lang).map(|c| ShownText { text: c.text.to_owned(), lang: c.lang.to_owned() }),
        categories: p
            .categories()
            .map(|key| StyledLabel {
                label: index.categories().iter().find(|c| c.key == key).map_or_else(|| key.to_owned(), |c| c.label(lang).to_owned()),
                classes: CategoryStyle::of(key).classes(),
            })
            .collect(),
        district: district_name(&index, p.district()),
        languages: page.tr.join(&p.languages().iter().map(|l| page.tr.language_name(l.as_str())).collect::<Vec<_>>()),
        mentions: Vec::new(),
        logo_url: p.logo().map(|h| h.url()),
    }
}

fn legend(state: &SharedState, lang: &str) -> Vec<StyledLabel> {
    state
        .directory
        .index()
        .categories()
        .iter()
        .map(|c| StyledLabel { label: c.label(lang).to_owned(), classes: CategoryStyle::of(&c.key).classes() })
        .collect()
}

/// The filters of a search as URL parameters, without paging: what the map's URLs carry.
pub fn filter_params(query: &DirectoryQuery) -> Vec<(&'static str, String)> {
    let mut params = query.to_params();
    params.retain(|(k, _)| !matches!(*k, "page" | "per_page"));
    params
}

pub fn with_params(path: &str, params: &[(&'static str, String)]) -> String {
    if params.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", serde_urlencoded::to_string(params).unwrap_or_default())
    }
}

/// Narrows what the map shows to the associations the filter lets pass, judged by the items
/// this audience may see.
pub fn narrow(state: &SharedState, located: &mut Located, filter: &ItemFilter, audience: Audience) {
    if let Some(passing) = state.marketplace.view().organisations_passing(filter, audience) {
        located.retain(|l| passing.contains(&l.id()));
    }
}

struct Prepared {
    located: Result<Located, String>,
    /// The filter on offers and needs, when it could be read.
    items: Option<ItemFilter>,
    mentions: Option<Mentions>,
    view: Option<View>,
}

impl Prepared {
    /// The search's URL parameters: the directory's filters and the filter on items.
    fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = self.located.as_ref().map(|l| filter_params(&l.query)).unwrap_or_default();
        params.extend(self.items.iter().flat_map(ItemFilter::to_params));
        params
    }

    fn list_item(&self, state: &SharedState, page: &PageCtx, p: &Listing) -> MapItem {
        MapItem { mentions: self.mentions.as_ref().map(|m| m.of(p.id())).unwrap_or_default(), ..item(state, page, p) }
    }
}

fn prepare(state: &SharedState, visit: &Visit, section: &'static str) -> (PageCtx, Prepared) {
    let page = PageCtx::new(state, visit, section);
    let pairs: Vec<(String, String)> = visit.uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    let view = View::from_pairs(&pairs, state.site.map.max_zoom);
    let items = items::item_filter(&visit.uri);
    let audience = items::audience(visit);
    let located = locate_organisations(&state.directory, &raw_query(&visit.uri), None)
        .map_err(|e| page.t(&format!("query-error-{}", e.code().replace('_', "-"))))
        .and_then(|mut located| {
            let filter = items.map_err(|_| items::error_text(&page))?;
            narrow(state, &mut located, &filter, audience);
            Ok(located)
        });
    let items = items.ok();
    let mentions = items.as_ref().and_then(|f| Mentions::new(state, &page.tr, f, audience));
    (page, Prepared { located, items, mentions, view })
}

fn settings(state: &SharedState, page: &PageCtx, prepared: &Prepared, mode: &'static str) -> String {
    let mut params = prepared.params();
    params.push(("lang", page.lang.to_owned()));
    MapSettings::new(state, page, mode, with_params("/api/v1/organisations.geojson", &params), prepared.view).to_json()
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let (page, prepared) = prepare(&state, &visit, "map");
    let raw = raw_query(&visit.uri);
    let index = state.directory.index();
    let located = &prepared.located;
    let query = located.as_ref().ok().map(|l| l.query.clone());
    let counts = index.search(&DirectoryQuery { page: 1, per_page: 1, ..Default::default() }).facets.clone();
    let mut facets = build_facets(&index, &page, &raw, query.as_ref(), Some(&counts), false);
    facets.extend(items::facets(&page, prepared.items.as_ref()));
    let params = prepared.params();
    let (placed, unplaced): (&[Listing], &[Listing]) =
        located.as_ref().map_or((&[], &[]), |l| (l.placed.as_slice(), l.unplaced.as_slice()));
    let template = MapPage {
        assets: MapAssets::of(&state),
        q: raw.q.clone().unwrap_or_default(),
        facets,
        error: located.as_ref().err().cloned(),
        total_text: page.tr.t1("map-count", "count", placed.len()),
        items: placed.iter().take(LIST_LIMIT).map(|o| prepared.list_item(&state, &page, o)).collect(),
        more: placed.len() > LIST_LIMIT,
        unplaced: unplaced.iter().take(LIST_LIMIT).map(|o| prepared.list_item(&state, &page, o)).collect(),
        legend: legend(&state, page.lang),
        consent: Consent::of(&state),
        settings: settings(&state, &page, &prepared, "city"),
        directory_url: with_params("/organisations", &params),
        embed_url: with_params("/map/embed", &params),
        page,
    };
    let status = if template.error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    ([map_csp(&state, false)], render(status, &template)).into_response()
}

pub async fn embed(State(state): State<SharedState>, visit: Visit, headers: HeaderMap) -> Response {
    let (page, prepared) = prepare(&state, &visit, "map");
    let placed: &[Listing] = prepared.located.as_ref().map_or(&[], |l| l.placed.as_slice());
    let mut back = prepared.params();
    back.push(("lang", page.lang.to_owned()));
    let template = EmbedPage {
        assets: MapAssets::of(&state),
        total_text: page.tr.t1("map-count", "count", placed.len()),
        items: placed.iter().take(LIST_LIMIT).map(|o| prepared.list_item(&state, &page, o)).collect(),
        more: placed.len() > LIST_LIMIT,
        legend: legend(&state, page.lang),
        consent: Consent::of(&state),
        settings: settings(&state, &page, &prepared, "embed"),
        back_url: format!("{}{}", base_url(&state, &headers), with_params("/map", &back)),
        page,
    };
    let status = if prepared.located.is_err() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    ([map_csp(&state, true)], render(status, &template)).into_response()
}
