//! A search of the directory, parsed once from URL parameters.

use serde::Deserialize;

use crate::category::is_valid_key;
use crate::language::LanguageCode;
use crate::organisation::TargetGroup;

/// The raw parameters as they arrive in a URL; every field optional and untrusted.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawDirectoryQuery {
    pub q: Option<String>,
    pub category: Option<String>,
    pub target_group: Option<String>,
    pub language: Option<String>,
    pub district: Option<String>,
    pub mso: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

impl RawDirectoryQuery {
    /// Builds the raw query from URL pairs; the first value of a repeated key counts and
    /// unknown keys are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut raw = RawDirectoryQuery::default();
        for (key, value) in pairs {
            let slot = match key {
                "q" => &mut raw.q,
                "category" => &mut raw.category,
                "target_group" => &mut raw.target_group,
                "language" => &mut raw.language,
                "district" => &mut raw.district,
                "mso" => &mut raw.mso,
                "sort" => &mut raw.sort,
                "page" => &mut raw.page,
                "per_page" => &mut raw.per_page,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.to_owned());
            }
        }
        raw
    }
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Best match first (name matches before others); by name without a text query.
    #[default]
    Relevance,
    Name,
    /// Most recently updated first.
    Updated,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Name, Sort::Updated];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Updated => "updated",
        }
    }
}

/// A validated directory search.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct DirectoryQuery {
    pub text: String,
    pub category: Option<String>,
    pub target_group: Option<TargetGroup>,
    pub language: Option<LanguageCode>,
    pub district: Option<String>,
    pub mso: Option<bool>,
    pub sort: Sort,
    pub page: u32,
    pub per_page: u32,
}

/// Why a query was refused; `code()` is stable and translated by the interface.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the search text is longer than {max} characters")]
    TextTooLong { max: usize },
    #[error("unknown category")]
    UnknownCategory,
    #[error("unknown target group")]
    UnknownTargetGroup,
    #[error("invalid language code")]
    InvalidLanguage,
    #[error("unknown district")]
    UnknownDistrict,
    #[error("mso must be true or false")]
    InvalidMso,
    #[error("unknown sort order")]
    InvalidSort,
    #[error("page must be a whole number from 1 to {max}")]
    InvalidPage { max: u32 },
    #[error("per_page must be a whole number from 1 to {max}")]
    InvalidPerPage { max: u32 },
}

impl QueryError {
    pub fn code(&self) -> &'static str {
        match self {
            QueryError::TextTooLong { .. } => "query_too_long",
            QueryError::UnknownCategory => "unknown_category",
            QueryError::UnknownTargetGroup => "unknown_target_group",
            QueryError::InvalidLanguage => "invalid_language",
            QueryError::UnknownDistrict => "unknown_district",
            QueryError::InvalidMso => "invalid_mso",
            QueryError::InvalidSort => "invalid_sort",
            QueryError::InvalidPage { .. } => "invalid_page",
            QueryError::InvalidPerPage { .. } => "invalid_per_page",
        }
    }
}

/// What the query is checked against: the keys that exist in this network.
pub trait KnownKeys {
    fn has_category(&self, key: &str) -> bool;
    fn has_district(&self, key: &str) -> bool;
}

impl DirectoryQuery {
    pub const MAX_TEXT_CHARS: usize = 200;
    pub const MAX_PER_PAGE: u32 = 100;
    pub const DEFAULT_PER_PAGE: u32 = 20;
    pub const MAX_PAGE: u32 = 10_000;

    /// Parses raw URL parameters; empty values count as absent.
    pub fn parse(raw: &RawDirectoryQuery, known: &impl KnownKeys) -> Result<Self, QueryError> {
        let text = raw.q.as_deref().unwrap_or("").trim().to_owned();
        if text.chars().count() > Self::MAX_TEXT_CHARS {
            return Err(QueryError::TextTooLong { max: Self::MAX_TEXT_CHARS });
        }
        let category = match present(&raw.category) {
            Some(c) if is_valid_key(c) && known.has_category(c) => Some(c.to_owned()),
            Some(_) => return Err(QueryError::UnknownCategory),
            None => None,
        };
        let target_group = present(&raw.target_group).map(|g| TargetGroup::parse(g).ok_or(QueryError::UnknownTargetGroup)).transpose()?;
        let language = present(&raw.language).map(|l| LanguageCode::parse(l).map_err(|_| QueryError::InvalidLanguage)).transpose()?;
        let district = match present(&raw.district) {
            Some(d) if is_valid_key(d) && known.has_district(d) => Some(d.to_owned()),
            Some(_) => return Err(QueryError::UnknownDistrict),
            None => None,
        };
        let mso = present(&raw.mso)
            .map(|m| match m {
                "true" | "1" | "yes" | "ja" => Ok(true),
                "false" | "0" | "no" | "nein" => Ok(false),
                _ => Err(QueryError::InvalidMso),
            })
            .transpose()?;
        let sort = present(&raw.sort)
            .map(|s| Sort::ALL.into_iter().find(|k| k.key() == s).ok_or(QueryError::InvalidSort))
            .transpose()?
            .unwrap_or_default();
        let page = parse_bounded(&raw.page, 1, Self::MAX_PAGE, QueryError::InvalidPage { max: Self::MAX_PAGE })?;
        let per_page = parse_bounded(
            &raw.per_page,
            Self::DEFAULT_PER_PAGE,
            Self::MAX_PER_PAGE,
            QueryError::InvalidPerPage { max: Self::MAX_PER_PAGE },
        )?;
        Ok(Self { text, category, target_group, language, district, mso, sort, page, per_page })
    }

    /// Whether any filter or text narrows the search.
    pub fn is_narrowed(&self) -> bool {
        !self.text.is_empty()
            || self.category.is_some()
            || self.target_group.is_some()
            || self.language.is_some()
            || self.district.is_some()
            || self.mso.is_some()
    }

    /// The query as URL parameters in a fixed order, leaving out defaults: a stable URL.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.is_empty() {
            params.push(("q", self.text.clone()));
        }
        if let Some(c) = &self.category {
            params.push(("category", c.clone()));
        }
        if let Some(g) = self.target_group {
            params.push(("target_group", g.key().to_owned()));
        }
        if let Some(l) = &self.language {
            params.push(("language", l.as_str().to_owned()));
        }
        if let Some(d) = &self.district {
            params.push(("district", d.clone()));
        }
        if let Some(m) = self.mso {
            params.push(("mso", m.to_string()));
        }
        if self.sort != Sort::default() {
            params.push(("sort", self.sort.key().to_owned()));
        }
        if self.per_page != Self::DEFAULT_PER_PAGE {
            params.push(("per_page", self.per_page.to_string()));
        }
        if self.page != 1 {
            params.push(("page", self.page.to_string()));
        }
        params
    }
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn parse_bounded(value: &Option<String>, default: u32, max: u32, error: QueryError) -> Result<u32, QueryError> {
    match present(value) {
        None => Ok(default),
        Some(v) => match v.parse::<u32>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(error),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Keys;
    impl KnownKeys for Keys {
        fn has_category(&self, key: &str) -> bool {
            key == "language"
        }
        fn has_district(&self, key: &str) -> bool {
            key == "mitte"
        }
    }

    fn raw(pairs: &[(&str, &str)]) -> RawDirectoryQuery {
        RawDirectoryQuery::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn first_of_repeated_keys_counts() {
        let raw = RawDirectoryQuery::from_pairs([("q", "a"), ("q", "b"), ("x", "y")]);
        assert_eq!(raw.q.as_deref(), Some("a"));
    }

    #[test]
    fn defaults() {
        let q = DirectoryQuery::parse(&raw(&[]), &Keys).expect("query");
        assert_eq!((q.page, q.per_page, q.sort), (1, 20, Sort::Relevance));
        assert!(!q.is_narrowed());
        assert!(q.to_params().is_empty());
    }

    #[test]
    fn full_query_round_trips_to_stable_params() {
        let q = DirectoryQuery::parse(
            &raw(&[
                ("page", "2"),
                ("q", " Frauen "),
                ("mso", "ja"),
                ("language", "AR"),
                ("category", "language"),
                ("district", "mitte"),
                ("target_group", "women"),
            ]),
            &Keys,
        )
        .expect("query");
        let keys: Vec<_> = q.to_params().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(keys, ["q=Frauen", "category=language", "target_group=women", "language=ar", "district=mitte", "mso=true", "page=2"]);
    }

    #[test]
    fn rejects_bad_parameters_with_codes() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("category", "nope")], "unknown_category"),
            (&[("category", "DROP TABLE")], "unknown_category"),
            (&[("district", "nowhere")], "unknown_district"),
            (&[("target_group", "aliens")], "unknown_target_group"),
            (&[("language", "deutsch")], "invalid_language"),
            (&[("mso", "maybe")], "invalid_mso"),
            (&[("sort", "random")], "invalid_sort"),
            (&[("page", "-1")], "invalid_page"),
            (&[("page", "0")], "invalid_page"),
            (&[("page", "99999999999")], "invalid_page"),
            (&[("per_page", "1000")], "invalid_per_page"),
            (&[("per_page", "abc")], "invalid_per_page"),
        ];
        for (params, code) in cases {
            let err = DirectoryQuery::parse(&raw(params), &Keys).expect_err("must fail");
            assert_eq!(err.code(), *code, "{params:?}");
        }
        let long = "x".repeat(10_000);
        let err = DirectoryQuery::parse(&raw(&[("q", &long)]), &Keys).expect_err("too long");
        assert_eq!(err.code(), "query_too_long");
    }
}
