//! Open data: the network meetings as JSON, without personal data.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::view::counts;
use crate::api_error::{ApiError, ErrorBody};
use crate::{base_url, SharedState};

/// A point on the map.
#[derive(Serialize, ToSchema)]
pub struct PositionJson {
    pub lat: f64,
    pub lon: f64,
}

/// Where a meeting takes place.
#[derive(Serialize, ToSchema)]
pub struct VenueJson {
    pub name: String,
    pub address: String,
    pub position: Option<PositionJson>,
}

/// One round: its topic and how long it lasts.
#[derive(Serialize, ToSchema)]
pub struct RoundJson {
    pub topic: String,
    pub minutes: u32,
}

/// One table: its name and how many it seats.
#[derive(Serialize, ToSchema)]
pub struct TableJson {
    pub name: String,
    pub capacity: u32,
}

/// A network meeting.
#[derive(Serialize, ToSchema)]
pub struct MeetingJson {
    pub slug: String,
    pub title: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub venue: VenueJson,
    pub rounds: Vec<RoundJson>,
    pub tables: Vec<TableJson>,
    pub capacity: u32,
    /// Confirmed registrations.
    pub registered: usize,
    /// Registrations on the waiting list.
    pub waitlisted: usize,
    /// `upcoming`, `past` or `cancelled`.
    pub status: String,
    /// The meeting's page.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct MeetingListJson {
    pub items: Vec<MeetingJson>,
}

/// Every network meeting, the latest first; counts only, no personal data.
#[utoipa::path(get, path = "/api/v1/meetings", tag = "meetings",
    responses((status = 200, body = MeetingListJson), (status = 503, body = ErrorBody)))]
pub async fn list(State(state): State<SharedState>, headers: HeaderMap) -> Result<Json<MeetingListJson>, ApiError> {
    let base = base_url(&state, &headers);
    let now = state.clock.now().unix_secs();
    let mut items = Vec::new();
    let unavailable = |error: app::ports::StoreError| {
        tracing::error!(%error, "meetings API");
        ApiError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "unavailable", "the database is unavailable")
    };
    for record in state.meetings.store.meetings().await.map_err(unavailable)? {
        let (registered, waitlisted) = counts(&state.meetings.store.registrations(record.id).await.map_err(unavailable)?);
        let m = &record.meeting;
        items.push(MeetingJson {
            url: format!("{base}/meetings/{}", record.slug),
            slug: record.slug,
            title: m.title.clone(),
            starts_at: domain::date::rfc3339(m.starts_at),
            venue: VenueJson {
                name: m.venue.name.clone(),
                address: m.venue.address.clone(),
                position: m.venue.position.map(|p| PositionJson { lat: p.lat(), lon: p.lon() }),
            },
            rounds: m.rounds.iter().map(|r| RoundJson { topic: r.topic.clone(), minutes: r.minutes }).collect(),
            tables: m.tables.iter().map(|t| TableJson { name: t.name.clone(), capacity: t.capacity }).collect(),
            capacity: m.capacity,
            registered,
            waitlisted,
            status: m.status(now).key().to_owned(),
        });
    }
    Ok(Json(MeetingListJson { items }))
}
