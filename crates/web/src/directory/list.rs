//! The directory page: search, facets with counts, sorting, paging, stable URLs.

use app::directory::search_organisations::search_organisations;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::directory_query::{DirectoryQuery, Sort};

use super::facets::{build_facets, Facet, FacetOption};
use super::view::{card, raw_query, OrgCard};
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
    if params.is_empty() {
        "/organisations".to_owned()
    } else {
        format!("/organisations?{}", serde_urlencoded::to_string(params).unwrap_or_default())
    }
}

fn without(query: &DirectoryQuery, param: &str) -> String {
    let mut params = query.to_params();
    params.retain(|(k, _)| *k != param && *k != "page");
    url_of(&params)
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let raw = raw_query(&visit.uri);
    let page = PageCtx::new(&state, &visit, "directory");
    let index = state.directory.index();
    let (query, results, error) = match search_organisations(&state.directory, &raw) {
        Ok((query, results)) => (Some(query), Some(results), None),
        Err(e) => (None, None, Some(page.t(&format!("query-error-{}", e.code().replace('_', "-"))))),
    };
    let facets = build_facets(&index, &page, &raw, query.as_ref(), results.as_ref().map(|r| &r.facets), true);
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
                active.push(ActiveFilter { label: format!("{}: {}", facet.label, option.label), remove_url: without(q, facet.param) });
            }
        }
        if !q.text.is_empty() {
            active.insert(0, ActiveFilter { label: format!("{}: „{}“", page.t("search-label"), q.text), remove_url: without(q, "q") });
        }
        let total = results.as_ref().map_or(0, |r| r.total);
        let last = (total.div_ceil(q.per_page as usize).max(1) as u32).min(DirectoryQuery::MAX_PAGE);
        let link = |n: u32| {
            let mut params = q.to_params();
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
    let cards = results.as_ref().map(|r| r.items.iter().map(|o| card(&index, o, &page.tr)).collect()).unwrap_or_default();
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let total_text = page.tr.t1("results-count", "count", total);
    let map_url = crate::map::page::with_params("/map", &query.as_ref().map(crate::map::page::filter_params).unwrap_or_default());
    let template = ListPage {
        map_url,
        q: raw.q.clone().unwrap_or_default(),
        per_page: query.as_ref().map_or_else(|| DirectoryQuery::DEFAULT_PER_PAGE.to_string(), |q| q.per_page.to_string()),
        narrowed: query.as_ref().is_some_and(DirectoryQuery::is_narrowed),
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
    render(status, &template)
}
