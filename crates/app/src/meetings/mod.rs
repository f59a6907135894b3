//! Network meetings, the parts that need the table planner: a meeting's registrations turned
//! into the planner's instance and its plan back into seats, moves and locks on a plan, and
//! the plan's explanation as message ids for the office. Stores and pages come later.

mod explain;
mod moves;
mod plan_tables;
mod seats;
mod translate;

pub use explain::{explain_compromise, explain_error, explain_plan, Arg, Message, PlanFigures};
pub use moves::{move_person, CurrentPlan, Move, MoveRefusal};
pub use plan_tables::{plan_tables, PlannedMeeting, PlanningFailed};
pub use planner::{PlanOptions, PlanReport};
pub use seats::{Lock, Seats};
pub use translate::{translate, Interest, KnownPair, PersonRef, PlanningInput, Translation, DEFAULT_MIN_INTEREST_WEIGHT};
