//! The office creates, changes and cancels a meeting. Everyone still registered hears of a
//! cancellation in their language; people moved up by a larger capacity get their place.

use domain::meetings::{german_offset, Meeting, MeetingContext, MeetingId, MeetingInput, RegistrationId, RegistrationState};

use super::service::{require_staff, MeetingError, Meetings};
use crate::accounts::sign_in::Viewer;
use crate::mail::compose::MailKind;
use crate::ports::{MeetingRecord, StoreError};

/// `netzwerktreffen-2026-01-11` from the title and the date; a number is appended while taken.
pub fn slug_for(meeting: &Meeting, attempt: u32) -> String {
    let mut slug = String::new();
    for c in domain::text::fold_to_ascii(&meeting.title).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    if slug.is_empty() {
        slug.push_str("netzwerktreffen");
    }
    let date = domain::date::iso_date(meeting.starts_at + german_offset(meeting.starts_at));
    let slug = format!("{}-{date}", slug.trim_end_matches('-'));
    if attempt == 0 {
        slug
    } else {
        format!("{slug}-{}", attempt + 1)
    }
}

/// The confirmed registrations who may moderate a table.
async fn moderators(meetings: &Meetings, id: Option<MeetingId>) -> Result<Vec<RegistrationId>, MeetingError> {
    let Some(id) = id else { return Ok(Vec::new()) };
    let all = meetings.store.registrations(id).await?;
    Ok(all.iter().filter(|r| r.state == RegistrationState::Confirmed).map(|r| r.id).collect())
}

/// Reads the form in German local time.
fn validate(input: &MeetingInput, now: i64, is_new: bool, moderators: &[RegistrationId]) -> Result<Meeting, MeetingError> {
    // The offset at the typed start (summer or winter time), else now's.
    let guess = domain::meetings::parse_local(&input.starts_at, 3600).unwrap_or(now);
    let ctx = MeetingContext { now, utc_offset_secs: german_offset(guess), is_new, moderators };
    input.validate(&ctx).map_err(MeetingError::Invalid)
}

/// Creates a meeting from the office's form; returns its slug.
pub async fn create_meeting(meetings: &Meetings, viewer: &Viewer, input: &MeetingInput, now: i64) -> Result<String, MeetingError> {
    require_staff(viewer)?;
    let meeting = validate(input, now, true, &[])?;
    for attempt in 0..50 {
        let slug = slug_for(&meeting, attempt);
        match meetings.store.create_meeting(&slug, &meeting).await {
            Ok(id) => {
                meetings.audit(viewer, "meeting.create", id, slug.clone()).await;
                return Ok(slug);
            }
            Err(StoreError::SlugTaken(_)) => continue,
            Err(other) => return Err(other.into()),
        }
    }
    Err(MeetingError::Conflict)
}

/// Changes a meeting (its cancel flag stays); people who now get a place are mailed.
pub async fn edit_meeting(meetings: &Meetings, viewer: &Viewer, slug: &str, input: &MeetingInput, now: i64) -> Result<(), MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    let moderators = moderators(meetings, Some(record.id)).await?;
    let mut meeting = validate(input, now, false, &moderators)?;
    meeting.cancelled = record.meeting.cancelled;
    let promoted = meetings.store.update_meeting(record.id, &meeting, now).await?;
    meetings.audit(viewer, "meeting.edit", record.id, String::new()).await;
    let record = meetings.by_id(record.id).await?;
    mail_promoted(meetings, &record, &promoted, now).await?;
    Ok(())
}

/// Cancels a meeting and mails everyone still registered (confirmed or waiting).
pub async fn cancel_meeting(meetings: &Meetings, viewer: &Viewer, slug: &str, now: i64) -> Result<(), MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    if record.meeting.cancelled {
        return Ok(());
    }
    let mut meeting = record.meeting.clone();
    meeting.cancelled = true;
    meetings.store.update_meeting(record.id, &meeting, now).await?;
    meetings.audit(viewer, "meeting.cancel", record.id, String::new()).await;
    let record = meetings.by_id(record.id).await?;
    let facts = meetings.facts(&record);
    for person in meetings.store.registrations(record.id).await?.iter().filter(|r| r.is_active()) {
        let kind = MailKind::MeetingCancelled {
            meeting: facts.meeting.clone(),
            when: facts.when.clone(),
            venue: facts.venue.clone(),
            link: facts.link.clone(),
        };
        meetings.mail_registrant(&record, person, kind, true, now).await;
    }
    Ok(())
}

/// Mails each promoted registration its place, with the `.ics`.
pub(super) async fn mail_promoted(
    meetings: &Meetings,
    record: &MeetingRecord,
    promoted: &[RegistrationId],
    now: i64,
) -> Result<(), MeetingError> {
    let facts = meetings.facts(record);
    for id in promoted {
        let Some(person) = meetings.store.registration(*id).await? else { continue };
        let kind = MailKind::MeetingPromoted {
            meeting: facts.meeting.clone(),
            when: facts.when.clone(),
            venue: facts.venue.clone(),
            link: facts.link.clone(),
        };
        meetings.mail_registrant(record, &person, kind, true, now).await;
    }
    Ok(())
}
