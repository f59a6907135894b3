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

/// CSS classes of a category's marker: colour `kp-c<n>` and shape `kp-s<n>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryStyle {
    pub colour: usize,
    pub shape: usize,
}

impl CategoryStyle {
    pub fn of(key: &str) -> Self {
        match KEYS.iter().position(|k| *k == key) {
            Some(i) => Self { colour: i, shape: i % SHAPES },
            None => Self { colour: KEYS.len(), shape: 0 },
        }
    }

    /// The classes for markers and legend symbols.
    pub fn classes(&self) -> String {
        format!("kp-c{} kp-s{}", self.colour, self.shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_category_has_its_own_colour_and_shape_pair() {
        let mut seen = std::collections::HashSet::new();
        for key in KEYS {
            let style = CategoryStyle::of(key);
            assert!(seen.insert((style.colour, style.shape)), "{key}");
        }
        assert_eq!(CategoryStyle::of("new-field").classes(), "kp-c14 kp-s0");
    }
}
