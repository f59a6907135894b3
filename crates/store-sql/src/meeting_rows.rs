//! Rows of network meetings as both databases return them, and how each becomes a record.

use app::meetings::{Lock, Seats};
use app::ports::{Attendee, MeetingRecord, PlanningRun, StoreError, StoredPlan, StoredTableResult};
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::meetings::{Attendance, Meeting, MeetingId, Registration, RegistrationId, RegistrationState, TableResult};
use domain::organisation::Consent;
use sqlx::types::Json;

use crate::corrupt;

/// The stored key of a registration's state.
pub fn state_key(state: RegistrationState) -> &'static str {
    match state {
        RegistrationState::Confirmed => "confirmed",
        RegistrationState::Waitlisted => "waitlisted",
        RegistrationState::Cancelled => "cancelled",
    }
}

/// The stored key of a registration's attendance.
pub fn attendance_key(attendance: Attendance) -> &'static str {
    match attendance {
        Attendance::Registered => "registered",
        Attendance::CheckedIn => "checked_in",
        Attendance::NoShow => "no_show",
    }
}

fn state(key: &str) -> Result<RegistrationState, StoreError> {
    [RegistrationState::Confirmed, RegistrationState::Waitlisted, RegistrationState::Cancelled]
        .into_iter()
        .find(|s| state_key(*s) == key)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown registration state {key}")))
}

fn attendance(key: &str) -> Result<Attendance, StoreError> {
    [Attendance::Registered, Attendance::CheckedIn, Attendance::NoShow]
        .into_iter()
        .find(|a| attendance_key(*a) == key)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown attendance {key}")))
}

/// A meeting with the office's marks.
#[derive(sqlx::FromRow)]
pub struct MeetingRow {
    pub id: i64,
    pub slug: String,
    pub content: Json<Meeting>,
    pub held: bool,
    pub results_published: bool,
    pub public_summary: Option<String>,
    pub updated_at: String,
}

impl From<MeetingRow> for MeetingRecord {
    fn from(row: MeetingRow) -> Self {
        MeetingRecord {
            id: MeetingId(row.id),
            slug: row.slug,
            meeting: row.content.0,
            held: row.held,
            results_published: row.results_published,
            public_summary: row.public_summary,
            updated_at: row.updated_at,
        }
    }
}

/// Only a meeting's form, read under its lock.
#[derive(sqlx::FromRow)]
pub struct MeetingContentRow {
    pub content: Json<Meeting>,
}

/// One person registered for one meeting.
#[derive(sqlx::FromRow)]
pub struct RegistrationRow {
    pub id: i64,
    pub meeting_id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub email: String,
    pub user_id: Option<i64>,
    pub languages: Json<Vec<LanguageCode>>,
    pub accessibility: Option<String>,
    pub consent: Json<Option<Consent>>,
    pub state: String,
    pub attendance: String,
    pub registered_at: i64,
    pub walk_in: bool,
}

impl RegistrationRow {
    pub fn into_registration(self) -> Result<Registration, StoreError> {
        Ok(Registration {
            id: RegistrationId(self.id),
            association: OrgId(self.organisation_id),
            name: self.name,
            email: EmailAddress::parse(&self.email).map_err(corrupt)?,
            account: self.user_id.map(UserId),
            languages: self.languages.0,
            accessibility: self.accessibility,
            consent: self.consent.0,
            state: state(&self.state)?,
            attendance: attendance(&self.attendance)?,
            registered_at: self.registered_at,
            walk_in: self.walk_in,
        })
    }
}

/// A registration as the reports count it.
#[derive(sqlx::FromRow)]
pub struct AttendeeRow {
    pub id: i64,
    pub meeting_id: i64,
    pub organisation_id: i64,
    pub state: String,
    pub attendance: String,
}

impl AttendeeRow {
    pub fn into_attendee(self) -> Result<Attendee, StoreError> {
        Ok(Attendee {
            id: RegistrationId(self.id),
            association: OrgId(self.organisation_id),
            state: state(&self.state)?,
            attendance: attendance(&self.attendance)?,
        })
    }
}

/// A plan's seats and held rounds, with its meeting.
#[derive(sqlx::FromRow)]
pub struct SeatsRow {
    pub meeting_id: i64,
    pub seats: Json<Seats>,
    pub held_rounds: i32,
}

/// A stored seating plan.
#[derive(sqlx::FromRow)]
pub struct PlanRow {
    pub seats: Json<Seats>,
    pub locks: Json<Vec<Lock>>,
    pub held_rounds: i32,
    pub version: i64,
}

impl PlanRow {
    pub fn into_plan(self) -> Result<StoredPlan, StoreError> {
        Ok(StoredPlan {
            seats: self.seats.0,
            locks: self.locks.0,
            held_rounds: usize::try_from(self.held_rounds).map_err(corrupt)?,
            version: self.version,
        })
    }
}

/// The latest planning of a meeting.
#[derive(sqlx::FromRow)]
pub struct PlanningRow {
    pub started_at: i64,
    pub people: i32,
    pub outcome: Option<Json<serde_json::Value>>,
}

impl PlanningRow {
    pub fn into_run(self) -> Result<PlanningRun, StoreError> {
        Ok(PlanningRun {
            started_at: self.started_at,
            people: u32::try_from(self.people).map_err(corrupt)?,
            outcome: self.outcome.map(|o| o.0),
        })
    }
}

/// A plan's new version after a save.
#[derive(sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
}

/// What one table recorded in one round.
#[derive(sqlx::FromRow)]
pub struct TableResultRow {
    pub round_index: i32,
    pub table_index: i32,
    pub result: Json<TableResult>,
    pub recorded_by: String,
    pub updated_at: String,
}

impl TableResultRow {
    pub fn into_result(self) -> Result<StoredTableResult, StoreError> {
        Ok(StoredTableResult {
            round: usize::try_from(self.round_index).map_err(corrupt)?,
            table: usize::try_from(self.table_index).map_err(corrupt)?,
            result: self.result.0,
            recorded_by: self.recorded_by,
            updated_at: self.updated_at,
        })
    }
}

/// A printed document of a meeting's bundle.
#[derive(sqlx::FromRow)]
pub struct PrintedRow {
    pub document_key: String,
    pub fingerprint: String,
}

impl From<PrintedRow> for app::ports::PrintedDocument {
    fn from(row: PrintedRow) -> Self {
        app::ports::PrintedDocument { key: row.document_key, fingerprint: row.fingerprint }
    }
}
