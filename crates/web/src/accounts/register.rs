//! `/register`, `/register/verify`, `/password/forgot`, `/password/reset` and `/invitation`:
//! every page answers the same whether an address has an account or not.

use app::accounts::registration::{self, AccountError, Mailing};
use app::ports::TokenPurpose;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use domain::local_path::LocalPath;
use serde::Deserialize;

use super::guide::Guide;
use super::{client_ip, cookies};
use crate::forms::{FieldErrors, Posted};
use crate::mail_text::FluentMail;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// Which of the account forms a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Register,
    Forgot,
    Reset,
    Verify,
    Invitation,
}

#[derive(Template)]
#[template(path = "accounts/account_form.html")]
pub struct AccountFormPage {
    pub page: PageCtx,
    pub kind: FormKind,
    pub email: String,
    pub token: String,
    /// Shown instead of the form once it was sent.
    pub done: Option<String>,
    pub error: Option<String>,
    /// Every problem of the sent form, beside its field and in the summary.
    pub errors: FieldErrors,
    /// For invitations: the association and whether a password must be chosen.
    pub organisation: String,
    pub needs_password: bool,
    /// Where registering leads on to (a path on this site), sent along with the form.
    pub next: String,
    /// On a newcomer's guided path: where they are.
    pub guide: Option<Guide>,
}

impl AccountFormPage {
    fn new(page: PageCtx, kind: FormKind) -> Self {
        Self {
            page,
            kind,
            email: String::new(),
            token: String::new(),
            done: None,
            error: None,
            errors: FieldErrors::default(),
            organisation: String::new(),
            needs_password: true,
            next: String::new(),
            guide: None,
        }
    }

    /// Carries `next` along, and shows the guided path at `step` when it is one.
    fn leading_to(mut self, state: &SharedState, next: Option<&LocalPath>, step: usize) -> Self {
        self.next = next.map(|p| p.as_str().to_owned()).unwrap_or_default();
        self.guide = Guide::of_next(state, &self.page, next, step);
        self
    }

    /// The page's key: `register`, `forgot`, `reset`, `verify`, `invitation`.
    pub fn kind_key(&self) -> &'static str {
        match self.kind {
            FormKind::Register => "register",
            FormKind::Forgot => "forgot",
            FormKind::Reset => "reset",
            FormKind::Verify => "verify",
            FormKind::Invitation => "invitation",
        }
    }

    pub fn is(&self, kind: &str) -> bool {
        self.kind_key() == kind
    }

    /// Where the form posts to.
    pub fn action(&self) -> &'static str {
        match self.kind {
            FormKind::Register => "/register",
            FormKind::Forgot => "/password/forgot",
            FormKind::Reset => "/password/reset",
            FormKind::Verify => "/register/verify",
            FormKind::Invitation => "/invitation",
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_repeat: String,
    #[serde(default)]
    pub token: String,
    /// Where to go on after confirming the address (registration only).
    #[serde(default)]
    pub next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct NextParam {
    #[serde(default)]
    pub next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    pub token: String,
}

/// The mail sender (in the recipient's language, the instance's for those who chose none),
/// and the base of links.
pub fn mailing_parts(state: &SharedState, headers: &HeaderMap) -> (FluentMail, String) {
    (FluentMail { locale: state.site.default_locale, instance: state.site.instance_name.clone() }, crate::base_url(state, headers))
}

/// The translated message and status for a refused form.
fn failure(page: &PageCtx, error: &AccountError) -> (StatusCode, String) {
    match error {
        AccountError::RateLimited { retry_after_secs } => (
            StatusCode::TOO_MANY_REQUESTS,
            page.tr.t1("login-error-rate-limited", "minutes", usize::try_from(retry_after_secs.div_ceil(60).max(1)).unwrap_or(usize::MAX)),
        ),
        AccountError::Store(e) => {
            tracing::error!(error = %e, "account form failed");
            (StatusCode::SERVICE_UNAVAILABLE, page.t("error-unavailable-text"))
        }
        AccountError::Hashing => (StatusCode::SERVICE_UNAVAILABLE, page.t("error-unavailable-text")),
        AccountError::Forbidden => (StatusCode::FORBIDDEN, page.t("error-forbidden-text")),
        other => (StatusCode::UNPROCESSABLE_ENTITY, page.t(&format!("account-error-{}", other.code().replace('_', "-")))),
    }
}

/// The page after a form that mails a link: "check your mail" on success, the form with the
/// input and a message otherwise.
fn mailed(
    state: &SharedState,
    visit: &Visit,
    (kind, next): (FormKind, Option<&LocalPath>),
    email: &str,
    done_id: &str,
    outcome: Result<(), AccountError>,
) -> Response {
    // Sent: the guided path is at "confirm the address"; refused: still at "create an account".
    let step = if outcome.is_ok() { 2 } else { 1 };
    let mut page = AccountFormPage::new(PageCtx::new(state, visit, "login"), kind).leading_to(state, next, step);
    page.email = email.trim().to_owned();
    match outcome {
        Ok(()) => {
            page.done = Some(page.page.tr.t1(done_id, "email", page.email.as_str()));
            render(StatusCode::OK, &page)
        }
        Err(error) => {
            let (status, message) = failure(&page.page, &error);
            page.error = Some(message);
            render(status, &page)
        }
    }
}

/// The form behind a mailed link, or a "link not valid" page.
async fn link_form(state: &SharedState, visit: &Visit, kind: FormKind, purpose: TokenPurpose, token: String) -> Response {
    let mut page = AccountFormPage::new(PageCtx::new(state, visit, "login"), kind);
    let Ok(link) = registration::check_link(state.accounts.as_ref(), &token, purpose, state.clock.now().unix_secs()).await else {
        page.error = Some(page.page.t("account-error-invalid-link"));
        return render(StatusCode::NOT_FOUND, &page);
    };
    if kind == FormKind::Verify {
        page = page.leading_to(state, registration::next_of(&link).as_ref(), 2);
    }
    page.token = token;
    render(StatusCode::OK, &page)
}

/// The registration form's problems worded: "Bitte ausfüllen." for an empty field, the
/// account messages (`account-error-<code>`) otherwise; the summary names each field.
fn registration_errors(page: &PageCtx, problems: &[(&str, &str)]) -> FieldErrors {
    let message = |code: &str| match code {
        "required" => page.t("form-error-required"),
        "repeated" => page.t("form-error-repeated"),
        code => page.t(&format!("account-error-{}", code.replace('_', "-"))),
    };
    FieldErrors::from_messages(problems.iter().map(|(field, code)| ((*field).to_owned(), message(code))).collect()).labelled([
        ("email".to_owned(), page.t("field-email")),
        ("password".to_owned(), page.t("field-new-password")),
        ("password_repeat".to_owned(), page.t("field-password-repeat")),
    ])
}

pub async fn register_form(State(state): State<SharedState>, visit: Visit, Query(q): Query<NextParam>) -> Response {
    let next = LocalPath::parse(&q.next);
    render(
        StatusCode::OK,
        &AccountFormPage::new(PageCtx::new(&state, &visit, "login"), FormKind::Register).leading_to(&state, next.as_ref(), 1),
    )
}

pub async fn register_submit(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    extensions: Extensions,
    Posted { form, repeated }: Posted<AccountForm>,
) -> Response {
    let next = LocalPath::parse(&form.next);
    let problems = domain::accounts::registration_problems(&form.email, &form.password, &form.password_repeat);
    if !problems.is_empty() || !repeated.is_empty() {
        let mut page = AccountFormPage::new(PageCtx::new(&state, &visit, "login"), FormKind::Register).leading_to(&state, next.as_ref(), 1);
        page.email = form.email.trim().to_owned();
        let mut all: Vec<(&str, &str)> = repeated.iter().map(|field| (field.as_str(), "repeated")).collect();
        all.extend(problems.iter().filter(|(field, _)| !repeated.iter().any(|r| r == field)));
        page.errors = registration_errors(&page.page, &all);
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let ip = client_ip(&extensions);
    let outcome = registration::register(
        state.accounts.as_ref(),
        &state.throttle,
        &mailing,
        (&form.email, &form.password, &form.password_repeat),
        next.as_ref(),
        &ip,
        state.clock.now().unix_secs(),
    )
    .await;
    mailed(&state, &visit, (FormKind::Register, next.as_ref()), &form.email, "register-done", outcome)
}

pub async fn verify_form(State(state): State<SharedState>, visit: Visit, Query(q): Query<TokenParam>) -> Response {
    link_form(&state, &visit, FormKind::Verify, TokenPurpose::VerifyEmail, q.token).await
}

pub async fn verify_submit(State(state): State<SharedState>, visit: Visit, Form(form): Form<AccountForm>) -> Response {
    match registration::verify_email(state.accounts.as_ref(), &form.token, state.clock.now().unix_secs()).await {
        Ok(next) => Redirect::to(&urls::login_verified(next.as_ref())).into_response(),
        Err(error) => {
            let mut page = AccountFormPage::new(PageCtx::new(&state, &visit, "login"), FormKind::Verify);
            let (status, message) = failure(&page.page, &error);
            page.error = Some(message);
            render(status, &page)
        }
    }
}

pub async fn forgot_form(State(state): State<SharedState>, visit: Visit) -> Response {
    render(StatusCode::OK, &AccountFormPage::new(PageCtx::new(&state, &visit, "login"), FormKind::Forgot))
}

pub async fn forgot_submit(
    State(state): State<SharedState>,
    visit: Visit,
    headers: HeaderMap,
    extensions: Extensions,
    Posted { form, repeated }: Posted<AccountForm>,
) -> Response {
    if !repeated.is_empty() {
        let mut page = AccountFormPage::new(PageCtx::new(&state, &visit, "login"), FormKind::Forgot);
        page.email = form.email.trim().to_owned();
        page.error = Some(page.page.t("form-error-repeated"));
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let ip = client_ip(&extensions);
    let outcome = registration::request_password_reset(
        state.accounts.as_ref(),
        &state.throttle,
        &mailing,
        &form.email,
        &ip,
        state.clock.now().unix_secs(),
    )
    .await;
    mailed(&state, &visit, (FormKind::Forgot, None), &form.email, "forgot-done", outcome)
}

pub async fn reset_form(State(state): State<SharedState>, visit: Visit, Query(q): Query<TokenParam>) -> Response {
    link_form(&state, &visit, FormKind::Reset, TokenPurpose::ResetPassword, q.token).await
}

pub async fn reset_submit(State(state): State<SharedState>, visit: Visit, Form(form): Form<AccountForm>) -> Response {
    match registration::reset_password(
        state.accounts.as_ref(),
        &form.token,
        &form.password,
        &form.password_repeat,
        state.clock.now().unix_secs(),
    )
    .await
    {
        Ok(()) => Redirect::to(&urls::login_notice("reset")).into_response(),
        Err(error) => {
            let mut page = AccountFormPage::new(PageCtx::new(&state, &visit, "login"), FormKind::Reset);
            let (status, message) = failure(&page.page, &error);
            page.error = Some(message);
            if !matches!(error, AccountError::InvalidLink) {
                page.token = form.token;
            }
            render(status, &page)
        }
    }
}

async fn invitation_page(state: &SharedState, visit: &Visit, token: &str) -> Result<AccountFormPage, Response> {
    let mut page = AccountFormPage::new(PageCtx::new(state, visit, "login"), FormKind::Invitation);
    match registration::read_invitation(state.accounts.as_ref(), token, state.clock.now().unix_secs()).await {
        Ok(invitation) => {
            page.email = invitation.email.to_string();
            page.needs_password = !invitation.has_account;
            page.organisation = state.directory.index().by_id(invitation.organisation).map(|l| l.name().to_owned()).unwrap_or_default();
            if page.organisation.is_empty() {
                if let Ok(Some(record)) = state.directory.store().organisation_record(invitation.organisation).await {
                    page.organisation = record.name;
                }
            }
            page.token = token.to_owned();
            Ok(page)
        }
        Err(error) => {
            let (status, message) = failure(&page.page, &error);
            page.error = Some(message);
            Err(render(if status == StatusCode::UNPROCESSABLE_ENTITY { StatusCode::NOT_FOUND } else { status }, &page))
        }
    }
}

pub async fn invitation_form(State(state): State<SharedState>, visit: Visit, Query(q): Query<TokenParam>) -> Response {
    match invitation_page(&state, &visit, &q.token).await {
        Ok(page) => render(StatusCode::OK, &page),
        Err(response) => response,
    }
}

pub async fn invitation_submit(State(state): State<SharedState>, visit: Visit, Form(form): Form<AccountForm>) -> Response {
    let mut page = match invitation_page(&state, &visit, &form.token).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let credentials = (form.password.as_str(), form.password_repeat.as_str());
    let viewer = visit.viewer.as_deref();
    match registration::accept_invitation(
        state.accounts.as_ref(),
        &form.token,
        viewer,
        credentials,
        visit.locale,
        state.clock.now().unix_secs(),
    )
    .await
    {
        Ok(registration::Accepted::Joined) => Redirect::to(&urls::account_welcome()).into_response(),
        Ok(registration::Accepted::SignedIn(session)) => {
            let mut response = Redirect::to(&urls::account_welcome()).into_response();
            cookies::set(response.headers_mut(), cookies::SESSION, &session, "Lax", state.secure_cookies);
            response
        }
        Err(AccountError::SignInFirst) => {
            let back = format!("/invitation?{}", serde_urlencoded::to_string([("token", &form.token)]).unwrap_or_default());
            Redirect::to(&format!("/login?{}", serde_urlencoded::to_string([("next", back)]).unwrap_or_default())).into_response()
        }
        Err(error) => {
            let (status, message) = failure(&page.page, &error);
            page.error = Some(message);
            render(status, &page)
        }
    }
}
