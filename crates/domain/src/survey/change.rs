//! The checks of a questionnaire the office built, and which changes it may take once
//! associations have answered.

use std::collections::BTreeSet;

use super::{is_valid_key, QuestionKind, Questionnaire, OTHER};

/// A questionnaire that cannot be saved. The codes are stable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuestionnaireError {
    #[error("the questionnaire has no question")]
    Empty,
    #[error("question or option key {0:?} is not lowercase letters, digits and _")]
    InvalidKey(String),
    #[error("key {0:?} is used twice")]
    DuplicateKey(String),
    #[error("question {0:?} has no German text")]
    MissingText(String),
    #[error("choice question {0:?} has no options")]
    NoOptions(String),
    #[error("number question {0:?} has its minimum above its maximum")]
    BadRange(String),
    #[error("the condition of {0:?} names no question of an earlier section")]
    ConditionUnknown(String),
    #[error("the condition of {0:?} names a value that question cannot have")]
    ConditionValue(String),
}

impl QuestionnaireError {
    pub fn code(&self) -> &'static str {
        match self {
            QuestionnaireError::Empty => "empty",
            QuestionnaireError::InvalidKey(_) => "invalid_key",
            QuestionnaireError::DuplicateKey(_) => "duplicate_key",
            QuestionnaireError::MissingText(_) => "missing_text",
            QuestionnaireError::NoOptions(_) => "no_options",
            QuestionnaireError::BadRange(_) => "bad_range",
            QuestionnaireError::ConditionUnknown(_) => "condition_unknown",
            QuestionnaireError::ConditionValue(_) => "condition_value",
        }
    }
}

/// Whether `value` is an answer the question of `kind` can have, for a condition.
fn possible_value(kind: &QuestionKind, value: &str) -> bool {
    match kind {
        QuestionKind::SingleChoice { options, other } | QuestionKind::MultipleChoice { options, other } => {
            options.iter().any(|o| o.key == value) || (*other && value == OTHER)
        }
        QuestionKind::Scale { .. } => matches!(value, "1" | "2" | "3" | "4" | "5"),
        QuestionKind::Number { min, max } => value.parse::<i64>().is_ok_and(|n| (*min..=*max).contains(&n)),
        QuestionKind::YesNo => matches!(value, "yes" | "no"),
        QuestionKind::Categories | QuestionKind::Languages => !value.is_empty(),
        QuestionKind::ShortText | QuestionKind::LongText => false,
    }
}

/// Checks a questionnaire: keys, German texts, options, ranges, and conditions that name a
/// question of an earlier section (so the form decides on the server, page by page).
pub fn check_questionnaire(questionnaire: &Questionnaire) -> Result<(), QuestionnaireError> {
    if questionnaire.questions().next().is_none() {
        return Err(QuestionnaireError::Empty);
    }
    let mut keys = BTreeSet::new();
    for (index, section) in questionnaire.sections.iter().enumerate() {
        for q in &section.questions {
            if !is_valid_key(&q.key) {
                return Err(QuestionnaireError::InvalidKey(q.key.clone()));
            }
            if !keys.insert(q.key.as_str()) {
                return Err(QuestionnaireError::DuplicateKey(q.key.clone()));
            }
            if q.text.exact("de").is_none() {
                return Err(QuestionnaireError::MissingText(q.key.clone()));
            }
            match &q.kind {
                QuestionKind::SingleChoice { options, .. } | QuestionKind::MultipleChoice { options, .. } => {
                    if options.is_empty() {
                        return Err(QuestionnaireError::NoOptions(q.key.clone()));
                    }
                    let mut seen = BTreeSet::new();
                    for o in options {
                        if !is_valid_key(&o.key) || o.key == OTHER {
                            return Err(QuestionnaireError::InvalidKey(o.key.clone()));
                        }
                        if !seen.insert(o.key.as_str()) {
                            return Err(QuestionnaireError::DuplicateKey(o.key.clone()));
                        }
                    }
                }
                QuestionKind::Number { min, max } if min > max => return Err(QuestionnaireError::BadRange(q.key.clone())),
                _ => {}
            }
            if let Some(condition) = &q.condition {
                let earlier = questionnaire.sections[..index].iter().flat_map(|s| s.questions.iter()).find(|e| e.key == condition.question);
                let Some(earlier) = earlier else { return Err(QuestionnaireError::ConditionUnknown(q.key.clone())) };
                if !possible_value(&earlier.kind, &condition.value) {
                    return Err(QuestionnaireError::ConditionValue(q.key.clone()));
                }
            }
        }
    }
    Ok(())
}

/// What a change does to a questionnaire that has answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeProblem {
    /// A question became another kind: its answers would no longer fit. Refused.
    KindChanged(String),
    /// An option that answers may have chosen is gone. Refused.
    OptionRemoved { question: String, option: String },
    /// A number's range got narrower: answers may fall outside. Refused.
    RangeNarrowed(String),
    /// "Other: …" is no longer offered. Refused.
    OtherRemoved(String),
    /// A question is gone: allowed when the office confirms; its answers are kept.
    QuestionRemoved(String),
}

impl ChangeProblem {
    /// Refused once answers exist, whatever the office confirms.
    pub fn is_blocking(&self) -> bool {
        !matches!(self, ChangeProblem::QuestionRemoved(_))
    }

    pub fn question(&self) -> &str {
        match self {
            ChangeProblem::KindChanged(q)
            | ChangeProblem::RangeNarrowed(q)
            | ChangeProblem::OtherRemoved(q)
            | ChangeProblem::QuestionRemoved(q)
            | ChangeProblem::OptionRemoved { question: q, .. } => q,
        }
    }
}

/// What changing `old` into `new` would do to stored answers. Without answers every change is
/// fine (nothing is returned); adding questions and options, rewording and moving are always fine.
pub fn check_change(old: &Questionnaire, new: &Questionnaire, has_answers: bool) -> Vec<ChangeProblem> {
    let mut problems = Vec::new();
    if !has_answers {
        return problems;
    }
    for before in old.questions() {
        let Some(after) = new.question(&before.key) else {
            problems.push(ChangeProblem::QuestionRemoved(before.key.clone()));
            continue;
        };
        if before.kind.key() != after.kind.key() {
            problems.push(ChangeProblem::KindChanged(before.key.clone()));
            continue;
        }
        for option in before.kind.options() {
            if !after.kind.options().iter().any(|o| o.key == option.key) {
                problems.push(ChangeProblem::OptionRemoved { question: before.key.clone(), option: option.key.clone() });
            }
        }
        if before.kind.has_other() && !after.kind.has_other() {
            problems.push(ChangeProblem::OtherRemoved(before.key.clone()));
        }
        if let (QuestionKind::Number { min: a, max: b }, QuestionKind::Number { min: c, max: d }) = (&before.kind, &after.kind) {
            if c > a || d < b {
                problems.push(ChangeProblem::RangeNarrowed(before.key.clone()));
            }
        }
    }
    problems
}
