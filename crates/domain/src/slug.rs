//! URL slugs: lowercase ASCII letters, digits and single hyphens.

use serde::{Deserialize, Serialize};

/// A validated slug, used in public URLs of organisations.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid slug")]
pub struct InvalidSlug;

impl Slug {
    /// Longest slug accepted.
    pub const MAX_LEN: usize = 80;

    pub fn parse(raw: &str) -> Result<Self, InvalidSlug> {
        let ok = !raw.is_empty()
            && raw.len() <= Self::MAX_LEN
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-')
            && !raw.contains("--");
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(InvalidSlug)
        }
    }

    /// Derives a slug from a display name ("Frauencafé Lindenblüte e.V." → "frauencafe-lindenbluete-e-v").
    pub fn from_name(name: &str) -> Result<Self, InvalidSlug> {
        let mut out = String::with_capacity(name.len());
        for ch in crate::text::fold_to_ascii(&name.to_lowercase()).chars() {
            if ch.is_ascii_alphanumeric() {
                out.push(ch);
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        let mut trimmed: String = out.trim_end_matches('-').chars().take(Self::MAX_LEN).collect();
        while trimmed.ends_with('-') {
            trimmed.pop();
        }
        Self::parse(&trimmed)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = InvalidSlug;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(value: Slug) -> Self {
        value.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_slugs() {
        assert!(Slug::parse("kulturverein-brueckenschlag").is_ok());
        assert!(Slug::parse("fc-1919").is_ok());
    }

    #[test]
    fn rejects_bad_slugs() {
        for bad in ["", "-a", "a-", "a--b", "Groß", "a b", "ä", &"a".repeat(81)] {
            assert_eq!(Slug::parse(bad), Err(InvalidSlug), "{bad}");
        }
    }

    #[test]
    fn derives_from_names() {
        let slug = Slug::from_name("Frauencafé Lindenblüte e.V.").expect("slug");
        assert_eq!(slug.as_str(), "frauencafe-lindenbluete-e-v");
        assert!(Slug::from_name("!!!").is_err());
    }
}
