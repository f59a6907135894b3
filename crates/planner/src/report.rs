//! The explanation that comes with a plan: figures, bound and compromises.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A compromise the plan had to make, or a gap it could not close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Compromise {
    /// Some pairs meet more than once, and no plan can do with fewer repeats.
    RepeatsUnavoidable { lower_bound: usize },
    /// Repeats remain above the proven lower bound: the plan may not be optimal.
    RepeatsAboveBound { repeats: usize, lower_bound: usize },
    /// Some pairs meet three times or more.
    PairsMeetingThreeTimes { pairs: usize },
    /// Pairs who already know each other share a table.
    KnownPairsSeated { meetings: usize },
    /// Interest pairs that never share a table.
    InterestsUnmet { unmet: usize, total: usize },
    /// Table sizes in a round differ by more than one (capacities, locks or moves).
    UnevenTables { round: usize, smallest: usize, largest: usize },
    /// Re-planning moved people away from their previous table.
    PeopleMoved { moves: usize },
}

impl fmt::Display for Compromise {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Compromise::RepeatsUnavoidable { lower_bound } => {
                write!(f, "repeats unavoidable: lower bound {lower_bound}")
            }
            Compromise::RepeatsAboveBound { repeats, lower_bound } => {
                write!(f, "{repeats} repeats, lower bound {lower_bound}: not proven optimal")
            }
            Compromise::PairsMeetingThreeTimes { pairs } => {
                write!(f, "{pairs} pairs meet three or more times")
            }
            Compromise::KnownPairsSeated { meetings } => {
                write!(f, "{meetings} table meetings of pairs who already know each other")
            }
            Compromise::InterestsUnmet { unmet, total } => {
                write!(f, "{unmet} of {total} interest pairs never share a table")
            }
            Compromise::UnevenTables { round, smallest, largest } => write!(f, "round {round}: tables of {smallest} to {largest} people"),
            Compromise::PeopleMoved { moves } => {
                write!(f, "{moves} people moved against the previous plan")
            }
        }
    }
}

/// What a plan achieves, and how far from optimal it may be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanReport {
    /// Σ over pairs of max(0, m − 1), m = rounds the pair shares a table.
    pub repeats: usize,
    /// No plan has fewer repeats than this.
    pub lower_bound: usize,
    /// Pairs that share a table at least once.
    pub distinct_pairs: usize,
    /// Σ over pairs who knew each other before of the rounds they share a table.
    pub known_pair_meetings: usize,
    /// Interest pairs (one offers what the other needs) seated together at least once.
    pub interests_met: usize,
    /// Distinct interest pairs in the instance.
    pub interests_total: usize,
    /// Pairs sharing a table three or more times.
    pub pairs_meeting_three_plus: usize,
    /// Re-planning: people whose table changed against the previous plan (0 for a new plan).
    pub moves: usize,
    /// `table_sizes[r][t]`
    pub table_sizes: Vec<Vec<usize>>,
    /// Repeats equal the lower bound and nothing else could improve.
    pub optimal: bool,
    /// Repeats equal the lower bound (the main objective is proven optimal).
    pub repeats_optimal: bool,
    pub compromises: Vec<Compromise>,
    #[serde(serialize_with = "secs")]
    pub elapsed: Duration,
    /// When the returned plan was found.
    #[serde(serialize_with = "secs")]
    pub time_to_best: Duration,
    /// Search iterations over all threads.
    pub iterations: u64,
}

fn secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}

impl PlanReport {
    /// The one-line summary the command line prints to stderr.
    pub fn summary(&self) -> String {
        format!(
            "repeats={} lower_bound={} distinct_pairs={} known_pair_meetings={} interests_met={}/{} pairs_3plus={} moves={} optimal={} seconds={:.3}",
            self.repeats,
            self.lower_bound,
            self.distinct_pairs,
            self.known_pair_meetings,
            self.interests_met,
            self.interests_total,
            self.pairs_meeting_three_plus,
            self.moves,
            self.optimal,
            self.elapsed.as_secs_f64()
        )
    }
}
