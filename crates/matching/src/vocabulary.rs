//! The vocabulary the engine reads texts with, for the interface and for tools: concept names in
//! interface languages, what the lexicon finds in a text, and problems in the shipped data files.

use crate::abbreviations::{abbreviation_warnings, expand_abbreviations};
use crate::function_words::FunctionWords;
use crate::lexicon::{Lexicon, TokenCache};
use crate::schedule::parts_of_day_warnings;
use crate::text::tokenize;

/// The name of a concept ("room") in an interface language: the German label for `de`, else the
/// first form the lexicon lists for that language, else the German label; `None` when the
/// lexicon has no such concept.
pub fn concept_label(concept: &str, lang: &str) -> Option<&'static str> {
    let lexicon = Lexicon::builtin();
    lexicon.concept_named(concept).and_then(|id| lexicon.concept(id)).map(|c| c.label_in(lang))
}

/// The concepts the lexicon finds in a text, as the engine reads it (abbreviations written out,
/// words normalised), each as (concept name, the word it was found at).
pub fn concepts_in(text: &str) -> Vec<(String, String)> {
    let lexicon = Lexicon::builtin();
    let tokens = tokenize(&expand_abbreviations(text));
    let hits = lexicon.find(&tokens, false, &mut TokenCache::new());
    hits.iter().filter_map(|h| Some((lexicon.concept(h.concept)?.name.clone(), tokens.get(h.pos)?.clone()))).collect()
}

/// The period of the year a text names (`crate::period`), as the months it covers ("Jul Aug
/// Sep"), "from Jan" or "until Feb" for open periods; `None` when it names none.
pub fn period_in(text: &str) -> Option<String> {
    const NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let p = crate::period::read(&expand_abbreviations(text))?;
    let mut parts: Vec<String> = (0..12).filter(|m| p.months & (1 << m) != 0).map(|m| NAMES[m].to_string()).collect();
    parts.extend(p.from.map(|m| format!("from {}", NAMES[usize::from(m)])));
    parts.extend(p.until.map(|m| format!("until {}", NAMES[usize::from(m)])));
    Some(parts.join(" "))
}

/// Problems found in the shipped data files (`data/`); empty when all are well-formed.
pub fn data_warnings() -> Vec<String> {
    [
        Lexicon::builtin_warnings(),
        &Lexicon::builtin().romanised_warnings(),
        FunctionWords::builtin_warnings(),
        abbreviation_warnings(),
        parts_of_day_warnings(),
        crate::period::period_warnings(),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    #[test]
    fn shipped_data_files_parse_without_warnings() {
        assert_eq!(super::data_warnings(), Vec::<String>::new());
    }

    #[test]
    fn concepts_are_named_and_found() {
        assert_eq!(super::concept_label("room", "uk"), Some("приміщення"));
        assert_eq!(super::concept_label("no-such-concept", "de"), None);
        assert!(super::concepts_in("Raum f. 20 Pers.").contains(&("room".to_string(), "raum".to_string())));
    }
}
