//! On the day: the office checks people in, marks no-shows, undoes a mistaken tap, and adds
//! people who came unannounced (confirmed and checked in at once).

use domain::ids::OrgId;
use domain::meetings::{mark_attendance, AttendanceMark, RegistrationId, RegistrationInput};

use super::service::{actor, require_staff, MeetingError, Meetings};
use crate::accounts::sign_in::Viewer;
use crate::ports::NewRegistration;

/// Marks a registration of the meeting as arrived, not come, or back to registered.
pub async fn mark(meetings: &Meetings, viewer: &Viewer, slug: &str, id: RegistrationId, mark: AttendanceMark) -> Result<(), MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    let registrations = meetings.store.registrations(record.id).await?;
    let registration = registrations.iter().find(|r| r.id == id).ok_or(MeetingError::NotFound)?;
    let attendance = mark_attendance(&record.meeting, registration, mark).map_err(MeetingError::Attendance)?;
    meetings.store.set_attendance(id, attendance).await?;
    Ok(())
}

/// Adds someone who turned up unannounced for `association`.
pub async fn add_walk_in(
    meetings: &Meetings,
    viewer: &Viewer,
    slug: &str,
    association: OrgId,
    input: &RegistrationInput,
    now: i64,
) -> Result<RegistrationId, MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    let details = input.validate(&domain::date::rfc3339(now), &actor(viewer)).map_err(MeetingError::Invalid)?;
    let person = NewRegistration {
        association,
        name: details.name,
        email: details.email,
        account: None,
        languages: details.languages,
        accessibility: details.accessibility,
        consent: details.consent,
        registered_by: actor(viewer),
    };
    let id = meetings.store.add_walk_in(record.id, &person, now).await?.map_err(MeetingError::Refused)?;
    meetings.audit(viewer, "meeting.walk_in", record.id, format!("registration:{id}")).await;
    Ok(id)
}
