//! A search of the lists "Vereine bieten" / "Vereine suchen", parsed once from URL parameters:
//! words, category, district and language. The words are matched by the read model (across
//! languages); the rest is decided here.

use crate::language::LanguageCode;
use crate::marketplace::{item_category_key, Item};

/// The raw parameters; every field optional and untrusted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawItemQuery {
    pub q: Option<String>,
    pub category: Option<String>,
    pub district: Option<String>,
    pub language: Option<String>,
}

impl RawItemQuery {
    /// Builds the raw query from URL pairs; the first value of a repeated key counts.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut raw = RawItemQuery::default();
        for (key, value) in pairs {
            let slot = match key {
                "q" => &mut raw.q,
                "category" => &mut raw.category,
                "district" => &mut raw.district,
                "language" => &mut raw.language,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.to_owned());
            }
        }
        raw
    }
}

/// Why a search was refused; `code()` is stable (API and translation keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ItemQueryError {
    #[error("the search text is too long")]
    QueryTooLong,
    #[error("unknown category of offers and needs")]
    UnknownCategory,
    #[error("unknown district")]
    UnknownDistrict,
    #[error("invalid language code")]
    InvalidLanguage,
}

impl ItemQueryError {
    pub fn code(self) -> &'static str {
        match self {
            ItemQueryError::QueryTooLong => "query_too_long",
            ItemQueryError::UnknownCategory => "unknown_category",
            ItemQueryError::UnknownDistrict => "unknown_district",
            ItemQueryError::InvalidLanguage => "invalid_language",
        }
    }
}

/// A validated search of offers or needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemQuery {
    /// The words, trimmed; empty means no text search.
    pub text: String,
    pub category: Option<&'static str>,
    pub district: Option<String>,
    pub language: Option<LanguageCode>,
}

impl ItemQuery {
    pub const MAX_TEXT_CHARS: usize = 200;

    /// Validates the parameters; `districts` are the city's district keys.
    pub fn parse(raw: &RawItemQuery, districts: &[String]) -> Result<Self, ItemQueryError> {
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        let text = given(&raw.q).unwrap_or_default();
        if text.chars().count() > Self::MAX_TEXT_CHARS {
            return Err(ItemQueryError::QueryTooLong);
        }
        let category = given(&raw.category).map(|c| item_category_key(&c).ok_or(ItemQueryError::UnknownCategory)).transpose()?;
        let district = given(&raw.district);
        if district.as_ref().is_some_and(|d| !districts.contains(d)) {
            return Err(ItemQueryError::UnknownDistrict);
        }
        let language = given(&raw.language).map(|l| LanguageCode::parse(&l).map_err(|_| ItemQueryError::InvalidLanguage)).transpose()?;
        Ok(ItemQuery { text, category, district, language })
    }

    /// True when the item passes category, district and language. An item for anywhere in the
    /// city passes every district; an item passes a language it lists or is written in.
    pub fn admits(&self, item: &Item) -> bool {
        let c = &item.content;
        self.category.is_none_or(|k| c.category == k)
            && self.district.as_ref().is_none_or(|d| c.district.as_ref().is_none_or(|own| own == d))
            && self.language.as_ref().is_none_or(|l| c.languages.contains(l) || c.text_lang == l.as_str())
    }

    /// The search as URL parameters, for links that keep it.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.is_empty() {
            params.push(("q", self.text.clone()));
        }
        if let Some(c) = self.category {
            params.push(("category", c.to_owned()));
        }
        if let Some(d) = &self.district {
            params.push(("district", d.clone()));
        }
        if let Some(l) = &self.language {
            params.push(("language", l.as_str().to_owned()));
        }
        params
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::ids::OrgId;
    use crate::marketplace::{ItemContent, ItemId, ItemKind, ItemVisibility};

    fn districts() -> Vec<String> {
        vec!["weststadt".into(), "mitte".into()]
    }

    fn raw(pairs: &[(&str, &str)]) -> RawItemQuery {
        RawItemQuery::from_pairs(pairs.iter().copied())
    }

    fn item(district: Option<&str>, languages: &[&str], text_lang: &str) -> Item {
        let content = ItemContent {
            title: "Saal".into(),
            description: String::new(),
            category: "rooms".into(),
            languages: languages.iter().map(|l| LanguageCode::parse(l).unwrap()).collect(),
            weekdays: None,
            time: None,
            district: district.map(str::to_owned),
            end_date: None,
            text_lang: text_lang.into(),
            visibility: ItemVisibility::Public,
        };
        Item { id: ItemId(1), org: OrgId(1), kind: ItemKind::Offer, content }
    }

    #[test]
    fn parameters_are_checked_and_named_by_code() {
        let q = ItemQuery::parse(&raw(&[("q", "  Saal "), ("category", "Räume"), ("district", "mitte"), ("language", "AR")]), &districts())
            .unwrap();
        assert_eq!((q.text.as_str(), q.category, q.district.as_deref()), ("Saal", Some("rooms"), Some("mitte")));
        assert_eq!(q.to_params().len(), 4);
        let code = |pairs: &[(&str, &str)]| ItemQuery::parse(&raw(pairs), &districts()).unwrap_err().code();
        assert_eq!(code(&[("category", "Raumfahrt")]), "unknown_category");
        assert_eq!(code(&[("district", "atlantis")]), "unknown_district");
        assert_eq!(code(&[("language", "x!")]), "invalid_language");
        assert_eq!(code(&[("q", &"a".repeat(201))]), "query_too_long");
        assert_eq!(ItemQuery::parse(&raw(&[("q", " "), ("category", "")]), &districts()).unwrap(), ItemQuery::default());
    }

    #[test]
    fn anywhere_fits_every_district_and_languages_count_spoken_or_written() {
        let west = ItemQuery::parse(&raw(&[("district", "weststadt")]), &districts()).unwrap();
        assert!(west.admits(&item(Some("weststadt"), &[], "de")));
        assert!(west.admits(&item(None, &[], "de")), "anywhere in the city includes Weststadt");
        assert!(!west.admits(&item(Some("mitte"), &[], "de")));
        let arabic = ItemQuery::parse(&raw(&[("language", "ar")]), &districts()).unwrap();
        assert!(arabic.admits(&item(None, &["de", "ar"], "de")));
        assert!(arabic.admits(&item(None, &[], "ar")), "written in Arabic");
        assert!(!arabic.admits(&item(None, &["tr"], "de")));
    }
}
