//! "Tische planen" and "Neu planen ab Runde N": plan a meeting, or re-plan it keeping held
//! rounds and locks, and explain the outcome.

use planner::{PlanError, PlanOptions, PlanReport};

use super::explain::{explain_error, Message, PlanFigures};
use super::seats::Seats;
use super::translate::{translate, PlanningInput, Translation};

/// A plan with its explanation.
#[derive(Debug, Clone)]
pub struct PlannedMeeting {
    pub seats: Seats,
    pub report: PlanReport,
    pub figures: PlanFigures,
    pub translation: Translation,
}

/// Why no plan came out: the planner's error (for logs) and what the office is told.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{error}")]
pub struct PlanningFailed {
    pub error: PlanError,
    pub explanation: Message,
}

/// Plans every round (no current plan), or re-plans: the first `held_rounds` rounds stay as
/// they were, locked seats are kept, and as few people as possible change tables.
/// Blocking: run it on a blocking thread.
pub fn plan_tables(input: &PlanningInput<'_>, options: &PlanOptions) -> Result<PlannedMeeting, PlanningFailed> {
    let translation = translate(input);
    let fail = |error: PlanError, translation: &Translation| PlanningFailed { explanation: explain_error(&error, translation), error };
    let instance = translation.instance().map_err(|e| fail(e, &translation))?;
    let solution = match &translation.previous {
        Some(previous) => planner::replan(&instance, previous, translation.held_rounds, options),
        None => planner::plan(&instance, options),
    }
    .map_err(|e| fail(e, &translation))?;
    let seats = translation.seats(&solution.plan);
    let figures = PlanFigures::of(&translation, &seats);
    Ok(PlannedMeeting { seats, report: solution.report, figures, translation })
}

#[cfg(test)]
#[path = "plan_tables_tests.rs"]
pub(crate) mod tests;
