//! `/login/code` (the code after the password) and `/account/second-factor` (setting up an
//! authenticator app, required for office staff).

use app::accounts::second_factor::{confirm_setup, enter_code, offer_setup, CodeAttempt, Passed, SecondFactorError, SetupOffer};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{Extensions, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::login::NextParam;
use super::{client_ip, cookies, safe_next};
use crate::extract::SignedIn;
use crate::forms::Posted;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

#[derive(Template)]
#[template(path = "accounts/code.html")]
pub struct CodePage {
    pub page: PageCtx,
    pub next: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/setup.html")]
pub struct SetupPage {
    pub page: PageCtx,
    pub offer: SetupOffer,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub page: PageCtx,
    pub codes: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub secret: String,
    #[serde(default)]
    pub next: Option<String>,
}

/// The translated message for a refused code.
fn message(page: &PageCtx, error: &SecondFactorError) -> String {
    match error {
        SecondFactorError::RateLimited { retry_after_secs } => {
            page.tr.t1("login-error-rate-limited", "minutes", usize::try_from(retry_after_secs.div_ceil(60).max(1)).unwrap_or(usize::MAX))
        }
        other => page.t(&format!("second-factor-error-{}", other.code().replace('_', "-"))),
    }
}

fn status_of(error: &SecondFactorError) -> StatusCode {
    match error {
        SecondFactorError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        SecondFactorError::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Sets the new session's cookie and goes on.
fn passed(state: &SharedState, passed: &Passed, target: &str) -> Response {
    let mut response = Redirect::to(target).into_response();
    cookies::set(response.headers_mut(), cookies::SESSION, &passed.token, "Lax", state.secure_cookies);
    response
}

pub async fn code_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(params): Query<NextParam>,
) -> Response {
    if viewer.is_complete() {
        return Redirect::to(&safe_next(params.next.as_deref())).into_response();
    }
    if viewer.user.totp_secret.is_none() {
        return Redirect::to(urls::SECOND_FACTOR_SETUP).into_response();
    }
    let page = PageCtx::new(&state, &visit, "login");
    render(StatusCode::OK, &CodePage { page, next: safe_next(params.next.as_deref()), error: None })
}

pub async fn code_submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    extensions: Extensions,
    Posted { form, repeated }: Posted<CodeForm>,
) -> Response {
    let next = safe_next(form.next.as_deref());
    if !repeated.is_empty() {
        let page = PageCtx::new(&state, &visit, "login");
        let text = page.t("form-error-repeated");
        return render(StatusCode::UNPROCESSABLE_ENTITY, &CodePage { page, next, error: Some(text) });
    }
    let ip = client_ip(&extensions);
    let attempt = CodeAttempt { ip: &ip, now: state.clock.now().unix_secs() };
    match enter_code(state.accounts.as_ref(), &state.throttle, &viewer, &form.code, attempt).await {
        Ok(ok) => passed(&state, &ok, &next),
        Err(error) => {
            let page = PageCtx::new(&state, &visit, "login");
            let text = message(&page, &error);
            render(status_of(&error), &CodePage { page, next, error: Some(text) })
        }
    }
}

pub async fn setup_form(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Response {
    if !viewer.is_complete() && viewer.user.totp_secret.is_some() {
        return Redirect::to(urls::LOGIN_CODE).into_response();
    }
    let offer = offer_setup(&viewer, &state.site.instance_name, None);
    let page = PageCtx::new(&state, &visit, "account");
    render(StatusCode::OK, &SetupPage { page, offer, error: None })
}

pub async fn setup_submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    extensions: Extensions,
    Posted { form, repeated }: Posted<CodeForm>,
) -> Response {
    if !viewer.is_complete() && viewer.user.totp_secret.is_some() {
        // Replacing a second factor needs the current one first.
        return Redirect::to(urls::LOGIN_CODE).into_response();
    }
    if !repeated.is_empty() {
        let page = PageCtx::new(&state, &visit, "account");
        let text = page.t("form-error-repeated");
        let offer = offer_setup(&viewer, &state.site.instance_name, Some(&form.secret));
        return render(StatusCode::UNPROCESSABLE_ENTITY, &SetupPage { page, offer, error: Some(text) });
    }
    let ip = client_ip(&extensions);
    let attempt = CodeAttempt { ip: &ip, now: state.clock.now().unix_secs() };
    let outcome = confirm_setup(state.accounts.as_ref(), &state.throttle, &viewer, &form.secret, &form.code, attempt).await;
    match outcome {
        Ok(ok) => {
            let page = PageCtx::new(&state, &visit, "account");
            let mut response = render(StatusCode::OK, &RecoveryCodesPage { page, codes: ok.recovery_codes.clone() });
            cookies::set(response.headers_mut(), cookies::SESSION, &ok.token, "Lax", state.secure_cookies);
            response
        }
        Err(error) => {
            let page = PageCtx::new(&state, &visit, "account");
            let text = message(&page, &error);
            let offer = offer_setup(&viewer, &state.site.instance_name, Some(&form.secret));
            render(status_of(&error), &SetupPage { page, offer, error: Some(text) })
        }
    }
}
