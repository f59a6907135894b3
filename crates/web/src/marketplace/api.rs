//! Open data: open offers and needs as JSON, and the suggestions for one need.

use app::directory::index::SearchIndex;
use app::marketplace::MarketView;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::Json;
use domain::item_query::{ItemQuery, RawItemQuery};
use domain::marketplace::{Item, ItemId, ItemKind};
use domain::organisation::Audience;
use serde::Serialize;
use utoipa::ToSchema;

use super::view::{item_url, reason_text};
use crate::api_error::ApiError;
use crate::directory::view::lang_param_pairs;
use crate::i18n::Tr;
use crate::{base_url, SharedState};

/// An open offer or need.
#[derive(Serialize, ToSchema)]
pub struct ItemJson {
    pub id: i64,
    /// `offer` or `need`.
    pub kind: String,
    /// Slug of the organisation.
    pub organisation: String,
    pub title: String,
    pub description: String,
    /// Category key, e.g. `rooms`.
    pub category: String,
    /// ISO 639 codes.
    pub languages: Vec<String>,
    /// German short day codes `Mo` … `So`; absent when any day will do.
    pub weekdays: Option<Vec<String>>,
    pub time: Option<String>,
    /// District key; absent means anywhere.
    pub district: Option<String>,
    /// Language the texts are written in.
    pub text_lang: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct ItemListJson {
    pub total: usize,
    pub items: Vec<ItemJson>,
}

/// A suggested offer for a need.
#[derive(Serialize, ToSchema)]
pub struct SuggestionJson {
    pub offer: ItemJson,
    /// 0 to 1; only suggestions above the engine's threshold are listed.
    pub score: f32,
    /// Why, in the language asked for with `lang` (default German).
    pub reasons: Vec<String>,
}

fn json(index: &SearchIndex, item: &Item, base: &str) -> ItemJson {
    let c = &item.content;
    ItemJson {
        id: item.id.0,
        kind: item.kind.key().to_owned(),
        organisation: index.by_id(item.org).map(|o| o.slug().to_owned()).unwrap_or_default(),
        title: c.title.clone(),
        description: c.description.clone(),
        category: c.category.clone(),
        languages: c.languages.iter().map(|l| l.as_str().to_owned()).collect(),
        weekdays: c.weekdays.as_ref().map(|d| d.iter().map(|w| w.code().to_owned()).collect()),
        time: c.time.clone(),
        district: c.district.clone(),
        text_lang: c.text_lang.clone(),
        url: format!("{base}{}", item_url(item)),
    }
}

fn list(kind: ItemKind, state: &SharedState, headers: &HeaderMap, uri: &Uri) -> Result<Json<ItemListJson>, ApiError> {
    let index = state.directory.index();
    let pairs = lang_param_pairs(uri);
    let raw = RawItemQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let districts: Vec<String> = index.districts().iter().map(|d| d.key.clone()).collect();
    let query = ItemQuery::parse(&raw, &districts).map_err(|e| ApiError::bad_request(e.code(), e))?;
    let view: std::sync::Arc<MarketView> = state.marketplace.view();
    let base = base_url(state, headers);
    let items: Vec<ItemJson> = view.list(kind, &query, Audience::Public).iter().map(|i| json(&index, i, &base)).collect();
    Ok(Json(ItemListJson { total: items.len(), items }))
}

/// Open offers ("Vereine bieten"), newest first.
#[utoipa::path(get, path = "/api/v1/offers", tag = "marketplace",
    params(("q" = Option<String>, Query, description = "Words, matched in any language (\"Saal\" finds \"قاعة\")"),
        ("category" = Option<String>, Query, description = "Category key, e.g. rooms"),
        ("district" = Option<String>, Query, description = "District key; items for anywhere in the city are included"),
        ("language" = Option<String>, Query, description = "Language code; items offered or written in it")),
    responses((status = 200, body = ItemListJson), (status = 400, body = crate::api_error::ErrorBody)))]
pub async fn offers(State(state): State<SharedState>, headers: HeaderMap, uri: Uri) -> Result<Json<ItemListJson>, ApiError> {
    list(ItemKind::Offer, &state, &headers, &uri)
}

/// Open needs ("Vereine suchen"), newest first.
#[utoipa::path(get, path = "/api/v1/needs", tag = "marketplace",
    params(("q" = Option<String>, Query, description = "Words, matched in any language (\"Saal\" finds \"قاعة\")"),
        ("category" = Option<String>, Query, description = "Category key, e.g. rooms"),
        ("district" = Option<String>, Query, description = "District key; items for anywhere in the city are included"),
        ("language" = Option<String>, Query, description = "Language code; items offered or written in it")),
    responses((status = 200, body = ItemListJson), (status = 400, body = crate::api_error::ErrorBody)))]
pub async fn needs(State(state): State<SharedState>, headers: HeaderMap, uri: Uri) -> Result<Json<ItemListJson>, ApiError> {
    list(ItemKind::Need, &state, &headers, &uri)
}

/// Ranked offers of other associations for one need, with reasons.
#[utoipa::path(get, path = "/api/v1/needs/{id}/suggestions", tag = "marketplace",
    params(("id" = i64, Path, description = "Id of the need"), ("lang" = Option<String>, Query, description = "Language of the reasons")),
    responses((status = 200, body = Vec<SuggestionJson>), (status = 404, body = crate::api_error::ErrorBody)))]
pub async fn suggestions(
    State(state): State<SharedState>,
    headers: HeaderMap,
    uri: Uri,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Vec<SuggestionJson>>, ApiError> {
    // A path that is not valid text finds nothing, like any unknown one.
    let id = id.map(|Path(v)| v).unwrap_or_default();
    let view = state.marketplace.view();
    let not_found = || ApiError::new(StatusCode::NOT_FOUND, "not_found", "no open need with this id");
    let need = id
        .parse::<i64>()
        .ok()
        .and_then(|id| view.visible(ItemId(id), Audience::Public))
        .filter(|i| i.kind == ItemKind::Need)
        .ok_or_else(not_found)?;
    let locale = lang_param_pairs(&uri)
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| domain::language::UiLocale::parse(&v))
        .unwrap_or(domain::language::UiLocale::De);
    let tr = Tr::new(locale);
    let base = base_url(&state, &headers);
    let index = state.directory.index();
    Ok(Json(
        view.suggestions(need.id, Audience::Public)
            .iter()
            .map(|p| SuggestionJson {
                offer: json(&index, &p.other, &base),
                score: (p.score * 1000.0).round() / 1000.0,
                reasons: p.reasons.iter().map(|r| reason_text(&tr, r)).collect(),
            })
            .collect(),
    ))
}
