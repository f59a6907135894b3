//! `/map/embed`: the office chooses filters, size and language, and gets the iframe snippet
//! for its own website with a live preview. Works without JavaScript (the form reloads the
//! page); `embed.js` updates snippet and preview as the choices change.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::directory_query::DirectoryQuery;
use domain::language::UiLocale;

use super::page::{filter_params, with_params};
use super::settings::map_csp;
use crate::directory::facets::{build_facets, Facet, FacetOption};
use crate::directory::item_filter as items;
use crate::directory::view::raw_query;
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::{base_url, SharedState};
use domain::marketplace::ItemFilter;

const DEFAULT_HEIGHT: u32 = 480;

#[derive(Template)]
#[template(path = "map/embed_builder.html")]
pub struct EmbedBuilderPage {
    pub page: PageCtx,
    pub embed_js: String,
    pub map_css: String,
    pub facets: Vec<Facet>,
    pub languages: Vec<FacetOption>,
    pub height: u32,
    pub error: Option<String>,
    pub snippet: String,
    pub preview_url: String,
    pub base: String,
    pub frame_title: String,
}

pub async fn show(State(state): State<SharedState>, visit: Visit, headers: HeaderMap) -> Response {
    let page = PageCtx::new(&state, &visit, "map");
    let raw = raw_query(&visit.uri);
    let pairs: Vec<(String, String)> = visit.uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim().to_owned());
    let height = get("height").and_then(|h| h.parse::<u32>().ok()).filter(|h| (200..=1200).contains(h)).unwrap_or(DEFAULT_HEIGHT);
    let embed_lang = get("embed_lang").and_then(|l| UiLocale::parse(&l)).unwrap_or(visit.locale);
    let index = state.directory.index();
    let parsed =
        DirectoryQuery::parse(&domain::directory_query::RawDirectoryQuery { page: None, per_page: None, ..raw.clone() }, index.as_ref());
    let item_filter = items::item_filter(&visit.uri);
    let error = match (&parsed, &item_filter) {
        (Err(e), _) => Some(page.t(&format!("query-error-{}", e.code().replace('_', "-")))),
        (_, Err(_)) => Some(items::error_text(&page)),
        _ => None,
    };
    let query = parsed.ok();
    let item_filter = item_filter.ok();
    let counts = index.search(&DirectoryQuery { page: 1, per_page: 1, ..Default::default() }).facets.clone();
    let mut facets = build_facets(&index, &page, &raw, query.as_ref(), Some(&counts), false);
    facets.extend(items::facets(&page, item_filter.as_ref()));
    let mut params = query.as_ref().map(filter_params).unwrap_or_default();
    params.extend(item_filter.iter().flat_map(ItemFilter::to_params));
    params.push(("lang", embed_lang.code().to_owned()));
    let preview_url = with_params("/embed/map", &params);
    let base = base_url(&state, &headers);
    let frame_title = page.tr.t1("map-embed-frame-title", "site", state.site.instance_name.as_str());
    let snippet = format!(
        "<iframe src=\"{}{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        base,
        preview_url.replace('&', "&amp;"),
        frame_title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;"),
    );
    let languages = UiLocale::ALL
        .into_iter()
        .map(|l| FacetOption { value: l.code().to_owned(), label: l.endonym().to_owned(), count: None, selected: l == embed_lang })
        .collect();
    let template = EmbedBuilderPage {
        embed_js: state.assets.url("embed.js"),
        map_css: state.assets.url("map.css"),
        facets,
        languages,
        height,
        error,
        snippet,
        preview_url,
        base,
        frame_title,
        page,
    };
    let status = if template.error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    ([map_csp(&state, false)], render(status, &template)).into_response()
}
