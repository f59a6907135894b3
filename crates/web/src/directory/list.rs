//! The directory page: search, facets with counts, sorting, paging, stable URLs.

use askama::Template;
use axum::extract::{Extension, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use app::directory::search_organisations::search_organisations;
use domain::directory_query::{DirectoryQuery, Sort};
use domain::organisation::TargetGroup;

use super::view::{card, raw_query, OrgCard};
use crate::locale::RequestLocale;
use crate::page::{render, PageCtx};
use crate::SharedState;

pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: Option<usize>,
    pub selected: bool,
}

/// One filter of the search form.
pub struct Facet {
    pub param: &'static str,
    pub label: String,
    pub options: Vec<FacetOption>,
}

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

pub async fn show(
    State(state): State<SharedState>,
    Extension(locale): Extension<RequestLocale>,
    uri: Uri,
) -> Response {
    let raw = raw_query(&uri);
    let page = PageCtx::new(&state, locale.0, &uri, "directory");
    let index = state.directory.index();
    let lang = page.lang;
    let (query, results, error) = match search_organisations(&state.directory, &raw) {
        Ok((query, results)) => (Some(query), Some(results), None),
        Err(e) => (None, None, Some(page.t(&format!("query-error-{}", e.code().replace('_', "-"))))),
    };
    let selected = |value: &Option<String>, candidate: &str| value.as_deref().map(str::trim) == Some(candidate);
    let count_of = |list: Option<&Vec<(String, usize)>>, key: &str| list.and_then(|l| l.iter().find(|(k, _)| k == key).map(|(_, n)| *n));
    let facets_counts = results.as_ref().map(|r| &r.facets);

    let mut facets = Vec::new();
    facets.push(Facet {
        param: "category",
        label: page.t("facet-category"),
        options: index
            .categories()
            .iter()
            .map(|c| FacetOption {
                value: c.key.clone(),
                label: c.label(lang).to_owned(),
                count: count_of(facets_counts.map(|f| &f.category), &c.key),
                selected: selected(&raw.category, &c.key),
            })
            .collect(),
    });
    facets.push(Facet {
        param: "target_group",
        label: page.t("facet-target-group"),
        options: TargetGroup::ALL
            .iter()
            .map(|g| FacetOption {
                value: g.key().to_owned(),
                label: page.t(&format!("target-group-{}", g.key())),
                count: facets_counts.and_then(|f| f.target_group.iter().find(|(k, _)| k == g).map(|(_, n)| *n)),
                selected: selected(&raw.target_group, g.key()),
            })
            .collect(),
    });
    let mut language_options: Vec<FacetOption> = facets_counts
        .map(|f| f.language.iter().filter(|(_, n)| *n > 0).map(|(code, n)| (code.clone(), Some(*n))).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|(code, count)| FacetOption { label: page.tr.language_name(&code), selected: selected(&raw.language, &code), value: code, count })
        .collect();
    if let Some(chosen) = raw.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        if !language_options.iter().any(|o| o.value == chosen) {
            language_options.push(FacetOption { value: chosen.to_owned(), label: page.tr.language_name(chosen), count: Some(0), selected: true });
        }
    }
    language_options.sort_by(|a, b| a.label.cmp(&b.label));
    facets.push(Facet { param: "language", label: page.t("facet-language"), options: language_options });
    facets.push(Facet {
        param: "district",
        label: page.t("facet-district"),
        options: index
            .districts()
            .iter()
            .map(|d| FacetOption {
                value: d.key.clone(),
                label: d.name.clone(),
                count: count_of(facets_counts.map(|f| &f.district), &d.key),
                selected: selected(&raw.district, &d.key),
            })
            .collect(),
    });
    facets.push(Facet {
        param: "mso",
        label: page.t("facet-mso"),
        options: [(true, "true", "facet-mso-yes"), (false, "false", "facet-mso-no")]
            .into_iter()
            .map(|(flag, value, label)| FacetOption {
                value: value.to_owned(),
                label: page.t(label),
                count: facets_counts.map(|f| if flag { f.mso[0].1 } else { f.mso[1].1 }),
                selected: query.as_ref().and_then(|q| q.mso) == Some(flag),
            })
            .collect(),
    });
    let current_sort = query.as_ref().map_or(Sort::Relevance, |q| q.sort);
    let sort_options = Sort::ALL
        .iter()
        .map(|s| FacetOption { value: s.key().to_owned(), label: page.t(&format!("sort-{}", s.key())), count: None, selected: *s == current_sort })
        .collect();

    let mut active = Vec::new();
    let mut pages = Vec::new();
    let (mut prev_url, mut next_url) = (None, None);
    if let Some(q) = &query {
        for facet in &facets {
            if let Some(option) = facet.options.iter().find(|o| o.selected) {
                active.push(ActiveFilter {
                    label: format!("{}: {}", facet.label, option.label),
                    remove_url: without(q, facet.param),
                });
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
    let template = ListPage {
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
