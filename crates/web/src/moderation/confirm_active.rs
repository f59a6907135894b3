//! The yearly "still active?" check on the web: the link from the reminder mail confirms the
//! entry without logging in (or leads to editing), and `/office/inactive` lists the entries
//! nobody confirmed, for the office to archive.

use app::moderation::confirm_active::{confirm, pending_confirmation, ConfirmError};
use app::moderation::inactive_entries;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;
use domain::date::civil_from_days;

/// What the confirmation page shows.
pub enum ConfirmState {
    /// A valid link: the association's name, the token for the button, the slug for editing.
    Choice { name: String, token: String, slug: String },
    /// Confirmed just now.
    Done { name: String },
    /// Unknown, used or expired link.
    Invalid,
}

#[derive(Template)]
#[template(path = "moderation/confirm_active.html")]
pub struct ConfirmPage {
    pub page: PageCtx,
    pub state: ConfirmState,
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    pub token: String,
}

fn page(state: &SharedState, visit: &Visit, confirm_state: ConfirmState) -> Response {
    let status = if matches!(confirm_state, ConfirmState::Invalid) { StatusCode::NOT_FOUND } else { StatusCode::OK };
    render(status, &ConfirmPage { page: PageCtx::new(state, visit, ""), state: confirm_state })
}

fn failed(state: &SharedState, visit: &Visit, error: ConfirmError) -> Result<Response, PageError> {
    match error {
        ConfirmError::InvalidLink => Ok(page(state, visit, ConfirmState::Invalid)),
        ConfirmError::Store(e) => Err(e.into()),
    }
}

/// `GET /organisations/confirm?token=`: the association's name and the two choices.
pub async fn show(State(state): State<SharedState>, visit: Visit, Query(q): Query<TokenParam>) -> Result<Response, PageError> {
    match pending_confirmation(state.directory.store().as_ref(), state.accounts.as_ref(), &q.token, state.clock.now().unix_secs()).await {
        Ok(record) => Ok(page(&state, &visit, ConfirmState::Choice { name: record.name, token: q.token, slug: record.slug.to_string() })),
        Err(error) => failed(&state, &visit, error),
    }
}

/// `POST /organisations/confirm`: "yes, everything is still correct".
pub async fn submit(State(state): State<SharedState>, visit: Visit, Form(form): Form<TokenParam>) -> Result<Response, PageError> {
    match confirm(&state.directory, state.accounts.as_ref(), &form.token, state.clock.now().unix_secs()).await {
        Ok(record) => Ok(page(&state, &visit, ConfirmState::Done { name: record.name })),
        Err(error) => failed(&state, &visit, error),
    }
}

/// One flagged association on the office's list.
pub struct InactiveView {
    pub slug: String,
    pub name: String,
    /// Date the reminder went out; `None` when there was nobody to ask.
    pub reminded: Option<String>,
    pub flagged: String,
}

#[derive(Template)]
#[template(path = "moderation/inactive.html")]
pub struct InactivePage {
    pub page: PageCtx,
    pub items: Vec<InactiveView>,
}

/// A Unix time as its calendar date in UTC.
fn date(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `GET /office/inactive`: entries flagged by the yearly check, longest flagged first.
pub async fn inactive(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    let records = inactive_entries(state.directory.confirm_active().as_ref(), &viewer).await?;
    let items = records
        .into_iter()
        .map(|r| InactiveView {
            slug: r.slug.to_string(),
            name: r.name,
            reminded: r.confirmation_sent_at.map(date),
            flagged: r.inactive_flagged_at.map(date).unwrap_or_default(),
        })
        .collect();
    Ok(render(StatusCode::OK, &InactivePage { page: PageCtx::new(&state, &visit, ""), items }))
}

#[cfg(test)]
mod tests {
    use super::date;

    #[test]
    fn unix_times_become_dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_800_000_000), "2027-01-15");
    }
}
