//! "Tische planen" and "Neu planen ab Runde N" as the office presses them: load the meeting,
//! its registrations, known pairs and interests, plan on a blocking thread, save the plan with
//! the version it started from. Planning 200 people may take half a minute, so it runs in the
//! background; the planning's state (running since when, or its outcome) is stored with the
//! meeting, so every server process behind a load balancer shows the same progress and no two
//! start the same planning.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use domain::ids::OrgId;
use domain::meetings::{MeetingId, Registration};
use planner::Compromise;
use serde::{Deserialize, Serialize};

use super::explain::{explain_plan, Message, PlanFigures, SavedMessage};
use super::plan_tables::plan_tables;
use super::planning_data::{interests_between, known_pairs_for};
use super::service::{require_staff, MeetingError, Meetings};
use super::translate::{translate, Interest, KnownPair, PlanningInput, DEFAULT_MIN_INTEREST_WEIGHT};
use crate::accounts::sign_in::Viewer;
use crate::ports::{MeetingRecord, StoredPlan};
use planner::PlanOptions;

/// A planning still "running" after this long is taken as lost with its server process (the
/// longest search is 25 s): pressing the button again starts a new one.
const STALE_AFTER_SECS: i64 = 300;

/// What a finished planning left, stored with it as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanningOutcome {
    /// Saved as this version, with the planner's compromises.
    Done { version: i64, compromises: Vec<Compromise> },
    /// No plan came out; the message says why.
    Failed { message: SavedMessage },
}

impl PlanningOutcome {
    fn failed(message: &Message) -> Self {
        PlanningOutcome::Failed { message: message.into() }
    }
}

/// Records how a planning ended; a failure to record is logged (the plan itself is saved).
async fn finish(meetings: &Meetings, meeting: MeetingId, outcome: &PlanningOutcome) {
    let stored = serde_json::to_value(outcome).map_err(|e| crate::ports::StoreError::Corrupt(e.to_string()));
    if let Err(error) = match stored {
        Ok(value) => meetings.store.finish_planning(meeting, &value).await,
        Err(error) => Err(error),
    } {
        tracing::error!(%error, %meeting, "planning outcome not stored");
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
    let now = meetings.clock.now().unix_secs();
    let people_count = u32::try_from(people).unwrap_or(u32::MAX);
    if !meetings.store.start_planning(record.id, people_count, now, now - STALE_AFTER_SECS).await? {
        return Ok(());
    }
    meetings.audit(viewer, "meeting.plan", record.id, format!("from_round={}", held_rounds + 1)).await;
    let (known, interests) = match known_pairs_and_interests(meetings, &record, &registrations).await {
        Ok(found) => found,
        Err(error) => {
            finish(meetings, record.id, &PlanningOutcome::failed(&Message { id: "meeting-plan-error-internal", args: Vec::new() })).await;
            return Err(error);
        }
    };
    let task = tokio::spawn(run(meetings.clone(), record, registrations, stored, held_rounds, known, interests));
    let _ = tokio::time::timeout(wait, task).await;
    Ok(())
}

/// Plans on a blocking thread and saves; the outcome is stored with the planning.
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
    let outcome = match planned {
        Ok(Ok((planned, locks))) => {
            let plan = StoredPlan { seats: planned.seats, locks, held_rounds, version: expected };
            match meetings.store.save_plan(id, &plan, expected).await {
                Ok(version) => PlanningOutcome::Done { version, compromises: planned.report.compromises },
                Err(error) => {
                    tracing::error!(%error, meeting = %id, "plan not saved");
                    let id = if matches!(error, crate::ports::StoreError::Conflict(_)) {
                        "meeting-plan-conflict"
                    } else {
                        "meeting-plan-error-internal"
                    };
                    PlanningOutcome::failed(&Message { id, args: Vec::new() })
                }
            }
        }
        Ok(Err(failed)) => {
            tracing::info!(error = %failed.error, meeting = %id, "no plan");
            PlanningOutcome::failed(&failed.explanation)
        }
        Err(error) => {
            tracing::error!(%error, meeting = %id, "planning thread failed");
            PlanningOutcome::failed(&Message { id: "meeting-plan-error-internal", args: Vec::new() })
        }
    };
    finish(&meetings, id, &outcome).await;
}

/// The stored plan with its explanation, for the plan grid.
#[derive(Debug, Clone)]
pub struct PlanView {
    pub plan: Option<StoredPlan>,
    pub explanation: Vec<Message>,
    /// A planning of this meeting is under way (for how long, people).
    pub running: Option<(Duration, usize)>,
    /// The latest planning found no plan.
    pub failed: Option<SavedMessage>,
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
    let now = meetings.clock.now().unix_secs();
    let run = meetings.store.planning(record.id).await?;
    let running = run.as_ref().filter(|r| r.outcome.is_none() && r.started_at >= now - STALE_AFTER_SECS).map(|r| {
        let seconds = u64::try_from(now - r.started_at).unwrap_or(0);
        (Duration::from_secs(seconds), r.people as usize)
    });
    // An outcome that does not read is treated as none: the plan shows as changed by hand.
    let outcome: Option<PlanningOutcome> = run.and_then(|r| r.outcome).and_then(|o| serde_json::from_value(o).ok());
    let failed = match &outcome {
        Some(PlanningOutcome::Failed { message }) => Some(message.clone()),
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
            let compromises = match &outcome {
                Some(PlanningOutcome::Done { version, compromises }) if *version == stored.version => Some(compromises.as_slice()),
                _ => None,
            };
            explain_plan(&figures, compromises)
        }
    };
    Ok(PlanView { plan, explanation, running, failed })
}
