//! Network meetings: the meeting, its registrations, the seating plan with its locks, table
//! results and their publication.
//!
//! Decisions about a place (confirmed, waiting list, refused) are made by the pure rules in
//! `domain::meetings` *inside* the store's transaction, with the meeting's row locked, so that
//! when one place is left and many people register at once exactly one gets it and the others
//! wait in order (on both databases).

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::meetings::{
    Admission, Attendance, Meeting, MeetingId, Registrar, Registration, RegistrationId, RegistrationRefusal, TableResult,
};
use domain::organisation::Consent;

use crate::meetings::{Lock, Seats};

/// A stored meeting with what the office did with it beyond its form.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRecord {
    pub id: MeetingId,
    /// Unique, from the title and date (`netzwerktreffen-2020-01-11`); the meeting's address.
    pub slug: String,
    pub meeting: Meeting,
    /// The office marked it held: its seats count as known pairs for later meetings.
    pub held: bool,
    /// Members of the participating associations see the results page.
    pub results_published: bool,
    /// A summary the office made public (Markdown as typed), shown to everyone once published.
    pub public_summary: Option<String>,
    /// RFC 3339 time in UTC of the last change of the meeting itself.
    pub updated_at: String,
}

/// One person to register; the store decides confirmed / waiting / refused with
/// [`domain::meetings::admit`] (or [`domain::meetings::walk_in`]) under the meeting's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    pub association: OrgId,
    pub name: String,
    pub email: EmailAddress,
    pub account: Option<UserId>,
    pub languages: Vec<LanguageCode>,
    pub accessibility: Option<String>,
    pub consent: Option<Consent>,
    /// Who registered (`user:42`), for the history.
    pub registered_by: String,
}

/// The latest planning of a meeting as stored: under way since `started_at` (Unix seconds) for
/// `people`, or finished with its `outcome`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanningRun {
    pub started_at: i64,
    pub people: u32,
    /// `None` while running.
    pub outcome: Option<serde_json::Value>,
}

/// The seating plan as stored: seats, the office's locks, how many rounds were held.
/// `version` counts saves; a save names the version it started from so that two tabs of
/// the office never overwrite each other's moves unseen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredPlan {
    pub seats: Seats,
    pub locks: Vec<Lock>,
    pub held_rounds: usize,
    pub version: i64,
}

/// What one table recorded in one round (indices as in the meeting, from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTableResult {
    pub round: usize,
    pub table: usize,
    pub result: TableResult,
    /// Who recorded it last (`user:42`).
    pub recorded_by: String,
    /// RFC 3339 time in UTC.
    pub updated_at: String,
}

/// The registrations and plans of the meetings marked held or planned, read at once for the
/// reports and the network graph.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MeetingsData {
    /// Each such meeting's registrations in the waiting list's order (as
    /// [`MeetingStore::registrations`] gives them); a meeting without any is missing.
    pub registrations: std::collections::HashMap<MeetingId, Vec<Registration>>,
    /// Each such meeting's plan (as [`MeetingStore::plan`]); a meeting without one is missing.
    pub plans: std::collections::HashMap<MeetingId, StoredPlan>,
}

/// A registration as the reports count it: who, for which association, with a place or not,
/// checked in or not (no name, address or answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attendee {
    pub id: RegistrationId,
    pub association: OrgId,
    pub state: domain::meetings::RegistrationState,
    pub attendance: Attendance,
}

impl From<&Registration> for Attendee {
    fn from(r: &Registration) -> Self {
        Attendee { id: r.id, association: r.association, state: r.state, attendance: r.attendance }
    }
}

/// Of the meetings marked held or planned (the same as [`MeetingsData`]), only what the
/// reports count: each one's people as [`Attendee`]s and its plan's seats with the number of
/// held rounds (no locks), read at once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MeetingsAttendance {
    /// Each such meeting's people in the waiting list's order; a meeting without any is missing.
    pub attendees: std::collections::HashMap<MeetingId, Vec<Attendee>>,
    /// Each such meeting's plan's seats and held rounds; a meeting without a plan is missing.
    pub seats: std::collections::HashMap<MeetingId, (Seats, usize)>,
}

/// A registration with its meeting, for "my registrations" and the profile's meetings.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistrationOfAssociation {
    pub meeting: MeetingRecord,
    pub registration: Registration,
}

/// Storage of network meetings.
#[async_trait]
pub trait MeetingStore: Send + Sync + 'static {
    /// Stores a new meeting; [`StoreError::SlugTaken`] when the slug is in use.
    async fn create_meeting(&self, slug: &str, meeting: &Meeting) -> Result<MeetingId, StoreError>;
    /// Replaces the meeting's form data (also cancelling: `meeting.cancelled`). Waiting people
    /// who now fit (a larger capacity or limit) move up in the same transaction
    /// ([`domain::meetings::promotions`] at `now`); returned in order. [`StoreError::NotFound`].
    async fn update_meeting(&self, id: MeetingId, meeting: &Meeting, now: i64) -> Result<Vec<RegistrationId>, StoreError>;
    async fn meeting(&self, id: MeetingId) -> Result<Option<MeetingRecord>, StoreError>;
    async fn meeting_by_slug(&self, slug: &str) -> Result<Option<MeetingRecord>, StoreError>;
    /// Every meeting, the latest start first.
    async fn meetings(&self) -> Result<Vec<MeetingRecord>, StoreError>;

    /// All registrations of a meeting (cancelled ones too), in registration order
    /// (`registered_at`, then id): the order of the waiting list.
    async fn registrations(&self, meeting: MeetingId) -> Result<Vec<Registration>, StoreError>;
    async fn registration(&self, id: RegistrationId) -> Result<Option<Registration>, StoreError>;
    /// Registers one person: loads the meeting and its registrations under the meeting's
    /// lock, decides with [`domain::meetings::admit`] at `now`, and stores the outcome.
    /// The inner `Err` is the rule's refusal (nothing stored). [`StoreError::NotFound`].
    async fn register(
        &self,
        meeting: MeetingId,
        person: &NewRegistration,
        registrar: Registrar,
        now: i64,
    ) -> Result<Result<(RegistrationId, Admission), RegistrationRefusal>, StoreError>;
    /// Adds someone who came unannounced: [`domain::meetings::walk_in`], then stored as
    /// confirmed, checked in and `walk_in`.
    async fn add_walk_in(
        &self,
        meeting: MeetingId,
        person: &NewRegistration,
        now: i64,
    ) -> Result<Result<RegistrationId, RegistrationRefusal>, StoreError>;
    /// Cancels a registration (no change when it is cancelled already) and, in the same
    /// transaction, moves up whoever now gets a place ([`domain::meetings::promotions`] at
    /// `now`). Returns the promoted registrations in order. [`StoreError::NotFound`].
    async fn cancel_registration(&self, id: RegistrationId, now: i64) -> Result<Vec<RegistrationId>, StoreError>;
    /// Sets the check-in state (the caller has applied [`domain::meetings::mark_attendance`]).
    async fn set_attendance(&self, id: RegistrationId, attendance: Attendance) -> Result<(), StoreError>;
    /// The association's registrations (cancelled ones left out) with their meetings, the
    /// latest meeting first.
    async fn registrations_of_association(&self, association: OrgId) -> Result<Vec<RegistrationOfAssociation>, StoreError>;

    /// The stored plan, `None` before the first "Tische planen".
    async fn plan(&self, meeting: MeetingId) -> Result<Option<StoredPlan>, StoreError>;
    /// For the reports and the network graph, in two reads instead of two per meeting: the
    /// registrations and plans of every meeting of the network that is marked held or has a plan.
    async fn meetings_data(&self) -> Result<MeetingsData, StoreError>;
    /// What [`MeetingStore::meetings_data`] gives, cut to what the dashboard counts: read in
    /// two queries of a few columns, no names, addresses or answers decoded.
    async fn meetings_attendance(&self) -> Result<MeetingsAttendance, StoreError>;
    /// Saves a plan made from version `expected` (0 when there was none) and returns the new
    /// version; [`StoreError::Conflict`] when someone saved in between.
    async fn save_plan(&self, meeting: MeetingId, plan: &StoredPlan, expected: i64) -> Result<i64, StoreError>;
    /// Starts a planning of the meeting at `now` for `people`, unless one is running that
    /// started at or after `stale_before` (an older one is taken as lost with its process).
    /// True if this one started; of two servers starting at once, one gets true.
    async fn start_planning(&self, meeting: MeetingId, people: u32, now: i64, stale_before: i64) -> Result<bool, StoreError>;
    /// Ends the running planning with what came out (the use case's JSON).
    async fn finish_planning(&self, meeting: MeetingId, outcome: &serde_json::Value) -> Result<(), StoreError>;
    /// The latest planning of the meeting, `None` before the first.
    async fn planning(&self, meeting: MeetingId) -> Result<Option<PlanningRun>, StoreError>;
    /// Marks the meeting held (or not). Held meetings' plans give the known pairs of later ones.
    async fn set_held(&self, meeting: MeetingId, held: bool) -> Result<(), StoreError>;

    /// Stores (replaces) what a table recorded in a round.
    async fn save_table_result(
        &self,
        meeting: MeetingId,
        round: usize,
        table: usize,
        result: &TableResult,
        recorded_by: &str,
    ) -> Result<(), StoreError>;
    /// Every table's results, by round then table.
    async fn table_results(&self, meeting: MeetingId) -> Result<Vec<StoredTableResult>, StoreError>;
    /// Publishes (or withdraws) the results page to the participating associations, with an
    /// optional public summary.
    async fn publish_results(&self, meeting: MeetingId, published: bool, public_summary: Option<&str>) -> Result<(), StoreError>;
}
