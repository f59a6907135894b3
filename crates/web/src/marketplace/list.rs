//! The lists "Vereine bieten" and "Vereine suchen", filtered by category and district.

use app::accounts::sign_in::Viewer;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::marketplace::{item_category_key, ItemKind, ITEM_CATEGORIES};

use super::view::{card, category_label, ItemCard};
use crate::directory::view::lang_param_pairs;
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "marketplace/list.html")]
pub struct ItemListPage {
    pub page: PageCtx,
    pub heading: String,
    pub intro: String,
    pub action: &'static str,
    pub other_url: &'static str,
    pub other_label: String,
    pub categories: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub error: Option<String>,
    pub count_text: String,
    pub cards: Vec<ItemCard>,
}

pub async fn show(kind: ItemKind, State(state): State<SharedState>, visit: Visit) -> Response {
    let section = if kind == ItemKind::Offer { "offers" } else { "needs" };
    let page = PageCtx::new(&state, &visit, section);
    let index = state.directory.index();
    let params = lang_param_pairs(&visit.uri);
    let param = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).filter(|v| !v.is_empty());
    let mut error = None;
    let category = param("category");
    let category_key = match category.as_deref() {
        Some(raw) => match item_category_key(raw) {
            Some(key) => Some(key),
            None => {
                error = Some(page.t("query-error-unknown-category"));
                None
            }
        },
        None => None,
    };
    let district = param("district");
    if let Some(d) = district.as_deref() {
        if !index.districts().iter().any(|x| x.key == d) {
            error = Some(page.t("query-error-unknown-district"));
        }
    }
    let items = if error.is_some() {
        Vec::new()
    } else {
        state.marketplace.view().list(kind, category_key, district.as_deref(), Viewer::audience_of(visit.viewer.as_deref()))
    };
    let cards: Vec<ItemCard> = items.iter().map(|i| card(&index, i, &page.tr)).collect();
    let categories = ITEM_CATEGORIES
        .iter()
        .map(|(key, _)| Choice { value: (*key).to_owned(), label: category_label(&page.tr, key), selected: category_key == Some(*key) })
        .collect();
    let districts = index
        .districts()
        .iter()
        .map(|d| Choice { value: d.key.clone(), label: d.name.clone(), selected: district.as_deref() == Some(d.key.as_str()) })
        .collect();
    let (heading, intro, action, other_url, other_label) = match kind {
        ItemKind::Offer => (page.t("offers-title"), page.t("offers-intro"), "/offers", "/needs", page.t("needs-title")),
        ItemKind::Need => (page.t("needs-title"), page.t("needs-intro"), "/needs", "/offers", page.t("offers-title")),
    };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let count_text = page.tr.t1(if kind == ItemKind::Offer { "offers-count" } else { "needs-count" }, "count", cards.len());
    render(status, &ItemListPage { heading, intro, action, other_url, other_label, categories, districts, error, count_text, cards, page })
}
