//! Moderation: what changed between two revisions of a profile, for the office's review queue.

mod profile_diff;
mod withdrawal;
mod word_diff;

pub use profile_diff::{diff_profiles, FieldChange, ProfileField};
pub use withdrawal::withdrawal_applied_to;
pub use word_diff::{changed_words, WordSpan, MAX_DIFF_WORDS};
