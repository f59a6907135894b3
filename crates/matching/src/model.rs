//! The matcher's input types: organisations, offers and needs, weekdays, audiences and districts.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// Identifier of an organisation (association, initiative, group).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(pub String);

/// Identifier of an offer or a need.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId(pub String);

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether an item is something offered ("Wir bieten") or sought ("Wir suchen").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Offer,
    Need,
}

/// A day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Mo,
    Di,
    Mi,
    Do,
    Fr,
    Sa,
    So,
}

impl Weekday {
    /// All days, Monday first.
    pub const ALL: [Weekday; 7] = [Weekday::Mo, Weekday::Di, Weekday::Mi, Weekday::Do, Weekday::Fr, Weekday::Sa, Weekday::So];

    /// Parses German two-letter codes ("Sa") and English short or long names ("Sat", "Saturday").
    pub fn parse(input: &str) -> Option<Weekday> {
        let s = input.trim().to_lowercase();
        let day = match s.as_str() {
            "mo" | "mon" | "monday" | "montag" => Weekday::Mo,
            "di" | "tu" | "tue" | "tues" | "tuesday" | "dienstag" => Weekday::Di,
            "mi" | "we" | "wed" | "wednesday" | "mittwoch" => Weekday::Mi,
            "do" | "th" | "thu" | "thur" | "thurs" | "thursday" | "donnerstag" => Weekday::Do,
            "fr" | "fri" | "friday" | "freitag" => Weekday::Fr,
            "sa" | "sat" | "saturday" | "samstag" | "sonnabend" => Weekday::Sa,
            "so" | "su" | "sun" | "sunday" | "sonntag" => Weekday::So,
            _ => return None,
        };
        Some(day)
    }

    /// The German two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Weekday::Mo => "Mo",
            Weekday::Di => "Di",
            Weekday::Mi => "Mi",
            Weekday::Do => "Do",
            Weekday::Fr => "Fr",
            Weekday::Sa => "Sa",
            Weekday::So => "So",
        }
    }

    /// The German name ("Samstag").
    pub fn german_name(self) -> &'static str {
        match self {
            Weekday::Mo => "Montag",
            Weekday::Di => "Dienstag",
            Weekday::Mi => "Mittwoch",
            Weekday::Do => "Donnerstag",
            Weekday::Fr => "Freitag",
            Weekday::Sa => "Samstag",
            Weekday::So => "Sonntag",
        }
    }
}

/// Who an offer or need is for, as far as hard constraints are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Audience {
    Women,
    Men,
    Youth,
}

impl Audience {
    /// Parses "women"/"frauen", "men"/"männer", "youth"/"jugend" and similar.
    pub fn parse(input: &str) -> Option<Audience> {
        match input.trim().to_lowercase().as_str() {
            "women" | "woman" | "female" | "frauen" | "frau" | "girls" | "mädchen" => Some(Audience::Women),
            "men" | "man" | "male" | "männer" | "mann" | "boys" | "jungen" => Some(Audience::Men),
            "youth" | "young" | "young people" | "jugend" | "jugendliche" | "children" | "kinder" | "kids" => Some(Audience::Youth),
            _ => None,
        }
    }
}

/// An organisation of the network, as far as matching needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: OrgId,
    pub name: String,
    /// Normalised language codes ("ar", "ti", "de").
    pub languages: Vec<String>,
    /// Fields of activity, as entered.
    pub fields: Vec<String>,
    pub district: Option<String>,
    pub description: String,
}

/// Constraints stated explicitly on an item; the texts are read for them too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExplicitConstraints {
    /// The item is only for (or only from) this audience.
    pub audience: Option<Audience>,
    pub on_site_only: Option<bool>,
    pub language_required: Option<bool>,
}

/// An offer or a need of one organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: ItemId,
    pub org: OrgId,
    pub kind: Kind,
    pub title: String,
    pub description: String,
    /// The category as entered; may be absent or not on the managed list.
    pub category: Option<String>,
    /// Normalised language codes.
    pub languages: Vec<String>,
    /// `None` when the item names no days.
    pub weekdays: Option<BTreeSet<Weekday>>,
    pub time: Option<String>,
    pub district: Option<String>,
    /// Language of the texts ("de", "tr", …), if known.
    pub text_lang: Option<String>,
    pub explicit: ExplicitConstraints,
}

/// The city's districts and which of them border each other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Districts {
    neighbours: BTreeMap<String, BTreeSet<String>>,
    /// Index of each district key, and which indices border each other (row-major matrix).
    index: HashMap<String, usize>,
    adjacent: Vec<bool>,
    /// District names as words, by their first word: the other words and the district's index.
    words: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The names as first written, by index.
    names: Vec<String>,
}

impl Districts {
    /// Builds the neighbourhood relation; it is made symmetric.
    pub fn new<I, J>(entries: I) -> Districts
    where
        I: IntoIterator<Item = (String, J)>,
        J: IntoIterator<Item = String>,
    {
        let mut neighbours: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut written: HashMap<String, String> = HashMap::new();
        for (name, list) in entries {
            let key = district_key(&name);
            written.entry(key.clone()).or_insert_with(|| name.trim().to_string());
            neighbours.entry(key.clone()).or_default();
            for n in list {
                let nk = district_key(&n);
                written.entry(nk.clone()).or_insert_with(|| n.trim().to_string());
                neighbours.entry(key.clone()).or_default().insert(nk.clone());
                neighbours.entry(nk).or_default().insert(key.clone());
            }
        }
        let index: HashMap<String, usize> = neighbours.keys().enumerate().map(|(i, k)| (k.clone(), i)).collect();
        let n = index.len();
        let mut adjacent = vec![false; n * n];
        for (k, ns) in &neighbours {
            for other in ns {
                if let (Some(&a), Some(&b)) = (index.get(k), index.get(other)) {
                    adjacent[a * n + b] = true;
                }
            }
        }
        let mut words: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (key, &i) in &index {
            let tokens = crate::text::tokenize(key);
            if let Some((first, rest)) = tokens.split_first() {
                words.entry(first.clone()).or_default().push((rest.to_vec(), i));
            }
        }
        let names = neighbours.keys().map(|k| written.get(k).cloned().unwrap_or_else(|| k.clone())).collect();
        Districts { neighbours, index, adjacent, words, names }
    }

    /// The name of a district by index, as first written.
    pub(crate) fn name(&self, index: usize) -> Option<&str> {
        self.names.get(index).map(String::as_str)
    }

    /// The districts named in a token sequence (as [`crate::text::tokenize`] gives it), each
    /// with the position of its first word.
    pub(crate) fn named_in(&self, tokens: &[String]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.words.is_empty() {
            return out;
        }
        for (pos, t) in tokens.iter().enumerate() {
            for (rest, i) in self.words.get(t).map_or(&[][..], Vec::as_slice) {
                if tokens.get(pos + 1..pos + 1 + rest.len()) == Some(rest.as_slice()) {
                    out.push((*i, pos));
                }
            }
        }
        out
    }

    /// The closest relation between any district of one list and any of the other.
    pub(crate) fn closest(&self, a: &[usize], b: &[usize]) -> Proximity {
        let mut best = Proximity::Unknown;
        for &x in a {
            for &y in b {
                best = match (best, self.relation_of_indices(x, y)) {
                    (Proximity::Same, _) | (_, Proximity::Same) => return Proximity::Same,
                    (Proximity::Neighbour, _) | (_, Proximity::Neighbour) => Proximity::Neighbour,
                    _ => Proximity::Far,
                };
            }
        }
        best
    }

    /// Whether any neighbourhood is known at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.neighbours.is_empty()
    }

    /// How two districts relate.
    #[cfg(test)]
    fn relation(&self, a: &str, b: &str) -> Proximity {
        self.relation_of_keys(&district_key(a), &district_key(b))
    }

    /// How two districts relate, given their keys (see [`district_key`]).
    pub(crate) fn relation_of_keys(&self, ka: &str, kb: &str) -> Proximity {
        if ka == kb {
            return Proximity::Same;
        }
        match (self.index.get(ka), self.index.get(kb)) {
            (Some(&a), Some(&b)) => self.relation_of_indices(a, b),
            _ => Proximity::Unknown,
        }
    }

    /// The index of a district key, if the district is listed.
    pub(crate) fn index_of(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// How two listed districts relate, by index (see [`Districts::index_of`]).
    pub(crate) fn relation_of_indices(&self, a: usize, b: usize) -> Proximity {
        if a == b {
            Proximity::Same
        } else if self.adjacent.get(a * self.index.len() + b).copied().unwrap_or(false) {
            Proximity::Neighbour
        } else {
            Proximity::Far
        }
    }
}

/// The relation of two districts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proximity {
    Same,
    Neighbour,
    /// Both districts are known and do not border each other.
    Far,
    /// At least one district is not in the district list.
    Unknown,
}

/// The comparison key of a district name (trimmed, lower case).
pub fn district_key(name: &str) -> String {
    name.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_weekdays_in_german_and_english() {
        assert_eq!(Weekday::parse("Sa"), Some(Weekday::Sa));
        assert_eq!(Weekday::parse("Mon"), Some(Weekday::Mo));
        assert_eq!(Weekday::parse("sunday"), Some(Weekday::So));
        assert_eq!(Weekday::parse("Di"), Some(Weekday::Di));
        assert_eq!(Weekday::parse("Xy"), None);
    }

    #[test]
    fn districts_are_symmetric() {
        let d = Districts::new(vec![("Mitte".to_string(), vec!["Weststadt".to_string()]), ("Oststadt".to_string(), vec![])]);
        assert_eq!(d.relation("Weststadt", "Mitte"), Proximity::Neighbour);
        assert_eq!(d.relation("mitte", "Mitte"), Proximity::Same);
        assert_eq!(d.relation("Oststadt", "Weststadt"), Proximity::Far);
        assert_eq!(d.relation("Oststadt", "Nirgendwo"), Proximity::Unknown);
    }

    #[test]
    fn districts_are_found_in_texts() {
        let d = Districts::new(vec![("Alte Neustadt".to_string(), vec!["Weststadt".to_string()]), ("Oststadt".to_string(), vec![])]);
        let tokens = crate::text::tokenize("Raum in der Alten Neustadt oder Alte Neustadt, gern Weststadt");
        let found: Vec<usize> = d.named_in(&tokens).into_iter().map(|(i, _)| i).collect();
        assert_eq!(found, vec![d.index_of("alte neustadt").unwrap_or(9), d.index_of("weststadt").unwrap_or(9)]);
        let (w, o) = (d.index_of("weststadt").unwrap_or(9), d.index_of("oststadt").unwrap_or(9));
        assert_eq!(d.closest(&[o, w], &[d.index_of("alte neustadt").unwrap_or(9)]), Proximity::Neighbour);
        assert_eq!(d.closest(&[o], &[]), Proximity::Unknown);
    }
}
