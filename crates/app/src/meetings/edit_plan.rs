//! The office changes the plan by hand: moves a person to another table in a round (refused
//! when it breaks a rule of the plan), locks or unlocks a person or a table. Each change is
//! saved at once, against the version the page showed.

use domain::meetings::RegistrationId;

use super::moves::{move_person, CurrentPlan, Move};
use super::seats::Lock;
use super::service::{require_staff, MeetingError, Meetings};
use crate::accounts::sign_in::Viewer;
use crate::ports::StoredPlan;

/// Loads the plan the office looked at (`version`), or says it changed meanwhile.
async fn current(meetings: &Meetings, slug: &str, version: i64) -> Result<(domain::meetings::MeetingId, StoredPlan), MeetingError> {
    let record = meetings.by_slug(slug).await?;
    let plan = meetings.store.plan(record.id).await?.ok_or(MeetingError::NoPlan)?;
    if plan.version != version {
        return Err(MeetingError::Conflict);
    }
    Ok((record.id, plan))
}

/// Moves `who` to `to_table` in `round` (both from 0). Returns the new version.
pub async fn move_seat(
    meetings: &Meetings,
    viewer: &Viewer,
    slug: &str,
    version: i64,
    who: RegistrationId,
    round: usize,
    to_table: usize,
) -> Result<i64, MeetingError> {
    require_staff(viewer)?;
    let (id, plan) = current(meetings, slug, version).await?;
    let record = meetings.by_id(id).await?;
    let registrations = meetings.store.registrations(id).await?;
    let seats = move_person(
        &record.meeting,
        &registrations,
        CurrentPlan { seats: &plan.seats, locks: &plan.locks, held_rounds: plan.held_rounds },
        Move { who, round, to_table },
    )
    .map_err(MeetingError::Move)?;
    let saved = meetings.store.save_plan(id, &StoredPlan { seats, ..plan }, version).await?;
    meetings.audit(viewer, "meeting.plan.move", id, format!("registration:{who} round={} table={}", round + 1, to_table + 1)).await;
    Ok(saved)
}

/// Sets (`on`) or lifts a lock. Returns the new version.
pub async fn set_lock(meetings: &Meetings, viewer: &Viewer, slug: &str, version: i64, lock: Lock, on: bool) -> Result<i64, MeetingError> {
    require_staff(viewer)?;
    let (id, mut plan) = current(meetings, slug, version).await?;
    let record = meetings.by_id(id).await?;
    let valid = match lock {
        Lock::Person { round, .. } => round.is_none_or(|r| r < record.meeting.rounds.len()),
        Lock::Table { table, round } => table < record.meeting.tables.len() && round.is_none_or(|r| r < record.meeting.rounds.len()),
    };
    if !valid {
        return Err(MeetingError::NotFound);
    }
    plan.locks.retain(|l| *l != lock);
    if on {
        plan.locks.push(lock);
    }
    let saved = meetings.store.save_plan(id, &plan, version).await?;
    Ok(saved)
}
