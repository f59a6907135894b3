//! Offer/need matching for Knotenpunkt: for every need, ranked offers of other associations,
//! across languages and wording, respecting hard constraints, each with a score and reasons.
//!
//! Pure: no I/O, no network; the multilingual concept lexicon ships in `data/` and is compiled
//! into the crate.
//!
//! * [`Engine`] holds organisations and items: [`Engine::upsert_organisation`],
//!   [`Engine::upsert_item`] and [`Engine::remove_item`] update one thing at a time;
//!   [`Engine::suggestions_for_need`], [`Engine::seekers_for_offer`] and
//!   [`Engine::all_suggestions`] answer queries with [`Suggestion`]s / [`Seeker`]s;
//!   [`Engine::near_misses`] tells why offers close to a need were not suggested ([`Miss`]).
//! * A [`Suggestion`] has the offer, a calibrated score in 0..1 (the share of suggestions with
//!   that score judged relevant on the training sets, see [`calibration`]; only pairs whose raw
//!   score reaches [`Params::threshold`] exist) and typed [`Reason`]s with a German rendering
//!   ([`Reason::to_german`]).
//! * [`run_match_command`] is `knotenpunkt match`: JSON in, JSON out, [`CliError`] (exit code 2)
//!   naming the offending field.
//!
//! * [`Topics`] are the topics a short text names, for searching offers and needs across
//!   languages; [`vocabulary`] names concepts in interface languages and checks the data files.
//!
//! How a pair is judged: hard constraints first, from the structured fields and a few
//! high-precision readings of the texts that never override a field (`constraints`: never the
//! same association, weekdays must overlap when both give them, women-/men-/youth-only
//! conflicts, "only on site" in a district that is neither the same nor a neighbour, a required
//! language must be spoken, a room or vehicle for fewer than half the group; a broken one is a
//! [`Violation`]); then the meaning of the texts (`analyse` finds concepts with
//! the `lexicon`: stems, German compounds, synonyms and translations in de/en/tr/ar/uk/ru/fa),
//! weighted towards what the need is mainly about; then category, languages, place and time
//! (`score`). The modules are private; the word lists and the lexicon are data files in
//! `data/` (see the crate's README, "Adding a word or a language").

mod abbreviations;
mod analyse;
pub mod calibration;
mod category;
pub mod causes;
pub mod cli;
mod constraints;
mod data_file;
mod engine;
pub mod eval;
pub mod fit;
mod function_words;
mod language;
mod lexicon;
mod model;
mod period;
mod reason;
mod schedule;
mod score;
mod search;
mod text;
pub mod vocabulary;

pub use cli::{run_match_command, CliError};
pub use constraints::Violation;
pub use engine::{Engine, MatchError, Miss, NearMiss, Seeker, Suggestion};
pub use model::{Audience, Districts, ExplicitConstraints, Item, ItemId, Kind, OrgId, Organisation, Weekday};
pub use period::PeriodRule;
pub use reason::Reason;
pub use score::{Params, Shortfall};
pub use search::Topics;
