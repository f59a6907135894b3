//! `/account`: who is signed in, their associations, and what they can do next.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use app::accounts::sign_in::Viewer;
use domain::language::UiLocale;

use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// An association the user represents.
pub struct MyOrganisation {
    pub name: String,
    pub slug: String,
    pub owner: bool,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub struct AccountPage {
    pub page: PageCtx,
    pub email: String,
    pub role_label: String,
    pub has_second_factor: bool,
    pub is_staff: bool,
    /// Subscribed to the weekly digest of strong new matches.
    pub digest: bool,
    pub is_admin: bool,
    pub organisations: Vec<MyOrganisation>,
    /// The languages mails can be written in: code (empty: the site's), name, chosen.
    pub mail_languages: Vec<(&'static str, String, bool)>,
    /// A setting was just saved.
    pub saved: bool,
    pub language_error: Option<String>,
}

/// The choices for the mails' language: the site's language, then each interface language.
fn mail_languages(page: &PageCtx, site: UiLocale, chosen: Option<UiLocale>) -> Vec<(&'static str, String, bool)> {
    let mut choices = vec![("", page.tr.t1("account-mail-language-site", "language", site.endonym()), chosen.is_none())];
    choices.extend(UiLocale::ALL.iter().map(|l| (l.code(), l.endonym().to_owned(), chosen == Some(*l))));
    choices
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    render(StatusCode::OK, &account_page(&state, &visit, &viewer).await)
}

async fn account_page(state: &SharedState, visit: &Visit, viewer: &Viewer) -> AccountPage {
    let page = PageCtx::new(state, visit, "account");
    let index = state.directory.index();
    let organisations = viewer
        .memberships
        .iter()
        .filter_map(|m| {
            let listing = index.by_id(m.organisation)?;
            Some(MyOrganisation {
                name: listing.name.clone(),
                slug: listing.slug.to_string(),
                owner: m.role == app::ports::MemberRole::Owner,
            })
        })
        .collect();
    let role_label = page.t(&format!("role-{}", viewer.user.role.key()));
    // The stored account, not the session's copy: the language may have changed since sign-in.
    let language = state.accounts.user(viewer.user.id).await.ok().flatten().and_then(|u| u.language);
    let mail_languages = mail_languages(&page, state.site.default_locale, language);
    let saved = visit.uri.query().is_some_and(|q| q.split('&').any(|p| p.ends_with("=saved")));
    AccountPage {
        page,
        email: viewer.user.email.to_string(),
        role_label,
        has_second_factor: viewer.user.totp_secret.is_some(),
        is_staff: viewer.is_staff(),
        digest: state.accounts.is_digest_subscriber(viewer.user.id).await.unwrap_or(false),
        is_admin: viewer.is_admin(),
        organisations,
        mail_languages,
        saved,
        language_error: None,
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct DigestForm {
    #[serde(default)]
    pub digest: String,
}

/// `POST /account/digest`: subscribe to or unsubscribe from the weekly digest.
pub async fn set_digest(State(state): State<SharedState>, visit: Visit, axum::Form(form): axum::Form<DigestForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    match state.accounts.set_digest(viewer.user.id, form.digest == "on").await {
        Ok(()) => Redirect::to("/account?digest=saved").into_response(),
        Err(error) => {
            tracing::error!(%error, "digest setting failed");
            crate::system::error_page(&state, &visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    pub language: String,
}

/// `POST /account/language`: the language of the user's mails (empty: the site's).
pub async fn set_language(State(state): State<SharedState>, visit: Visit, axum::Form(form): axum::Form<LanguageForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let language = match form.language.trim() {
        "" => None,
        code => match UiLocale::parse(code) {
            Some(locale) => Some(locale),
            None => {
                let mut page = account_page(&state, &visit, &viewer).await;
                page.language_error = Some(page.page.t("account-mail-language-unknown"));
                return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
        },
    };
    match state.accounts.set_language(viewer.user.id, language).await {
        Ok(()) => Redirect::to("/account?language=saved").into_response(),
        Err(error) => {
            tracing::error!(%error, "language setting failed");
            crate::system::error_page(&state, &visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}
