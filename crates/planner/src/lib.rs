//! Table planner: seats the participants of a network meeting at tables for several rounds
//! so that colleagues never share a table, as many new pairs as possible meet, known pairs
//! are spared, matching offers and needs are brought together and tables stay even.
//!
//! Pure: no I/O. [`plan`] and [`replan`] are anytime searches under a time limit that stop
//! early when they prove optimality; [`cli::run_plan_command`] is the `knotenpunkt plan`
//! command without the file reading.

mod bound;
pub mod cli;
mod construct;
mod error;
mod freedom;
mod gf;
mod instance;
mod plan;
mod polish;
mod problem;
mod report;
mod score;
mod search;
mod sizes;
mod solver;
mod spread;
mod state;
mod tabu;
mod units;
mod verify;

pub use error::PlanError;
pub use instance::{CapacitySpec, Instance, InstanceSpec, InterestSpec, LockSpec, ParticipantSpec};
pub use plan::Plan;
pub use report::{Compromise, PlanReport};
pub use solver::{plan, replan, PlanOptions, Solution};
pub use verify::verify;
