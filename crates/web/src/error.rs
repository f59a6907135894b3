//! One error type for pages: a handler answers `Err(PageError)` (mostly through `?` from a use
//! case's error) and [`render_page_errors`] turns it into the translated error page in the
//! request's language. A storage failure is always a 503, never a 404 or a 500.

use app::accounts::admin_users::AdminError;
use app::accounts::claims::ClaimError;
use app::accounts::personal_data::PersonalDataError;
use app::mail::outbox::OutboxReadError;
use app::marketplace::introductions::IntroductionError;
use app::marketplace::post_item::ItemError;
use app::moderation::ModerationError;
use app::ports::StoreError;
use askama::Template;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// Why a page cannot be shown. Each variant names the messages `error-<code>-title` and
/// `error-<code>-text` of the error page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageError {
    /// The viewer may not see or do this.
    Forbidden,
    /// Nothing there; the code says what was looked for (`not-found`, `organisation-not-found`).
    NotFound(&'static str),
    /// The request does not fit the current state (`claim-open`, `introduction-conflict`).
    Conflict(&'static str),
    /// The database or another service needed for the page failed.
    Unavailable,
}

impl PageError {
    /// A page, item or account that does not exist.
    pub const NOT_FOUND: PageError = PageError::NotFound("not-found");
    /// An association that does not exist (or is not public).
    pub const ORGANISATION_NOT_FOUND: PageError = PageError::NotFound("organisation-not-found");

    pub fn status(self) -> StatusCode {
        match self {
            PageError::Forbidden => StatusCode::FORBIDDEN,
            PageError::NotFound(_) => StatusCode::NOT_FOUND,
            PageError::Conflict(_) => StatusCode::CONFLICT,
            PageError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The message code: `error-<code>-title` and `error-<code>-text` in the locale files.
    pub fn code(self) -> &'static str {
        match self {
            PageError::Forbidden => "forbidden",
            PageError::NotFound(code) | PageError::Conflict(code) => code,
            PageError::Unavailable => "unavailable",
        }
    }

    /// Logs a failure the visitor cannot help, and stands for it.
    pub fn unavailable(error: &dyn std::fmt::Display) -> PageError {
        tracing::error!(%error, "a page could not be served");
        PageError::Unavailable
    }
}

/// The response carries the error as an extension and a plain body; [`render_page_errors`]
/// replaces the body with the translated page.
impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), self.code()).into_response();
        response.extensions_mut().insert(self);
        response
    }
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        PageError::unavailable(&error)
    }
}

impl From<ModerationError> for PageError {
    fn from(error: ModerationError) -> Self {
        match error {
            ModerationError::Forbidden => PageError::Forbidden,
            ModerationError::NotFound => PageError::ORGANISATION_NOT_FOUND,
            other => PageError::unavailable(&other),
        }
    }
}

impl From<ClaimError> for PageError {
    fn from(error: ClaimError) -> Self {
        match error {
            ClaimError::Forbidden => PageError::Forbidden,
            ClaimError::AlreadyOpen | ClaimError::NotOpen | ClaimError::AlreadyEditor => PageError::Conflict("claim-open"),
            ClaimError::Store(e) => e.into(),
        }
    }
}

impl From<ItemError> for PageError {
    fn from(error: ItemError) -> Self {
        match error {
            ItemError::Forbidden => PageError::Forbidden,
            ItemError::NotFound => PageError::NOT_FOUND,
            ItemError::Store(e) => e.into(),
        }
    }
}

impl From<IntroductionError> for PageError {
    fn from(error: IntroductionError) -> Self {
        match error {
            IntroductionError::Forbidden => PageError::Forbidden,
            IntroductionError::NotFound => PageError::NOT_FOUND,
            IntroductionError::Conflict => PageError::Conflict("introduction-conflict"),
            IntroductionError::Store(e) => e.into(),
        }
    }
}

impl From<AdminError> for PageError {
    fn from(error: AdminError) -> Self {
        match error {
            AdminError::Forbidden => PageError::Forbidden,
            AdminError::NotFound => PageError::NOT_FOUND,
            other => PageError::unavailable(&other),
        }
    }
}

impl From<PersonalDataError> for PageError {
    fn from(error: PersonalDataError) -> Self {
        match error {
            PersonalDataError::Forbidden => PageError::Forbidden,
            other => PageError::unavailable(&other),
        }
    }
}

impl From<OutboxReadError> for PageError {
    fn from(error: OutboxReadError) -> Self {
        match error {
            OutboxReadError::NotFound => PageError::NOT_FOUND,
            other => PageError::unavailable(&other),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub page: PageCtx,
    pub title: String,
    pub message: String,
}

/// A translated error page; `code` names the messages `error-<code>-title` and `-text`. For the
/// middlewares that answer before any handler (CSRF, access, size limits); handlers return
/// [`PageError`].
pub fn error_page(state: &SharedState, visit: &Visit, status: StatusCode, code: &str) -> Response {
    let page = PageCtx::new(state, visit, "");
    let title = page.t(&format!("error-{code}-title"));
    let message = page.t(&format!("error-{code}-text"));
    render(status, &ErrorPage { page, title, message })
}

/// Renders a [`PageError`] that a handler (or an extractor) answered as the error page, in the
/// language and with the navigation of the request.
pub async fn render_page_errors(State(state): State<SharedState>, request: Request, next: Next) -> Response {
    let visit = Visit::of(request.extensions(), request.uri(), state.site.default_locale);
    let path = request.uri().path().to_owned();
    // No address of the site holds a NUL character (and PostgreSQL refuses one in a lookup).
    if path.contains("%00") && !path.starts_with("/api/") {
        return error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found");
    }
    let response = next.run(request).await;
    match response.extensions().get::<PageError>() {
        Some(error) => {
            let mut page = error_page(&state, &visit, error.status(), error.code());
            for cookie in response.headers().get_all(axum::http::header::SET_COOKIE) {
                page.headers_mut().append(axum::http::header::SET_COOKIE, cookie.clone());
            }
            page
        }
        None if is_bare_refusal(&path, &response) => {
            let code = if response.status() == StatusCode::NOT_FOUND { "not-found" } else { "bad-request" };
            error_page(&state, &visit, response.status(), code)
        }
        None => response,
    }
}

/// A refusal in plain text or without a body from axum's own extractors (a path parameter that
/// is not UTF-8, a form body that cannot be read, e.g. with a field sent twice), or an empty
/// 4xx: on the site's pages it becomes the translated error page with the same status. The open
/// data API and the metrics keep their own answers.
fn is_bare_refusal(path: &str, response: &Response) -> bool {
    let content_type = response.headers().get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    response.status().is_client_error()
        && (content_type.is_empty() || content_type.starts_with("text/plain"))
        && !path.starts_with("/api/")
        && path != "/metrics"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_storage_failure_is_unavailable_whatever_the_use_case() {
        let outage = || StoreError::Unavailable("connection refused".into());
        let errors: [PageError; 7] = [
            outage().into(),
            ModerationError::Store(outage()).into(),
            ClaimError::Store(outage()).into(),
            ItemError::Store(outage()).into(),
            IntroductionError::Store(outage()).into(),
            AdminError::Store(outage()).into(),
            PersonalDataError::Store(outage()).into(),
        ];
        for error in errors {
            assert_eq!(error, PageError::Unavailable);
            assert_eq!(error.status(), StatusCode::SERVICE_UNAVAILABLE);
        }
        assert_eq!(PageError::from(OutboxReadError::Unavailable("disk".into())).status(), StatusCode::SERVICE_UNAVAILABLE);
    }

    #[test]
    fn refusals_keep_their_status_and_message() {
        assert_eq!(PageError::from(ModerationError::Forbidden).status(), StatusCode::FORBIDDEN);
        assert_eq!(PageError::from(ModerationError::NotFound).code(), "organisation-not-found");
        assert_eq!(PageError::from(ItemError::NotFound).code(), "not-found");
        assert_eq!(PageError::from(ClaimError::AlreadyOpen), PageError::Conflict("claim-open"));
        assert_eq!(PageError::from(IntroductionError::Conflict).status(), StatusCode::CONFLICT);
        assert_eq!(PageError::from(AdminError::NotFound).status(), StatusCode::NOT_FOUND);
    }

    #[test]
    fn the_response_carries_the_error_for_the_page() {
        let response = PageError::Unavailable.into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.extensions().get::<PageError>(), Some(&PageError::Unavailable));
    }
}
