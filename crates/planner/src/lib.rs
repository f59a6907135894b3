//! Table planner: seats the participants of a network meeting at tables for several rounds
//! so that colleagues never share a table, as many new pairs as possible meet, known pairs
//! are spared, matching offers and needs are brought together and tables stay even.
//!
//! Pure: no I/O. [`plan`] and [`replan`] are anytime searches under a time limit that stop
//! early when they prove optimality; [`cli::run_plan_command`] is the `knotenpunkt plan`
//! command without the file reading. Every plan comes with a [`PlanReport`]: repeats and their
//! lower bound, distinct pairs, known-pair meetings, interests met, pairs meeting 3+ times,
//! moves, table sizes and the [`Compromise`]s made.
//!
//! ```
//! use std::time::Duration;
//! use planner::{plan, verify, Instance, PlanOptions};
//!
//! let instance = Instance::from_json(r#"{"tables": 2, "rounds": 3, "capacity": 3,
//!     "participants": [{"id": "a", "org": "x"}, {"id": "b", "org": "x"},
//!                      {"id": "c", "org": "y"}, {"id": "d", "org": "z"}]}"#)?;
//! let options = PlanOptions { time_limit: Duration::from_millis(200), ..PlanOptions::default() };
//! let solution = plan(&instance, &options)?;
//! assert_eq!(verify(&instance, &solution.plan), Ok(()));
//! assert!(solution.report.repeats >= solution.report.lower_bound);
//! # Ok::<(), planner::PlanError>(())
//! ```

mod bound;
pub mod cli;
mod construct;
mod error;
mod feasibility;
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
mod transversal;
mod units;
mod verify;

pub use error::PlanError;
pub use instance::{CapacitySpec, Instance, InstanceSpec, InterestSpec, LockSpec, ParticipantSpec};
pub use plan::Plan;
pub use report::{Compromise, PlanReport};
pub use solver::{plan, replan, PlanOptions, Solution};
pub use verify::verify;
