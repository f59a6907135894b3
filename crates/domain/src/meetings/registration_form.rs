//! The registration form a representative (or the office) fills for one person: name,
//! address, spoken languages, accessibility needs and the consent that name and association
//! appear on table lists, badges and handouts.
//!
//! Consent is recorded like a contact person's (time, text version, who recorded it). Without
//! it the person still takes part: lists and handouts then show the association only.

use super::form::{add, one_line};
use crate::accounts::EmailAddress;
use crate::language::LanguageCode;
use crate::organisation::Consent;
use crate::profile_form::FieldError;

/// Version of the consent text for names on table lists and handouts.
pub const LIST_CONSENT_TEXT_VERSION: &str = "meeting-lists-v1";
pub const MAX_NAME: usize = 200;
pub const MAX_ACCESSIBILITY: usize = 500;
pub const MAX_LANGUAGES: usize = 10;

/// The form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistrationInput {
    pub name: String,
    pub email: String,
    /// Language codes from checkboxes.
    pub languages: Vec<String>,
    pub accessibility: String,
    /// The box "agrees that name and association appear on lists and handouts" is ticked.
    pub consent: bool,
}

/// What the form gives once valid; the registration rules then decide about the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationDetails {
    pub name: String,
    pub email: EmailAddress,
    pub languages: Vec<LanguageCode>,
    pub accessibility: Option<String>,
    pub consent: Option<Consent>,
}

impl RegistrationInput {
    /// Applies the rules. `now` (RFC 3339) and `recorded_by` (`user:42`) go into a new consent.
    pub fn validate(&self, now: &str, recorded_by: &str) -> Result<RegistrationDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = one_line(&self.name);
        match name.chars().count() {
            0 => add(&mut errors, "name", "required"),
            1 => add(&mut errors, "name", "too_short"),
            n if n > MAX_NAME => add(&mut errors, "name", "too_long"),
            _ => {}
        }
        let email = match self.email.trim() {
            "" => {
                add(&mut errors, "email", "required");
                None
            }
            raw => EmailAddress::parse(raw).map_err(|_| add(&mut errors, "email", "email")).ok(),
        };
        let mut languages: Vec<LanguageCode> = Vec::new();
        for raw in self.languages.iter().filter(|l| !l.trim().is_empty()) {
            match LanguageCode::parse(raw) {
                Ok(code) if !languages.contains(&code) => languages.push(code),
                Ok(_) => {}
                Err(_) => add(&mut errors, "languages", "unknown_choice"),
            }
        }
        if languages.len() > MAX_LANGUAGES {
            add(&mut errors, "languages", "too_many");
        }
        let accessibility = Some(one_line(&self.accessibility)).filter(|a| !a.is_empty());
        if accessibility.as_ref().is_some_and(|a| a.chars().count() > MAX_ACCESSIBILITY) {
            add(&mut errors, "accessibility", "too_long");
        }
        let (Some(email), true) = (email, errors.is_empty()) else { return Err(errors) };
        let consent = self.consent.then(|| Consent {
            given_at: now.to_owned(),
            text_version: LIST_CONSENT_TEXT_VERSION.to_owned(),
            recorded_by: Some(recorded_by.to_owned()),
        });
        Ok(RegistrationDetails { name, email, languages, accessibility, consent })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn codes(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect()
    }

    #[test]
    fn a_filled_form_gives_the_details_with_a_consent_record() {
        let input = RegistrationInput {
            name: "  Amira   Haddad ".into(),
            email: " Amira@Lindenbluete.Example ".into(),
            languages: vec!["ar".into(), "DE".into(), "ar".into(), String::new()],
            accessibility: "Rollstuhl,\nbitte ebenerdig".into(),
            consent: true,
        };
        let details = input.validate("2026-01-02T10:00:00Z", "user:7").unwrap();
        assert_eq!(details.name, "Amira Haddad");
        assert_eq!(details.email.as_str(), "amira@lindenbluete.example");
        assert_eq!(details.languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>(), vec!["ar", "de"]);
        assert_eq!(details.accessibility.as_deref(), Some("Rollstuhl, bitte ebenerdig"));
        let consent = details.consent.unwrap();
        assert_eq!((consent.given_at.as_str(), consent.text_version.as_str()), ("2026-01-02T10:00:00Z", LIST_CONSENT_TEXT_VERSION));
        assert_eq!(consent.recorded_by.as_deref(), Some("user:7"));
    }

    #[test]
    fn without_consent_the_person_still_registers() {
        let input = RegistrationInput { name: "Jonas Weber".into(), email: "jonas@verein.example".into(), ..Default::default() };
        let details = input.validate("2026-01-02T10:00:00Z", "user:7").unwrap();
        assert_eq!(details.consent, None);
        assert_eq!(details.accessibility, None);
    }

    #[test]
    fn problems_are_named_at_their_field() {
        assert_eq!(codes(&RegistrationInput::default().validate("", "").unwrap_err()), vec![("name", "required"), ("email", "required")]);
        let input = RegistrationInput {
            name: "A".into(),
            email: "kein-at.example".into(),
            languages: vec!["deutsch!".into()],
            accessibility: "x".repeat(MAX_ACCESSIBILITY + 1),
            consent: true,
        };
        assert_eq!(
            codes(&input.validate("", "").unwrap_err()),
            vec![("name", "too_short"), ("email", "email"), ("languages", "unknown_choice"), ("accessibility", "too_long")]
        );
    }
}
