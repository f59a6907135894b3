//! Results: a table's moderator or the office records what a table worked out in a round; the
//! office publishes the results page to the participating associations (and optionally a
//! public summary) and marks the meeting held, so its seats count as known pairs later.

use domain::ids::OrgId;
use domain::meetings::{Registration, RegistrationState, TableResultInput};

use super::service::{actor, require_staff, MeetingError, Meetings};
use crate::accounts::sign_in::Viewer;
use crate::ports::{MeetingRecord, StoredPlan};

/// Longest public summary (Markdown).
pub const MAX_SUMMARY: usize = 20_000;

/// Whether the viewer moderates `table`: its moderator is a registration of theirs (by
/// account or by address).
pub fn moderates(viewer: &Viewer, record: &MeetingRecord, registrations: &[Registration], table: usize) -> bool {
    let Some(moderator) = record.meeting.tables.get(table).and_then(|t| t.moderator) else { return false };
    registrations.iter().any(|r| r.id == moderator && r.is_active() && (r.account == Some(viewer.user.id) || r.email == viewer.user.email))
        && viewer.is_complete()
}

/// The associations taking part: those with a confirmed registration.
pub fn participating(registrations: &[Registration]) -> Vec<OrgId> {
    let mut orgs: Vec<OrgId> = registrations.iter().filter(|r| r.state == RegistrationState::Confirmed).map(|r| r.association).collect();
    orgs.sort();
    orgs.dedup();
    orgs
}

/// The office always; once published, members of the participating associations.
pub fn may_see_results(viewer: &Viewer, record: &MeetingRecord, registrations: &[Registration]) -> bool {
    viewer.is_staff()
        || (record.results_published
            && viewer.is_complete()
            && participating(registrations).iter().any(|org| viewer.memberships.iter().any(|m| m.organisation == *org)))
}

/// Records (replaces) what `table` worked out in `round` (both from 0).
pub async fn record_result(
    meetings: &Meetings,
    viewer: &Viewer,
    slug: &str,
    round: usize,
    table: usize,
    input: &TableResultInput,
) -> Result<(), MeetingError> {
    let record = meetings.by_slug(slug).await?;
    if round >= record.meeting.rounds.len() || table >= record.meeting.tables.len() {
        return Err(MeetingError::NotFound);
    }
    let registrations = meetings.store.registrations(record.id).await?;
    if !(viewer.is_staff() || moderates(viewer, &record, &registrations, table)) {
        return Err(MeetingError::Forbidden);
    }
    let result = input.validate(&participating(&registrations)).map_err(MeetingError::Invalid)?;
    meetings.store.save_table_result(record.id, round, table, &result, &actor(viewer)).await?;
    Ok(())
}

/// Publishes (or withdraws) the results page, with an optional public summary.
pub async fn publish_results(meetings: &Meetings, viewer: &Viewer, slug: &str, published: bool, summary: &str) -> Result<(), MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    let summary = summary.replace("\r\n", "\n").trim().to_owned();
    if summary.chars().count() > MAX_SUMMARY {
        return Err(MeetingError::Invalid(vec![domain::profile_form::FieldError { field: "summary".into(), code: "too_long" }]));
    }
    let summary = (!summary.is_empty()).then_some(summary);
    meetings.store.publish_results(record.id, published, summary.as_deref()).await?;
    meetings.audit(viewer, if published { "meeting.results.publish" } else { "meeting.results.withdraw" }, record.id, String::new()).await;
    Ok(())
}

/// Marks the meeting held (every round of its plan counts as held, so its pairs are known at
/// later meetings), or not held.
pub async fn mark_held(meetings: &Meetings, viewer: &Viewer, slug: &str, held: bool) -> Result<(), MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    if held {
        if let Some(plan) = meetings.store.plan(record.id).await? {
            let rounds = record.meeting.rounds.len();
            if plan.held_rounds < rounds {
                let version = plan.version;
                meetings.store.save_plan(record.id, &StoredPlan { held_rounds: rounds, ..plan }, version).await?;
            }
        }
    }
    meetings.store.set_held(record.id, held).await?;
    meetings.audit(viewer, if held { "meeting.held" } else { "meeting.not_held" }, record.id, String::new()).await;
    Ok(())
}
