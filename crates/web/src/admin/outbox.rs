//! `/admin/outbox`: the mails written to the outbox folder, newest first, and one mail's text.
//! A mail's HTML part is never rendered; the text is shown escaped.

use app::mail::outbox::{OutboxItem, OutboxReadError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::short_time;
use crate::page::{render, PageCtx, Visit};
use crate::system::error_page;
use crate::SharedState;

/// One mail in the list.
pub struct MailRow {
    pub file: String,
    pub time: String,
    pub to: String,
    pub subject: String,
}

impl From<OutboxItem> for MailRow {
    fn from(item: OutboxItem) -> Self {
        MailRow { time: short_time(&item.time_utc), file: item.file_name, to: item.to, subject: item.subject }
    }
}

#[derive(Template)]
#[template(path = "admin/outbox.html")]
pub struct OutboxPage {
    pub page: PageCtx,
    /// False when mail goes out over SMTP: there is no outbox.
    pub has_outbox: bool,
    pub mails: Vec<MailRow>,
}

#[derive(Template)]
#[template(path = "admin/outbox_mail.html")]
pub struct OutboxMailPage {
    pub page: PageCtx,
    pub mail: MailRow,
    pub text: Option<String>,
}

fn read_error(state: &SharedState, visit: &Visit, error: &OutboxReadError) -> Response {
    match error {
        OutboxReadError::NotFound => error_page(state, visit, StatusCode::NOT_FOUND, "not-found"),
        OutboxReadError::Unavailable(message) => {
            tracing::error!(%message, "outbox unreadable");
            error_page(state, visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

/// Administrators only; the access matrix says so too.
fn refuse(state: &SharedState, visit: &Visit) -> Option<Response> {
    match visit.viewer.as_deref() {
        Some(viewer) if viewer.is_admin() => None,
        Some(_) => Some(error_page(state, visit, StatusCode::FORBIDDEN, "forbidden")),
        None => Some(Redirect::to("/login").into_response()),
    }
}

pub async fn list(State(state): State<SharedState>, visit: Visit) -> Response {
    if let Some(response) = refuse(&state, &visit) {
        return response;
    }
    let page = PageCtx::new(&state, &visit, "admin");
    let Some(outbox) = state.outbox.clone() else {
        return render(StatusCode::OK, &OutboxPage { page, has_outbox: false, mails: Vec::new() });
    };
    match outbox.list().await {
        Ok(items) => render(StatusCode::OK, &OutboxPage { page, has_outbox: true, mails: items.into_iter().map(MailRow::from).collect() }),
        Err(error) => read_error(&state, &visit, &error),
    }
}

pub async fn show(State(state): State<SharedState>, visit: Visit, Path(file): Path<String>) -> Response {
    if let Some(response) = refuse(&state, &visit) {
        return response;
    }
    let Some(outbox) = state.outbox.clone() else { return error_page(&state, &visit, StatusCode::NOT_FOUND, "not-found") };
    match outbox.read(&file).await {
        Ok(message) => {
            let page = PageCtx::new(&state, &visit, "admin");
            render(StatusCode::OK, &OutboxMailPage { page, mail: MailRow::from(message.item), text: message.text_body })
        }
        Err(error) => read_error(&state, &visit, &error),
    }
}
