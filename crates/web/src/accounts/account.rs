//! `/account`: who is signed in, their associations, and what they can do next.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use app::accounts::settings::{account_settings, set_digest as set_digest_use_case, set_mail_language};
use app::accounts::sign_in::Viewer;
use domain::language::UiLocale;

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
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
    /// The account was just set up (an invitation accepted).
    pub welcome: bool,
    pub language_error: Option<String>,
}

/// The choices for the mails' language: the site's language, then each interface language.
fn mail_languages(page: &PageCtx, site: UiLocale, chosen: Option<UiLocale>) -> Vec<(&'static str, String, bool)> {
    let mut choices = vec![("", page.tr.t1("account-mail-language-site", "language", site.endonym()), chosen.is_none())];
    choices.extend(UiLocale::ALL.iter().map(|l| (l.code(), l.endonym().to_owned(), chosen == Some(*l))));
    choices
}

pub async fn show(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    Ok(render(StatusCode::OK, &account_page(&state, &visit, &viewer).await?))
}

async fn account_page(state: &SharedState, visit: &Visit, viewer: &Viewer) -> Result<AccountPage, PageError> {
    let page = PageCtx::new(state, visit, "account");
    let index = state.directory.index();
    let organisations = viewer
        .memberships
        .iter()
        .filter_map(|m| {
            let listing = index.by_id(m.organisation)?;
            Some(MyOrganisation {
                name: listing.name().to_owned(),
                slug: listing.slug().to_owned(),
                owner: m.role == app::ports::MemberRole::Owner,
            })
        })
        .collect();
    let role_label = page.t(&format!("role-{}", viewer.user.role.key()));
    let settings = account_settings(state.accounts.as_ref(), viewer).await?;
    let mail_languages = mail_languages(&page, state.site.default_locale, settings.mail_language);
    let saved = visit.uri.query().is_some_and(|q| q.split('&').any(|p| p.ends_with("=saved")));
    Ok(AccountPage {
        page,
        email: viewer.user.email.to_string(),
        role_label,
        has_second_factor: viewer.user.totp_secret.is_some(),
        is_staff: viewer.is_staff(),
        digest: settings.digest,
        is_admin: viewer.is_admin(),
        organisations,
        mail_languages,
        saved,
        welcome: visit.flag("welcome"),
        language_error: None,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct DigestForm {
    #[serde(default)]
    pub digest: String,
}

/// `POST /account/digest`: subscribe to or unsubscribe from the weekly digest.
pub async fn set_digest(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    axum::Form(form): axum::Form<DigestForm>,
) -> Result<Redirect, PageError> {
    set_digest_use_case(state.accounts.as_ref(), &viewer, form.digest == "on").await?;
    Ok(Redirect::to(&urls::account_saved("digest")))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    pub language: String,
}

/// `POST /account/language`: the language of the user's mails (empty: the site's).
pub async fn set_language(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    axum::Form(form): axum::Form<LanguageForm>,
) -> Result<Response, PageError> {
    let language = match form.language.trim() {
        "" => None,
        code => match UiLocale::parse(code) {
            Some(locale) => Some(locale),
            None => {
                let mut page = account_page(&state, &visit, &viewer).await?;
                page.language_error = Some(page.page.t("account-mail-language-unknown"));
                return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
            }
        },
    };
    set_mail_language(state.accounts.as_ref(), &viewer, language).await?;
    Ok(Redirect::to(&urls::account_saved("language")).into_response())
}
