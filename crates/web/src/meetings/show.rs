//! The public meeting page: date, venue with a mini map, agenda, rounds, free places, how to
//! register (and the viewer's associations' registrations), the calendar file, the summary.

use app::meetings::{downloadable_handouts, local_time, visible_registrations};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::meetings::RegistrationState;
use serde::Deserialize;

use super::view::{association_name, meeting, refusal, venue_map, MeetingCard};
use crate::directory::profile::PlaceMap;
use crate::error::PageError;
use crate::map::settings::map_csp;
use crate::markdown::to_safe_html;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// A registration the viewer may see and cancel.
pub struct OwnRegistration {
    pub id: i64,
    pub name: String,
    pub association: String,
    pub waiting: bool,
}

/// A round as the page lists it.
pub struct RoundLine {
    pub topic: String,
    pub minutes: usize,
}

#[derive(Template)]
#[template(path = "meetings/show.html")]
pub struct ShowPage {
    pub page: PageCtx,
    pub card: MeetingCard,
    pub ends: String,
    pub deadline: String,
    pub venue_address: String,
    pub agenda_html: String,
    pub rounds: Vec<RoundLine>,
    pub tables: usize,
    pub place: Option<PlaceMap>,
    pub registration_open: bool,
    pub signed_in: bool,
    /// The viewer represents an association (or is the office).
    pub may_register: bool,
    pub staff: bool,
    pub own: Vec<OwnRegistration>,
    pub notice: Option<String>,
    pub results_visible: bool,
    /// The handouts the viewer may download (their own, or their association's people's):
    /// registration id and name.
    pub handouts: Vec<(i64, String)>,
    /// Published news linking the meeting ("In den Nachrichten").
    pub in_news: Vec<crate::news::NewsCard>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    #[serde(default)]
    pub done: Option<String>,
    #[serde(default)]
    pub refused: Option<String>,
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    Path(slug): Path<String>,
    Query(q): Query<Notice>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let page = PageCtx::new(&state, &visit, "meetings");
    let now = state.clock.now().unix_secs();
    let registrations = state.meetings.store.registrations(record.id).await?;
    let card = MeetingCard::of(&page.tr, &record, &registrations, now);
    let m = &record.meeting;
    let viewer = visit.viewer.as_deref();
    let own = match viewer {
        Some(v) if v.is_complete() => visible_registrations(&state.meetings, v, &record)
            .await?
            .into_iter()
            .map(|r| OwnRegistration {
                id: r.id.0,
                name: r.name.clone(),
                association: association_name(&state, r.association),
                waiting: r.state == RegistrationState::Waitlisted,
            })
            .collect(),
        _ => Vec::new(),
    };
    let notice = match (q.done.as_deref(), q.refused.as_deref()) {
        (_, Some(id)) => refusal(&page, Some(id)),
        (Some("confirmed"), _) => Some(page.t("meetings-done-registered")),
        (Some("waitlisted"), _) => Some(page.t("meetings-done-waitlisted")),
        (Some("cancelled"), _) => Some(page.t("meetings-done-cancelled")),
        (Some("saved"), _) => Some(page.t("meetings-done-saved")),
        _ => None,
    };
    let results_visible = viewer.is_some_and(|v| app::meetings::may_see_results(v, &record, &registrations));
    let handouts = match viewer {
        Some(v) => downloadable_handouts(&state.meetings, v, &record).await?.into_iter().map(|(id, name)| (id.0, name)).collect(),
        None => Vec::new(),
    };
    let in_news = crate::news::in_the_news(&state, &page.tr, app::ports::NewsTarget::Meeting(&record.slug)).await;
    let template = ShowPage {
        in_news,
        ends: local_time(m.ends_at),
        deadline: local_time(m.registration_deadline),
        venue_address: m.venue.address.clone(),
        agenda_html: to_safe_html(&m.agenda),
        rounds: m.rounds.iter().map(|r| RoundLine { topic: r.topic.clone(), minutes: r.minutes as usize }).collect(),
        tables: m.tables.len(),
        place: venue_map(&state, &page, &record),
        registration_open: m.registration_open(now),
        signed_in: viewer.is_some(),
        may_register: viewer.is_some_and(|v| v.is_staff() || (v.is_complete() && !v.memberships.is_empty())),
        staff: viewer.is_some_and(|v| v.is_staff()),
        own,
        notice,
        results_visible,
        handouts,
        card,
        page,
    };
    Ok(([map_csp(&state, false)], render(StatusCode::OK, &template)).into_response())
}

/// `GET /meetings/{meeting}/calendar.ics`: the meeting for a calendar.
pub async fn calendar(State(state): State<SharedState>, Path(slug): Path<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let body = state.meetings.calendar(&record, state.clock.now().unix_secs());
    let disposition = format!("attachment; filename=\"{}.ics\"", record.slug);
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}
