//! `/contact`: how to reach the coordination office, from configuration.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::config::OfficeContact;
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
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let page = PageCtx::new(&state, &visit, "contact");
    let mut office = state.site.office.clone();
    office.website = office.website.filter(|w| w.starts_with("https://") || w.starts_with("http://"));
    office.department = office.department.filter(|d| !d.trim().is_empty());
    let about_html = office.about.choose(page.lang).map(|c| to_safe_html(c.text));
    let opening_hours = office.opening_hours.choose(page.lang).map(|c| c.text.to_owned());
    let phone_link = office.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    render(StatusCode::OK, &ContactPage { page, office, phone_link, about_html, opening_hours })
}
