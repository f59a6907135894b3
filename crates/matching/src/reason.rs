//! Why a suggestion was made, as typed values with a German rendering.

use std::fmt;

use crate::language::LanguageTable;
use crate::model::{Audience, Weekday};

/// One reason for a suggestion. The web UI translates these; `to_german` is the default text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Both are about the same thing; `label` is the German label of the concept ("Räume").
    Topic {
        label: String,
        /// The lexicon's concept name, to name it in other languages.
        concept: String,
    },
    /// Both are in the same category of the managed list.
    SameCategory {
        category: String,
    },
    /// The offering side speaks a language the need asks for (a language code).
    SpeaksLanguage {
        language: String,
    },
    /// Days both sides can do.
    WeekdaysFit {
        days: Vec<Weekday>,
    },
    /// The times of day overlap.
    TimeFits,
    SameDistrict {
        district: String,
    },
    /// The offer's district borders the need's.
    NeighbouringDistrict {
        offer_district: String,
        need_district: String,
    },
    /// Both are for the same target group.
    SameAudience {
        audience: Audience,
    },
}

impl Reason {
    /// The German text shown to representatives ("Samstag passt", "Weststadt grenzt an Mitte").
    pub fn to_german(&self) -> String {
        match self {
            Reason::Topic { label, .. } => label.clone(),
            Reason::SameCategory { category } => format!("beide im Bereich {category}"),
            Reason::SpeaksLanguage { language } => {
                format!("spricht {}", LanguageTable::builtin().german_name(language))
            }
            Reason::WeekdaysFit { days } => match days.as_slice() {
                [one] => format!("{} passt", one.german_name()),
                [a, b] => format!("{} und {} passen", a.german_name(), b.german_name()),
                _ => "Wochentage passen".to_string(),
            },
            Reason::TimeFits => "Uhrzeit passt".to_string(),
            Reason::SameDistrict { district } => format!("beide in {district}"),
            Reason::NeighbouringDistrict { offer_district, need_district } => {
                format!("{offer_district} grenzt an {need_district}")
            }
            Reason::SameAudience { audience } => match audience {
                Audience::Women => "für Frauen".to_string(),
                Audience::Men => "für Männer".to_string(),
                Audience::Youth => "für Jugendliche".to_string(),
            },
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_german())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_german() {
        assert_eq!(Reason::Topic { label: "Räume".into(), concept: "room".into() }.to_german(), "Räume");
        assert_eq!(Reason::WeekdaysFit { days: vec![Weekday::Sa] }.to_german(), "Samstag passt");
        assert_eq!(Reason::WeekdaysFit { days: vec![Weekday::Sa, Weekday::So] }.to_german(), "Samstag und Sonntag passen");
        assert_eq!(Reason::SpeaksLanguage { language: "ar".into() }.to_german(), "spricht Arabisch");
        assert_eq!(
            Reason::NeighbouringDistrict { offer_district: "Weststadt".into(), need_district: "Mitte".into() }.to_german(),
            "Weststadt grenzt an Mitte"
        );
        assert_eq!(Reason::SameCategory { category: "Sprache & Übersetzung".into() }.to_string(), "beide im Bereich Sprache & Übersetzung");
    }
}
