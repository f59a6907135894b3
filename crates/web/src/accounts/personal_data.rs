//! `/account/data.json` (download one's personal data) and `/account/delete` (delete one's
//! account after confirming the password).

use app::accounts::personal_data::{delete_account_throttled, export_personal_data, PersonalDataError};
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use serde::Deserialize;

use super::cookies;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// All personal data of the signed-in account as a JSON file to save.
pub async fn download(State(state): State<SharedState>, SignedIn(viewer): SignedIn) -> Response {
    match export_personal_data(state.accounts.as_ref(), &state.directory, &viewer).await {
        Ok(data) => {
            let mut response = Json(data).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"personal-data.json\""));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => PageError::from(error).into_response(),
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

pub async fn delete_submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    extensions: axum::http::Extensions,
    Form(form): Form<DeleteForm>,
) -> Response {
    let ip = super::client_ip(&extensions);
    let outcome =
        delete_account_throttled(state.accounts.as_ref(), &state.throttle, &viewer, &form.password, &ip, state.clock.now().unix_secs())
            .await;
    let (status, message) = match outcome {
        Ok(()) => {
            let mut response = Redirect::to(&urls::home_notice("account_deleted")).into_response();
            cookies::clear(response.headers_mut(), cookies::SESSION, state.secure_cookies);
            return response;
        }
        Err(PersonalDataError::WrongPassword) => (StatusCode::UNPROCESSABLE_ENTITY, "data-delete-error-password"),
        Err(PersonalDataError::LastAdministrator) => (StatusCode::CONFLICT, "data-delete-error-last-administrator"),
        Err(PersonalDataError::RateLimited { retry_after_secs }) => {
            let page = PageCtx::new(&state, &visit, "account");
            let minutes = usize::try_from(retry_after_secs.div_ceil(60).max(1)).unwrap_or(usize::MAX);
            let error = Some(page.tr.t1("login-error-rate-limited", "minutes", minutes));
            return render(StatusCode::TOO_MANY_REQUESTS, &DeletePage { page, error });
        }
        Err(error) => return PageError::from(error).into_response(),
    };
    let page = PageCtx::new(&state, &visit, "account");
    let error = Some(page.t(message));
    render(status, &DeletePage { page, error })
}
