//! What the meeting pages share: a meeting as lists show it, names of associations, the
//! message of a refusal carried in the address, and the mini map of the venue.

use app::meetings::{local_time, MeetingError, Meetings};
use app::ports::MeetingRecord;
use domain::ids::OrgId;
use domain::meetings::{MeetingStatus, Registration, RegistrationState};

use crate::directory::profile::PlaceMap;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::map::page::MapAssets;
use crate::map::settings::{Consent, MapSettings, Place, View};
use crate::page::PageCtx;
use crate::SharedState;

impl From<MeetingError> for PageError {
    fn from(error: MeetingError) -> Self {
        match error {
            MeetingError::Forbidden => PageError::Forbidden,
            MeetingError::NotFound => PageError::NotFound("meeting-not-found"),
            MeetingError::Store(e) => e.into(),
            MeetingError::NoPlan => PageError::Conflict("meeting-plan-none"),
            MeetingError::NothingToPrint => PageError::Conflict("meeting-print-nothing-changed"),
            MeetingError::Render(message) => {
                tracing::error!(%message, "print material not typeset");
                PageError::Unavailable
            }
            _ => PageError::Conflict("meeting-conflict"),
        }
    }
}

/// A meeting in a list.
pub struct MeetingCard {
    pub slug: String,
    pub title: String,
    pub when: String,
    pub venue: String,
    pub status: &'static str,
    pub status_label: String,
    pub capacity: usize,
    pub registered: usize,
    pub waitlisted: usize,
    pub free: usize,
    pub has_summary: bool,
}

/// Confirmed and waiting registrations.
pub fn counts(registrations: &[Registration]) -> (usize, usize) {
    let confirmed = registrations.iter().filter(|r| r.state == RegistrationState::Confirmed).count();
    let waiting = registrations.iter().filter(|r| r.state == RegistrationState::Waitlisted).count();
    (confirmed, waiting)
}

impl MeetingCard {
    pub fn of(tr: &Tr, record: &MeetingRecord, registrations: &[Registration], now: i64) -> Self {
        let m = &record.meeting;
        let status = m.status(now);
        let (registered, waitlisted) = counts(registrations);
        MeetingCard {
            slug: record.slug.clone(),
            title: m.title.clone(),
            when: local_time(m.starts_at),
            venue: m.venue.name.clone(),
            status: status.key(),
            status_label: tr.t(&format!("meeting-status-{}", status.key())),
            capacity: m.capacity as usize,
            registered,
            waitlisted,
            free: (m.capacity as usize).saturating_sub(registered),
            has_summary: record.results_published && record.public_summary.is_some(),
        }
    }

    pub fn is_upcoming(&self) -> bool {
        self.status == MeetingStatus::Upcoming.key()
    }
}

/// The name of an association, or its number when it is no longer listed.
pub fn association_name(state: &SharedState, org: OrgId) -> String {
    state.directory.index().by_id(org).map_or_else(|| format!("#{org}"), |l| l.name().to_owned())
}

/// A refusal's message id read from the address (`?refused=meeting-move-locked`), if it is
/// one of ours; never any other text from the address.
pub fn refusal(page: &PageCtx, raw: Option<&str>) -> Option<String> {
    let id = raw?;
    let ours = id.starts_with("meeting-") && id.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    (ours && crate::i18n::catalog().has(page.tr.locale, id)).then(|| page.t(id))
}

/// The refusal of a use case as a message id for the address, if it has one.
pub fn refusal_id(error: &MeetingError) -> Option<&'static str> {
    error.message_id()
}

/// The small map of the venue, like a profile's.
pub fn venue_map(state: &SharedState, page: &PageCtx, record: &MeetingRecord) -> Option<PlaceMap> {
    let point = record.meeting.venue.position?;
    let zoom = state.site.map.max_zoom.min(16);
    let mut settings = MapSettings::new(state, page, "place", String::new(), Some(View { lat: point.lat(), lon: point.lon(), zoom }));
    settings.place = Some(Place { lat: point.lat(), lon: point.lon(), name: record.meeting.venue.name.clone(), classes: String::new() });
    settings.categories.clear();
    settings.languages.clear();
    Some(PlaceMap {
        assets: MapAssets::of(state),
        settings: settings.to_json(),
        consent: Consent::of(state),
        city_map_url: format!("/map?lat={:.5}&lon={:.5}&zoom={zoom}", point.lat(), point.lon()),
    })
}

/// The meeting by the path's slug, or 404.
pub async fn meeting(meetings: &Meetings, slug: &str) -> Result<MeetingRecord, PageError> {
    Ok(meetings.by_slug(slug).await?)
}

/// A meeting on an association's profile.
pub struct MeetingLink {
    pub slug: String,
    pub title: String,
    pub when: String,
}

/// The upcoming (not cancelled, not over) meetings an association has people registered for,
/// the soonest first.
pub async fn upcoming_of(state: &SharedState, org: OrgId) -> Result<Vec<MeetingLink>, PageError> {
    let now = state.clock.now().unix_secs();
    let mut links: Vec<(i64, MeetingLink)> = Vec::new();
    for entry in state.meetings.store.registrations_of_association(org).await? {
        let m = &entry.meeting.meeting;
        if m.status(now) != MeetingStatus::Upcoming || links.iter().any(|(_, l)| l.slug == entry.meeting.slug) {
            continue;
        }
        links.push((m.starts_at, MeetingLink { slug: entry.meeting.slug.clone(), title: m.title.clone(), when: local_time(m.starts_at) }));
    }
    links.sort_by_key(|(start, _)| *start);
    Ok(links.into_iter().map(|(_, l)| l).collect())
}
