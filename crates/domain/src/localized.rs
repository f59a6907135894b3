//! Content entered per language, with the fallback to German that the interface announces.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A text in one or more languages, keyed by language code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<String, String>);

/// The text chosen for a reader, and in which language it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    /// True when the text is not in the language that was asked for.
    pub is_fallback: bool,
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
        if trimmed.is_empty() {
            self.0.remove(lang);
        } else {
            self.0.insert(lang.to_owned(), trimmed.to_owned());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Exactly the text of `lang`, without fallback.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// The text in `lang`, else German, else any language there is.
    pub fn choose(&self, lang: &str) -> Option<Chosen<'_>> {
        if let Some((l, t)) = self.0.get_key_value(lang) {
            return Some(Chosen { text: t, lang: l, is_fallback: false });
        }
        self.0
            .get_key_value(Self::FALLBACK)
            .or_else(|| self.0.iter().next())
            .map(|(l, t)| Chosen { text: t, lang: l, is_fallback: true })
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
    fn blank_text_removes_language() {
        let mut text = LocalizedText::new().with("de", "x");
        text.set("de", "   ");
        assert!(text.is_empty());
    }
}
