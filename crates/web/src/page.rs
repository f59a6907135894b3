//! What every page's layout needs: language, direction, translator, navigation, assets.

use askama::Template;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use domain::language::UiLocale;

use crate::i18n::Tr;
use crate::SharedState;

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
}

impl PageCtx {
    pub fn new(state: &SharedState, locale: UiLocale, uri: &Uri, section: &'static str) -> Self {
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
