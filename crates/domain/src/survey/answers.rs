//! An association's answers: parsed from what the form sent, checked against the question
//! (stable error codes), and which questions a respondent sees.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Question, QuestionKind, Questionnaire, OTHER};
use crate::language::LanguageCode;

/// Longest short-text answer, in characters.
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest long-text answer (and "other: …" text), in characters.
pub const MAX_LONG_TEXT: usize = 4000;
/// At most this many values for one question (choices, categories, languages).
const MAX_VALUES: usize = 60;

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A single choice: an option's key or [`OTHER`] with its text.
    Choice {
        key: String,
        other: Option<String>,
    },
    /// A multiple choice: option keys (and [`OTHER`] with its text).
    Choices {
        keys: Vec<String>,
        other: Option<String>,
    },
    /// A number, or a scale value 1…5.
    Number(i64),
    Text(String),
    YesNo(bool),
    /// Category keys or language codes.
    Keys(Vec<String>),
}

impl Answer {
    /// Whether this answer is `value` in a condition's terms (an option, `yes`/`no`, a number).
    pub fn is(&self, value: &str) -> bool {
        match self {
            Answer::Choice { key, .. } => key == value,
            Answer::Choices { keys, .. } | Answer::Keys(keys) => keys.iter().any(|k| k == value),
            Answer::Number(n) => n.to_string() == value,
            Answer::Text(t) => t == value,
            Answer::YesNo(yes) => value == if *yes { "yes" } else { "no" },
        }
    }

    /// The keys this answer counts under (options, `yes`/`no`, the number), for tallies and groups.
    pub fn keys(&self) -> Vec<String> {
        match self {
            Answer::Choice { key, .. } => vec![key.clone()],
            Answer::Choices { keys, .. } | Answer::Keys(keys) => keys.clone(),
            Answer::Number(n) => vec![n.to_string()],
            Answer::Text(_) => Vec::new(),
            Answer::YesNo(yes) => vec![if *yes { "yes" } else { "no" }.to_owned()],
        }
    }

    /// The free text of the answer: a text answer, or the "other: …" text.
    pub fn free_text(&self) -> Option<&str> {
        match self {
            Answer::Text(t) => Some(t),
            Answer::Choice { other, .. } | Answer::Choices { other, .. } => other.as_deref(),
            _ => None,
        }
    }
}

/// The answers of one association, by question key.
pub type Answers = BTreeMap<String, Answer>;

/// What a form sent for a page: the values per question key, and the "other: …" text under
/// `<key>.other`.
pub type RawAnswers = BTreeMap<String, Vec<String>>;

/// Why an answer was refused. The codes are stable: the form shows them translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("an answer is required")]
    Required,
    #[error("not one of the options")]
    UnknownOption,
    #[error("\"other\" chosen without saying what")]
    OtherTextMissing,
    #[error("only one answer is possible")]
    SingleValue,
    #[error("not a whole number")]
    NotANumber,
    #[error("outside the allowed range")]
    OutOfRange,
    #[error("too long")]
    TooLong,
    #[error("not a known language")]
    UnknownLanguage,
    #[error("not a known field of activity")]
    UnknownCategory,
    #[error("too many answers")]
    TooMany,
}

impl AnswerError {
    pub fn code(self) -> &'static str {
        match self {
            AnswerError::Required => "required",
            AnswerError::UnknownOption => "unknown_option",
            AnswerError::OtherTextMissing => "other_text_missing",
            AnswerError::SingleValue => "single_value",
            AnswerError::NotANumber => "not_a_number",
            AnswerError::OutOfRange => "out_of_range",
            AnswerError::TooLong => "too_long",
            AnswerError::UnknownLanguage => "unknown_language",
            AnswerError::UnknownCategory => "unknown_category",
            AnswerError::TooMany => "too_many",
        }
    }
}

fn values<'a>(raw: &'a RawAnswers, key: &str) -> Vec<&'a str> {
    raw.get(key).map(|v| v.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
}

fn text_of(raw: &RawAnswers, key: &str, max: usize) -> Result<Option<String>, AnswerError> {
    let text = values(raw, key).join("\n");
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > max {
        return Err(AnswerError::TooLong);
    }
    Ok(Some(text))
}

fn single<'a>(values: &[&'a str]) -> Result<Option<&'a str>, AnswerError> {
    match values {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        _ => Err(AnswerError::SingleValue),
    }
}

fn option_keys(question: &Question, chosen: &[&str]) -> Result<Vec<String>, AnswerError> {
    let kind = &question.kind;
    let mut keys = Vec::new();
    for key in chosen {
        let known = kind.options().iter().any(|o| o.key == *key) || (*key == OTHER && kind.has_other());
        if !known {
            return Err(AnswerError::UnknownOption);
        }
        if !keys.iter().any(|k| k == key) {
            keys.push((*key).to_owned());
        }
    }
    Ok(keys)
}

fn with_other(question: &Question, raw: &RawAnswers, keys: &[String]) -> Result<Option<String>, AnswerError> {
    let other = text_of(raw, &format!("{}.other", question.key), MAX_LONG_TEXT)?;
    if keys.iter().any(|k| k == OTHER) {
        other.map(Some).ok_or(AnswerError::OtherTextMissing)
    } else {
        Ok(None)
    }
}

/// The answer the form gave to `question`, checked; `None` when it was left empty (and may be).
/// `categories` are the keys of the office's category list.
pub fn parse_answer(question: &Question, raw: &RawAnswers, categories: &[String]) -> Result<Option<Answer>, AnswerError> {
    let given = values(raw, &question.key);
    if given.len() > MAX_VALUES {
        return Err(AnswerError::TooMany);
    }
    let answer = match &question.kind {
        QuestionKind::SingleChoice { .. } => match single(&given)? {
            None => None,
            Some(key) => {
                let keys = option_keys(question, &[key])?;
                let other = with_other(question, raw, &keys)?;
                Some(Answer::Choice { key: keys[0].clone(), other })
            }
        },
        QuestionKind::MultipleChoice { .. } => {
            let keys = option_keys(question, &given)?;
            let other = with_other(question, raw, &keys)?;
            (!keys.is_empty()).then_some(Answer::Choices { keys, other })
        }
        QuestionKind::Scale { .. } => match single(&given)? {
            None => None,
            Some(v) => {
                let n: i64 = v.parse().map_err(|_| AnswerError::NotANumber)?;
                if !(1..=5).contains(&n) {
                    return Err(AnswerError::OutOfRange);
                }
                Some(Answer::Number(n))
            }
        },
        QuestionKind::Number { min, max } => match single(&given)? {
            None => None,
            Some(v) => {
                let n: i64 = v.parse().map_err(|_| AnswerError::NotANumber)?;
                if n < *min || n > *max {
                    return Err(AnswerError::OutOfRange);
                }
                Some(Answer::Number(n))
            }
        },
        QuestionKind::ShortText => text_of(raw, &question.key, MAX_SHORT_TEXT)?.map(Answer::Text),
        QuestionKind::LongText => text_of(raw, &question.key, MAX_LONG_TEXT)?.map(Answer::Text),
        QuestionKind::YesNo => match single(&given)? {
            None => None,
            Some("yes") => Some(Answer::YesNo(true)),
            Some("no") => Some(Answer::YesNo(false)),
            Some(_) => return Err(AnswerError::UnknownOption),
        },
        QuestionKind::Categories => {
            let mut keys: Vec<String> = Vec::new();
            for key in &given {
                if !categories.iter().any(|c| c == key) {
                    return Err(AnswerError::UnknownCategory);
                }
                if !keys.iter().any(|k| k == key) {
                    keys.push((*key).to_owned());
                }
            }
            (!keys.is_empty()).then_some(Answer::Keys(keys))
        }
        QuestionKind::Languages => {
            let mut keys: Vec<String> = Vec::new();
            for raw_code in &given {
                let code = LanguageCode::parse(raw_code).map_err(|_| AnswerError::UnknownLanguage)?;
                if !keys.iter().any(|k| k == code.as_str()) {
                    keys.push(code.as_str().to_owned());
                }
            }
            (!keys.is_empty()).then_some(Answer::Keys(keys))
        }
    };
    if answer.is_none() && question.required {
        return Err(AnswerError::Required);
    }
    Ok(answer)
}

/// Whether `question` is shown, given the answers so far: it has no condition, or the question
/// its condition names is shown and answered with the condition's value.
pub fn visible(questionnaire: &Questionnaire, question: &Question, answers: &Answers) -> bool {
    let mut current = question;
    // Conditions name questions of earlier sections only (see `check_questionnaire`), so the
    // chain ends; the bound guards against stored data that was never checked.
    for _ in 0..64 {
        let Some(condition) = &current.condition else { return true };
        let Some(answer) = answers.get(&condition.question) else { return false };
        if !answer.is(&condition.value) {
            return false;
        }
        match questionnaire.question(&condition.question) {
            Some(earlier) => current = earlier,
            None => return false,
        }
    }
    false
}

/// The answers of section `index` from what the form sent, with `earlier` the answers of the
/// other sections (conditions refer to them): the checked answers of the shown questions, and
/// the refusals per question key. Hidden questions give no answer.
pub fn section_answers(
    questionnaire: &Questionnaire,
    index: usize,
    raw: &RawAnswers,
    earlier: &Answers,
    categories: &[String],
) -> (Answers, Vec<(String, AnswerError)>) {
    let mut answers = Answers::new();
    let mut errors = Vec::new();
    let Some(section) = questionnaire.sections.get(index) else { return (answers, errors) };
    for question in &section.questions {
        if !visible(questionnaire, question, earlier) {
            continue;
        }
        match parse_answer(question, raw, categories) {
            Ok(Some(answer)) => {
                answers.insert(question.key.clone(), answer);
            }
            Ok(None) => {}
            Err(e) => errors.push((question.key.clone(), e)),
        }
    }
    (answers, errors)
}

/// The answers as a form would send them back (to fill in a page again, or to check
/// stored answers): the inverse of [`parse_answer`].
pub fn to_raw(answers: &Answers) -> RawAnswers {
    let mut raw = RawAnswers::new();
    for (key, answer) in answers {
        let (values, other) = match answer {
            Answer::Choice { key, other } => (vec![key.clone()], other.clone()),
            Answer::Choices { keys, other } => (keys.clone(), other.clone()),
            Answer::Keys(keys) => (keys.clone(), None),
            Answer::Number(n) => (vec![n.to_string()], None),
            Answer::Text(t) => (vec![t.clone()], None),
            Answer::YesNo(yes) => (vec![if *yes { "yes" } else { "no" }.to_owned()], None),
        };
        raw.insert(key.clone(), values);
        if let Some(other) = other {
            raw.insert(format!("{key}.other"), vec![other]);
        }
    }
    raw
}

#[cfg(test)]
pub(super) fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
    let mut map = RawAnswers::new();
    for (k, v) in pairs {
        map.entry((*k).to_owned()).or_default().push((*v).to_owned());
    }
    map
}
