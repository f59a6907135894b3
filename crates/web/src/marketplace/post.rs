//! `/organisations/{slug}/items/new`: a representative posts an offer or a need; after
//! posting, a need's page shows fitting offers at once. `/items/{id}/close` closes one.

use app::marketplace::post_item::{close_item, edit_item, editable_item, post_item};
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

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::extract::{association_by_id, Association};
use crate::forms::{choices, interface_languages, spoken_languages, with_repeated, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::parked_forms;
use crate::urls;
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
    pub errors: FieldErrors,
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
        self.page.tr.t1(&key, "name", &self.name)
    }
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
        ITEM_CATEGORIES.iter().map(|(k, _)| ((*k).to_owned(), crate::marketplace::view::category_label(&page.tr, k))),
        std::slice::from_ref(&input.category),
    );
    let languages = spoken_languages(&page.tr, &input.languages);
    let weekdays = choices(Weekday::ALL.iter().map(|d| (d.code().to_owned(), page.t(&format!("weekday-{}", d.key())))), &input.weekdays);
    let mut district_list = vec![(String::new(), page.t("post-anywhere"))];
    district_list.extend(index.districts().iter().map(|d| (d.key.clone(), d.name.clone())));
    let districts = choices(district_list, std::slice::from_ref(&input.district));
    let text_langs = interface_languages(if input.text_lang.is_empty() { page.lang } else { &input.text_lang });
    let chosen = if input.visibility.is_empty() { ItemVisibility::Public.key().to_owned() } else { input.visibility.clone() };
    let visibilities =
        choices(ItemVisibility::ALL.iter().map(|v| (v.key().to_owned(), page.t(&format!("post-visibility-{}", v.key())))), &[chosen]);
    let errors = FieldErrors::new(&page.tr, errors);
    PostPage {
        slug: record.slug.to_string(),
        name: record.name.clone(),
        kind: if kind == ItemKind::Offer { "offer" } else { "need" },
        kept: false,
        errors,
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

#[derive(Debug, Default, Deserialize)]
pub struct KindParam {
    #[serde(default)]
    pub kind: String,
}

pub async fn form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    headers: HeaderMap,
    Query(q): Query<KindParam>,
) -> Result<Response, PageError> {
    if !viewer.may_edit(record.id) {
        return Err(PageError::Forbidden);
    }
    // Only now, with the viewer allowed to post: what they typed before their session ended.
    let Some(kept) = parked_forms::take(&state, &headers, visit.uri.path()).await else {
        return Ok(render(StatusCode::OK, &page_for(&state, &visit, &record, kind_of(&q.kind), ItemInput::default(), &[])));
    };
    let mut page = page_for(&state, &visit, &record, kind_of(&kept.one("kind")), item_input(&kept), &[]);
    page.kept = true;
    let mut response = render(StatusCode::OK, &page);
    parked_forms::forget(&state, &mut response);
    Ok(response)
}

pub async fn submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    body: Bytes,
) -> Result<Response, PageError> {
    if !viewer.may_edit(record.id) {
        return Err(PageError::Forbidden);
    }
    let form = FormFields::parse(&body);
    let kind = kind_of(&form.one("kind"));
    let input = item_input(&form);
    let districts: Vec<String> = state.directory.index().districts().iter().map(|d| d.key.clone()).collect();
    let today = state.clock.now().to_rfc3339();
    let content = match with_repeated(&form, input.validate(&districts, today.get(..10).unwrap_or("2026-01-01"))) {
        Ok(content) => content,
        Err(errors) => return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &record, kind, input, &errors))),
    };
    let id = post_item(&state.marketplace, &viewer, record.id, kind, content).await?;
    Ok(Redirect::to(&urls::item_notice(kind, id, "posted")).into_response())
}

/// `GET /items/{id}/edit`: the form filled with what the item says.
pub async fn edit_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = id.parse::<i64>().map_err(|_| PageError::NOT_FOUND)?;
    let item = editable_item(&state.marketplace, &viewer, ItemId(id)).await?;
    let record = association_by_id(&state, item.org).await?;
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
    Ok(response)
}

/// `POST /items/{id}`: saves the changed item; the form comes back with field errors.
pub async fn edit_submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let id = id.parse::<i64>().map_err(|_| PageError::NOT_FOUND)?;
    let item = editable_item(&state.marketplace, &viewer, ItemId(id)).await?;
    let form = FormFields::parse(&body);
    let input = item_input(&form);
    let districts: Vec<String> = state.directory.index().districts().iter().map(|d| d.key.clone()).collect();
    let today = state.clock.now().to_rfc3339();
    let content = match with_repeated(&form, input.validate(&districts, today.get(..10).unwrap_or("2026-01-01"))) {
        Ok(content) => content,
        Err(errors) => {
            let record = association_by_id(&state, item.org).await?;
            let mut page = page_for(&state, &visit, &record, item.kind, input, &errors);
            page.editing = Some(id);
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let item = edit_item(&state.marketplace, state.accounts.as_ref(), &viewer, ItemId(id), content).await?;
    Ok(Redirect::to(&urls::item_notice(item.kind, ItemId(id), "saved")).into_response())
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

pub async fn close(State(state): State<SharedState>, SignedIn(viewer): SignedIn, Path(id): Path<String>) -> Result<Redirect, PageError> {
    let id = id.parse::<i64>().map_err(|_| PageError::NOT_FOUND)?;
    let org = close_item(&state.marketplace, state.accounts.as_ref(), &viewer, ItemId(id)).await?;
    let record = association_by_id(&state, org).await?;
    Ok(Redirect::to(&urls::edit_saved(record.slug.as_str(), "closed", Some("items"))))
}
