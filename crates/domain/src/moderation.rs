//! Moderation: what changed between two revisions of a profile, for the office's review queue.

mod word_diff;

pub use word_diff::{changed_words, WordSpan, MAX_DIFF_WORDS};
