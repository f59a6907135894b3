//! `/contact`: how to reach the coordination office, from configuration, and the inbox form
//! for ideas and concerns (`crate::inbox::send`).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use crate::config::OfficeContact;
use crate::inbox::send::{initial_form, ContactParams, InboxForm};
use crate::markdown::to_safe_html;
use crate::page::Visit;
use crate::page::{render, PageCtx};
use crate::SharedState;

#[derive(Template)]
#[template(path = "pages/contact.html")]
pub struct ContactPage {
    pub page: PageCtx,
    pub office: OfficeContact,
    pub phone_link: String,
    pub about_html: Option<String>,
    pub opening_hours: Option<String>,
    /// Languages of the configured texts: the office's block is in the instance's language,
    /// about and opening hours in the one chosen (German when the reader's is missing).
    pub office_lang: &'static str,
    pub about_lang: String,
    pub hours_lang: String,
    /// The form for ideas and concerns.
    pub inbox: InboxForm,
}

pub async fn show(State(state): State<SharedState>, visit: Visit, Query(params): Query<ContactParams>) -> Response {
    let page = PageCtx::new(&state, &visit, "contact");
    let inbox = initial_form(&state, &page, &visit, &params);
    render(StatusCode::OK, &contact_page(&state, page, inbox))
}

/// The contact page with the inbox form as given (empty, or as sent with its problems).
pub fn contact_page(state: &SharedState, page: PageCtx, inbox: InboxForm) -> ContactPage {
    let mut office = state.site.office.clone();
    office.website = office.website.filter(|w| w.starts_with("https://") || w.starts_with("http://"));
    office.department = office.department.filter(|d| !d.trim().is_empty());
    let about = office.about.choose(page.lang);
    let about_lang = about.as_ref().map_or(page.lang, |c| c.lang).to_owned();
    let about_html = about.map(|c| to_safe_html(c.text));
    let hours = office.opening_hours.choose(page.lang);
    let hours_lang = hours.as_ref().map_or(page.lang, |c| c.lang).to_owned();
    let opening_hours = hours.map(|c| c.text.to_owned());
    let office_lang = state.site.default_locale.code();
    let phone_link = office.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    ContactPage { page, office, phone_link, about_html, opening_hours, office_lang, about_lang, hours_lang, inbox }
}
