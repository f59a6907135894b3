//! The office builds a questionnaire: a new survey as a draft, and changes saved whole after
//! the checks of `domain::survey` — a questionnaire that cannot be answered is refused; once
//! answers exist, a change that would break them is refused, and removing a question needs the
//! office's confirmation (its answers stay stored).

use domain::survey::{check_change, check_questionnaire, ChangeProblem, Questionnaire, QuestionnaireError, Survey, SurveyId};

use super::{SurveyError, Surveys};
use crate::accounts::sign_in::Viewer;
use crate::ports::{NewSurvey, StoreError};

/// Why a change to a survey was not saved.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Survey(#[from] SurveyError),
    /// The questionnaire cannot be answered as it is.
    #[error("invalid questionnaire: {0}")]
    Invalid(QuestionnaireError),
    /// The close date is not after the open date.
    #[error("the survey closes before it opens")]
    Dates,
    /// Answers exist and the change would break them.
    #[error("the change would break stored answers")]
    Refused(Vec<ChangeProblem>),
    /// Answers exist and questions would be removed: saved only when the office confirms.
    #[error("removing questions needs a confirmation")]
    Confirm(Vec<ChangeProblem>),
    /// Someone else saved the survey meanwhile.
    #[error("changed meanwhile")]
    Conflict,
    /// The address is taken by another survey.
    #[error("slug taken")]
    SlugTaken,
}

impl From<StoreError> for BuildError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(_) => BuildError::Conflict,
            StoreError::SlugTaken(_) => BuildError::SlugTaken,
            other => BuildError::Survey(other.into()),
        }
    }
}

/// Whether `new` may replace `old`: the questionnaire checks, then the change rules when the
/// survey has answers. `confirmed`: the office agreed that removed questions go (their
/// answers are kept in the store and the export's codebook no longer lists them).
pub fn check_save(old: &Questionnaire, new: &Survey, has_answers: bool, confirmed: bool) -> Result<(), BuildError> {
    if new.questionnaire.questions().next().is_some() {
        check_questionnaire(&new.questionnaire).map_err(BuildError::Invalid)?;
    }
    if let (Some(open), Some(close)) = (new.opens_at, new.closes_at) {
        if close <= open {
            return Err(BuildError::Dates);
        }
    }
    let problems = check_change(old, &new.questionnaire, has_answers);
    if problems.iter().any(ChangeProblem::is_blocking) {
        return Err(BuildError::Refused(problems.into_iter().filter(ChangeProblem::is_blocking).collect()));
    }
    if !problems.is_empty() && !confirmed {
        return Err(BuildError::Confirm(problems));
    }
    Ok(())
}

impl Surveys {
    /// A new survey as a draft (no dates, no questions yet).
    pub async fn create(&self, viewer: &Viewer, slug: &str, survey: Survey) -> Result<SurveyId, BuildError> {
        if !viewer.is_staff() {
            return Err(SurveyError::Forbidden.into());
        }
        Ok(self.store.create_survey(&NewSurvey { slug: slug.to_owned(), survey, at: self.now() }).await?)
    }

    /// Saves the whole survey if it is still at `version` and the checks pass.
    pub async fn save(&self, viewer: &Viewer, slug: &str, version: i64, survey: &Survey, confirmed: bool) -> Result<(), BuildError> {
        if !viewer.is_staff() {
            return Err(SurveyError::Forbidden.into());
        }
        let record = self.by_slug(slug).await?;
        if record.version != version {
            return Err(BuildError::Conflict);
        }
        let has_answers = self.store.has_answers(record.id).await?;
        check_save(&record.survey.questionnaire, survey, has_answers, confirmed)?;
        Ok(self.store.update_survey(record.id, survey, version, self.now()).await?)
    }

    /// Whether associations have saved answers (the builder warns before a change).
    pub async fn has_answers(&self, id: SurveyId) -> Result<bool, SurveyError> {
        Ok(self.store.has_answers(id).await?)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use domain::localized::LocalizedText;
    use domain::survey::{Choice, Question, QuestionKind, Section};

    fn question(key: &str, kind: QuestionKind) -> Question {
        Question {
            key: key.into(),
            text: LocalizedText::new().with("de", key),
            help: LocalizedText::new(),
            kind,
            required: false,
            condition: None,
            profile_linked: false,
        }
    }

    fn survey(questions: Vec<Question>) -> Survey {
        Survey {
            title: LocalizedText::new().with("de", "Befragung"),
            intro: LocalizedText::new(),
            anonymous: false,
            opens_at: None,
            closes_at: None,
            questionnaire: Questionnaire { sections: vec![Section { title: LocalizedText::new().with("de", "Teil 1"), questions }] },
        }
    }

    fn choice(keys: &[&str]) -> QuestionKind {
        QuestionKind::SingleChoice {
            options: keys.iter().map(|k| Choice { key: (*k).into(), label: LocalizedText::new().with("de", k) }).collect(),
            other: false,
        }
    }

    #[test]
    fn without_answers_anything_valid_goes() {
        let old = survey(vec![question("a", choice(&["x", "y"]))]);
        let new = survey(vec![question("a", QuestionKind::YesNo)]);
        assert!(check_save(&old.questionnaire, &new, false, false).is_ok());
        let empty = survey(Vec::new());
        assert!(check_save(&old.questionnaire, &empty, false, false).is_ok(), "a draft may be empty");
    }

    #[test]
    fn with_answers_adding_goes_breaking_is_refused_removing_asks() {
        let old = survey(vec![question("a", choice(&["x", "y"])), question("b", QuestionKind::ShortText)]);
        let added = survey(vec![
            question("a", choice(&["x", "y", "z"])),
            question("b", QuestionKind::ShortText),
            question("c", QuestionKind::YesNo),
        ]);
        assert!(check_save(&old.questionnaire, &added, true, false).is_ok());
        let option_gone = survey(vec![question("a", choice(&["x"])), question("b", QuestionKind::ShortText)]);
        assert!(matches!(check_save(&old.questionnaire, &option_gone, true, true), Err(BuildError::Refused(p)) if p.len() == 1));
        let removed = survey(vec![question("a", choice(&["x", "y"]))]);
        assert!(matches!(check_save(&old.questionnaire, &removed, true, false), Err(BuildError::Confirm(p)) if p[0].question() == "b"));
        assert!(check_save(&old.questionnaire, &removed, true, true).is_ok(), "confirmed");
    }

    #[test]
    fn an_invalid_questionnaire_or_dates_are_refused() {
        let old = survey(Vec::new());
        let twice = survey(vec![question("a", QuestionKind::YesNo), question("a", QuestionKind::ShortText)]);
        assert!(matches!(
            check_save(&old.questionnaire, &twice, false, false),
            Err(BuildError::Invalid(QuestionnaireError::DuplicateKey(_)))
        ));
        let mut backwards = survey(vec![question("a", QuestionKind::YesNo)]);
        backwards.opens_at = Some(100);
        backwards.closes_at = Some(100);
        assert!(matches!(check_save(&old.questionnaire, &backwards, false, false), Err(BuildError::Dates)));
    }
}
