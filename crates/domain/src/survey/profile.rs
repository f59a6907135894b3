//! Answers into the association's profile, only with its consent: the answers to the
//! profile-linked questions (fields of activity, languages) become the profile's, as a change
//! the office reviews like any other edit.

use super::{Answers, QuestionKind, Questionnaire};
use crate::language::LanguageCode;
use crate::organisation::Profile;

/// Whether the questionnaire has a question whose answers may go into the profile.
pub fn has_profile_questions(questionnaire: &Questionnaire) -> bool {
    questionnaire.questions().any(|q| q.profile_linked && matches!(q.kind, QuestionKind::Categories | QuestionKind::Languages))
}

/// The profile with the answers of the profile-linked questions: the fields of activity and the
/// languages chosen (an unanswered question changes nothing). `None` when nothing would change.
pub fn profile_update(profile: &Profile, questionnaire: &Questionnaire, answers: &Answers) -> Option<Profile> {
    let mut updated = profile.clone();
    for q in questionnaire.questions().filter(|q| q.profile_linked) {
        let Some(answer) = answers.get(&q.key) else { continue };
        let mut keys = answer.keys();
        keys.sort();
        keys.dedup();
        if keys.is_empty() {
            continue;
        }
        match q.kind {
            QuestionKind::Categories => updated.categories = keys,
            QuestionKind::Languages => {
                let languages: Vec<LanguageCode> = keys.iter().filter_map(|k| LanguageCode::parse(k).ok()).collect();
                if !languages.is_empty() {
                    updated.languages = languages;
                }
            }
            _ => {}
        }
    }
    let same = |a: &Profile, b: &Profile| {
        let sorted = |v: &[String]| {
            let mut v = v.to_vec();
            v.sort();
            v
        };
        let mut la = a.languages.clone();
        let mut lb = b.languages.clone();
        la.sort();
        lb.sort();
        sorted(&a.categories) == sorted(&b.categories) && la == lb
    };
    (!same(profile, &updated)).then_some(updated)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::localized::LocalizedText;
    use crate::organisation::LegalForm;
    use crate::survey::{Answer, Question, Section};

    fn profile() -> Profile {
        Profile {
            mso: true,
            categories: vec!["culture".into()],
            languages: vec![LanguageCode::parse("de").unwrap()],
            ..Profile::new("Kulturverein", LegalForm::RegisteredAssociation)
        }
    }

    fn question(key: &str, kind: QuestionKind, linked: bool) -> Question {
        Question {
            key: key.into(),
            text: LocalizedText::new().with("de", key),
            help: LocalizedText::new(),
            kind,
            required: false,
            condition: None,
            profile_linked: linked,
        }
    }

    fn questionnaire(linked: bool) -> Questionnaire {
        Questionnaire {
            sections: vec![Section {
                title: LocalizedText::new().with("de", "Teil"),
                questions: vec![question("fields", QuestionKind::Categories, linked), question("langs", QuestionKind::Languages, linked)],
            }],
        }
    }

    fn answers(fields: &[&str], langs: &[&str]) -> Answers {
        let mut a = Answers::new();
        a.insert("fields".into(), Answer::Keys(fields.iter().map(|s| (*s).to_owned()).collect()));
        a.insert("langs".into(), Answer::Keys(langs.iter().map(|s| (*s).to_owned()).collect()));
        a
    }

    #[test]
    fn linked_answers_become_the_profiles_fields_and_languages() {
        let updated = profile_update(&profile(), &questionnaire(true), &answers(&["youth", "culture"], &["tr", "de"])).unwrap();
        assert_eq!(updated.categories, ["culture", "youth"]);
        assert_eq!(updated.languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>(), ["de", "tr"]);
        assert_eq!(updated.name, "Kulturverein", "nothing else changes");
        assert!(has_profile_questions(&questionnaire(true)));
    }

    #[test]
    fn nothing_flows_without_a_linked_question_a_change_or_an_answer() {
        assert!(profile_update(&profile(), &questionnaire(false), &answers(&["youth"], &["tr"])).is_none());
        assert!(!has_profile_questions(&questionnaire(false)));
        assert!(profile_update(&profile(), &questionnaire(true), &answers(&["culture"], &["de"])).is_none(), "the same");
        assert!(profile_update(&profile(), &questionnaire(true), &Answers::new()).is_none(), "unanswered");
        let only_fields = profile_update(&profile(), &questionnaire(true), &answers(&["sport"], &[])).unwrap();
        assert_eq!(only_fields.languages.len(), 1, "an empty answer keeps the languages");
    }
}
