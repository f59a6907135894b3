//! Registration rules: who gets a place, who waits, who is refused and why; who moves up
//! from the waiting list; check-in on the day.
//!
//! The per-association limit counts an association's active registrations (confirmed and
//! waiting). The office may register beyond it and after the deadline (it adds people by
//! hand); capacity still decides between a place and the waiting list. A waiting person
//! moves up only while their association has fewer confirmed people than the limit, so a
//! lowered limit or the office's extra entries never push an association past it.

use serde::{Deserialize, Serialize};

use super::ids::RegistrationId;
use super::meeting::{Meeting, MeetingStatus};
use crate::accounts::{EmailAddress, UserId};
use crate::ids::OrgId;
use crate::language::LanguageCode;
use crate::organisation::Consent;

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationState {
    Confirmed,
    Waitlisted,
    Cancelled,
}

/// Check-in on the day. Walk-ins are registered as confirmed and checked in at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Registered,
    CheckedIn,
    NoShow,
}

/// One person registered for one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub id: RegistrationId,
    pub association: OrgId,
    pub name: String,
    pub email: EmailAddress,
    /// The person's account, when they have one (known pairs may name either).
    pub account: Option<UserId>,
    pub languages: Vec<LanguageCode>,
    pub accessibility: Option<String>,
    /// Name and association may appear on table lists, badges and handouts.
    pub consent: Option<Consent>,
    pub state: RegistrationState,
    pub attendance: Attendance,
    /// Unix seconds; with the id, the order of the waiting list.
    pub registered_at: i64,
    pub walk_in: bool,
}

impl Registration {
    /// Confirmed or waiting.
    pub fn is_active(&self) -> bool {
        self.state != RegistrationState::Cancelled
    }

    /// Whether the plan seats this person: confirmed and not marked as a no-show.
    pub fn is_seated(&self) -> bool {
        self.state == RegistrationState::Confirmed && self.attendance != Attendance::NoShow
    }
}

/// Who registers: the office may go beyond the association limit and the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registrar {
    Representative,
    Office,
}

/// The outcome of an accepted registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Confirmed,
    Waitlisted,
}

/// Why a registration is refused; `code()` is the message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RegistrationRefusal {
    #[error("the meeting is cancelled")]
    Cancelled,
    #[error("the meeting is over")]
    Past,
    #[error("the registration deadline has passed")]
    DeadlinePassed,
    #[error("the association has registered {limit} people already")]
    AssociationLimit { limit: u32 },
    #[error("this email address is registered already")]
    AlreadyRegistered,
}

impl RegistrationRefusal {
    /// The message id (`locales/*/meetings.ftl`); `AssociationLimit` takes `$limit`.
    pub fn code(self) -> &'static str {
        match self {
            RegistrationRefusal::Cancelled => "meeting-refused-cancelled",
            RegistrationRefusal::Past => "meeting-refused-past",
            RegistrationRefusal::DeadlinePassed => "meeting-refused-deadline",
            RegistrationRefusal::AssociationLimit { .. } => "meeting-refused-association-limit",
            RegistrationRefusal::AlreadyRegistered => "meeting-refused-already-registered",
        }
    }
}

fn email_taken(registrations: &[Registration], email: &EmailAddress) -> bool {
    registrations.iter().any(|r| r.is_active() && &r.email == email)
}

fn confirmed_count(registrations: &[Registration]) -> usize {
    registrations.iter().filter(|r| r.state == RegistrationState::Confirmed).count()
}

/// Decides a new registration of `email` for `association`, given all registrations of the
/// meeting so far. The store must decide under a lock (or a serialisable transaction) so
/// that two people never take the last place.
pub fn admit(
    meeting: &Meeting,
    registrations: &[Registration],
    association: OrgId,
    email: &EmailAddress,
    registrar: Registrar,
    now: i64,
) -> Result<Admission, RegistrationRefusal> {
    match meeting.status(now) {
        MeetingStatus::Cancelled => return Err(RegistrationRefusal::Cancelled),
        MeetingStatus::Past => return Err(RegistrationRefusal::Past),
        MeetingStatus::Upcoming => {}
    }
    if email_taken(registrations, email) {
        return Err(RegistrationRefusal::AlreadyRegistered);
    }
    if registrar == Registrar::Representative {
        if now > meeting.registration_deadline {
            return Err(RegistrationRefusal::DeadlinePassed);
        }
        let active = registrations.iter().filter(|r| r.is_active() && r.association == association).count();
        if active >= meeting.per_association_limit as usize {
            return Err(RegistrationRefusal::AssociationLimit { limit: meeting.per_association_limit });
        }
    }
    if confirmed_count(registrations) < meeting.capacity as usize {
        Ok(Admission::Confirmed)
    } else {
        Ok(Admission::Waitlisted)
    }
}

/// Whether someone who turns up unannounced may be added (confirmed and checked in at once):
/// not for a cancelled meeting, and not twice for one address (check that person in instead).
/// Capacity is not asked: the person is there; the plan explains when tables overflow.
pub fn walk_in(meeting: &Meeting, registrations: &[Registration], email: &EmailAddress) -> Result<(), RegistrationRefusal> {
    if meeting.cancelled {
        return Err(RegistrationRefusal::Cancelled);
    }
    if email_taken(registrations, email) {
        return Err(RegistrationRefusal::AlreadyRegistered);
    }
    Ok(())
}

/// The waiting registrations that move up now, in order: places free under the capacity go
/// to the first waiting people whose association has fewer confirmed people than its limit.
/// Call after a cancellation or a capacity change; nobody moves up once the meeting is
/// cancelled or over.
pub fn promotions(meeting: &Meeting, registrations: &[Registration], now: i64) -> Vec<RegistrationId> {
    if meeting.status(now) != MeetingStatus::Upcoming {
        return Vec::new();
    }
    let mut free = (meeting.capacity as usize).saturating_sub(confirmed_count(registrations));
    let mut confirmed_of = std::collections::HashMap::<OrgId, usize>::new();
    for r in registrations.iter().filter(|r| r.state == RegistrationState::Confirmed) {
        *confirmed_of.entry(r.association).or_default() += 1;
    }
    let mut waiting: Vec<&Registration> = registrations.iter().filter(|r| r.state == RegistrationState::Waitlisted).collect();
    waiting.sort_by_key(|r| (r.registered_at, r.id));
    let mut promoted = Vec::new();
    for r in waiting {
        if free == 0 {
            break;
        }
        let count = confirmed_of.entry(r.association).or_default();
        if *count < meeting.per_association_limit as usize {
            *count += 1;
            free -= 1;
            promoted.push(r.id);
        }
    }
    promoted
}

/// What the check-in list can do to a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceMark {
    CheckIn,
    NoShow,
    /// Back to "registered" (a tap by mistake).
    Undo,
}

/// Why a check-in mark is refused; `code()` is the message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AttendanceRefusal {
    #[error("only confirmed registrations can be checked in")]
    NotConfirmed,
    #[error("the meeting is cancelled")]
    Cancelled,
}

impl AttendanceRefusal {
    pub fn code(self) -> &'static str {
        match self {
            AttendanceRefusal::NotConfirmed => "meeting-checkin-not-confirmed",
            AttendanceRefusal::Cancelled => "meeting-refused-cancelled",
        }
    }
}

/// The attendance after a mark: registered → checked in / no-show; a no-show who arrives
/// late is checked in; any state may be undone. Waiting and cancelled registrations have no
/// attendance (a waiting person who comes anyway is added by the office first).
pub fn mark_attendance(meeting: &Meeting, registration: &Registration, mark: AttendanceMark) -> Result<Attendance, AttendanceRefusal> {
    if meeting.cancelled {
        return Err(AttendanceRefusal::Cancelled);
    }
    if registration.state != RegistrationState::Confirmed {
        return Err(AttendanceRefusal::NotConfirmed);
    }
    Ok(match mark {
        AttendanceMark::CheckIn => Attendance::CheckedIn,
        AttendanceMark::NoShow => Attendance::NoShow,
        AttendanceMark::Undo => Attendance::Registered,
    })
}

#[cfg(test)]
#[path = "registration_tests.rs"]
mod tests;
