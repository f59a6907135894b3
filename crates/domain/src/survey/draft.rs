//! The office's builder: a question as typed into the builder's form (every text per
//! language, options one per line) read into a [`Question`], the way back for editing, and
//! where an added or edited question goes in the questionnaire. The whole questionnaire is then
//! checked by `check_questionnaire` and, once answers exist, `check_change`.

use super::{is_valid_key, Choice, Condition, Question, QuestionKind, Questionnaire, Section};
use crate::localized::LocalizedText;

/// The kinds the builder offers, in its order.
pub const KINDS: [&str; 9] =
    ["single_choice", "multiple_choice", "scale", "number", "short_text", "long_text", "yes_no", "categories", "languages"];

/// A question as typed. Options: one a line, `key | label` or only the label (its key is made
/// from it); the labels of the other languages one a line, in the same order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionDraft {
    pub key: String,
    pub kind: String,
    pub text: LocalizedText,
    pub help: LocalizedText,
    pub options: String,
    /// `(language, lines)` for the languages other than German.
    pub option_labels: Vec<(String, String)>,
    pub other: bool,
    pub low: LocalizedText,
    pub high: LocalizedText,
    pub min: String,
    pub max: String,
    pub required: bool,
    pub profile_linked: bool,
    /// An earlier question's key, or empty for "always shown".
    pub condition_question: String,
    pub condition_value: String,
}

/// A problem of one field of the draft; the codes are stable (`survey-build-error-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftError {
    pub field: &'static str,
    pub code: &'static str,
}

const MAX_OPTIONS: usize = 50;

/// A key from a label: lowercase ASCII letters and digits, `_` between words (umlauts spelled
/// out); empty when nothing is left.
pub fn key_from_label(label: &str) -> String {
    let mut key = String::new();
    for c in label.trim().to_lowercase().chars() {
        let part = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                key.push(c);
                continue;
            }
            _ => "_",
        };
        if part == "_" {
            if !key.is_empty() && !key.ends_with('_') {
                key.push('_');
            }
        } else {
            key.push_str(part);
        }
    }
    let key = key.trim_end_matches('_');
    key.chars().take(40).collect::<String>().trim_end_matches('_').to_owned()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

fn parse_options(draft: &QuestionDraft, errors: &mut Vec<DraftError>) -> Vec<Choice> {
    let german = lines(&draft.options);
    if german.len() > MAX_OPTIONS {
        errors.push(DraftError { field: "options", code: "too_many_options" });
        return Vec::new();
    }
    let mut options: Vec<Choice> = Vec::new();
    for line in &german {
        let (key, label) = match line.split_once('|') {
            Some((key, label)) => (key.trim().to_owned(), label.trim()),
            None => (key_from_label(line), *line),
        };
        if !is_valid_key(&key) || key == super::OTHER || label.is_empty() {
            errors.push(DraftError { field: "options", code: "option_key" });
            return Vec::new();
        }
        if options.iter().any(|o| o.key == key) {
            errors.push(DraftError { field: "options", code: "option_twice" });
            return Vec::new();
        }
        options.push(Choice { key, label: LocalizedText::new().with("de", label) });
    }
    for (lang, text) in &draft.option_labels {
        for (option, label) in options.iter_mut().zip(lines(text)) {
            option.label.set(lang, label);
        }
    }
    if options.is_empty() {
        errors.push(DraftError { field: "options", code: "no_options" });
    }
    options
}

fn number(raw: &str) -> Option<i64> {
    raw.trim().parse::<i64>().ok().filter(|n| n.unsigned_abs() <= 1_000_000_000)
}

/// Reads the draft; every problem found, by field.
pub fn parse_question(draft: &QuestionDraft) -> Result<Question, Vec<DraftError>> {
    let mut errors = Vec::new();
    let key = draft.key.trim().to_owned();
    if !is_valid_key(&key) {
        errors.push(DraftError { field: "key", code: "key" });
    }
    if draft.text.exact("de").is_none() {
        errors.push(DraftError { field: "text.de", code: "text_missing" });
    }
    let kind = match draft.kind.as_str() {
        "single_choice" => QuestionKind::SingleChoice { options: parse_options(draft, &mut errors), other: draft.other },
        "multiple_choice" => QuestionKind::MultipleChoice { options: parse_options(draft, &mut errors), other: draft.other },
        "scale" => {
            if draft.low.exact("de").is_none() || draft.high.exact("de").is_none() {
                errors.push(DraftError { field: "low.de", code: "scale_ends" });
            }
            QuestionKind::Scale { low: draft.low.clone(), high: draft.high.clone() }
        }
        "number" => match (number(&draft.min), number(&draft.max)) {
            (Some(min), Some(max)) if min <= max => QuestionKind::Number { min, max },
            (Some(_), Some(_)) => {
                errors.push(DraftError { field: "min", code: "range" });
                QuestionKind::Number { min: 0, max: 0 }
            }
            _ => {
                errors.push(DraftError { field: "min", code: "range_number" });
                QuestionKind::Number { min: 0, max: 0 }
            }
        },
        "short_text" => QuestionKind::ShortText,
        "long_text" => QuestionKind::LongText,
        "yes_no" => QuestionKind::YesNo,
        "categories" => QuestionKind::Categories,
        "languages" => QuestionKind::Languages,
        _ => {
            errors.push(DraftError { field: "kind", code: "kind" });
            QuestionKind::ShortText
        }
    };
    let condition = match (draft.condition_question.trim(), draft.condition_value.trim()) {
        ("", _) => None,
        (_, "") => {
            errors.push(DraftError { field: "condition_value", code: "condition_value_missing" });
            None
        }
        (question, value) => Some(Condition { question: question.to_owned(), value: value.to_owned() }),
    };
    let profile_linked = draft.profile_linked && matches!(kind, QuestionKind::Categories | QuestionKind::Languages);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Question { key, text: draft.text.clone(), help: draft.help.clone(), kind, required: draft.required, condition, profile_linked })
}

/// The draft of a stored question, for editing it.
pub fn to_draft(q: &Question, languages: &[&str]) -> QuestionDraft {
    let options = q.kind.options();
    let german = options.iter().map(|o| format!("{} | {}", o.key, o.label.exact("de").unwrap_or(""))).collect::<Vec<_>>().join("\n");
    let option_labels = languages
        .iter()
        .filter(|l| **l != "de")
        .map(|l| ((*l).to_owned(), options.iter().map(|o| o.label.exact(l).unwrap_or("")).collect::<Vec<_>>().join("\n")))
        .collect();
    let (low, high, min, max) = match &q.kind {
        QuestionKind::Scale { low, high } => (low.clone(), high.clone(), String::new(), String::new()),
        QuestionKind::Number { min, max } => (LocalizedText::new(), LocalizedText::new(), min.to_string(), max.to_string()),
        _ => (LocalizedText::new(), LocalizedText::new(), String::new(), String::new()),
    };
    QuestionDraft {
        key: q.key.clone(),
        kind: q.kind.key().to_owned(),
        text: q.text.clone(),
        help: q.help.clone(),
        options: german,
        option_labels,
        other: q.kind.has_other(),
        low,
        high,
        min,
        max,
        required: q.required,
        profile_linked: q.profile_linked,
        condition_question: q.condition.as_ref().map(|c| c.question.clone()).unwrap_or_default(),
        condition_value: q.condition.as_ref().map(|c| c.value.clone()).unwrap_or_default(),
    }
}

/// The questionnaire with `question` in section `section` (a new last section when it is one
/// past the end): in place of `replacing` when that question is in the same section, else at
/// the section's end (and `replacing` removed from where it was).
pub fn place(questionnaire: &Questionnaire, section: usize, replacing: Option<&str>, question: Question) -> Option<Questionnaire> {
    let mut out = questionnaire.clone();
    if section > out.sections.len() {
        return None;
    }
    if section == out.sections.len() {
        out.sections.push(Section { title: LocalizedText::new().with("de", &format!("Teil {}", section + 1)), questions: Vec::new() });
    }
    if let Some(old) = replacing {
        if let Some(at) = out.sections[section].questions.iter().position(|q| q.key == old) {
            out.sections[section].questions[at] = question;
            return Some(out);
        }
        for s in &mut out.sections {
            s.questions.retain(|q| q.key != old);
        }
    }
    out.sections[section].questions.push(question);
    Some(out)
}

/// The questionnaire without the question `key` (and without a section left empty).
pub fn remove(questionnaire: &Questionnaire, key: &str) -> Questionnaire {
    let mut out = questionnaire.clone();
    for s in &mut out.sections {
        s.questions.retain(|q| q.key != key);
    }
    out.sections.retain(|s| !s.questions.is_empty());
    out
}

/// The questionnaire with the question `key` moved one place up (`-1`) or down (`1`) within its
/// section; unchanged at an end.
pub fn shift(questionnaire: &Questionnaire, key: &str, by: i8) -> Questionnaire {
    let mut out = questionnaire.clone();
    for s in &mut out.sections {
        if let Some(at) = s.questions.iter().position(|q| q.key == key) {
            let to = if by < 0 { at.checked_sub(1) } else { Some(at + 1).filter(|t| *t < s.questions.len()) };
            if let Some(to) = to {
                s.questions.swap(at, to);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn de(text: &str) -> LocalizedText {
        LocalizedText::new().with("de", text)
    }

    fn draft(key: &str, kind: &str) -> QuestionDraft {
        QuestionDraft { key: key.into(), kind: kind.into(), text: de("Frage"), ..QuestionDraft::default() }
    }

    #[test]
    fn keys_are_made_from_labels() {
        assert_eq!(key_from_label("Räume & Geld"), "raeume_geld");
        assert_eq!(key_from_label("  Sprache!  "), "sprache");
        assert_eq!(key_from_label("مكان"), "");
    }

    #[test]
    fn options_one_a_line_with_their_translations_in_the_same_order() {
        let mut d = draft("challenges", "multiple_choice");
        d.options = "room | Räume\nGeld und Fördermittel\n\n".into();
        d.option_labels = vec![("en".into(), "Rooms\nMoney".into()), ("ar".into(), "أماكن".into())];
        d.other = true;
        let q = parse_question(&d).unwrap();
        let QuestionKind::MultipleChoice { options, other } = &q.kind else { panic!("{:?}", q.kind) };
        assert!(*other);
        assert_eq!(options.iter().map(|o| o.key.as_str()).collect::<Vec<_>>(), ["room", "geld_und_foerdermittel"]);
        assert_eq!(options[1].label.exact("en"), Some("Money"));
        assert_eq!(options[0].label.exact("ar"), Some("أماكن"));
        assert_eq!(options[1].label.exact("ar"), None, "a missing translation falls back to German");
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let mut d = draft("Not A Key", "single_choice");
        d.text = LocalizedText::new().with("en", "Only English");
        let errors = parse_question(&d).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["key", "text.de", "options"]);
        let mut twice = draft("a", "single_choice");
        twice.options = "x | Eins\nx | Zwei".into();
        assert_eq!(parse_question(&twice).unwrap_err()[0].code, "option_twice");
        let mut other_key = draft("a", "single_choice");
        other_key.options = "other | Sonstiges".into();
        assert_eq!(parse_question(&other_key).unwrap_err()[0].code, "option_key");
        let mut range = draft("n", "number");
        (range.min, range.max) = ("10".into(), "1".into());
        assert_eq!(parse_question(&range).unwrap_err()[0].code, "range");
        range.max = "viele".into();
        assert_eq!(parse_question(&range).unwrap_err()[0].code, "range_number");
        assert_eq!(parse_question(&draft("s", "scale")).unwrap_err()[0].field, "low.de");
        assert_eq!(parse_question(&draft("k", "essay")).unwrap_err()[0].field, "kind");
        let mut cond = draft("c", "yes_no");
        cond.condition_question = "has_room".into();
        assert_eq!(parse_question(&cond).unwrap_err()[0].field, "condition_value");
    }

    #[test]
    fn a_question_survives_the_way_through_the_form() {
        let mut d = draft("size", "number");
        (d.min, d.max) = ("0".into(), "500".into());
        d.help = de("Ungefähr");
        d.required = true;
        d.condition_question = "has_room".into();
        d.condition_value = "yes".into();
        let q = parse_question(&d).unwrap();
        assert_eq!(parse_question(&to_draft(&q, &["de", "en"])).unwrap(), q);
        let mut c = draft("fields", "single_choice");
        c.options = "a | Eins\nb | Zwei".into();
        c.option_labels = vec![("en".into(), "One\nTwo".into())];
        let q = parse_question(&c).unwrap();
        assert_eq!(parse_question(&to_draft(&q, &["de", "en"])).unwrap(), q);
    }

    #[test]
    fn profile_links_only_for_categories_and_languages() {
        let mut d = draft("langs", "languages");
        d.profile_linked = true;
        assert!(parse_question(&d).unwrap().profile_linked);
        let mut t = draft("name", "short_text");
        t.profile_linked = true;
        assert!(!parse_question(&t).unwrap().profile_linked);
    }

    fn q(key: &str) -> Question {
        parse_question(&draft(key, "yes_no")).unwrap()
    }

    fn keys(questionnaire: &Questionnaire) -> Vec<Vec<String>> {
        questionnaire.sections.iter().map(|s| s.questions.iter().map(|q| q.key.clone()).collect()).collect()
    }

    #[test]
    fn questions_are_placed_edited_moved_and_removed() {
        let empty = Questionnaire::default();
        let one = place(&empty, 0, None, q("a")).unwrap();
        let two = place(&one, 0, None, q("b")).unwrap();
        let three = place(&two, 1, None, q("c")).unwrap();
        assert_eq!(keys(&three), [vec!["a", "b"], vec!["c"]]);
        assert!(place(&three, 5, None, q("d")).is_none(), "no gap of sections");
        // Edited in place (renamed), or moved to another section's end.
        assert_eq!(keys(&place(&three, 0, Some("a"), q("z")).unwrap()), [vec!["z", "b"], vec!["c"]]);
        assert_eq!(keys(&place(&three, 1, Some("a"), q("a")).unwrap()), [vec!["b"], vec!["c", "a"]]);
        assert_eq!(keys(&shift(&three, "b", -1)), [vec!["b", "a"], vec!["c"]]);
        assert_eq!(keys(&shift(&three, "b", 1)), [vec!["a", "b"], vec!["c"]], "unchanged at the end");
        assert_eq!(keys(&remove(&three, "c")), [vec!["a", "b"]], "an emptied section goes");
    }
}
