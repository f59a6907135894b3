//! The words for what a survey counts: an option, "other", yes/no, a scale value with its
//! labelled ends, a number range, a field of activity, a language, a cross-tab group.

use domain::survey::{Question, QuestionKind, OTHER};

use app::directory::index::SearchIndex;

use crate::i18n::Tr;

/// A text of the survey in the reader's language (German fallback).
pub fn text(t: &domain::localized::LocalizedText, lang: &str) -> String {
    t.choose(lang).map(|c| c.text.to_owned()).unwrap_or_default()
}

/// The label of a field of activity.
pub fn category(index: &SearchIndex, key: &str, lang: &str) -> String {
    index.categories().iter().find(|c| c.key == key).map_or_else(|| key.to_owned(), |c| c.label(lang).to_owned())
}

/// The label of a counted column of `question`.
pub fn column(index: &SearchIndex, tr: &Tr, lang: &str, question: &Question, key: &str) -> String {
    if key == OTHER && question.kind.has_other() {
        return tr.t("survey-other");
    }
    match &question.kind {
        QuestionKind::SingleChoice { options, .. } | QuestionKind::MultipleChoice { options, .. } => {
            options.iter().find(|o| o.key == key).map_or_else(|| key.to_owned(), |o| text(&o.label, lang))
        }
        QuestionKind::YesNo => tr.t(if key == "yes" { "survey-yes" } else { "survey-no" }),
        QuestionKind::Scale { low, high } => match key {
            "1" => format!("1 – {}", text(low, lang)),
            "5" => format!("5 – {}", text(high, lang)),
            other => other.to_owned(),
        },
        QuestionKind::Number { .. } => key.replace("..", "–"),
        QuestionKind::Categories => category(index, key, lang),
        QuestionKind::Languages => tr.language_name(key),
        QuestionKind::ShortText | QuestionKind::LongText => key.to_owned(),
    }
}
