//! `/meetings`: upcoming meetings first, then past and cancelled ones.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::view::MeetingCard;
use crate::error::PageError;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

#[derive(Template)]
#[template(path = "meetings/list.html")]
pub struct ListPage {
    pub page: PageCtx,
    pub upcoming: Vec<MeetingCard>,
    pub past: Vec<MeetingCard>,
    pub staff: bool,
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Result<Response, PageError> {
    let page = PageCtx::new(&state, &visit, "meetings");
    let now = state.clock.now().unix_secs();
    let mut upcoming = Vec::new();
    let mut past = Vec::new();
    for record in state.meetings.store.meetings().await? {
        let registrations = state.meetings.store.registrations(record.id).await?;
        let card = MeetingCard::of(&page.tr, &record, &registrations, now);
        if card.is_upcoming() {
            upcoming.push(card);
        } else {
            past.push(card);
        }
    }
    upcoming.reverse();
    let staff = visit.viewer.as_ref().is_some_and(|v| v.is_staff());
    Ok(render(StatusCode::OK, &ListPage { page, upcoming, past, staff }))
}
