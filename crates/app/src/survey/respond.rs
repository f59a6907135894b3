//! The respondent's side: the personal link opens the association's one response, any of its
//! representatives (whoever has the link) answers page by page; each page is saved when it is
//! left, so the form resumes where it was left, and stays editable until the close date.

use domain::ids::OrgId;
use domain::survey::{section_answers, visible, AnswerError, Answers, RawAnswers, SurveyStatus};

use super::{SurveyError, Surveys};
use crate::accounts::tokens::{hash_secret, looks_like_secret};
use crate::ports::{ResponseRecord, SaveResponse, SurveyRecord};

/// A personal link opened.
#[derive(Debug, Clone)]
pub struct Form {
    pub record: SurveyRecord,
    pub organisation: OrgId,
    /// What was saved before, if anything.
    pub response: Option<ResponseRecord>,
    pub status: SurveyStatus,
    /// The office's category keys (for "pick categories" questions).
    pub categories: Vec<String>,
}

impl Form {
    /// The answers saved so far.
    pub fn answers(&self) -> Answers {
        self.response.as_ref().map(|r| r.answers.clone()).unwrap_or_default()
    }

    /// Whether section `index` shows any question, given `answers`.
    pub fn shows(&self, index: usize, answers: &Answers) -> bool {
        let q = &self.record.survey.questionnaire;
        q.sections.get(index).is_some_and(|s| s.questions.iter().any(|question| visible(q, question, answers)))
    }

    /// The next section after `index` that shows a question, if any.
    pub fn next_section(&self, index: usize, answers: &Answers) -> Option<usize> {
        (index + 1..self.record.survey.questionnaire.sections.len()).find(|i| self.shows(*i, answers))
    }

    /// The section before `index` that shows a question, if any.
    pub fn previous_section(&self, index: usize, answers: &Answers) -> Option<usize> {
        (0..index).rev().find(|i| self.shows(*i, answers))
    }
}

/// What the respondent asked for when leaving a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Back,
    /// Save what is valid and continue later.
    Later,
    /// The last page: submit the response.
    Submit,
}

/// What became of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageOutcome {
    /// Saved; show this section next.
    Saved { next: usize },
    /// Saved, to be continued later from `section`.
    Parked { section: usize },
    /// Submitted (again): the thank-you page.
    Submitted,
    /// Refused answers of the page, by question key; nothing of the page was saved.
    Invalid(Vec<(String, AnswerError)>),
}

impl Surveys {
    /// Opens a personal link; an unknown or replaced link is `NotFound`.
    pub async fn open_link(&self, secret: &str) -> Result<Form, SurveyError> {
        if !looks_like_secret(secret) {
            return Err(SurveyError::NotFound);
        }
        let (survey, organisation) = self.store.invitation_by_token(&hash_secret(secret)).await?.ok_or(SurveyError::NotFound)?;
        let record = self.store.survey_by_id(survey).await?.ok_or(SurveyError::NotFound)?;
        let response = self.store.response(survey, organisation).await?;
        let categories = self.directory.categories().await?.into_iter().map(|c| c.key).collect();
        let status = record.survey.status(self.clock.now().unix_secs());
        Ok(Form { record, organisation, response, status, categories })
    }

    /// Saves page `section` of an opened form with what was sent, and says where to go.
    /// Answers to questions that a changed answer hides are dropped.
    pub async fn save_page(
        &self,
        form: &Form,
        section: usize,
        raw: &RawAnswers,
        action: Action,
        consent: bool,
    ) -> Result<PageOutcome, SurveyError> {
        if form.status != SurveyStatus::Open {
            return Err(SurveyError::NotOpen);
        }
        let questionnaire = &form.record.survey.questionnaire;
        let Some(page) = questionnaire.sections.get(section) else { return Err(SurveyError::NotFound) };
        let mut answers = form.answers();
        let (given, errors) = section_answers(questionnaire, section, raw, &answers, &form.categories);
        if !errors.is_empty() && action != Action::Later && action != Action::Back {
            return Ok(PageOutcome::Invalid(errors));
        }
        for question in &page.questions {
            answers.remove(&question.key);
        }
        answers.extend(given);
        let shown: Vec<String> = questionnaire.questions().filter(|q| visible(questionnaire, q, &answers)).map(|q| q.key.clone()).collect();
        answers.retain(|key, _| shown.contains(key));
        let (outcome, stay, submit) = match action {
            Action::Next => match form.next_section(section, &answers) {
                Some(next) => (PageOutcome::Saved { next }, next, false),
                None => (PageOutcome::Saved { next: section }, section, false),
            },
            Action::Back => {
                let back = form.previous_section(section, &answers).unwrap_or(0);
                (PageOutcome::Saved { next: back }, back, false)
            }
            Action::Later => (PageOutcome::Parked { section }, section, false),
            Action::Submit => (PageOutcome::Submitted, section, true),
        };
        let consent = if submit { consent } else { form.response.as_ref().is_some_and(|r| r.profile_consent) };
        let save = SaveResponse {
            answers: &answers,
            section: i64::try_from(stay).unwrap_or(0),
            at: self.clock.now().unix_secs(),
            submit,
            profile_consent: consent,
        };
        self.store.save_response(form.record.id, form.organisation, &save).await?;
        if submit && consent {
            self.propose_profile(form, &answers).await?;
        }
        Ok(outcome)
    }

    /// With the association's consent, the answers of the profile-linked questions become a
    /// pending revision of its profile, authored by the survey (`system:survey:<slug>`), which
    /// the office reviews like any edit. Nothing when the profile would not change, nor when
    /// the survey's pending revision proposes this already; a changed re-submission replaces
    /// the survey's own pending revision (rejected as `superseded`) instead of adding another.
    async fn propose_profile(&self, form: &Form, answers: &domain::survey::Answers) -> Result<(), SurveyError> {
        let questionnaire = &form.record.survey.questionnaire;
        if !domain::survey::has_profile_questions(questionnaire) {
            return Ok(());
        }
        let Some(record) = self.directory.organisation_record(form.organisation).await? else { return Ok(()) };
        let Some(profile) = record.profile else { return Ok(()) };
        let Some(updated) = domain::survey::profile_update(&profile, questionnaire, answers) else { return Ok(()) };
        let author = crate::ports::Author::System(std::borrow::Cow::Owned(format!("survey:{}", form.record.slug)));
        let own_pending = self
            .revisions
            .revisions(form.organisation)
            .await?
            .into_iter()
            .rev()
            .find(|r| r.review_state == crate::ports::ReviewState::Pending && r.author == author);
        if let Some(own) = own_pending {
            let proposed = self.revisions.revision(form.organisation, own.number).await?;
            if proposed.is_some_and(|p| p.profile == updated) {
                return Ok(());
            }
        }
        self.revisions.replace_pending_revision(form.organisation, &updated, &author).await?;
        Ok(())
    }
}
