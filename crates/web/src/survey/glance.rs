//! The dashboard's summary "at a glance" in words: the response rate, which questions show a
//! great variety of answers and which similar answers, and per question its most frequent
//! answers with their shares and the measure behind the judgement. The page shows it at the
//! top, the PDF report at the start. The numbers come from `domain::survey::glance`.

use app::directory::index::SearchIndex;
use app::survey::Dashboard;
use domain::survey::{Given, QuestionGlance, QuestionKind, Spread, SHARED_REACH, TOP, VARIED_DISTINCT, VARIED_REACH};

use super::dashboard::rate;
use super::labels::{column, text};
use crate::i18n::Tr;

/// One of a question's most frequent answers.
pub struct GlanceAnswer {
    pub label: String,
    /// Per cent of those who answered the question.
    pub percent: u32,
    /// "100 % (16 of 16)".
    pub share: String,
}

/// One question in the summary.
pub struct GlanceItem {
    /// The question's anchor on the page (`q-KEY`).
    pub id: String,
    pub title: String,
    /// `varied`, `mixed` or `shared`, and its words; `None`: too few answers to judge, or a
    /// question without the measure.
    pub spread: Option<(&'static str, String)>,
    /// The measure in a sentence (empty for a question without it).
    pub measure: String,
    pub top: Vec<GlanceAnswer>,
    /// A scale's mean in words.
    pub mean: Option<String>,
}

/// The summary as shown.
pub struct GlanceView {
    /// "16 of 20 invited associations answered (80 %)."
    pub rate: String,
    /// The questions with a great variety of answers, and those with similar answers, as
    /// `(anchor, title)`.
    pub varied: Vec<(String, String)>,
    pub shared: Vec<(String, String)>,
    pub items: Vec<GlanceItem>,
    /// How the judgement is made, in words.
    pub legend: String,
}

fn spread_words(tr: &Tr, spread: Spread) -> String {
    tr.t(&format!("survey-glance-spread-{}", spread.key()))
}

fn item(index: &SearchIndex, tr: &Tr, dashboard: &Dashboard, g: &QuestionGlance) -> Option<GlanceItem> {
    let lang = tr.locale.code();
    let q = dashboard.record.survey.questionnaire.question(&g.key)?;
    let top: Vec<GlanceAnswer> = g
        .top
        .iter()
        .map(|t| GlanceAnswer {
            label: match &t.answer {
                Given::Key(k) => column(index, tr, lang, q, k),
                Given::Other(text) => format!("{}: {text}", tr.t("survey-other")),
            },
            percent: t.percent,
            share: tr.targs(
                "survey-glance-share",
                &[("percent", t.percent.to_string().into()), ("count", t.count.into()), ("answered", g.answered.into())],
            ),
        })
        .collect();
    let (spread, measure) = match &g.variety {
        Some(v) if v.distinct > 0 => {
            let args = [
                ("distinct", v.distinct.into()),
                ("top", g.top.len().into()),
                ("cover", v.top_cover.to_string().into()),
                ("reach", v.top_reach.to_string().into()),
            ];
            let key = match v.spread {
                Some(Spread::Varied) => "survey-glance-measure-varied",
                Some(Spread::Shared) => "survey-glance-measure-shared",
                Some(Spread::Mixed) => "survey-glance-measure-mixed",
                None => "survey-glance-measure-few",
            };
            (v.spread.map(|s| (s.key(), spread_words(tr, s))), tr.targs(key, &args))
        }
        _ => (None, String::new()),
    };
    let mean = match (&q.kind, g.mean) {
        (QuestionKind::Scale { low, high }, Some(m)) => Some(tr.targs(
            "survey-glance-mean",
            &[("mean", format!("{m:.1}").into()), ("low", text(low, lang).into()), ("high", text(high, lang).into())],
        )),
        _ => None,
    };
    if top.is_empty() && mean.is_none() {
        return None;
    }
    Some(GlanceItem { id: format!("q-{}", q.key), title: text(&q.text, lang), spread, measure, top, mean })
}

/// The summary of `dashboard` in `tr`'s language; `None` when its view is suppressed.
pub fn glance_view(index: &SearchIndex, tr: &Tr, dashboard: &Dashboard) -> Option<GlanceView> {
    if dashboard.suppressed {
        return None;
    }
    let mut rate_line = tr.targs(
        "survey-glance-rate",
        &[("responses", dashboard.responses.into()), ("invited", dashboard.invited.into()), ("rate", rate(dashboard).into())],
    );
    if dashboard.shown != dashboard.responses {
        rate_line = format!("{rate_line} {}", tr.t1("survey-shown", "count", dashboard.shown));
    }
    let items: Vec<GlanceItem> = dashboard.glance.iter().filter_map(|g| item(index, tr, dashboard, g)).collect();
    let pick = |key: &str| -> Vec<(String, String)> {
        items.iter().filter(|i| i.spread.as_ref().is_some_and(|(k, _)| *k == key)).map(|i| (i.id.clone(), i.title.clone())).collect()
    };
    let legend = tr.targs(
        "survey-glance-legend",
        &[
            ("top", TOP.into()),
            ("shared", SHARED_REACH.to_string().into()),
            ("varied", VARIED_REACH.to_string().into()),
            ("distinct", VARIED_DISTINCT.into()),
            ("min", domain::survey::MIN_GROUP.into()),
        ],
    );
    Some(GlanceView { rate: rate_line, varied: pick("varied"), shared: pick("shared"), items, legend })
}
