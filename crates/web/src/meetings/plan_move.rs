//! `/office/meetings/{meeting}/plan/move?person=…`: one person's seats round by round, with a
//! form to move them to another table and a button to hold them there, for each round not yet
//! held. The grid links each person here instead of carrying a form per seat, so that a plan of
//! 200 people over 6 rounds stays a light page; everything works without script.

use app::meetings::{MeetingError, MoveRefusal};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::meetings::RegistrationId;
use serde::Deserialize;

use super::plan::{back, number};
use super::view::{association_name, meeting};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::FormFields;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// The person's place in one round.
pub struct RoundSeat {
    /// From 1.
    pub number: usize,
    pub topic: String,
    pub held: bool,
    /// The table's index, if the person is seated in this round.
    pub table: Option<usize>,
    pub locked: bool,
}

impl RoundSeat {
    pub fn sits_at(&self, table: &usize) -> bool {
        self.table == Some(*table)
    }
}

#[derive(Template)]
#[template(path = "meetings/plan_move.html")]
pub struct MovePage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub person: i64,
    pub name: String,
    pub association: String,
    pub tables: Vec<String>,
    pub rounds: Vec<RoundSeat>,
    pub version: i64,
    /// The round the office came from (from 1): its form comes first into view.
    pub from_round: usize,
}

impl MovePage {
    /// "Table for NAME in round N".
    pub fn move_label(&self, round: &RoundSeat) -> String {
        self.page.tr.targs("meetings-move-label", &[("name", self.name.as_str().into()), ("round", round.number.into())])
    }

    pub fn heading(&self) -> String {
        self.page.tr.t1("meetings-move-title", "name", self.name.as_str())
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub round: String,
}

/// `GET …/plan/move?person=ID&round=N`.
pub async fn form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let record = meeting(&state.meetings, &slug).await?;
    let person = q.person.trim().parse::<i64>().map(RegistrationId).map_err(|_| PageError::NOT_FOUND)?;
    let registrations = state.meetings.store.registrations(record.id).await?;
    let registration = registrations.iter().find(|r| r.id == person).ok_or(PageError::NOT_FOUND)?;
    let plan = state.meetings.store.plan(record.id).await?.ok_or(PageError::NOT_FOUND)?;
    let m = &record.meeting;
    let rounds = m
        .rounds
        .iter()
        .enumerate()
        .map(|(r, round)| RoundSeat {
            number: r + 1,
            topic: round.topic.clone(),
            held: r < plan.held_rounds,
            table: plan.seats.table_of(r, person),
            locked: plan.locks.iter().any(|l| l.holds(&plan.seats, person, r)),
        })
        .collect();
    let template = MovePage {
        page: PageCtx::new(&state, &visit, "meetings"),
        slug: record.slug.clone(),
        title: m.title.clone(),
        person: person.0,
        name: registration.name.clone(),
        association: association_name(&state, registration.association),
        tables: m.tables.iter().map(|t| t.name.clone()).collect(),
        rounds,
        version: plan.version,
        from_round: q.round.trim().parse().unwrap_or(0),
    };
    Ok(render(StatusCode::OK, &template))
}

/// The move the form asks for: `who` to table `table` (from 1) in round `round` (from 1).
async fn move_from_form(
    state: &SharedState,
    viewer: &app::accounts::sign_in::Viewer,
    slug: &str,
    form: &FormFields,
) -> Result<(), MeetingError> {
    let (Some(version), Some(who), Some(round), Some(table)) =
        (form.one("version").parse::<i64>().ok(), form.one("who").parse::<i64>().ok(), number(form, "round"), number(form, "table"))
    else {
        return Err(MeetingError::Move(MoveRefusal::NoSuchPlace));
    };
    if round == 0 || table == 0 {
        return Err(MeetingError::Move(MoveRefusal::NoSuchPlace));
    }
    app::meetings::move_seat(&state.meetings, viewer, slug, version, RegistrationId(who), round - 1, table - 1).await.map(|_| ())
}

/// `POST …/plan/move`.
pub async fn move_seat(OfficeAction(Action { state, viewer, path: slug, form, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    back(&slug, move_from_form(&state, &viewer, &slug, &form).await)
}
