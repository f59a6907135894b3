//! The topics a short text names, for searching offers and needs across languages and wording:
//! "Saal" finds an offer titled "قاعة للمناسبات", "Dolmetscher" one about "tercümanlık".

use std::collections::BTreeSet;

use crate::abbreviations::expand_abbreviations;
use crate::lexicon::{ConceptId, ConceptKind, Lexicon, TokenCache, Typed};
use crate::text::tokenize;

/// Concepts lighter than this only qualify another ("Dolmetschen" is translation, orally).
const QUALIFIER_WEIGHT: f32 = 0.1;

/// What a text is about: topics (rooms, interpreting…) and languages it names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Topics(BTreeSet<ConceptId>);

impl Topics {
    /// The topics of a search: only what the words name themselves.
    pub fn of_query(text: &str) -> Topics {
        Topics::found(text, false, false)
    }

    /// The topics of an item's title and description, with the broader topics of what they name
    /// (an item about interpreting is also about language), so that a broad search finds it.
    pub fn of_item(text: &str, turkish: bool) -> Topics {
        Topics::found(text, turkish, true)
    }

    fn found(text: &str, turkish: bool, broaden: bool) -> Topics {
        let lexicon = Lexicon::builtin();
        let mut cache = TokenCache::new();
        // Turkish typed without its letters, and Arabizi by its digits, read as matching reads them.
        let typed = if turkish { Typed::Turkish } else { Typed::Latin };
        let tokens = lexicon.romanise(&tokenize(&expand_abbreviations(text)), typed, &mut cache);
        let hits = lexicon.find(&tokens, turkish, &mut cache);
        // Qualifiers (interpreting or written, school level) weigh next to nothing: a search
        // for "Dolmetschen" must still find "ترجمة عربي – ألماني".
        let wanted = |id: ConceptId| {
            lexicon
                .concept(id)
                .is_some_and(|c| matches!(c.kind, ConceptKind::Topic | ConceptKind::Language(_)) && c.weight >= QUALIFIER_WEIGHT)
        };
        Topics(hits.iter().filter(|h| (broaden || !h.via_parent) && wanted(h.concept)).map(|h| h.concept).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when this text names every topic of the search (and the search names one).
    pub fn covers(&self, query: &Topics) -> bool {
        !query.0.is_empty() && query.0.is_subset(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Topics;

    #[test]
    fn searches_find_topics_across_languages() {
        let room = Topics::of_query("Saal");
        assert!(!room.is_empty());
        assert!(Topics::of_item("قاعة للمناسبات العائلية", false).covers(&room));
        assert!(Topics::of_item("Приміщення для суботньої школи", false).covers(&room));
        assert!(!Topics::of_item("Nachhilfe in Mathe", false).covers(&room));
        let interpreting = Topics::of_query("Dolmetscher");
        assert!(Topics::of_item("Türkçe–Almanca tercümanlık", true).covers(&interpreting));
        let dolmetschen = Topics::of_query("Dolmetschen");
        for title in [
            "Türkçe–Almanca tercümanlık",
            "Усний переклад українською та російською",
            "ترجمة عربي – ألماني",
            "Dolmetschen Polnisch–Deutsch",
        ] {
            assert!(Topics::of_item(title, title.contains('ü')).covers(&dolmetschen), "{title}");
        }
        assert!(Topics::of_item("Nachhilfe Kl. 8–10", false).covers(&Topics::of_query("Nachhilfe")));
        assert!(Topics::of_item("Festzelt + Bierbänke", false).covers(&Topics::of_query("Zelt")));
        assert!(Topics::of_item("Kuchen f. Eure Feste", false).covers(&Topics::of_query("Kuchen")));
        assert!(!Topics::of_query("Blumenkohl").covers(&Topics::of_query("Blumenkohl")), "no topic, no match by topic");
        // Arabizi by its digits, Turkish without its letters in a Turkish item; not in a German one.
        assert!(Topics::of_item("sba7a lal neswan", false).covers(&Topics::of_query("Schwimmen")));
        assert!(Topics::of_item("Turkce Almanca tercumanlik", true).covers(&dolmetschen));
        assert!(!Topics::of_item("Turkce Almanca tercumanlik", false).covers(&dolmetschen));
    }
}
