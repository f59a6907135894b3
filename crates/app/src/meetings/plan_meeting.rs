//! "Tische planen" and "Neu planen ab Runde N" as the office presses them: load the meeting,
//! its registrations, known pairs and interests, plan on a blocking thread, save the plan with
//! the version it started from. Planning 200 people may take half a minute, so it runs in the
//! background; the [`PlanningBoard`] tells the plan page what is under way in this process.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use domain::ids::OrgId;
use domain::meetings::{MeetingId, Registration};

use super::explain::{explain_plan, Message, PlanFigures};
use super::plan_tables::plan_tables;
use super::planning_data::{interests_between, known_pairs_for};
use super::service::{require_staff, MeetingError, Meetings};
use super::translate::{translate, Interest, KnownPair, PlanningInput, DEFAULT_MIN_INTEREST_WEIGHT};
use crate::accounts::sign_in::Viewer;
use crate::ports::{MeetingRecord, StoredPlan};
use planner::{PlanOptions, PlanReport};

/// What happened to the latest planning of a meeting in this process.
#[derive(Debug, Clone)]
pub enum PlanningState {
    /// Under way since then.
    Running { since: Instant, people: usize },
    /// Saved as this version, with the planner's report.
    Done { version: i64, report: Box<PlanReport> },
    /// No plan came out; the message says why.
    Failed(Message),
}

/// The plannings of this process, by meeting. A server restart forgets them: a plan is saved
/// when it is made, so nothing acknowledged is lost; only the report of compromises is.
#[derive(Debug, Default)]
pub struct PlanningBoard(Mutex<HashMap<MeetingId, PlanningState>>);

impl PlanningBoard {
    pub fn state(&self, meeting: MeetingId) -> Option<PlanningState> {
        self.0.lock().ok()?.get(&meeting).cloned()
    }

    fn set(&self, meeting: MeetingId, state: PlanningState) {
        if let Ok(mut map) = self.0.lock() {
            map.insert(meeting, state);
        }
    }

    /// Starts unless a planning of this meeting is running; false when one is.
    fn start(&self, meeting: MeetingId, people: usize) -> bool {
        let Ok(mut map) = self.0.lock() else { return false };
        if matches!(map.get(&meeting), Some(PlanningState::Running { .. })) {
            return false;
        }
        map.insert(meeting, PlanningState::Running { since: Instant::now(), people });
        true
    }
}

/// Known pairs (who met at earlier held meetings) and offer/need interests between the
/// associations present, from the marketplace's suggestions.
async fn known_pairs_and_interests(
    meetings: &Meetings,
    record: &MeetingRecord,
    registrations: &[Registration],
) -> Result<(Vec<KnownPair>, Vec<Interest>), MeetingError> {
    let present: BTreeSet<OrgId> = registrations.iter().filter(|r| r.is_seated()).map(|r| r.association).collect();
    let known = known_pairs_for(meetings.store.as_ref(), record).await?;
    let interests = interests_between(&meetings.marketplace.view(), &present);
    Ok((known, interests))
}

/// The search's time limit: a small meeting is planned within a second, a large one gets
/// the half minute the office may wait.
fn options(people: usize) -> PlanOptions {
    let time_limit = if people <= 60 { Duration::from_millis(900) } else { Duration::from_secs(25) };
    PlanOptions { time_limit, ..PlanOptions::default() }
}

/// Plans a meeting, or re-plans it from round `from_round` (1-based; the rounds before it are
/// held and stay). Returns at once: the planning runs in the background and is saved when it
/// is done; `wait` is how long to wait for it here (a small meeting is done by then).
pub async fn plan_meeting(
    meetings: &Arc<Meetings>,
    viewer: &Viewer,
    slug: &str,
    from_round: Option<usize>,
    wait: Duration,
) -> Result<(), MeetingError> {
    require_staff(viewer)?;
    let record = meetings.by_slug(slug).await?;
    let registrations = meetings.store.registrations(record.id).await?;
    let stored = meetings.store.plan(record.id).await?;
    let rounds = record.meeting.rounds.len();
    let held_rounds = match (&stored, from_round) {
        (None, _) => 0,
        (Some(plan), None) => plan.held_rounds,
        // Never before the rounds already held; at most all of them (then nothing moves).
        (Some(plan), Some(n)) => n.saturating_sub(1).max(plan.held_rounds).min(rounds),
    };
    let people = registrations.iter().filter(|r| r.is_seated()).count();
    if !meetings.planning.start(record.id, people) {
        return Ok(());
    }
    meetings.audit(viewer, "meeting.plan", record.id, format!("from_round={}", held_rounds + 1)).await;
    let (known, interests) = match known_pairs_and_interests(meetings, &record, &registrations).await {
        Ok(found) => found,
        Err(error) => {
            meetings.planning.set(record.id, PlanningState::Failed(Message { id: "meeting-plan-error-internal", args: Vec::new() }));
            return Err(error);
        }
    };
    let task = tokio::spawn(run(meetings.clone(), record, registrations, stored, held_rounds, known, interests));
    let _ = tokio::time::timeout(wait, task).await;
    Ok(())
}

/// Plans on a blocking thread and saves; the outcome goes to the board.
async fn run(
    meetings: Arc<Meetings>,
    record: MeetingRecord,
    registrations: Vec<Registration>,
    stored: Option<StoredPlan>,
    held_rounds: usize,
    known: Vec<KnownPair>,
    interests: Vec<Interest>,
) {
    let id = record.id;
    let expected = stored.as_ref().map_or(0, |p| p.version);
    let locks = stored.as_ref().map(|p| p.locks.clone()).unwrap_or_default();
    let people = registrations.iter().filter(|r| r.is_seated()).count();
    let planned = tokio::task::spawn_blocking(move || {
        let input = PlanningInput {
            meeting: &record.meeting,
            registrations: &registrations,
            known_pairs: &known,
            interests: &interests,
            min_interest_weight: DEFAULT_MIN_INTEREST_WEIGHT,
            locks: &locks,
            current: stored.as_ref().map(|p| &p.seats),
            held_rounds,
        };
        plan_tables(&input, &options(people)).map(|planned| (planned, locks))
    })
    .await;
    let state = match planned {
        Ok(Ok((planned, locks))) => {
            let plan = StoredPlan { seats: planned.seats, locks, held_rounds, version: expected };
            match meetings.store.save_plan(id, &plan, expected).await {
                Ok(version) => PlanningState::Done { version, report: Box::new(planned.report) },
                Err(error) => {
                    tracing::error!(%error, meeting = %id, "plan not saved");
                    let id = if matches!(error, crate::ports::StoreError::Conflict(_)) {
                        "meeting-plan-conflict"
                    } else {
                        "meeting-plan-error-internal"
                    };
                    PlanningState::Failed(Message { id, args: Vec::new() })
                }
            }
        }
        Ok(Err(failed)) => {
            tracing::info!(error = %failed.error, meeting = %id, "no plan");
            PlanningState::Failed(failed.explanation)
        }
        Err(error) => {
            tracing::error!(%error, meeting = %id, "planning thread failed");
            PlanningState::Failed(Message { id: "meeting-plan-error-internal", args: Vec::new() })
        }
    };
    meetings.planning.set(id, state);
}

/// The stored plan with its explanation, for the plan grid.
#[derive(Debug, Clone)]
pub struct PlanView {
    pub plan: Option<StoredPlan>,
    pub explanation: Vec<Message>,
    /// A planning of this meeting is under way (since, people).
    pub running: Option<(Duration, usize)>,
    /// The latest planning found no plan.
    pub failed: Option<Message>,
}

/// The meeting's plan as it stands, explained: the planner's report when the stored version
/// is the one it made, else the figures recounted on the seats ("changed by hand").
pub async fn plan_view(
    meetings: &Meetings,
    viewer: &Viewer,
    record: &MeetingRecord,
    registrations: &[Registration],
) -> Result<PlanView, MeetingError> {
    require_staff(viewer)?;
    let plan = meetings.store.plan(record.id).await?;
    let state = meetings.planning.state(record.id);
    let running = match &state {
        Some(PlanningState::Running { since, people }) => Some((since.elapsed(), *people)),
        _ => None,
    };
    let failed = match &state {
        Some(PlanningState::Failed(message)) => Some(message.clone()),
        _ => None,
    };
    let explanation = match &plan {
        None => Vec::new(),
        Some(stored) => {
            let (known, interests) = known_pairs_and_interests(meetings, record, registrations).await?;
            let input = PlanningInput {
                meeting: &record.meeting,
                registrations,
                known_pairs: &known,
                interests: &interests,
                min_interest_weight: DEFAULT_MIN_INTEREST_WEIGHT,
                locks: &stored.locks,
                current: Some(&stored.seats),
                held_rounds: stored.held_rounds,
            };
            let figures = PlanFigures::of(&translate(&input), &stored.seats);
            let report = match &state {
                Some(PlanningState::Done { version, report }) if *version == stored.version => Some(report.as_ref()),
                _ => None,
            };
            explain_plan(&figures, report)
        }
    };
    Ok(PlanView { plan, explanation, running, failed })
}
