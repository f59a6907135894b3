//! Fields of activity: the list of categories the office manages.

use serde::{Deserialize, Serialize};

use crate::localized::LocalizedText;

/// A field of activity, e.g. `language` ("Sprache & Übersetzung").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Stable key used in URLs and the API.
    pub key: String,
    /// Name per language.
    pub labels: LocalizedText,
    /// Position in lists.
    pub position: i32,
}

impl Category {
    pub fn label(&self, lang: &str) -> &str {
        self.labels.choose(lang).map_or(self.key.as_str(), |c| c.text)
    }
}

/// Whether a string can be a category or district key: lowercase ASCII, digits, hyphens.
pub fn is_valid_key(raw: &str) -> bool {
    !raw.is_empty() && raw.len() <= 64 && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
