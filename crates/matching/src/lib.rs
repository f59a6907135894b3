//! Offer/need matching for Knotenpunkt: for every need, ranked offers of other associations,
//! across languages and wording, respecting hard constraints, each with a score and reasons.
//!
//! Pure: no I/O, no network; the multilingual concept lexicon ships in `data/`.

pub mod analyse;
pub mod category;
pub mod cli;
pub mod constraints;
pub mod engine;
pub mod eval;
pub mod language;
pub mod lexicon;
pub mod model;
pub mod reason;
pub mod schedule;
pub mod score;
pub mod text;

pub use cli::{run_match_command, CliError};
pub use constraints::Violation;
pub use engine::{Engine, MatchError, Seeker, Suggestion};
pub use model::{Audience, Districts, ExplicitConstraints, Item, ItemId, Kind, OrgId, Organisation, Weekday};
pub use reason::Reason;
pub use score::Params;
