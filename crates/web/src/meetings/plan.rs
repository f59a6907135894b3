//! The plan grid: rounds × tables with each person and their association (a link to the
//! person's move page, `plan_move.rs`), the explanation, lock buttons for a table, "Tische
//! planen" and "Neu planen ab Runde N". While a planning runs, the
//! page refreshes itself until it is done.

use std::collections::HashMap;

use app::meetings::{plan_meeting, plan_view, set_lock, Arg, Lock, MeetingError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::meetings::{Registration, RegistrationId};
use serde::Deserialize;

use super::view::{association_name, meeting, refusal};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::FormFields;
use crate::i18n::{ArgValue, Tr};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// How long "Tische planen" waits before showing the page with progress.
const WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// A person at a table in a round.
pub struct Seat {
    pub id: i64,
    pub name: String,
    pub association: String,
    pub locked: bool,
    pub walk_in: bool,
}

/// One table in one round.
pub struct Cell {
    pub table: usize,
    pub people: Vec<Seat>,
    pub locked: bool,
}

/// One round of the grid.
pub struct RoundRow {
    pub index: usize,
    pub number: usize,
    pub topic: String,
    pub held: bool,
    pub cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "meetings/plan.html")]
pub struct PlanPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub tables: Vec<String>,
    pub rounds: Vec<RoundRow>,
    pub version: i64,
    pub has_plan: bool,
    pub explanation: Vec<String>,
    /// Seconds the planning has been running and for how many people.
    pub running: Option<(u64, usize)>,
    pub failed: Option<String>,
    pub notice: Option<String>,
    /// Confirmed people not seated by the plan (added after planning).
    pub unseated: Vec<String>,
    pub held_rounds: usize,
}

impl PlanPage {
    /// "Planning 40 people … (3 s)".
    pub fn running_text(&self) -> String {
        let (seconds, people) = self.running.unwrap_or_default();
        self.page.tr.targs("meetings-planning-running", &[("people", people.into()), ("seconds", (seconds as usize).into())])
    }
}

/// A message of the explanation (or a stored one) in words, associations by name.
pub fn message_text<N: AsRef<str>>(state: &SharedState, tr: &Tr, id: &str, args: &[(N, Arg)]) -> String {
    let args: Vec<(&str, ArgValue)> = args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Number(n) => ArgValue::from(*n),
                Arg::Association(org) => ArgValue::from(association_name(state, *org)),
                Arg::Text(text) => ArgValue::from(text.clone()),
            };
            (name.as_ref(), value)
        })
        .collect();
    tr.targs(id, &args)
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub refused: Option<String>,
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let registrations = state.meetings.store.registrations(record.id).await?;
    let view = plan_view(&state.meetings, &viewer, &record, &registrations).await?;
    let page = PageCtx::new(&state, &visit, "meetings");
    let by_id: HashMap<RegistrationId, &Registration> = registrations.iter().map(|r| (r.id, r)).collect();
    let m = &record.meeting;
    let mut rounds = Vec::new();
    let mut seated = std::collections::HashSet::new();
    let (version, held_rounds) = view.plan.as_ref().map_or((0, 0), |p| (p.version, p.held_rounds));
    if let Some(plan) = &view.plan {
        for (r, round) in m.rounds.iter().enumerate() {
            let cells = (0..m.tables.len())
                .map(|t| Cell {
                    table: t,
                    locked: plan.locks.contains(&Lock::Table { table: t, round: Some(r) }),
                    people: plan
                        .seats
                        .at(r, t)
                        .iter()
                        .map(|id| {
                            seated.insert(*id);
                            let reg = by_id.get(id);
                            Seat {
                                id: id.0,
                                name: reg.map_or_else(|| format!("#{id}"), |r| r.name.clone()),
                                association: reg.map_or_else(String::new, |r| association_name(&state, r.association)),
                                locked: plan.locks.iter().any(|l| l.holds(&plan.seats, *id, r)),
                                walk_in: reg.is_some_and(|r| r.walk_in),
                            }
                        })
                        .collect(),
                })
                .collect();
            rounds.push(RoundRow { index: r, number: r + 1, topic: round.topic.clone(), held: r < plan.held_rounds, cells });
        }
    }
    let unseated = registrations
        .iter()
        .filter(|r| r.is_seated() && view.plan.is_some() && !seated.contains(&r.id))
        .map(|r| format!("{} ({})", r.name, association_name(&state, r.association)))
        .collect();
    let template = PlanPage {
        slug: record.slug.clone(),
        title: m.title.clone(),
        tables: m.tables.iter().map(|t| t.name.clone()).collect(),
        rounds,
        version,
        has_plan: view.plan.is_some(),
        explanation: view.explanation.iter().map(|msg| message_text(&state, &page.tr, msg.id, &msg.args)).collect(),
        running: view.running.map(|(d, n)| (d.as_secs(), n)),
        failed: view.failed.as_ref().map(|msg| message_text(&state, &page.tr, &msg.id, &msg.args)),
        notice: refusal(&page, q.refused.as_deref()),
        unseated,
        held_rounds,
        page,
    };
    Ok(render(StatusCode::OK, &template))
}

/// Where to go after a change of the plan: the grid, with the refusal if there was one.
pub(super) fn back(slug: &str, outcome: Result<(), MeetingError>) -> Result<Response, PageError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&urls::meeting_office(slug, "plan")).into_response()),
        Err(error) => match error.message_id() {
            Some(id) => Ok(Redirect::to(&urls::meeting_refused(slug, "plan", id)).into_response()),
            None => Err(error.into()),
        },
    }
}

/// A whole number from the form, or `None`.
pub(super) fn number(form: &FormFields, name: &str) -> Option<usize> {
    form.one(name).trim().parse().ok()
}

/// `POST …/plan`: "Tische planen", or "Neu planen ab Runde N" with `from_round`.
pub async fn start(OfficeAction(Action { state, viewer, path: slug, form, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    let from_round = number(&form, "from_round");
    back(&slug, plan_meeting(&state.meetings, &viewer, &slug, from_round, WAIT).await)
}

/// `POST …/plan/lock`: `kind` person (`who`) or table (`table`, from 1) in `round` (from 1);
/// `on` sets, anything else lifts the lock.
pub async fn lock(OfficeAction(Action { state, viewer, path: slug, form, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    let version = form.one("version").parse::<i64>().map_err(|_| PageError::Conflict("meeting-conflict"))?;
    let round = number(&form, "round").filter(|r| *r > 0).map(|r| r - 1);
    let lock = match form.one("kind").as_str() {
        "person" => Lock::Person { registration: RegistrationId(form.one("who").parse().map_err(|_| PageError::NOT_FOUND)?), round },
        "table" => Lock::Table { table: number(&form, "table").filter(|t| *t > 0).ok_or(PageError::NOT_FOUND)? - 1, round },
        _ => return Err(PageError::NOT_FOUND),
    };
    let on = form.one("on") == "1";
    back(&slug, set_lock(&state.meetings, &viewer, &slug, version, lock, on).await.map(|_| ()))
}
