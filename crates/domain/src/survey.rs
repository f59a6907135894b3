//! The survey of associations (Vereinsbefragung): a questionnaire of sections and questions,
//! the answers of one association, the rules that check them (stable error codes), which
//! questions a respondent sees (conditions on earlier answers), which changes a questionnaire
//! may take once answers exist, and the aggregation the office's dashboard shows, with the
//! anonymity rule (groups under [`MIN_GROUP`] responses are suppressed in filtered views).

mod aggregate;
mod answers;
mod change;
pub mod draft;
mod glance;
mod invite;
mod profile;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::localized::LocalizedText;

pub use aggregate::{cross_tab, suppressed, tally, CrossTab, CrossTabRow, Tally, MIN_GROUP};
pub use answers::{
    parse_answer, section_answers, to_raw, visible, Answer, AnswerError, Answers, RawAnswers, MAX_LONG_TEXT, MAX_SHORT_TEXT,
};
pub use change::{check_change, check_questionnaire, ChangeProblem, QuestionnaireError};
pub use glance::{
    glance, percent, question_glance, spread, Given, QuestionGlance, Spread, TopAnswer, Variety, SHARED_REACH, TOP, VARIED_DISTINCT,
    VARIED_REACH,
};
pub use invite::{reminder, select, Candidate, Contact, Delivery, Progress, Reminder, Selection, REMINDER_INTERVAL};
pub use profile::{has_profile_questions, profile_update};

/// The database id of a survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SurveyId(pub i64);

impl std::fmt::Display for SurveyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A survey: its questionnaire and how it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    pub title: LocalizedText,
    /// Said on the first page of the form.
    #[serde(default)]
    pub intro: LocalizedText,
    /// Anonymous: the dashboard suppresses small groups and never names a respondent.
    pub anonymous: bool,
    /// Unix seconds; answers are taken from `opens_at` until `closes_at`.
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    pub questionnaire: Questionnaire,
}

/// Where a survey is in its life, from its dates and the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SurveyStatus {
    Draft,
    Open,
    Closed,
}

impl SurveyStatus {
    pub fn key(self) -> &'static str {
        match self {
            SurveyStatus::Draft => "draft",
            SurveyStatus::Open => "open",
            SurveyStatus::Closed => "closed",
        }
    }
}

impl Survey {
    /// Draft before its open date (or without one), open until its close date, closed after.
    pub fn status(&self, now: i64) -> SurveyStatus {
        match (self.opens_at, self.closes_at) {
            (_, Some(close)) if now >= close => SurveyStatus::Closed,
            (Some(open), _) if now >= open => SurveyStatus::Open,
            _ => SurveyStatus::Draft,
        }
    }
}

/// The questions, in sections (one page of the form each).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub sections: Vec<Section>,
}

impl Questionnaire {
    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions().find(|q| q.key == key)
    }
}

/// One page of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: LocalizedText,
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable key (lowercase, digits, `_`), the column of the CSV export.
    pub key: String,
    pub text: LocalizedText,
    #[serde(default)]
    pub help: LocalizedText,
    pub kind: QuestionKind,
    #[serde(default)]
    pub required: bool,
    /// Shown only when an earlier answer is this.
    #[serde(default)]
    pub condition: Option<Condition>,
    /// Answers may flow into the association's profile, with its consent (categories, languages).
    #[serde(default)]
    pub profile_linked: bool,
}

/// The kinds of question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    SingleChoice {
        options: Vec<Choice>,
        /// Offers "other: …" with a text.
        #[serde(default)]
        other: bool,
    },
    MultipleChoice {
        options: Vec<Choice>,
        #[serde(default)]
        other: bool,
    },
    /// 1 to 5, its ends labelled.
    Scale {
        low: LocalizedText,
        high: LocalizedText,
    },
    Number {
        min: i64,
        max: i64,
    },
    ShortText,
    LongText,
    YesNo,
    /// Fields of activity from the office's category list.
    Categories,
    /// Languages (ISO 639 codes).
    Languages,
}

impl QuestionKind {
    /// The stable key of the kind (the builder's choice, the codebook).
    pub fn key(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single_choice",
            QuestionKind::MultipleChoice { .. } => "multiple_choice",
            QuestionKind::Scale { .. } => "scale",
            QuestionKind::Number { .. } => "number",
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Categories => "categories",
            QuestionKind::Languages => "languages",
        }
    }

    /// The offered options of a choice question, else none.
    pub fn options(&self) -> &[Choice] {
        match self {
            QuestionKind::SingleChoice { options, .. } | QuestionKind::MultipleChoice { options, .. } => options,
            _ => &[],
        }
    }

    /// Whether "other: …" is offered.
    pub fn has_other(&self) -> bool {
        matches!(self, QuestionKind::SingleChoice { other: true, .. } | QuestionKind::MultipleChoice { other: true, .. })
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub key: String,
    pub label: LocalizedText,
}

/// "Show this question when the answer to `question` is `value`": an option key of a choice
/// question (chosen among others for multiple choice), `yes`/`no`, or a scale value `1`…`5`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub question: String,
    pub value: String,
}

/// The key an "other: …" answer is counted under.
pub const OTHER: &str = "other";

/// Whether a string can be a question or option key.
pub fn is_valid_key(raw: &str) -> bool {
    !raw.is_empty() && raw.len() <= 40 && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}
