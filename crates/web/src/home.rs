//! The start page: what Knotenpunkt is, a search box, fields of activity, the office.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use domain::directory_query::DirectoryQuery;

use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new().route("/", get(home))
}

pub struct CategoryTile {
    pub label: String,
    pub url: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub page: PageCtx,
    pub city: String,
    pub total: usize,
    pub categories: Vec<CategoryTile>,
    pub office_name: String,
    /// A note after an action that led here, e.g. the account was deleted.
    pub note: Option<String>,
}

/// Parameters a redirect to the start page may carry.
#[derive(Debug, Default, serde::Deserialize)]
pub struct HomeParams {
    pub account_deleted: Option<String>,
}

async fn home(State(state): State<SharedState>, visit: Visit, Query(params): Query<HomeParams>) -> Response {
    let page = PageCtx::new(&state, &visit, "home");
    let index = state.directory.index();
    let results = index.search(&DirectoryQuery { per_page: 1, page: 1, ..Default::default() });
    let categories = index
        .categories()
        .iter()
        .map(|c| CategoryTile {
            label: c.label(page.lang).to_owned(),
            url: format!("/organisations?category={}", c.key),
            count: results.facets.category.iter().find(|(k, _)| **k == *c.key).map_or(0, |(_, n)| *n),
        })
        .collect();
    let note = params.account_deleted.is_some().then(|| page.t("data-deleted-note"));
    render(
        StatusCode::OK,
        &HomePage {
            page,
            city: state.site.city.clone(),
            total: results.total,
            categories,
            office_name: state.site.office.name.clone(),
            note,
        },
    )
}
