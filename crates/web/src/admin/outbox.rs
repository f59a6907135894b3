//! `/admin/outbox`: the mails written to the outbox folder, newest first, and one mail's text.
//! A mail's HTML part is never rendered; the text is shown escaped.

use app::accounts::sign_in::Viewer;
use app::mail::outbox::OutboxItem;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::short_time;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
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

/// Administrators only; the access matrix says so too.
fn refuse(viewer: &Viewer) -> Result<(), PageError> {
    if viewer.is_admin() {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}

pub async fn list(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    refuse(&viewer)?;
    let page = PageCtx::new(&state, &visit, "admin");
    let Some(outbox) = state.outbox.clone() else {
        return Ok(render(StatusCode::OK, &OutboxPage { page, has_outbox: false, mails: Vec::new() }));
    };
    let items = outbox.list().await?;
    Ok(render(StatusCode::OK, &OutboxPage { page, has_outbox: true, mails: items.into_iter().map(MailRow::from).collect() }))
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    refuse(&viewer)?;
    let outbox = state.outbox.clone().ok_or(PageError::NOT_FOUND)?;
    let message = outbox.read(&file).await?;
    let page = PageCtx::new(&state, &visit, "admin");
    Ok(render(StatusCode::OK, &OutboxMailPage { page, mail: MailRow::from(message.item), text: message.text_body }))
}
