//! The directory page: search, facets with counts, the filter on offers and needs, sorting,
//! paging, stable URLs.

use app::directory::search_organisations::search_organisations;
use askama::Template;
use axum::extract::State;
use axum::http::header::CACHE_CONTROL;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::directory_query::{DirectoryQuery, Sort};
use domain::marketplace::ItemFilter;
use domain::organisation::Audience;

use super::facets::{build_facets, Facet, FacetOption};
use super::item_filter::{self, Mentions};
use super::view::{card, raw_query, OrgCard};
use crate::map::page::{filter_params, with_params};
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

/// An active filter with a link that removes it.
pub struct ActiveFilter {
    pub label: String,
    pub remove_url: String,
}

pub struct PageLink {
    pub number: u32,
    pub url: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "directory/list.html")]
pub struct ListPage {
    pub page: PageCtx,
    pub q: String,
    pub facets: Vec<Facet>,
    pub sort_options: Vec<FacetOption>,
    pub per_page: String,
    pub error: Option<String>,
    pub total_text: String,
    pub cards: Vec<OrgCard>,
    pub active: Vec<ActiveFilter>,
    pub pages: Vec<PageLink>,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub narrowed: bool,
    /// The same search on the city map.
    pub map_url: String,
}

fn url_of(params: &[(&'static str, String)]) -> String {
    with_params("/organisations", params)
}

/// The search as URL parameters: the directory's, then the filter on items, then the page.
fn search_params(query: &DirectoryQuery, items: &ItemFilter) -> Vec<(&'static str, String)> {
    let mut params = query.to_params();
    let at = params.iter().position(|(k, _)| *k == "page").unwrap_or(params.len());
    params.splice(at..at, items.to_params());
    params
}

fn without(query: &DirectoryQuery, items: &ItemFilter, param: &str) -> String {
    let mut params = search_params(query, items);
    params.retain(|(k, _)| *k != param && *k != "page");
    url_of(&params)
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let raw = raw_query(&visit.uri);
    let page = PageCtx::new(&state, &visit, "directory");
    let index = state.directory.index();
    let parsed = item_filter::item_filter(&visit.uri);
    let items = parsed.unwrap_or_default();
    let narrowing = item_filter::narrowing(items, &visit);
    let searched = match parsed {
        Ok(_) => search_organisations(&state.directory, &state.marketplace, &raw, narrowing)
            .map_err(|e| page.t(&format!("query-error-{}", e.code().replace('_', "-")))),
        Err(_) => Err(item_filter::error_text(&page)),
    };
    let (query, results, error) = match searched {
        Ok((query, results)) => (Some(query), Some(results), None),
        Err(message) => (None, None, Some(message)),
    };
    let mut facets = build_facets(&index, &page, &raw, query.as_ref(), results.as_ref().map(|r| &r.facets), true);
    facets.extend(item_filter::facets(&page, parsed.as_ref().ok()));
    let current_sort = query.as_ref().map_or(Sort::Relevance, |q| q.sort);
    let sort_options = Sort::ALL
        .iter()
        .map(|s| FacetOption {
            value: s.key().to_owned(),
            label: page.t(&format!("sort-{}", s.key())),
            count: None,
            selected: *s == current_sort,
        })
        .collect();

    let mut active = Vec::new();
    let mut pages = Vec::new();
    let (mut prev_url, mut next_url) = (None, None);
    if let Some(q) = &query {
        for facet in &facets {
            if let Some(option) = facet.options.iter().find(|o| o.selected) {
                let remove_url = without(q, &items, facet.param);
                active.push(ActiveFilter { label: format!("{}: {}", facet.label, option.label), remove_url });
            }
        }
        if !q.text.is_empty() {
            active.insert(
                0,
                ActiveFilter { label: format!("{}: „{}“", page.t("search-label"), q.text), remove_url: without(q, &items, "q") },
            );
        }
        let total = results.as_ref().map_or(0, |r| r.total);
        let last = (total.div_ceil(q.per_page as usize).max(1) as u32).min(DirectoryQuery::MAX_PAGE);
        let link = |n: u32| {
            let mut params = search_params(q, &items);
            params.retain(|(k, _)| *k != "page");
            if n > 1 {
                params.push(("page", n.to_string()));
            }
            url_of(&params)
        };
        let window: Vec<u32> = (1..=last).filter(|n| *n == 1 || *n == last || n.abs_diff(q.page) <= 2).collect();
        pages = window.into_iter().map(|n| PageLink { number: n, url: link(n), current: n == q.page }).collect();
        prev_url = (q.page > 1).then(|| link(q.page - 1));
        next_url = (q.page < last).then(|| link(q.page + 1));
    }

    let total = results.as_ref().map_or(0, |r| r.total);
    let audience = narrowing.audience;
    let mentions = results.is_some().then(|| Mentions::new(&state, &page.tr, &items, audience)).flatten();
    let cards = results
        .as_ref()
        .map(|r| {
            r.items
                .iter()
                .map(|o| OrgCard { mentions: mentions.as_ref().map(|m| m.of(o.id())).unwrap_or_default(), ..card(&index, &o, &page.tr) })
                .collect()
        })
        .unwrap_or_default();
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let total_text = page.tr.t1("results-count", "count", total);
    let mut map_params = query.as_ref().map(filter_params).unwrap_or_default();
    map_params.extend(items.to_params());
    let template = ListPage {
        map_url: with_params("/map", &map_params),
        q: raw.q.clone().unwrap_or_default(),
        per_page: query.as_ref().map_or_else(|| DirectoryQuery::DEFAULT_PER_PAGE.to_string(), |q| q.per_page.to_string()),
        narrowed: query.as_ref().is_some_and(DirectoryQuery::is_narrowed) || !items.is_off(),
        facets,
        sort_options,
        error,
        total_text,
        cards,
        active,
        pages,
        prev_url,
        next_url,
        page,
    };
    // What members find differs from what the public finds: such pages must not be shared by caches.
    if mentions.is_some() && audience != Audience::Public {
        return ([(CACHE_CONTROL, "private")], render(status, &template)).into_response();
    }
    render(status, &template)
}
