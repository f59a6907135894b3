//! Errors of the planner: every variant names the problem and has a stable code.

use thiserror::Error;

/// Why an instance cannot be planned. `code()` is stable and meant for translation.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {
    /// The instance is not valid JSON or does not have the expected shape.
    #[error("malformed instance: {0}")]
    Malformed(String),
    /// A structural problem: zero tables, wrong number of capacities, duplicate ids …
    #[error("invalid instance: {0}")]
    Invalid(String),
    /// An association has more people present in a round than there are tables.
    #[error("association \"{org}\" has {present} people present in round {round} but there are only {tables} tables")]
    OrgLargerThanTables { org: String, round: usize, present: usize, tables: usize },
    /// The tables cannot seat everybody present in a round.
    #[error("round {round}: {present} people present but the tables seat only {capacity}")]
    CapacityTooSmall { round: usize, present: usize, capacity: usize },
    /// A participant id that is not in the participant list.
    #[error("unknown participant \"{id}\" in {context}")]
    UnknownParticipant { id: String, context: String },
    /// The capacities and locks leave no way to keep colleagues at separate tables.
    #[error(
        "round {round}: the tables, their capacities and the locks leave no way to seat people of the same association at different tables"
    )]
    Unseatable { round: usize },
    /// A lock that cannot be kept.
    #[error("impossible lock: {0}")]
    BadLock(String),
    /// The previous plan given to re-planning does not fit the instance.
    #[error("previous plan does not fit: {0}")]
    BadPreviousPlan(String),
    /// The search found no seating that satisfies every hard constraint.
    #[error("no seating satisfies every hard constraint: {0}")]
    NoFeasiblePlan(String),
}

impl PlanError {
    /// A stable identifier of the kind of error, for translations and logs.
    pub fn code(&self) -> &'static str {
        match self {
            PlanError::Malformed(_) => "planner.malformed",
            PlanError::Invalid(_) => "planner.invalid",
            PlanError::OrgLargerThanTables { .. } => "planner.org_larger_than_tables",
            PlanError::CapacityTooSmall { .. } => "planner.capacity_too_small",
            PlanError::UnknownParticipant { .. } => "planner.unknown_participant",
            PlanError::Unseatable { .. } => "planner.unseatable",
            PlanError::BadLock(_) => "planner.bad_lock",
            PlanError::BadPreviousPlan(_) => "planner.bad_previous_plan",
            PlanError::NoFeasiblePlan(_) => "planner.no_feasible_plan",
        }
    }
}
