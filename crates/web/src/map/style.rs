//! How a field of activity looks on the map: a fixed colour and shape per category key, so
//! that the legend, the markers and the list agree and no information is in colour alone.

/// The default fields of activity in palette order; other keys get the neutral style.
const KEYS: [&str; 14] = [
    "culture",
    "language",
    "education",
    "counselling",
    "religion",
    "sport",
    "women",
    "youth",
    "family",
    "refugees",
    "health",
    "work",
    "arts",
    "neighbourhood",
];

/// Number of distinct shapes (`kp-s0` … `kp-s6` in app.css).
const SHAPES: usize = 7;

/// CSS classes of a category's marker: colour `kp-c<n>`, shape `kp-s<n>` and, for the second
/// round of shapes, a white centre `kp-m`, so that every default category has its own symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryStyle {
    pub colour: usize,
    pub shape: usize,
    pub marked: bool,
}

impl CategoryStyle {
    pub fn of(key: &str) -> Self {
        match KEYS.iter().position(|k| *k == key) {
            Some(i) => Self { colour: i, shape: i % SHAPES, marked: i >= SHAPES },
            None => Self { colour: KEYS.len(), shape: 0, marked: false },
        }
    }

    /// The classes for markers and legend symbols.
    pub fn classes(&self) -> String {
        let mark = if self.marked { " kp-m" } else { "" };
        format!("kp-c{} kp-s{}{mark}", self.colour, self.shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_category_has_its_own_symbol_not_only_its_own_colour() {
        let mut seen = std::collections::HashSet::new();
        for key in KEYS {
            let style = CategoryStyle::of(key);
            assert!(seen.insert((style.shape, style.marked)), "{key} shares its symbol");
        }
        assert_eq!(seen.len(), 14);
        assert_eq!(CategoryStyle::of("arts").classes(), "kp-c12 kp-s5 kp-m");
        assert_eq!(CategoryStyle::of("new-field").classes(), "kp-c14 kp-s0");
    }
}
