//! The fields of activity a new network starts with; the office can change them later.
//! Labels other than German and English are machine-drafted and await native review.

use domain::category::Category;
use domain::localized::LocalizedText;
use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    key: String,
    labels: LocalizedText,
}

/// The default list, in display order.
pub fn default_categories() -> Vec<Category> {
    let entries: Vec<Entry> = serde_json::from_str(include_str!("default_categories.json")).unwrap_or_default();
    entries.into_iter().enumerate().map(|(i, e)| Category { key: e.key, labels: e.labels, position: i as i32 }).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn default_list_parses_with_all_languages() {
        let list = super::default_categories();
        assert_eq!(list.len(), 14);
        for category in &list {
            for lang in ["de", "en", "tr", "ar", "uk", "ru", "fa"] {
                assert!(category.labels.exact(lang).is_some(), "{} lacks {lang}", category.key);
            }
        }
    }
}
