//! The dashboard's summary "at a glance": per choice question its most frequent answers with
//! their shares, and for questions that take several answers a measure of variety against
//! agreement — how many different answers were given, what share of all mentions the top
//! [`TOP`] answers take, and whether the top answers are named by most (similar answers) or
//! by few among many (great variety). A coordinator shows it at a meeting; the web words it.
//!
//! "Other: …" texts count as answers of their own (compared without case and extra spaces),
//! so a question whose respondents write in many different things shows that variety.

use std::cmp::Reverse;

use super::{Answer, Answers, Question, QuestionKind, Questionnaire, MIN_GROUP, OTHER};

/// How many of the most frequent answers the summary names and measures.
pub const TOP: usize = 3;

/// Similar answers: each of the top answers is named by at least this share (per cent) of
/// those who answered the question (two thirds).
pub const SHARED_REACH: u32 = 67;

/// Great variety: the last of the top answers is named by fewer than this share (per cent) of
/// those who answered, and at least [`VARIED_DISTINCT`] different answers were given.
pub const VARIED_REACH: u32 = 50;

/// Great variety needs at least this many different answers.
pub const VARIED_DISTINCT: usize = 2 * TOP;

/// Variety or agreement of a question's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spread {
    /// Many different answers, the most frequent named by few.
    Varied,
    /// Neither.
    Mixed,
    /// The most frequent answers named by most.
    Shared,
}

impl Spread {
    pub fn key(self) -> &'static str {
        match self {
            Spread::Varied => "varied",
            Spread::Mixed => "mixed",
            Spread::Shared => "shared",
        }
    }
}

/// An answer as the summary counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    /// An option's key, `yes`/`no`, a category key or a language code ([`OTHER`] when an
    /// "other" came without its text).
    Key(String),
    /// An "other: …" text, as first written.
    Other(String),
}

/// One of a question's most frequent answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopAnswer {
    pub answer: Given,
    /// Responses that gave it.
    pub count: usize,
    /// Per cent of those who answered the question, rounded.
    pub percent: u32,
}

/// Variety against agreement, for questions that take several answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variety {
    /// Different answers given.
    pub distinct: usize,
    /// All answers given, counted once per response that gave them.
    pub mentions: usize,
    /// Per cent of all mentions that the top answers take.
    pub top_cover: u32,
    /// Per cent of those who answered that named the least frequent of the top answers:
    /// each top answer is named by at least this share.
    pub top_reach: u32,
    /// `None` with fewer than [`MIN_GROUP`] answers: too few to judge.
    pub spread: Option<Spread>,
}

/// A question in the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionGlance {
    pub key: String,
    /// Responses that answered it.
    pub answered: usize,
    /// The most frequent answers (at most [`TOP`]), most frequent first; ties in the
    /// question's order of options, "other" texts after them.
    pub top: Vec<TopAnswer>,
    /// For multiple choice, categories and languages.
    pub variety: Option<Variety>,
    /// For a scale: the mean value.
    pub mean: Option<f64>,
}

/// `part` of `whole` in whole per cent, rounded half up; 0 when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        return 0;
    }
    u32::try_from((part * 200 + whole) / (2 * whole)).unwrap_or(u32::MAX)
}

/// Variety or agreement from the measures: see [`SHARED_REACH`], [`VARIED_REACH`],
/// [`VARIED_DISTINCT`]; `None` under [`MIN_GROUP`] answers.
pub fn spread(answered: usize, distinct: usize, top_reach: u32) -> Option<Spread> {
    if answered < MIN_GROUP || distinct == 0 {
        return None;
    }
    Some(if top_reach >= SHARED_REACH {
        Spread::Shared
    } else if top_reach < VARIED_REACH && distinct >= VARIED_DISTINCT {
        Spread::Varied
    } else {
        Spread::Mixed
    })
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The answers one response gave to a question, each once.
fn given(answer: &Answer) -> Vec<Given> {
    let other = |text: &Option<String>| match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => Given::Other(t.split_whitespace().collect::<Vec<_>>().join(" ")),
        None => Given::Key(OTHER.to_owned()),
    };
    let mut out: Vec<Given> = match answer {
        Answer::Choice { key, other: text } if key == OTHER => vec![other(text)],
        Answer::Choice { key, .. } => vec![Given::Key(key.clone())],
        Answer::Choices { keys, other: text } => {
            keys.iter().map(|k| if k == OTHER { other(text) } else { Given::Key(k.clone()) }).collect()
        }
        Answer::Keys(keys) => keys.iter().cloned().map(Given::Key).collect(),
        Answer::YesNo(yes) => vec![Given::Key(if *yes { "yes" } else { "no" }.to_owned())],
        Answer::Number(_) | Answer::Text(_) => Vec::new(),
    };
    let mut seen: Vec<Given> = Vec::new();
    out.retain(|g| {
        let same = seen.iter().any(|s| same_answer(s, g));
        if !same {
            seen.push(g.clone());
        }
        !same
    });
    out
}

fn same_answer(a: &Given, b: &Given) -> bool {
    match (a, b) {
        (Given::Key(a), Given::Key(b)) => a == b,
        (Given::Other(a), Given::Other(b)) => normalised(a) == normalised(b),
        _ => false,
    }
}

/// Where an answer goes among equal counts: the options in the question's order, then
/// other keys (categories, languages) and "other" texts alphabetically.
fn order(question: &Question, answer: &Given) -> (usize, String) {
    match answer {
        Given::Key(k) => {
            let options = question.kind.options();
            match options.iter().position(|o| o.key == *k) {
                Some(i) => (i, String::new()),
                None if k == "yes" => (0, String::new()),
                None if k == "no" => (1, String::new()),
                None => (options.len(), k.clone()),
            }
        }
        Given::Other(t) => (usize::MAX, normalised(t)),
    }
}

/// The summary of one question over `responses`; `None` for questions it leaves out
/// (numbers and texts).
pub fn question_glance(question: &Question, responses: &[&Answers]) -> Option<QuestionGlance> {
    let multiple = match question.kind {
        QuestionKind::MultipleChoice { .. } | QuestionKind::Categories | QuestionKind::Languages => true,
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo | QuestionKind::Scale { .. } => false,
        QuestionKind::Number { .. } | QuestionKind::ShortText | QuestionKind::LongText => return None,
    };
    let answers: Vec<&Answer> = responses.iter().filter_map(|r| r.get(&question.key)).collect();
    let answered = answers.len();
    if let QuestionKind::Scale { .. } = question.kind {
        let values: Vec<i64> = answers.iter().filter_map(|a| if let Answer::Number(n) = a { Some(*n) } else { None }).collect();
        #[allow(clippy::cast_precision_loss)] // answers far below 2^52
        let mean = (!values.is_empty()).then(|| values.iter().sum::<i64>() as f64 / values.len() as f64);
        return Some(QuestionGlance { key: question.key.clone(), answered, top: Vec::new(), variety: None, mean });
    }
    let mut counts: Vec<(Given, usize)> = Vec::new();
    for answer in &answers {
        for g in given(answer) {
            match counts.iter_mut().find(|(k, _)| same_answer(k, &g)) {
                Some((_, n)) => *n += 1,
                None => counts.push((g, 1)),
            }
        }
    }
    counts.sort_by_cached_key(|(g, n)| (Reverse(*n), order(question, g)));
    let mentions: usize = counts.iter().map(|(_, n)| n).sum();
    let top: Vec<TopAnswer> =
        counts.iter().take(TOP).map(|(g, n)| TopAnswer { answer: g.clone(), count: *n, percent: percent(*n, answered) }).collect();
    let variety = multiple.then(|| {
        let top_reach = top.last().map_or(0, |t| t.percent);
        Variety {
            distinct: counts.len(),
            mentions,
            top_cover: percent(top.iter().map(|t| t.count).sum(), mentions),
            top_reach,
            spread: spread(answered, counts.len(), top_reach),
        }
    });
    Some(QuestionGlance { key: question.key.clone(), answered, top, variety, mean: None })
}

/// The summary of every choice, yes/no, scale, category and language question of
/// `questionnaire` over `responses`, in the questionnaire's order.
pub fn glance(questionnaire: &Questionnaire, responses: &[&Answers]) -> Vec<QuestionGlance> {
    questionnaire.questions().filter_map(|q| question_glance(q, responses)).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::localized::LocalizedText;
    use crate::survey::{Choice, Section};

    fn q(key: &str, kind: QuestionKind) -> Question {
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

    fn multiple(key: &str, options: &[&str]) -> Question {
        let options = options.iter().map(|k| Choice { key: (*k).into(), label: LocalizedText::new().with("de", k) }).collect();
        q(key, QuestionKind::MultipleChoice { options, other: true })
    }

    fn choices(keys: &[&str], other: Option<&str>) -> Answer {
        let mut keys: Vec<String> = keys.iter().map(|k| (*k).to_owned()).collect();
        if other.is_some() {
            keys.push(OTHER.into());
        }
        Answer::Choices { keys, other: other.map(str::to_owned) }
    }

    fn one(key: &str, answer: Answer) -> Answers {
        [(key.to_owned(), answer)].into_iter().collect()
    }

    fn keys(top: &[TopAnswer]) -> Vec<(String, usize, u32)> {
        top.iter()
            .map(|t| {
                let k = match &t.answer {
                    Given::Key(k) => k.clone(),
                    Given::Other(t) => format!("other:{t}"),
                };
                (k, t.count, t.percent)
            })
            .collect()
    }

    #[test]
    fn percents_round_half_up_and_zero_of_nothing() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(16, 16), 100);
    }

    #[test]
    fn similar_challenges_are_named_by_most() {
        let question = multiple("challenges", &["room", "money", "volunteers", "bureaucracy", "language"]);
        let mut responses = Vec::new();
        for n in 0..10 {
            let mut list = vec!["room", "money"];
            if n != 3 {
                list.push("volunteers");
            }
            if n % 3 == 0 {
                list.push("bureaucracy");
            }
            responses.push(one("challenges", choices(&list, None)));
        }
        let refs: Vec<&Answers> = responses.iter().collect();
        let g = question_glance(&question, &refs).unwrap();
        assert_eq!(g.answered, 10);
        assert_eq!(keys(&g.top), vec![("room".into(), 10, 100), ("money".into(), 10, 100), ("volunteers".into(), 9, 90)]);
        let v = g.variety.unwrap();
        assert_eq!((v.distinct, v.mentions), (3 + 1, 10 + 10 + 9 + 4));
        assert_eq!(v.top_cover, percent(29, 33));
        assert_eq!(v.top_reach, 90);
        assert_eq!(v.spread, Some(Spread::Shared));
    }

    #[test]
    fn many_different_offers_are_varied_and_other_texts_count_as_answers() {
        let question = multiple("offers", &["a", "b", "c", "d", "e", "f"]);
        let lists: [(&[&str], Option<&str>); 8] = [
            (&["a", "b"], None),
            (&["c"], Some("Kochabende")),
            (&["d", "a"], None),
            (&["e"], Some("  kochabende ")),
            (&["f"], Some("Theater")),
            (&["b"], None),
            (&["a"], Some("Nähcafé")),
            (&["c", "d"], None),
        ];
        let responses: Vec<Answers> = lists.iter().map(|(k, o)| one("offers", choices(k, *o))).collect();
        let refs: Vec<&Answers> = responses.iter().collect();
        let g = question_glance(&question, &refs).unwrap();
        // a 3, then b, c, d and the same "Kochabende" twice each: options first in their order.
        assert_eq!(keys(&g.top), vec![("a".into(), 3, 38), ("b".into(), 2, 25), ("c".into(), 2, 25)]);
        let v = g.variety.unwrap();
        // a–f, and three different other texts ("Kochabende" written twice).
        assert_eq!(v.distinct, 9);
        assert_eq!(v.mentions, 15);
        assert_eq!(v.top_cover, percent(7, 15));
        assert_eq!(v.top_reach, 25);
        assert_eq!(v.spread, Some(Spread::Varied));
    }

    #[test]
    fn an_other_text_can_be_among_the_top() {
        let question = multiple("offers", &["a", "b"]);
        let responses: Vec<Answers> =
            (0..5).map(|n| one("offers", choices(if n < 2 { &["a"] } else { &[] }, Some("Kochabende")))).collect();
        let refs: Vec<&Answers> = responses.iter().collect();
        let g = question_glance(&question, &refs).unwrap();
        assert_eq!(keys(&g.top), vec![("other:Kochabende".into(), 5, 100), ("a".into(), 2, 40)]);
        // Fewer different answers than TOP: the last one given measures the reach.
        assert_eq!(g.variety.unwrap().top_reach, 40);
    }

    #[test]
    fn the_spread_follows_its_thresholds() {
        assert_eq!(spread(MIN_GROUP - 1, 10, 100), None, "too few answers to judge");
        assert_eq!(spread(MIN_GROUP, 0, 0), None, "nothing given");
        assert_eq!(spread(20, 3, SHARED_REACH), Some(Spread::Shared));
        assert_eq!(spread(20, 12, SHARED_REACH - 1), Some(Spread::Mixed));
        assert_eq!(spread(20, 12, VARIED_REACH), Some(Spread::Mixed));
        assert_eq!(spread(20, VARIED_DISTINCT, VARIED_REACH - 1), Some(Spread::Varied));
        assert_eq!(spread(20, VARIED_DISTINCT - 1, 10), Some(Spread::Mixed), "few different answers are no variety");
    }

    #[test]
    fn single_choice_yes_no_and_scale_have_no_variety_measure() {
        let single = q(
            "biggest",
            QuestionKind::SingleChoice {
                options: vec![
                    Choice { key: "room".into(), label: LocalizedText::new() },
                    Choice { key: "money".into(), label: LocalizedText::new() },
                ],
                other: false,
            },
        );
        let yes_no = q("has_room", QuestionKind::YesNo);
        let scale = q("know", QuestionKind::Scale { low: LocalizedText::new(), high: LocalizedText::new() });
        let number = q("members", QuestionKind::Number { min: 0, max: 100 });
        let text = q("wishes", QuestionKind::LongText);
        let questionnaire = Questionnaire {
            sections: vec![Section {
                title: LocalizedText::new(),
                questions: vec![single, yes_no, scale, number, text, q("fields", QuestionKind::Categories)],
            }],
        };
        let responses: Vec<Answers> = (0..4)
            .map(|n| {
                [
                    ("biggest".to_owned(), Answer::Choice { key: if n == 0 { "money" } else { "room" }.into(), other: None }),
                    ("has_room".to_owned(), Answer::YesNo(n == 1)),
                    ("know".to_owned(), Answer::Number(n + 1)),
                    ("members".to_owned(), Answer::Number(10)),
                    ("wishes".to_owned(), Answer::Text("mehr".into())),
                ]
                .into_iter()
                .collect()
            })
            .collect();
        let refs: Vec<&Answers> = responses.iter().collect();
        let all = glance(&questionnaire, &refs);
        assert_eq!(all.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(), vec!["biggest", "has_room", "know", "fields"]);
        assert_eq!(keys(&all[0].top), vec![("room".into(), 3, 75), ("money".into(), 1, 25)]);
        assert!(all[0].variety.is_none());
        assert_eq!(keys(&all[1].top), vec![("no".into(), 3, 75), ("yes".into(), 1, 25)]);
        assert_eq!(all[2].mean, Some(2.5));
        assert!(all[2].top.is_empty());
        // Nobody answered the categories: nothing to show, nothing to judge.
        assert_eq!(all[3].answered, 0);
        assert!(all[3].top.is_empty());
        assert_eq!(all[3].variety.as_ref().map(|v| (v.distinct, v.spread)), Some((0, None)));
    }
}
