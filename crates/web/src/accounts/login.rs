//! `/login` and `/logout`.

use app::accounts::sign_in::{self, Attempt, LoginError, NextStep};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{Extensions, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::local_path::LocalPath;
use serde::Deserialize;

use super::guide::Guide;
use super::{client_ip, cookies, safe_next};
use crate::forms::Posted;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub struct LoginPage {
    pub page: PageCtx,
    pub email: String,
    pub next: String,
    /// A translated message above the form.
    pub error: Option<String>,
    /// The session had ended while a form was filled in; what was typed is kept.
    pub kept: bool,
    /// What the link that led here just did: the address confirmed, the password changed.
    pub done: Option<String>,
    /// "Noch kein Konto? Registrieren", carrying `next` along.
    pub register_url: String,
    /// On a newcomer's guided path: where they are.
    pub guide: Option<Guide>,
}

impl LoginPage {
    /// The form, going on to `next` afterwards; `step` is the guided path's step shown when
    /// `next` is one (1: sign in instead of registering, 2: the address was just confirmed).
    fn new(state: &SharedState, page: PageCtx, next: Option<&str>, step: usize) -> Self {
        let target = next.and_then(LocalPath::parse);
        let register_url = match &target {
            Some(path) => format!("/register?{}", serde_urlencoded::to_string([("next", path.as_str())]).unwrap_or_default()),
            None => "/register".to_owned(),
        };
        let guide = Guide::of_next(state, &page, target.as_ref(), step);
        LoginPage { page, email: String::new(), next: safe_next(next), error: None, kept: false, done: None, register_url, guide }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct NextParam {
    pub next: Option<String>,
    /// Set when a form sent without a session was kept (see `parked_forms`).
    pub kept: Option<String>,
}

pub async fn form(State(state): State<SharedState>, visit: Visit, Query(params): Query<NextParam>) -> Response {
    if visit.viewer.as_deref().is_some_and(|v| v.is_complete()) {
        return Redirect::to(&safe_next(params.next.as_deref())).into_response();
    }
    let page = PageCtx::new(&state, &visit, "login");
    let verified = visit.flag("verified");
    let done = if verified {
        Some(page.t("notice-login-verified"))
    } else if visit.flag("reset") {
        Some(page.t("notice-login-reset"))
    } else {
        None
    };
    let mut login = LoginPage::new(&state, page, params.next.as_deref(), if verified { 2 } else { 1 });
    login.kept = params.kept.is_some();
    login.done = done;
    render(StatusCode::OK, &login)
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: Option<String>,
    #[serde(default)]
    pub kept: Option<String>,
}

pub async fn submit(
    State(state): State<SharedState>,
    visit: Visit,
    extensions: Extensions,
    Posted { form, repeated }: Posted<LoginForm>,
) -> Response {
    if !repeated.is_empty() {
        let page = PageCtx::new(&state, &visit, "login");
        let error = page.t("form-error-repeated");
        let mut login = LoginPage::new(&state, page, form.next.as_deref(), 1);
        login.email = form.email.trim().to_owned();
        login.error = Some(error);
        login.kept = form.kept.is_some();
        return render(StatusCode::UNPROCESSABLE_ENTITY, &login);
    }
    let ip = client_ip(&extensions);
    let attempt = Attempt { email: &form.email, password: &form.password, ip: &ip };
    let next = safe_next(form.next.as_deref());
    let outcome = sign_in::login(state.accounts.as_ref(), &state.throttle, &attempt, state.clock.now().unix_secs()).await;
    let page = PageCtx::new(&state, &visit, "login");
    let (status, error) = match outcome {
        Ok(signed_in) => {
            let target = match signed_in.next {
                NextStep::Done => next,
                NextStep::EnterCode => format!("/login/code?{}", serde_urlencoded::to_string([("next", next)]).unwrap_or_default()),
                NextStep::SetUpSecondFactor => "/account/second-factor".to_owned(),
            };
            let mut response = Redirect::to(&target).into_response();
            cookies::set(response.headers_mut(), cookies::SESSION, &signed_in.token, "Lax", state.secure_cookies);
            return response;
        }
        Err(LoginError::InvalidCredentials) => (StatusCode::UNAUTHORIZED, page.t("login-error-invalid")),
        Err(LoginError::RateLimited { retry_after_secs }) => {
            let minutes = retry_after_secs.div_ceil(60).max(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                page.tr.t1("login-error-rate-limited", "minutes", usize::try_from(minutes).unwrap_or(usize::MAX)),
            )
        }
        Err(LoginError::Store(error)) => {
            tracing::error!(%error, "login failed");
            (StatusCode::SERVICE_UNAVAILABLE, page.t("error-unavailable-text"))
        }
    };
    let mut login = LoginPage::new(&state, page, Some(next.as_str()), 1);
    login.email = form.email.trim().to_owned();
    login.error = Some(error);
    login.kept = form.kept.is_some();
    render(status, &login)
}

pub async fn logout(State(state): State<SharedState>, headers: axum::http::HeaderMap) -> Response {
    if let Some(token) = cookies::read(&headers, cookies::SESSION, state.secure_cookies) {
        if let Err(error) = sign_in::logout(state.accounts.as_ref(), &token).await {
            tracing::error!(%error, "logout failed");
        }
    }
    let mut response = Redirect::to(&urls::home_notice("logged_out")).into_response();
    cookies::clear(response.headers_mut(), cookies::SESSION, state.secure_cookies);
    response
}
