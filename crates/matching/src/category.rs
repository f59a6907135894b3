//! The managed category list (Handlungsfelder) and the lookup from entered text to a canonical category.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::{fold_german, tokenize};

const CATEGORIES: &str = include_str!("../data/categories.txt");

/// The office's category list with aliases.
#[derive(Debug, Clone, Default)]
pub struct CategoryList {
    names: Vec<String>,
    by_key: HashMap<String, usize>,
}

static BUILTIN: OnceLock<CategoryList> = OnceLock::new();

impl CategoryList {
    /// The list shipped with the crate.
    pub fn builtin() -> &'static CategoryList {
        BUILTIN.get_or_init(|| CategoryList::parse(CATEGORIES))
    }

    /// Parses lines `Name | alias, alias`.
    pub fn parse(text: &str) -> CategoryList {
        let mut list = CategoryList::default();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (name, aliases) = line.split_once('|').unwrap_or((line, ""));
            let index = list.names.len();
            list.names.push(name.trim().to_string());
            list.by_key.insert(key(name), index);
            for alias in aliases.split(',').filter(|a| !a.trim().is_empty()) {
                list.by_key.entry(key(alias)).or_insert(index);
            }
        }
        list
    }

    /// The index of the canonical category for an entered name, if it is on the list.
    pub fn find(&self, input: &str) -> Option<usize> {
        self.by_key.get(&key(input)).copied()
    }

    /// The index of a canonical German name.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// The German name of a category index.
    pub fn name(&self, index: usize) -> Option<&str> {
        self.names.get(index).map(String::as_str)
    }

    /// Whether items of this category are places or vehicles whose number of places is a
    /// capacity (rooms; material and transport).
    pub fn holds_people(&self, index: usize) -> bool {
        self.name(index).is_some_and(|n| n == "Räume" || n == "Material & Transport")
    }

    /// How many categories the list has.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.names.len()
    }
}

fn key(name: &str) -> String {
    let words: Vec<String> = tokenize(&name.replace('&', " und ")).iter().map(|w| fold_german(w)).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_categories_by_name_and_alias() {
        let c = CategoryList::builtin();
        assert_eq!(c.len(), 15);
        let sprache = c.index_of("Sprache & Übersetzung");
        assert!(sprache.is_some());
        assert_eq!(c.find("Sprache und Übersetzung"), sprache);
        assert_eq!(c.find("sprache & ubersetzung"), sprache);
        assert_eq!(c.find("Translation"), sprache);
        assert_eq!(c.find("Rooms"), c.index_of("Räume"));
        assert_eq!(c.find("Irgendwas"), None);
    }
}
