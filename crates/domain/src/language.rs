//! Languages: the seven interface locales and the ISO 639 codes of languages spoken.

use serde::{Deserialize, Serialize};

/// A language of the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UiLocale {
    De,
    En,
    Tr,
    Ar,
    Uk,
    Ru,
    Fa,
}

impl UiLocale {
    /// All interface languages, German first.
    pub const ALL: [UiLocale; 7] = [UiLocale::De, UiLocale::En, UiLocale::Tr, UiLocale::Ar, UiLocale::Uk, UiLocale::Ru, UiLocale::Fa];

    pub fn code(self) -> &'static str {
        match self {
            UiLocale::De => "de",
            UiLocale::En => "en",
            UiLocale::Tr => "tr",
            UiLocale::Ar => "ar",
            UiLocale::Uk => "uk",
            UiLocale::Ru => "ru",
            UiLocale::Fa => "fa",
        }
    }

    /// The language's own name, as shown in the language switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            UiLocale::De => "Deutsch",
            UiLocale::En => "English",
            UiLocale::Tr => "Türkçe",
            UiLocale::Ar => "العربية",
            UiLocale::Uk => "Українська",
            UiLocale::Ru => "Русский",
            UiLocale::Fa => "فارسی",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, UiLocale::Ar | UiLocale::Fa)
    }

    /// Parses a language tag such as `de`, `en-GB` or `AR`; region and script are ignored.
    pub fn parse(tag: &str) -> Option<UiLocale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        UiLocale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Picks the best interface language from an `Accept-Language` header value.
    pub fn negotiate(accept_language: &str) -> Option<UiLocale> {
        let mut candidates: Vec<(f32, usize, UiLocale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(pos, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?;
                let quality = pieces.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                let locale = UiLocale::parse(tag)?;
                (quality > 0.0).then_some((quality, pos, locale))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }
}

/// An ISO 639-1 or 639-3 code of a spoken language (`de`, `ti`, `prs`).
/// Kept inline (four bytes, no allocation): every profile, listing and item holds several.
/// Orders like its text: shorter codes are padded with 0, which sorts before any letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageCode {
    letters: [u8; 3],
    len: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid language code")]
pub struct InvalidLanguageCode;

impl LanguageCode {
    pub fn parse(raw: &str) -> Result<Self, InvalidLanguageCode> {
        let code = raw.trim().as_bytes();
        if !(2..=3).contains(&code.len()) || !code.iter().all(u8::is_ascii_alphabetic) {
            return Err(InvalidLanguageCode);
        }
        let mut letters = [0u8; 3];
        for (to, from) in letters.iter_mut().zip(code) {
            *to = from.to_ascii_lowercase();
        }
        Ok(Self { letters, len: code.len() as u8 })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored (see `parse`).
        std::str::from_utf8(&self.letters[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl TryFrom<String> for LanguageCode {
    type Error = InvalidLanguageCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LanguageCode> for String {
    fn from(value: LanguageCode) -> Self {
        value.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags() {
        assert_eq!(UiLocale::parse("en-GB"), Some(UiLocale::En));
        assert_eq!(UiLocale::parse("AR"), Some(UiLocale::Ar));
        assert_eq!(UiLocale::parse("fr"), None);
    }

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(UiLocale::negotiate("fr-FR,fr;q=0.9,ar;q=0.8,en;q=0.7"), Some(UiLocale::Ar));
        assert_eq!(UiLocale::negotiate("en;q=0.5, uk"), Some(UiLocale::Uk));
        assert_eq!(UiLocale::negotiate("fr, es"), None);
        assert_eq!(UiLocale::negotiate("tr;q=0"), None);
        assert_eq!(UiLocale::negotiate("garbage;;q=x"), None);
    }

    #[test]
    fn knows_direction() {
        assert!(UiLocale::Fa.is_rtl());
        assert!(!UiLocale::Uk.is_rtl());
    }

    #[test]
    fn language_codes() {
        assert_eq!(LanguageCode::parse(" TI ").map(|c| c.as_str().to_owned()), Ok("ti".to_owned()));
        assert!(LanguageCode::parse("deutsch").is_err());
        assert!(LanguageCode::parse("d1").is_err());
        assert!(LanguageCode::parse("dé").is_err());
    }

    #[test]
    fn language_codes_sort_like_their_text_and_read_back_as_text() {
        let mut codes: Vec<LanguageCode> =
            ["tr", "prs", "de", "deu", "ar", "ti", "d", "uk"].iter().filter_map(|c| LanguageCode::parse(c).ok()).collect();
        codes.sort();
        let texts: Vec<&str> = codes.iter().map(LanguageCode::as_str).collect();
        assert_eq!(texts, ["ar", "de", "deu", "prs", "ti", "tr", "uk"]);
        let json = serde_json::to_string(&codes[3]).unwrap_or_default();
        assert_eq!(json, "\"prs\"");
        assert_eq!(serde_json::from_str::<LanguageCode>(&json).ok(), Some(codes[3]));
        assert!(serde_json::from_str::<LanguageCode>("\"x\"").is_err());
    }
}
