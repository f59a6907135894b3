//! The concepts that rules in code refer to by meaning (a course makes a named language one to
//! learn, cooking at an event is catering…), resolved to ids once when the lexicon loads.
//!
//! Each field is named like its concept in `data/lexicon_*.txt`. Renaming or removing one of them
//! there is reported as a warning of the lexicon (see `Lexicon::builtin_warnings`, which a test
//! requires to be empty), so that it fails a test instead of silently switching its rule off.

use super::ConceptId;

/// The id of a special concept that is missing from the lexicon: no concept has it, so the rule
/// that looks for it finds nothing (and the lexicon reports the name as a warning).
const MISSING: ConceptId = ConceptId::MAX;

macro_rules! special_concepts {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The concept ids the reading rules use, each field named like its concept.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Special {
            $($(#[$doc])* pub $name: ConceptId,)*
        }

        impl Special {
            /// Resolves every special concept with `find`; the names it does not know are
            /// added to `missing`.
            pub(super) fn resolve(find: impl Fn(&str) -> Option<ConceptId>, missing: &mut Vec<String>) -> Special {
                let mut id = |name: &str| {
                    find(name).unwrap_or_else(|| {
                        missing.push(name.to_string());
                        MISSING
                    })
                };
                Special { $($name: id(stringify!($name)),)* }
            }

            /// Every special concept as (name, id).
            #[cfg(test)]
            pub fn all(&self) -> Vec<(&'static str, ConceptId)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

special_concepts! {
    /// A course: a language named next to it is taught, a device next to it is a skill.
    course,
    /// A workshop: with `course`, what teaches people to do a thing themselves.
    workshop,
    /// Learning a language: a need about it depends on the language it names.
    language_learning,
    /// Interpreting and translation: a need for it depends on the languages it names, and an
    /// interpreting offer speaks only the languages it names.
    language_mediation,
    /// Accompaniment ("Begleitung zum Jobcenter, Ukrainisch oder Russisch") in a named language.
    mentoring,
    /// Literacy courses, read like language learning.
    literacy,
    /// Someone to lead a group (trainer, choir director), not a course for its members.
    coach,
    /// "nicht online": only on site, without an "only".
    onsite_strict,
    /// Devices to have; named with a course or help ("PC-Hilfe") they are `digital_skills`.
    digital_devices,
    digital_skills,
    /// Cooking named with an event is `catering`, unless a cooking class or baking is named.
    cooking,
    cooking_class,
    baking,
    event,
    catering,
    /// A need that names an amount of money ("250 €") asks for funding.
    funding_application,
    /// School levels read from class numbers ("Kl. 1–4", "7–12 кл.").
    primary_school,
    secondary_school,
    /// A vehicle: lent to be driven by the borrower, or given with its driver.
    vehicle,
    /// Interpreting (spoken) and written translation: a need for the one is not served by an
    /// offer that says it does only the other.
    interpreting,
    written_translation,
}
