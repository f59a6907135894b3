//! The lists "Vereine bieten" and "Vereine suchen", searched by words (across languages) and
//! filtered by category, district and language.

use std::collections::BTreeSet;

use app::accounts::sign_in::Viewer;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::item_query::{ItemQuery, ItemQueryError, RawItemQuery};
use domain::marketplace::{ItemKind, ITEM_CATEGORIES};

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
    pub other_url: String,
    pub other_label: String,
    pub q: String,
    pub categories: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub error: Option<String>,
    pub count_text: String,
    pub cards: Vec<ItemCard>,
}

/// The search's raw parameters in a URL.
impl ItemListPage {
    /// Whether the visitor searched or filtered: then title and focus name the count.
    pub fn searched(&self) -> bool {
        !self.q.trim().is_empty()
            || [&self.categories, &self.districts, &self.languages].iter().any(|c| c.iter().any(|o| o.selected && !o.value.is_empty()))
    }
}

pub fn raw_item_query(visit: &Visit) -> RawItemQuery {
    let pairs = lang_param_pairs(&visit.uri);
    RawItemQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

pub async fn show(kind: ItemKind, State(state): State<SharedState>, visit: Visit) -> Response {
    let section = if kind == ItemKind::Offer { "offers" } else { "needs" };
    let page = PageCtx::new(&state, &visit, section);
    let index = state.directory.index();
    let raw = raw_item_query(&visit);
    let district_keys: Vec<String> = index.districts().iter().map(|d| d.key.clone()).collect();
    let parsed = ItemQuery::parse(&raw, &district_keys);
    let error = parsed.as_ref().err().map(|e| match e {
        // The directory's message speaks of fields of activity; these are categories of items.
        ItemQueryError::UnknownCategory => page.t("query-error-unknown-item-category"),
        e => page.t(&format!("query-error-{}", e.code().replace('_', "-"))),
    });
    let query = parsed.unwrap_or_default();
    let view = state.marketplace.view();
    let audience = Viewer::audience_of(visit.viewer.as_deref());
    let items = if error.is_some() { Vec::new() } else { view.list(kind, &query, audience) };
    let cards: Vec<ItemCard> = items.iter().map(|i| card(&index, i, &page.tr)).collect();
    let categories = ITEM_CATEGORIES
        .iter()
        .map(|(key, _)| Choice { value: (*key).to_owned(), label: category_label(&page.tr, key), selected: query.category == Some(*key) })
        .collect();
    let districts = index
        .districts()
        .iter()
        .map(|d| Choice { value: d.key.clone(), label: d.name.clone(), selected: query.district.as_deref() == Some(d.key.as_str()) })
        .collect();
    // The languages the open items of this kind are offered or written in.
    let spoken: BTreeSet<String> = view
        .list(kind, &ItemQuery::default(), audience)
        .iter()
        .flat_map(|i| i.content.languages.iter().map(|l| l.as_str().to_owned()).chain([i.content.text_lang.clone()]))
        .collect();
    let mut languages: Vec<Choice> = spoken
        .into_iter()
        .map(|code| Choice {
            label: page.tr.language_name(&code),
            selected: query.language.as_ref().is_some_and(|l| l.as_str() == code),
            value: code,
        })
        .collect();
    languages.sort_by(|a, b| a.label.cmp(&b.label));
    let (heading, intro, action, other, other_label) = match kind {
        ItemKind::Offer => (page.t("offers-title"), page.t("offers-intro"), "/offers", "/needs", page.t("needs-title")),
        ItemKind::Need => (page.t("needs-title"), page.t("needs-intro"), "/needs", "/offers", page.t("offers-title")),
    };
    // The other list with the same search: who offers what I seek, and the other way round.
    let params = query.to_params();
    let other_url =
        if params.is_empty() { other.to_owned() } else { format!("{other}?{}", serde_urlencoded::to_string(&params).unwrap_or_default()) };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let count_text = page.tr.t1(if kind == ItemKind::Offer { "offers-count" } else { "needs-count" }, "count", cards.len());
    render(
        status,
        &ItemListPage {
            heading,
            intro,
            action,
            other_url,
            other_label,
            q: raw.q.clone().unwrap_or_default(),
            categories,
            districts,
            languages,
            error,
            count_text,
            cards,
            page,
        },
    )
}
