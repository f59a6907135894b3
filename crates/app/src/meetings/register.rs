//! Registering people for a meeting (representatives for their association, the office for
//! anyone), and cancelling a registration: the place goes to the first waiting person, who is
//! mailed. Confirmations carry the meeting's `.ics`.

use domain::ids::OrgId;
use domain::meetings::{Admission, Registrar, Registration, RegistrationId, RegistrationInput};

use super::manage_meeting::mail_promoted;
use super::service::{actor, MeetingError, Meetings};
use crate::accounts::sign_in::Viewer;
use crate::mail::compose::MailKind;
use crate::ports::{MeetingRecord, NewRegistration};

/// What became of a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Registered {
    pub id: RegistrationId,
    pub admission: Admission,
}

/// Registers one person of `association`: a representative of it (within the limit and the
/// deadline) or the office (beyond both). The person is mailed in their language.
pub async fn register(
    meetings: &Meetings,
    viewer: &Viewer,
    slug: &str,
    association: OrgId,
    input: &RegistrationInput,
    now: i64,
) -> Result<Registered, MeetingError> {
    if !viewer.may_edit(association) {
        return Err(MeetingError::Forbidden);
    }
    let registrar = if viewer.is_staff() { Registrar::Office } else { Registrar::Representative };
    let record = meetings.by_slug(slug).await?;
    let details = input.validate(&domain::date::rfc3339(now), &actor(viewer)).map_err(MeetingError::Invalid)?;
    let account = (details.email == viewer.user.email).then_some(viewer.user.id);
    let person = NewRegistration {
        association,
        name: details.name,
        email: details.email,
        account,
        languages: details.languages,
        accessibility: details.accessibility,
        consent: details.consent,
        registered_by: actor(viewer),
    };
    let (id, admission) = meetings.store.register(record.id, &person, registrar, now).await?.map_err(MeetingError::Refused)?;
    if let Some(registration) = meetings.store.registration(id).await? {
        let facts = meetings.facts(&record);
        let (kind, with_calendar) = match admission {
            Admission::Confirmed => {
                (MailKind::MeetingConfirmed { meeting: facts.meeting, when: facts.when, venue: facts.venue, link: facts.link }, true)
            }
            Admission::Waitlisted => {
                (MailKind::MeetingWaitlisted { meeting: facts.meeting, when: facts.when, venue: facts.venue, link: facts.link }, false)
            }
        };
        meetings.mail_registrant(&record, &registration, kind, with_calendar, now).await;
    }
    Ok(Registered { id, admission })
}

/// The registration of this meeting with this id, if the viewer may change it (the office, or
/// a representative of its association); others learn nothing about it (`NotFound`).
async fn own_registration(
    meetings: &Meetings,
    viewer: &Viewer,
    record: &MeetingRecord,
    id: RegistrationId,
) -> Result<Registration, MeetingError> {
    let registration = meetings.store.registration(id).await?.ok_or(MeetingError::NotFound)?;
    let all = meetings.store.registrations(record.id).await?;
    if !all.iter().any(|r| r.id == id) {
        return Err(MeetingError::NotFound);
    }
    if !viewer.may_edit(registration.association) {
        return Err(MeetingError::NotFound);
    }
    Ok(registration)
}

/// Cancels a registration: the person is told, and whoever moves up gets their place by mail.
pub async fn cancel_registration(
    meetings: &Meetings,
    viewer: &Viewer,
    slug: &str,
    id: RegistrationId,
    now: i64,
) -> Result<(), MeetingError> {
    let record = meetings.by_slug(slug).await?;
    let registration = own_registration(meetings, viewer, &record, id).await?;
    if !registration.is_active() {
        return Ok(());
    }
    let promoted = meetings.store.cancel_registration(id, now).await?;
    if viewer.is_staff() {
        meetings.audit(viewer, "meeting.registration.cancel", record.id, format!("registration:{id}")).await;
    }
    let facts = meetings.facts(&record);
    let kind = MailKind::MeetingRegistrationCancelled { meeting: facts.meeting, when: facts.when, venue: facts.venue, link: facts.link };
    meetings.mail_registrant(&record, &registration, kind, false, now).await;
    mail_promoted(meetings, &record, &promoted, now).await
}

/// The registrations of the viewer's own associations, for "registered by your association" on
/// the meeting page (cancelled ones left out; the office has the participants list).
pub async fn visible_registrations(
    meetings: &Meetings,
    viewer: &Viewer,
    record: &MeetingRecord,
) -> Result<Vec<Registration>, MeetingError> {
    let all = meetings.store.registrations(record.id).await?;
    let own = |r: &Registration| viewer.is_complete() && viewer.memberships.iter().any(|m| m.organisation == r.association);
    Ok(all.into_iter().filter(|r| r.is_active() && own(r)).collect())
}
