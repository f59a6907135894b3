//! Offers and needs ("Vereine bieten / Vereine suchen"): the read model with the matching
//! engine, and its use cases.

pub mod digest;
pub mod introductions;
pub mod notify_introduction;
pub mod post_item;
mod read_model;
pub mod synergy;
mod translate;

pub use matching::{Audience, Miss, Reason, Shortfall, Violation};
pub use read_model::{MarketView, Marketplace, NearMiss, Pairing};

/// The name of a matching concept ("room") in an interface language, from the built-in
/// lexicon; `fallback` (the German label) when the lexicon does not know it.
pub fn topic_label(concept: &str, lang: &str, fallback: &str) -> String {
    matching::vocabulary::concept_label(concept, lang).unwrap_or(fallback).to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn topics_are_named_in_the_reader_s_language() {
        assert_eq!(super::topic_label("room", "de", "Räume"), "Räume");
        assert_eq!(super::topic_label("room", "ar", "Räume"), "قاعة");
        assert_eq!(super::topic_label("room", "uk", "Räume"), "приміщення");
        assert_eq!(super::topic_label("room", "en", "Räume"), "room");
        assert_eq!(super::topic_label("no-such-concept", "ar", "Räume"), "Räume");
    }
}
