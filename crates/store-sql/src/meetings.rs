//! Network meetings: the meeting, its registrations, the seating plan and table results.
//! Places are given out by `domain::meetings` inside a write transaction that holds the
//! meeting (see [`Dialect::ROW_LOCK`]), so that of many registrations at once each sees the
//! ones before it.

use app::ports::{
    MeetingRecord, MeetingStore, MeetingsAttendance, MeetingsData, NewRegistration, PlanningRun, RegistrationOfAssociation, StoreError,
    StoredPlan, StoredTableResult,
};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::meetings::{
    admit, promotions, walk_in, Admission, Attendance, Meeting, MeetingId, Registrar, Registration, RegistrationId, RegistrationRefusal,
    RegistrationState, TableResult,
};

use crate::meeting_rows::{
    attendance_key, state_key, AttendeeRow, MeetingContentRow, MeetingRow, PlanRow, PlanningRow, RegistrationRow, SeatsRow, TableResultRow,
    VersionRow,
};
use crate::rows::IdRow;
use crate::{corrupt, db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, TxOf, NETWORK};

const REGISTRATION: &str = "SELECT id, meeting_id, organisation_id, name, email, user_id, languages, accessibility, consent, \
     state, attendance, registered_at, walk_in FROM meeting_registration";

/// The rows of the meetings of the network marked held or with a plan (`$1`: the network).
const HELD_OR_PLANNED: &str = "meeting_id IN (SELECT id FROM meeting WHERE network_id = $1 \
     AND (held OR id IN (SELECT meeting_id FROM meeting_plan)))";

/// The waiting list's order.
const REGISTRATION_ORDER: &str = "ORDER BY registered_at, id";

fn meetings<D: Dialect>(condition: &str) -> Statement {
    Statement::new(format!(
        "SELECT id, slug, content, held, results_published, public_summary, {updated_at} AS updated_at \
         FROM meeting WHERE network_id = $1 AND {condition}",
        updated_at = D::iso("updated_at")
    ))
    .bind(NETWORK)
}

fn of_meeting(id: MeetingId) -> Statement {
    Statement::new(format!("{REGISTRATION} WHERE meeting_id = $1 {REGISTRATION_ORDER}")).bind(id.0)
}

fn decode(rows: Vec<RegistrationRow>) -> Result<Vec<Registration>, StoreError> {
    rows.into_iter().map(RegistrationRow::into_registration).collect()
}

/// A plan with its meeting.
#[derive(sqlx::FromRow)]
struct MeetingPlanRow {
    meeting_id: i64,
    #[sqlx(flatten)]
    plan: PlanRow,
}

fn index(value: usize) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(corrupt)
}

/// A write transaction holding the meeting, with the meeting's form and all its registrations
/// as they are now. [`StoreError::NotFound`] for an unknown meeting.
async fn locked<D: Dialect>(db: &D, id: MeetingId) -> Result<(TxOf<D>, Meeting, Vec<Registration>), StoreError> {
    let mut tx = db.begin().await.map_err(db_error)?;
    let st = Statement::new(format!("SELECT content FROM meeting WHERE id = $1{}", D::ROW_LOCK)).bind(id.0);
    let Some(row) = tx.fetch_optional::<MeetingContentRow>(st).await.map_err(db_error)? else {
        return Err(StoreError::NotFound(format!("meeting {id}")));
    };
    let registrations = decode(tx.fetch_all(of_meeting(id)).await.map_err(db_error)?)?;
    Ok((tx, row.content.0, registrations))
}

/// Confirms the waiting `ids` (in the transaction).
async fn promote<D: Dialect>(tx: &mut TxOf<D>, ids: &[RegistrationId]) -> Result<(), StoreError> {
    for id in ids {
        let st = Statement::new(format!(
            "UPDATE meeting_registration SET state = 'confirmed', updated_at = {} WHERE id = $1 AND state = 'waitlisted'",
            D::NOW
        ))
        .bind(id.0);
        tx.execute(st).await.map_err(db_error)?;
    }
    Ok(())
}

/// Stores a decided registration; the meeting is held by `tx`.
async fn insert_registration<D: Dialect>(
    tx: &mut TxOf<D>,
    meeting: MeetingId,
    person: &NewRegistration,
    state: RegistrationState,
    attendance: Attendance,
    walk_in: bool,
    now: i64,
) -> Result<Result<RegistrationId, RegistrationRefusal>, StoreError> {
    let st = Statement::new(
        "INSERT INTO meeting_registration (meeting_id, organisation_id, name, email, user_id, languages, accessibility, consent, \
         state, attendance, registered_at, walk_in, registered_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(meeting.0)
    .bind(person.association.0)
    .bind(&person.name)
    .bind(person.email.as_str())
    .bind(person.account.map(|a| a.0))
    .bind_json(&person.languages)?
    .bind(person.accessibility.as_deref())
    .bind_json(&person.consent)?
    .bind(state_key(state))
    .bind(attendance_key(attendance))
    .bind(now)
    .bind(walk_in)
    .bind(&person.registered_by);
    match tx.fetch_one::<IdRow>(st).await {
        Ok(row) => Ok(Ok(RegistrationId(row.id))),
        // The rules saw no active registration of this address; the unique index is the net.
        Err(e) if is_unique_violation(&e) => Ok(Err(RegistrationRefusal::AlreadyRegistered)),
        Err(e) => Err(db_error(e)),
    }
}

/// Runs a change of the meeting row (`$1` is its id); [`StoreError::NotFound`] when none changed.
async fn change_meeting<D: Dialect>(db: &D, st: Statement, id: MeetingId) -> Result<(), StoreError> {
    match db.execute(st).await.map_err(db_error)? {
        0 => Err(StoreError::NotFound(format!("meeting {id}"))),
        _ => Ok(()),
    }
}

async fn meeting_exists<D: Dialect>(tx: &mut TxOf<D>, id: MeetingId) -> Result<(), StoreError> {
    let st = Statement::new("SELECT id FROM meeting WHERE id = $1").bind(id.0);
    match tx.fetch_optional::<IdRow>(st).await.map_err(db_error)? {
        Some(_) => Ok(()),
        None => Err(StoreError::NotFound(format!("meeting {id}"))),
    }
}

#[async_trait]
impl<D: Dialect> MeetingStore for SqlStore<D> {
    async fn create_meeting(&self, slug: &str, meeting: &Meeting) -> Result<MeetingId, StoreError> {
        let st = Statement::new("INSERT INTO meeting (network_id, slug, content, starts_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(NETWORK)
            .bind(slug)
            .bind_json(meeting)?
            .bind(meeting.starts_at);
        match self.db.write_one::<IdRow>(st).await {
            Ok(row) => Ok(MeetingId(row.id)),
            Err(e) if is_unique_violation(&e) => Err(StoreError::SlugTaken(slug.to_owned())),
            Err(e) => Err(db_error(e)),
        }
    }

    async fn update_meeting(&self, id: MeetingId, meeting: &Meeting, now: i64) -> Result<Vec<RegistrationId>, StoreError> {
        let (mut tx, _, registrations) = locked(&self.db, id).await?;
        let st = Statement::new(format!("UPDATE meeting SET content = $1, starts_at = $2, updated_at = {} WHERE id = $3", D::NOW))
            .bind_json(meeting)?
            .bind(meeting.starts_at)
            .bind(id.0);
        tx.execute(st).await.map_err(db_error)?;
        let promoted = promotions(meeting, &registrations, now);
        promote::<D>(&mut tx, &promoted).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(promoted)
    }

    async fn meeting(&self, id: MeetingId) -> Result<Option<MeetingRecord>, StoreError> {
        let row: Option<MeetingRow> = self.db.fetch_optional(meetings::<D>("id = $2").bind(id.0)).await.map_err(db_error)?;
        Ok(row.map(MeetingRecord::from))
    }

    async fn meeting_by_slug(&self, slug: &str) -> Result<Option<MeetingRecord>, StoreError> {
        let row: Option<MeetingRow> = self.db.fetch_optional(meetings::<D>("slug = $2").bind(slug)).await.map_err(db_error)?;
        Ok(row.map(MeetingRecord::from))
    }

    async fn meetings(&self) -> Result<Vec<MeetingRecord>, StoreError> {
        let rows: Vec<MeetingRow> = self.db.fetch_all(meetings::<D>("TRUE ORDER BY starts_at DESC, id DESC")).await.map_err(db_error)?;
        Ok(rows.into_iter().map(MeetingRecord::from).collect())
    }

    async fn registrations(&self, meeting: MeetingId) -> Result<Vec<Registration>, StoreError> {
        decode(self.db.fetch_all(of_meeting(meeting)).await.map_err(db_error)?)
    }

    async fn registration(&self, id: RegistrationId) -> Result<Option<Registration>, StoreError> {
        let st = Statement::new(format!("{REGISTRATION} WHERE id = $1")).bind(id.0);
        let row: Option<RegistrationRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(RegistrationRow::into_registration).transpose()
    }

    async fn register(
        &self,
        meeting: MeetingId,
        person: &NewRegistration,
        registrar: Registrar,
        now: i64,
    ) -> Result<Result<(RegistrationId, Admission), RegistrationRefusal>, StoreError> {
        let (mut tx, form, registrations) = locked(&self.db, meeting).await?;
        let admission = match admit(&form, &registrations, person.association, &person.email, registrar, now) {
            Ok(admission) => admission,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let state = match admission {
            Admission::Confirmed => RegistrationState::Confirmed,
            Admission::Waitlisted => RegistrationState::Waitlisted,
        };
        let id = match insert_registration::<D>(&mut tx, meeting, person, state, Attendance::Registered, false, now).await? {
            Ok(id) => id,
            Err(refusal) => return Ok(Err(refusal)),
        };
        tx.commit().await.map_err(db_error)?;
        Ok(Ok((id, admission)))
    }

    async fn add_walk_in(
        &self,
        meeting: MeetingId,
        person: &NewRegistration,
        now: i64,
    ) -> Result<Result<RegistrationId, RegistrationRefusal>, StoreError> {
        let (mut tx, form, registrations) = locked(&self.db, meeting).await?;
        if let Err(refusal) = walk_in(&form, &registrations, &person.email) {
            return Ok(Err(refusal));
        }
        let id = match insert_registration::<D>(&mut tx, meeting, person, RegistrationState::Confirmed, Attendance::CheckedIn, true, now)
            .await?
        {
            Ok(id) => id,
            Err(refusal) => return Ok(Err(refusal)),
        };
        tx.commit().await.map_err(db_error)?;
        Ok(Ok(id))
    }

    async fn cancel_registration(&self, id: RegistrationId, now: i64) -> Result<Vec<RegistrationId>, StoreError> {
        let st = Statement::new("SELECT meeting_id AS id FROM meeting_registration WHERE id = $1").bind(id.0);
        let Some(row) = self.db.fetch_optional::<IdRow>(st).await.map_err(db_error)? else {
            return Err(StoreError::NotFound(format!("registration {id}")));
        };
        let (mut tx, form, mut registrations) = locked(&self.db, MeetingId(row.id)).await?;
        let Some(target) = registrations.iter_mut().find(|r| r.id == id) else {
            return Err(StoreError::NotFound(format!("registration {id}")));
        };
        if target.state == RegistrationState::Cancelled {
            return Ok(Vec::new());
        }
        target.state = RegistrationState::Cancelled;
        let st = Statement::new(format!("UPDATE meeting_registration SET state = 'cancelled', updated_at = {} WHERE id = $1", D::NOW))
            .bind(id.0);
        tx.execute(st).await.map_err(db_error)?;
        let promoted = promotions(&form, &registrations, now);
        promote::<D>(&mut tx, &promoted).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(promoted)
    }

    async fn set_attendance(&self, id: RegistrationId, attendance: Attendance) -> Result<(), StoreError> {
        let st = Statement::new(format!("UPDATE meeting_registration SET attendance = $1, updated_at = {} WHERE id = $2", D::NOW))
            .bind(attendance_key(attendance))
            .bind(id.0);
        match self.db.execute(st).await.map_err(db_error)? {
            0 => Err(StoreError::NotFound(format!("registration {id}"))),
            _ => Ok(()),
        }
    }

    async fn registrations_of_association(&self, association: OrgId) -> Result<Vec<RegistrationOfAssociation>, StoreError> {
        let st = Statement::new(format!("{REGISTRATION} WHERE organisation_id = $1 AND state <> 'cancelled' {REGISTRATION_ORDER}"))
            .bind(association.0);
        let rows: Vec<RegistrationRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        let registrations: Vec<(i64, Registration)> =
            rows.into_iter().map(|row| Ok((row.meeting_id, row.into_registration()?))).collect::<Result<_, StoreError>>()?;
        let st = meetings::<D>(
            "id IN (SELECT meeting_id FROM meeting_registration WHERE organisation_id = $2 AND state <> 'cancelled') \
             ORDER BY starts_at DESC, id DESC",
        )
        .bind(association.0);
        let records: Vec<MeetingRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        let mut out = Vec::with_capacity(registrations.len());
        for meeting in records.into_iter().map(MeetingRecord::from) {
            for (_, registration) in registrations.iter().filter(|(of, _)| *of == meeting.id.0) {
                out.push(RegistrationOfAssociation { meeting: meeting.clone(), registration: registration.clone() });
            }
        }
        Ok(out)
    }

    async fn plan(&self, meeting: MeetingId) -> Result<Option<StoredPlan>, StoreError> {
        let st = Statement::new("SELECT seats, locks, held_rounds, version FROM meeting_plan WHERE meeting_id = $1").bind(meeting.0);
        let row: Option<PlanRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(PlanRow::into_plan).transpose()
    }

    async fn meetings_data(&self) -> Result<MeetingsData, StoreError> {
        let st = Statement::new(format!("{REGISTRATION} WHERE {HELD_OR_PLANNED} ORDER BY meeting_id, registered_at, id")).bind(NETWORK);
        let rows: Vec<RegistrationRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        let mut data = MeetingsData::default();
        for row in rows {
            let meeting = MeetingId(row.meeting_id);
            data.registrations.entry(meeting).or_default().push(row.into_registration()?);
        }
        let st = Statement::new(format!("SELECT meeting_id, seats, locks, held_rounds, version FROM meeting_plan WHERE {HELD_OR_PLANNED}"))
            .bind(NETWORK);
        let rows: Vec<MeetingPlanRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        for row in rows {
            data.plans.insert(MeetingId(row.meeting_id), row.plan.into_plan()?);
        }
        Ok(data)
    }

    async fn meetings_attendance(&self) -> Result<MeetingsAttendance, StoreError> {
        let st = Statement::new(format!(
            "SELECT id, meeting_id, organisation_id, state, attendance FROM meeting_registration \
             WHERE {HELD_OR_PLANNED} ORDER BY meeting_id, registered_at, id"
        ))
        .bind(NETWORK);
        let rows: Vec<AttendeeRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        let mut data = MeetingsAttendance::default();
        for row in rows {
            data.attendees.entry(MeetingId(row.meeting_id)).or_default().push(row.into_attendee()?);
        }
        let st = Statement::new(format!("SELECT meeting_id, seats, held_rounds FROM meeting_plan WHERE {HELD_OR_PLANNED}")).bind(NETWORK);
        let rows: Vec<SeatsRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        for row in rows {
            data.seats.insert(MeetingId(row.meeting_id), (row.seats.0, usize::try_from(row.held_rounds).map_err(corrupt)?));
        }
        Ok(data)
    }

    async fn save_plan(&self, meeting: MeetingId, plan: &StoredPlan, expected: i64) -> Result<i64, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        meeting_exists::<D>(&mut tx, meeting).await?;
        // The version condition decides: of two saves from one version, the second changes nothing.
        let st = if expected == 0 {
            Statement::new(
                "INSERT INTO meeting_plan (meeting_id, seats, locks, held_rounds, version) VALUES ($1, $2, $3, $4, 1) \
                 ON CONFLICT (meeting_id) DO NOTHING RETURNING version",
            )
            .bind(meeting.0)
            .bind_json(&plan.seats)?
            .bind_json(&plan.locks)?
            .bind(index(plan.held_rounds)?)
        } else {
            Statement::new(format!(
                "UPDATE meeting_plan SET seats = $1, locks = $2, held_rounds = $3, version = version + 1, updated_at = {} \
                 WHERE meeting_id = $4 AND version = $5 RETURNING version",
                D::NOW
            ))
            .bind_json(&plan.seats)?
            .bind_json(&plan.locks)?
            .bind(index(plan.held_rounds)?)
            .bind(meeting.0)
            .bind(expected)
        };
        let Some(row) = tx.fetch_optional::<VersionRow>(st).await.map_err(db_error)? else {
            return Err(StoreError::Conflict(format!("the plan of meeting {meeting} changed since version {expected}")));
        };
        tx.commit().await.map_err(db_error)?;
        Ok(row.version)
    }

    async fn start_planning(&self, meeting: MeetingId, people: u32, now: i64, stale_before: i64) -> Result<bool, StoreError> {
        // One statement decides: a running planning that is not stale keeps its row untouched.
        let st = Statement::new(
            "INSERT INTO meeting_planning (meeting_id, state, started_at, people, outcome) VALUES ($1, 'running', $2, $3, NULL) \
             ON CONFLICT (meeting_id) DO UPDATE SET state = 'running', started_at = excluded.started_at, people = excluded.people, outcome = NULL \
             WHERE meeting_planning.state <> 'running' OR meeting_planning.started_at < $4",
        )
        .bind(meeting.0)
        .bind(now)
        .bind(i64::from(people))
        .bind(stale_before);
        Ok(self.db.execute(st).await.map_err(db_error)? == 1)
    }

    async fn finish_planning(&self, meeting: MeetingId, outcome: &serde_json::Value) -> Result<(), StoreError> {
        let st = Statement::new("UPDATE meeting_planning SET state = 'finished', outcome = $2 WHERE meeting_id = $1")
            .bind(meeting.0)
            .bind_json(outcome)?;
        match self.db.execute(st).await.map_err(db_error)? {
            0 => Err(StoreError::NotFound(format!("planning of meeting {meeting}"))),
            _ => Ok(()),
        }
    }

    async fn planning(&self, meeting: MeetingId) -> Result<Option<PlanningRun>, StoreError> {
        let st = Statement::new("SELECT started_at, people, outcome FROM meeting_planning WHERE meeting_id = $1").bind(meeting.0);
        let row: Option<PlanningRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(PlanningRow::into_run).transpose()
    }

    async fn set_held(&self, meeting: MeetingId, held: bool) -> Result<(), StoreError> {
        let st = Statement::new(format!("UPDATE meeting SET held = $2, updated_at = {} WHERE id = $1", D::NOW)).bind(meeting.0).bind(held);
        change_meeting(&self.db, st, meeting).await
    }

    async fn save_table_result(
        &self,
        meeting: MeetingId,
        round: usize,
        table: usize,
        result: &TableResult,
        recorded_by: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        meeting_exists::<D>(&mut tx, meeting).await?;
        let st = Statement::new(format!(
            "INSERT INTO meeting_table_result (meeting_id, round_index, table_index, result, recorded_by) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (meeting_id, round_index, table_index) \
             DO UPDATE SET result = excluded.result, recorded_by = excluded.recorded_by, updated_at = {}",
            D::NOW
        ))
        .bind(meeting.0)
        .bind(index(round)?)
        .bind(index(table)?)
        .bind_json(result)?
        .bind(recorded_by);
        tx.execute(st).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    async fn table_results(&self, meeting: MeetingId) -> Result<Vec<StoredTableResult>, StoreError> {
        let st = Statement::new(format!(
            "SELECT round_index, table_index, result, recorded_by, {updated_at} AS updated_at FROM meeting_table_result \
             WHERE meeting_id = $1 ORDER BY round_index, table_index",
            updated_at = D::iso("updated_at")
        ))
        .bind(meeting.0);
        let rows: Vec<TableResultRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        rows.into_iter().map(TableResultRow::into_result).collect()
    }

    async fn publish_results(&self, meeting: MeetingId, published: bool, public_summary: Option<&str>) -> Result<(), StoreError> {
        let st = Statement::new(format!(
            "UPDATE meeting SET results_published = $2, public_summary = $3, updated_at = {} WHERE id = $1",
            D::NOW
        ))
        .bind(meeting.0)
        .bind(published)
        .bind(public_summary);
        change_meeting(&self.db, st, meeting).await
    }
}
