//! `/organisations/{slug}/items/new`: a representative posts an offer or a need; after
//! posting, a need's page shows fitting offers at once. `/items/{id}/close` closes one.

use app::marketplace::post_item::{close_item, edit_item, editable_item, post_item, ItemError};
use app::ports::OrgRecord;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::marketplace::{ItemId, ItemKind, ItemVisibility, Weekday, ITEM_CATEGORIES};
use domain::marketplace_form::ItemInput;
use domain::profile_form::FieldError;
use serde::Deserialize;
use std::collections::HashMap;

use crate::accounts::parked_forms;
use crate::moderation::edit::{now_rfc3339, Choice, LANGUAGE_CHOICES};
use crate::moderation::form_body::FormFields;
use crate::page::{render, PageCtx, Visit};
use crate::system::error_page;
use crate::SharedState;

#[derive(Template)]
#[template(path = "marketplace/post.html")]
pub struct PostPage {
    pub page: PageCtx,
    pub slug: String,
    pub name: String,
    pub kind: &'static str,
    /// The input was kept from a form sent after the session had ended.
    pub kept: bool,
    pub input: ItemInput,
    pub errors: HashMap<String, String>,
    pub error_list: Vec<(String, String)>,
    pub categories: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub weekdays: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub text_langs: Vec<Choice>,
    pub visibilities: Vec<Choice>,
    /// The item being changed; `None` while posting a new one.
    pub editing: Option<i64>,
}

impl PostPage {
    /// "New offer from …" or "Change offer of …".
    pub fn heading(&self) -> String {
        let key = if self.editing.is_some() { format!("post-title-edit-{}", self.kind) } else { format!("post-title-{}", self.kind) };
        self.page.tr.t1(&key, "name", self.page.tr.bidi(&self.name))
    }

    pub fn err(&self, field: &str) -> Option<&String> {
        self.errors.get(field)
    }

    pub fn invalid(&self, field: &str) -> String {
        if self.errors.contains_key(field) {
            format!(r#"aria-invalid="true" aria-describedby="err-{field}""#)
        } else {
            String::new()
        }
    }
}

fn choices(items: Vec<(String, String)>, selected: &[String]) -> Vec<Choice> {
    items.into_iter().map(|(value, label)| Choice { checked: selected.contains(&value), value, label }).collect()
}

fn kind_of(raw: &str) -> ItemKind {
    if raw == "offer" {
        ItemKind::Offer
    } else {
        ItemKind::Need
    }
}

fn page_for(state: &SharedState, visit: &Visit, record: &OrgRecord, kind: ItemKind, input: ItemInput, errors: &[FieldError]) -> PostPage {
    let page = PageCtx::new(state, visit, "account");
    let index = state.directory.index();
    let categories = choices(
        ITEM_CATEGORIES.iter().map(|(k, _)| ((*k).to_owned(), crate::marketplace::view::category_label(&page.tr, k))).collect(),
        std::slice::from_ref(&input.category),
    );
    let languages = choices(LANGUAGE_CHOICES.iter().map(|c| ((*c).to_owned(), page.tr.language_name(c))).collect(), &input.languages);
    let weekdays =
        choices(Weekday::ALL.iter().map(|d| (d.code().to_owned(), page.t(&format!("weekday-{}", d.key())))).collect(), &input.weekdays);
    let mut district_list = vec![(String::new(), page.t("post-anywhere"))];
    district_list.extend(index.districts().iter().map(|d| (d.key.clone(), d.name.clone())));
    let districts = choices(district_list, std::slice::from_ref(&input.district));
    let text_langs = choices(
        domain::language::UiLocale::ALL.iter().map(|l| (l.code().to_owned(), l.endonym().to_owned())).collect(),
        &[if input.text_lang.is_empty() { page.lang.to_owned() } else { input.text_lang.clone() }],
    );
    let chosen = if input.visibility.is_empty() { ItemVisibility::Public.key().to_owned() } else { input.visibility.clone() };
    let visibilities = choices(
        ItemVisibility::ALL.iter().map(|v| (v.key().to_owned(), page.t(&format!("post-visibility-{}", v.key())))).collect(),
        &[chosen],
    );
    let error_list: Vec<(String, String)> =
        errors.iter().map(|e| (e.field.clone(), page.t(&format!("form-error-{}", e.code.replace('_', "-"))))).collect();
    PostPage {
        slug: record.slug.to_string(),
        name: record.name.clone(),
        kind: if kind == ItemKind::Offer { "offer" } else { "need" },
        kept: false,
        errors: error_list.iter().cloned().collect(),
        error_list,
        input,
        categories,
        languages,
        weekdays,
        districts,
        text_langs,
        visibilities,
        editing: None,
        page,
    }
}

async fn record(state: &SharedState, visit: &Visit, slug: &str) -> Result<OrgRecord, Response> {
    let found = match domain::slug::Slug::parse(slug) {
        Ok(slug) => state.directory.store().organisation_record_by_slug(&slug).await.ok().flatten(),
        Err(_) => None,
    };
    found.ok_or_else(|| error_page(state, visit, StatusCode::NOT_FOUND, "organisation-not-found"))
}

#[derive(Debug, Default, Deserialize)]
pub struct KindParam {
    #[serde(default)]
    pub kind: String,
}

pub async fn form(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<KindParam>,
) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let record = match record(&state, &visit, &slug).await {
        Ok(r) => r,
        Err(response) => return response,
    };
    if !viewer.may_edit(record.id) {
        return error_page(&state, &visit, StatusCode::FORBIDDEN, "forbidden");
    }
    // Only now, with the viewer allowed to post: what they typed before their session ended.
    let Some(kept) = parked_forms::take(&state, &headers, visit.uri.path()).await else {
        return render(StatusCode::OK, &page_for(&state, &visit, &record, kind_of(&q.kind), ItemInput::default(), &[]));
    };
    let mut page = page_for(&state, &visit, &record, kind_of(&kept.one("kind")), item_input(&kept), &[]);
    page.kept = true;
    let mut response = render(StatusCode::OK, &page);
    parked_forms::forget(&state, &mut response);
    response
}

pub async fn submit(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>, body: Bytes) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let record = match record(&state, &visit, &slug).await {
        Ok(r) => r,
        Err(response) => return response,
    };
    if !viewer.may_edit(record.id) {
        return error_page(&state, &visit, StatusCode::FORBIDDEN, "forbidden");
    }
    let form = FormFields::parse(&body);
    let kind = kind_of(&form.one("kind"));
    let input = item_input(&form);
    let districts: Vec<String> = state.directory.index().districts().iter().map(|d| d.key.clone()).collect();
    let today = now_rfc3339();
    let content = match input.validate(&districts, today.get(..10).unwrap_or("2026-01-01")) {
        Ok(content) => content,
        Err(errors) => return render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &record, kind, input, &errors)),
    };
    match post_item(&state.marketplace, &viewer, record.id, kind, content).await {
        Ok(id) => {
            let path = if kind == ItemKind::Offer { "offers" } else { "needs" };
            Redirect::to(&format!("/{path}/{}?posted=1", id.0)).into_response()
        }
        Err(error) => item_error(&state, &visit, &error),
    }
}

/// `GET /items/{id}/edit`: the form filled with what the item says.
pub async fn edit_form(State(state): State<SharedState>, visit: Visit, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Ok(id) = id.parse::<i64>() else { return error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found") };
    let item = match editable_item(&state.marketplace, &viewer, ItemId(id)).await {
        Ok(item) => item,
        Err(error) => return item_error(&state, &visit, &error),
    };
    let Ok(Some(record)) = state.directory.store().organisation_record(item.org).await else {
        return error_page(&state, &visit, StatusCode::NOT_FOUND, "organisation-not-found");
    };
    // Only now, with the viewer allowed to change it: what they typed before their session ended.
    let kept = parked_forms::take(&state, &headers, visit.uri.path()).await;
    let input = kept.as_ref().map_or_else(|| ItemInput::from_content(&item.content), item_input);
    let mut page = page_for(&state, &visit, &record, item.kind, input, &[]);
    page.editing = Some(id);
    page.kept = kept.is_some();
    let mut response = render(StatusCode::OK, &page);
    if kept.is_some() {
        parked_forms::forget(&state, &mut response);
    }
    response
}

/// `POST /items/{id}`: saves the changed item; the form comes back with field errors.
pub async fn edit_submit(State(state): State<SharedState>, visit: Visit, Path(id): Path<String>, body: Bytes) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Ok(id) = id.parse::<i64>() else { return error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found") };
    let item = match editable_item(&state.marketplace, &viewer, ItemId(id)).await {
        Ok(item) => item,
        Err(error) => return item_error(&state, &visit, &error),
    };
    let input = item_input(&FormFields::parse(&body));
    let districts: Vec<String> = state.directory.index().districts().iter().map(|d| d.key.clone()).collect();
    let today = now_rfc3339();
    let content = match input.validate(&districts, today.get(..10).unwrap_or("2026-01-01")) {
        Ok(content) => content,
        Err(errors) => {
            let Ok(Some(record)) = state.directory.store().organisation_record(item.org).await else {
                return error_page(&state, &visit, StatusCode::NOT_FOUND, "organisation-not-found");
            };
            let mut page = page_for(&state, &visit, &record, item.kind, input, &errors);
            page.editing = Some(id);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    match edit_item(&state.marketplace, state.accounts.as_ref(), &viewer, ItemId(id), content).await {
        Ok(item) => {
            let path = if item.kind == ItemKind::Offer { "offers" } else { "needs" };
            Redirect::to(&format!("/{path}/{id}?saved=1")).into_response()
        }
        Err(error) => item_error(&state, &visit, &error),
    }
}

/// The item form's fields as typed.
fn item_input(form: &FormFields) -> ItemInput {
    ItemInput {
        title: form.one("title"),
        description: form.one("description"),
        category: form.one("category"),
        languages: form.all("languages"),
        weekdays: form.all("weekdays"),
        time: form.one("time"),
        district: form.one("district"),
        end_date: form.one("end_date"),
        text_lang: form.one("text_lang"),
        visibility: form.one("visibility"),
    }
}

fn item_error(state: &SharedState, visit: &Visit, error: &ItemError) -> Response {
    match error {
        ItemError::Forbidden => error_page(state, visit, StatusCode::FORBIDDEN, "forbidden"),
        ItemError::NotFound => error_page(state, visit, StatusCode::NOT_FOUND, "not-found"),
        ItemError::Store(e) => {
            tracing::error!(error = %e, "item change failed");
            error_page(state, visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

pub async fn close(State(state): State<SharedState>, visit: Visit, Path(id): Path<String>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Ok(id) = id.parse::<i64>() else { return error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found") };
    match close_item(&state.marketplace, state.accounts.as_ref(), &viewer, ItemId(id)).await {
        Ok(org) => {
            let slug =
                state.directory.store().organisation_record(org).await.ok().flatten().map(|r| r.slug.to_string()).unwrap_or_default();
            Redirect::to(&format!("/organisations/{slug}/edit?saved=closed#items")).into_response()
        }
        Err(error) => item_error(&state, &visit, &error),
    }
}
