//! `/account/data.json` (download one's personal data) and `/account/delete` (delete one's
//! account after confirming the password).

use app::accounts::personal_data::{delete_account, export_personal_data, PersonalDataError};
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use serde::Deserialize;

use super::cookies;
use crate::page::{render, PageCtx, Visit};
use crate::system::error_page;
use crate::SharedState;

fn data_error(state: &SharedState, visit: &Visit, error: &PersonalDataError) -> Response {
    match error {
        PersonalDataError::Forbidden => error_page(state, visit, StatusCode::FORBIDDEN, "forbidden"),
        other => {
            tracing::error!(error = %other, "personal data failed");
            error_page(state, visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

/// All personal data of the signed-in account as a JSON file to save.
pub async fn download(State(state): State<SharedState>, visit: Visit) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    match export_personal_data(state.accounts.as_ref(), &state.directory, &viewer).await {
        Ok(data) => {
            let mut response = Json(data).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"personal-data.json\""));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => data_error(&state, &visit, &error),
    }
}

#[derive(Template)]
#[template(path = "accounts/delete.html")]
pub struct DeletePage {
    pub page: PageCtx,
    pub error: Option<String>,
}

pub async fn delete_form(State(state): State<SharedState>, visit: Visit) -> Response {
    let page = PageCtx::new(&state, &visit, "account");
    render(StatusCode::OK, &DeletePage { page, error: None })
}

#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    pub password: String,
}

pub async fn delete_submit(State(state): State<SharedState>, visit: Visit, Form(form): Form<DeleteForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let (status, message) = match delete_account(state.accounts.as_ref(), &viewer, &form.password).await {
        Ok(()) => {
            let mut response = Redirect::to("/?account_deleted=1").into_response();
            cookies::clear(response.headers_mut(), cookies::SESSION, state.secure_cookies);
            return response;
        }
        Err(PersonalDataError::WrongPassword) => (StatusCode::UNPROCESSABLE_ENTITY, "data-delete-error-password"),
        Err(PersonalDataError::LastAdministrator) => (StatusCode::CONFLICT, "data-delete-error-last-administrator"),
        Err(error) => return data_error(&state, &visit, &error),
    };
    let page = PageCtx::new(&state, &visit, "account");
    let error = Some(page.t(message));
    render(status, &DeletePage { page, error })
}
