//! `/imprint` and `/privacy`: imprint and privacy notice, texts from configuration.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::localized::LocalizedText;

use crate::markdown::to_safe_html;
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

#[derive(Template)]
#[template(path = "pages/legal.html")]
pub struct LegalPage {
    pub page: PageCtx,
    pub title: String,
    pub body_html: String,
    pub body_lang: String,
    pub is_fallback: bool,
    /// The German legal name beside a translated title ("Impressum"), marked as German.
    pub legal_term: Option<String>,
}

fn show(state: &SharedState, visit: &Visit, title_id: &str, text: &LocalizedText) -> Response {
    let page = PageCtx::new(state, visit, "");
    let title = page.t(title_id);
    let (body_html, body_lang, is_fallback) = match text.choose(page.lang) {
        Some(chosen) => (to_safe_html(chosen.text), chosen.lang.to_owned(), chosen.is_fallback),
        None => (String::new(), page.lang.to_owned(), false),
    };
    let legal_term = (title_id == "imprint-title" && page.lang != "de").then(|| page.t("imprint-legal-term"));
    render(StatusCode::OK, &LegalPage { page, title, body_html, body_lang, is_fallback, legal_term })
}

pub async fn imprint(State(state): State<SharedState>, visit: Visit) -> Response {
    show(&state, &visit, "imprint-title", &state.site.imprint)
}

pub async fn privacy(State(state): State<SharedState>, visit: Visit) -> Response {
    show(&state, &visit, "privacy-title", &state.site.privacy)
}
