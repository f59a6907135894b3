//! What the dashboard counts: per question the answers per option (bars), per value (scale
//! and number histograms), yes/no, and the free texts; cross-tabs by a grouping; and the
//! anonymity rule.

use super::{Answer, Answers, Question, QuestionKind, OTHER};

/// In an anonymous survey, a filtered view or a cross-tab group with fewer responses than
/// this is suppressed: its numbers are not shown.
pub const MIN_GROUP: usize = 5;

/// Whether a group of `count` responses is suppressed: only in anonymous surveys, only in
/// filtered views and cross-tabs (`filtered`), and only under [`MIN_GROUP`].
pub fn suppressed(anonymous: bool, filtered: bool, count: usize) -> bool {
    anonymous && filtered && count < MIN_GROUP
}

/// The answers to one question, counted.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    /// Responses that answered it.
    pub answered: usize,
    /// Per column (an option key, `other`, `yes`/`no`, a scale value, a number range `lo..hi`,
    /// a category or language key), how many answers fall in it, in the order to show.
    pub counts: Vec<(String, usize)>,
    /// Free texts (text answers and "other: …" texts), in the order of the responses.
    pub texts: Vec<String>,
    /// The mean of a scale or number question.
    pub mean: Option<f64>,
}

/// The number ranges of a histogram over `values`: at most five of equal width, whole numbers.
fn ranges(values: &[i64]) -> Vec<(i64, i64)> {
    let (Some(&lo), Some(&hi)) = (values.iter().min(), values.iter().max()) else { return Vec::new() };
    let span = hi - lo + 1;
    let width = (span + 4) / 5;
    let width = width.max(1);
    let mut out = Vec::new();
    let mut start = lo;
    while start <= hi {
        out.push((start, (start + width - 1).min(hi)));
        start += width;
    }
    out
}

fn range_key((lo, hi): (i64, i64)) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}..{hi}")
    }
}

fn parse_range(key: &str) -> Option<(i64, i64)> {
    match key.split_once("..") {
        Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
        None => key.parse().ok().map(|n| (n, n)),
    }
}

/// The columns a question's answers are counted in, before any answer is seen (options,
/// yes/no, scale) or from the answers (number ranges, categories, languages by frequency).
fn columns(question: &Question, answers: &[&Answer]) -> Vec<String> {
    match &question.kind {
        QuestionKind::SingleChoice { options, other } | QuestionKind::MultipleChoice { options, other } => {
            let mut cols: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
            if *other {
                cols.push(OTHER.to_owned());
            }
            cols
        }
        QuestionKind::Scale { .. } => (1..=5).map(|n: i64| n.to_string()).collect(),
        QuestionKind::YesNo => vec!["yes".to_owned(), "no".to_owned()],
        QuestionKind::Number { .. } => {
            let values: Vec<i64> = answers.iter().filter_map(|a| if let Answer::Number(n) = a { Some(*n) } else { None }).collect();
            ranges(&values).into_iter().map(range_key).collect()
        }
        QuestionKind::Categories | QuestionKind::Languages => {
            let mut seen: Vec<(String, usize)> = Vec::new();
            for key in answers.iter().flat_map(|a| a.keys()) {
                match seen.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, n)) => *n += 1,
                    None => seen.push((key, 1)),
                }
            }
            seen.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            seen.into_iter().map(|(k, _)| k).collect()
        }
        QuestionKind::ShortText | QuestionKind::LongText => Vec::new(),
    }
}

/// Whether `answer` counts in `column` (a number in a range, else one of its keys).
fn hits(question: &Question, answer: &Answer, column: &str) -> bool {
    match (&question.kind, answer) {
        (QuestionKind::Number { .. }, Answer::Number(n)) => parse_range(column).is_some_and(|(lo, hi)| (lo..=hi).contains(n)),
        _ => answer.keys().iter().any(|k| k == column),
    }
}

fn count_in(question: &Question, answers: &[&Answer], cols: &[String]) -> Vec<(String, usize)> {
    cols.iter().map(|c| (c.clone(), answers.iter().filter(|a| hits(question, a, c)).count())).collect()
}

/// Counts the answers of `responses` to `question`.
pub fn tally<'a>(question: &Question, responses: impl IntoIterator<Item = &'a Answers>) -> Tally {
    let answers: Vec<&Answer> = responses.into_iter().filter_map(|r| r.get(&question.key)).collect();
    let cols = columns(question, &answers);
    let numbers: Vec<i64> = answers.iter().filter_map(|a| if let Answer::Number(n) = a { Some(*n) } else { None }).collect();
    #[allow(clippy::cast_precision_loss)] // counts and answers far below 2^52
    let mean = (!numbers.is_empty()).then(|| numbers.iter().sum::<i64>() as f64 / numbers.len() as f64);
    Tally {
        answered: answers.len(),
        counts: count_in(question, &answers, &cols),
        texts: answers.iter().filter_map(|a| a.free_text()).map(str::to_owned).collect(),
        mean,
    }
}

/// One group of a cross-tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrossTabRow {
    pub group: String,
    /// Responses in the group.
    pub responses: usize,
    /// Per column of the cross-tab, the count; `None` when the group is suppressed.
    pub counts: Option<Vec<usize>>,
}

/// A question's answers counted per group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrossTab {
    /// The columns, as in the question's [`Tally`] over all responses.
    pub columns: Vec<String>,
    pub rows: Vec<CrossTabRow>,
    /// Whether any group was suppressed.
    pub any_suppressed: bool,
}

/// Counts the answers to `question` per group; `groups` are the group's key and its
/// responses (a response may be in several groups, e.g. fields of activity). In an anonymous
/// survey every group under [`MIN_GROUP`] responses is suppressed.
pub fn cross_tab(question: &Question, groups: &[(String, Vec<&Answers>)], anonymous: bool) -> CrossTab {
    let all: Vec<&Answer> = groups.iter().flat_map(|(_, rs)| rs.iter().filter_map(|r| r.get(&question.key))).collect();
    let cols = columns(question, &all);
    let mut any_suppressed = false;
    let rows = groups
        .iter()
        .map(|(group, responses)| {
            let hidden = suppressed(anonymous, true, responses.len());
            any_suppressed |= hidden;
            let answers: Vec<&Answer> = responses.iter().filter_map(|r| r.get(&question.key)).collect();
            let counts = (!hidden).then(|| count_in(question, &answers, &cols).into_iter().map(|(_, n)| n).collect());
            CrossTabRow { group: group.clone(), responses: responses.len(), counts }
        })
        .collect();
    CrossTab { columns: cols, rows, any_suppressed }
}
