//! What every page's layout needs: language, direction, translator, navigation, assets.

use std::convert::Infallible;
use std::sync::Arc;

use app::accounts::sign_in::Viewer;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use domain::language::UiLocale;

use crate::accounts::session::{CsrfToken, CurrentViewer};
use crate::i18n::Tr;
use crate::locale::RequestLocale;
use crate::SharedState;

/// What a page needs to know about the request: language, address, who asks, the CSRF secret.
#[derive(Debug, Clone)]
pub struct Visit {
    pub locale: UiLocale,
    pub uri: Uri,
    pub viewer: Option<Arc<Viewer>>,
    pub csrf: String,
}

impl Visit {
    /// Reads what the middleware put into the request.
    pub fn of(extensions: &axum::http::Extensions, uri: &Uri, default_locale: UiLocale) -> Self {
        Self {
            locale: extensions.get::<RequestLocale>().map_or(default_locale, |l| l.0),
            uri: uri.clone(),
            viewer: extensions.get::<CurrentViewer>().and_then(|v| v.0.clone()),
            csrf: extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default(),
        }
    }

    /// Whether the address carries the one-off flag `name=1` a redirect set (`?posted=1`).
    pub fn flag(&self, name: &str) -> bool {
        self.uri.query().is_some_and(|q| q.split('&').any(|p| p.strip_prefix(name).is_some_and(|rest| rest == "=1")))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Visit {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Visit::of(&parts.extensions, &parts.uri, UiLocale::De))
    }
}

/// The signed-in user, as the header shows them.
pub struct AccountNav {
    pub email: String,
    pub staff: bool,
    pub admin: bool,
    /// The second factor is still to be entered.
    pub pending: bool,
}

/// A link to the same page in another interface language.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub url: String,
    pub current: bool,
}

/// The frame every page is rendered in.
pub struct PageCtx {
    pub tr: Tr,
    pub lang: &'static str,
    pub dir: &'static str,
    pub site_name: String,
    pub css_url: String,
    pub favicon_url: String,
    pub languages: Vec<LanguageLink>,
    /// Which main navigation entry is current ("home", "directory", "contact", "").
    pub section: &'static str,
    /// The visitor's CSRF secret, for the hidden `csrf` field of every form that changes something.
    pub csrf: String,
    pub account: Option<AccountNav>,
    /// Pages the office placed in the header's menu and in the footer.
    pub header_pages: Vec<crate::news::NavLink>,
    pub footer_pages: Vec<crate::news::NavLink>,
}

impl PageCtx {
    pub fn new(state: &SharedState, visit: &Visit, section: &'static str) -> Self {
        let (locale, uri) = (visit.locale, &visit.uri);
        let account = visit.viewer.as_deref().map(|v| AccountNav {
            email: v.user.email.to_string(),
            staff: v.is_staff(),
            admin: v.is_admin(),
            pending: !v.is_complete(),
        });
        let languages = UiLocale::ALL
            .into_iter()
            .map(|l| LanguageLink { code: l.code(), name: l.endonym(), url: with_lang(uri, l), current: l == locale })
            .collect();
        Self {
            tr: Tr::new(locale),
            lang: locale.code(),
            dir: if locale.is_rtl() { "rtl" } else { "ltr" },
            site_name: state.site.instance_name.clone(),
            css_url: state.assets.url("app.css"),
            favicon_url: state.assets.url("favicon.svg"),
            languages,
            section,
            csrf: visit.csrf.clone(),
            account,
            header_pages: state.news_nav.links(domain::news::Placement::Header, locale.code()),
            footer_pages: state.news_nav.links(domain::news::Placement::Footer, locale.code()),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    pub fn is(&self, section: &str) -> bool {
        self.section == section
    }
}

/// The current URL with `lang` set to another language, other parameters kept.
fn with_lang(uri: &Uri, locale: UiLocale) -> String {
    let mut pairs: Vec<(String, String)> = uri.query().and_then(|q| serde_urlencoded::from_str(q).ok()).unwrap_or_default();
    pairs.retain(|(k, _)| k != "lang");
    pairs.push(("lang".into(), locale.code().into()));
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    format!("{}?{}", uri.path(), query)
}

/// Renders a page template with a status, or a plain 500 if the template fails.
pub fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "Internal error").into_response()
        }
    }
}
