//! Content entered per language, with the fallback to German that the interface announces.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A text in one or more languages, keyed by language code. Stored as a small sorted list
/// (most texts have one or two languages; a map would cost a node allocation each).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "BTreeMap<String, String>", into = "BTreeMap<String, String>")]
pub struct LocalizedText(Vec<(String, String)>);

impl From<BTreeMap<String, String>> for LocalizedText {
    fn from(map: BTreeMap<String, String>) -> Self {
        let mut text = LocalizedText::default();
        for (lang, value) in map {
            text.set(&lang, &value);
        }
        text
    }
}

impl From<LocalizedText> for BTreeMap<String, String> {
    fn from(text: LocalizedText) -> Self {
        text.0.into_iter().collect()
    }
}

/// The text chosen for a reader, and in which language it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    /// True when the text is not in the language that was asked for.
    pub is_fallback: bool,
}

/// The text in `lang` among `texts` (language, text), else German, else the first there is: how
/// [`LocalizedText::choose`] chooses, for texts held elsewhere (the directory's listings).
pub fn choose_in<'a, I>(texts: I, lang: &str) -> Option<Chosen<'a>>
where
    I: IntoIterator<Item = (&'a str, &'a str)> + Clone,
{
    let find = |want: &str| texts.clone().into_iter().find(|(l, _)| *l == want);
    if let Some((l, t)) = find(lang) {
        return Some(Chosen { text: t, lang: l, is_fallback: false });
    }
    find(LocalizedText::FALLBACK).or_else(|| texts.clone().into_iter().next()).map(|(l, t)| Chosen { text: t, lang: l, is_fallback: true })
}

impl LocalizedText {
    /// The language content falls back to when the reader's language is missing.
    pub const FALLBACK: &'static str = "de";

    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, lang: &str, text: &str) -> Self {
        self.set(lang, text);
        self
    }

    /// Sets the text of one language; blank text removes that language.
    pub fn set(&mut self, lang: &str, text: &str) {
        let trimmed = text.trim();
        let position = self.0.binary_search_by(|(l, _)| l.as_str().cmp(lang));
        match (position, trimmed.is_empty()) {
            (Ok(i), true) => {
                self.0.remove(i);
            }
            (Ok(i), false) => self.0[i].1 = trimmed.to_owned(),
            (Err(_), true) => {}
            (Err(i), false) => self.0.insert(i, (lang.to_owned(), trimmed.to_owned())),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Exactly the text of `lang`, without fallback.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.find(lang).map(|(_, t)| t.as_str())
    }

    /// The text in `lang`, else German, else any language there is.
    pub fn choose(&self, lang: &str) -> Option<Chosen<'_>> {
        choose_in(self.0.iter().map(|(l, t)| (l.as_str(), t.as_str())), lang)
    }

    fn find(&self, lang: &str) -> Option<&(String, String)> {
        self.0.iter().find(|(l, _)| l == lang)
    }

    /// Gives back the room a growing list keeps for more languages (three entries' worth for a
    /// text in one language), for texts held long, as the directory's listings are.
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_german_and_says_so() {
        let text = LocalizedText::new().with("de", "Hallo").with("tr", "Merhaba");
        let tr = text.choose("tr").expect("tr");
        assert_eq!((tr.text, tr.is_fallback), ("Merhaba", false));
        let ar = text.choose("ar").expect("ar");
        assert_eq!((ar.text, ar.lang, ar.is_fallback), ("Hallo", "de", true));
    }

    #[test]
    fn falls_back_to_any_language_without_german() {
        let text = LocalizedText::new().with("uk", "Привіт");
        let de = text.choose("de").expect("de");
        assert_eq!((de.lang, de.is_fallback), ("uk", true));
        assert!(LocalizedText::new().choose("de").is_none());
    }

    #[test]
    fn serialises_as_a_map_in_language_order() {
        let text = LocalizedText::new().with("tr", "b").with("de", "a");
        assert_eq!(serde_json::to_string(&text).expect("json"), r#"{"de":"a","tr":"b"}"#);
        let back: LocalizedText = serde_json::from_str(r#"{"uk":"x","de":" "}"#).expect("parse");
        assert_eq!(back, LocalizedText::new().with("uk", "x"));
    }

    #[test]
    fn blank_text_removes_language() {
        let mut text = LocalizedText::new().with("de", "x");
        text.set("de", "   ");
        assert!(text.is_empty());
    }
}
