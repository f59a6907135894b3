//! A survey's report worded in one language: the response figures, then per section of the
//! questionnaire each question with the dashboard's own SVG chart, its numbers as a table, the
//! cross-tab when one was asked for (small groups of an anonymous survey suppressed as on the
//! page) and the free texts. `documents` typesets it as PDF (`knotenpunkt survey export
//! --format pdf` and `/office/surveys/{survey}/report.pdf`).

use app::accounts::sign_in::Viewer;
use app::directory::index::SearchIndex;
use app::reports::{DocChart, DocFigure, DocSection, DocTable, ReportDocument};
use app::survey::{Dashboard, Filter, SurveyError, Surveys};
use domain::survey::MIN_GROUP;

use super::dashboard::{groupings, question_views, rate, QuestionView};
use super::glance::{glance_view, GlanceView};
use super::labels::{category, text};
use crate::i18n::Tr;

/// What the report says about the view it shows: the filters in words (empty: all
/// responses) and the survey's status in words.
pub struct ReportView<'a> {
    pub status: &'a str,
    pub filters: Vec<String>,
    /// Unix seconds of the making.
    pub made_at: i64,
    /// The summary at a glance (`None` when the view is suppressed).
    pub glance: Option<GlanceView>,
}

/// The report of `dashboard` (its questions worded as `views`) in the language of `tr`.
pub fn document(dashboard: &Dashboard, views: &[QuestionView], view: &ReportView<'_>, tr: &Tr) -> ReportDocument {
    let lang = tr.locale.code();
    let survey = &dashboard.record.survey;
    let date = |at: Option<i64>| at.map_or_else(|| "–".to_owned(), domain::date::iso_date);
    let mut period = tr.targs("survey-report-period", &[("from", date(survey.opens_at).into()), ("to", date(survey.closes_at).into())]);
    period = format!("{period} · {}", view.status);
    if survey.anonymous {
        period = format!("{period} · {}", tr.t("survey-anonymous"));
    }
    let mut notes = Vec::new();
    if survey.anonymous {
        notes.push(tr.t1("survey-suppression-rule", "min", MIN_GROUP));
    }
    if !view.filters.is_empty() {
        notes.push(tr.t1("survey-report-filtered", "filters", view.filters.join(", ")));
        notes.push(tr.t1("survey-shown", "count", dashboard.shown));
    }
    if dashboard.suppressed {
        notes.push(tr.t1("survey-suppressed", "min", MIN_GROUP));
    }
    let figure = |key: &str, label: &str, value: String| DocFigure {
        key: key.to_owned(),
        label: tr.t(label),
        value,
        definition: tr.t(&format!("survey-report-def-{key}")),
    };
    let mut sections = vec![DocSection {
        key: "response".into(),
        title: tr.t("survey-report-response"),
        figures: vec![
            figure("invited", "survey-invited", dashboard.invited.to_string()),
            figure("responses", "survey-responses", dashboard.responses.to_string()),
            figure("rate", "survey-rate", rate(dashboard)),
        ],
        charts: Vec::new(),
        tables: Vec::new(),
        note: (!notes.is_empty()).then(|| notes.join(" ")),
    }];
    if let Some(glance) = &view.glance {
        sections.push(glance_section(glance, tr));
    }
    let mut views = views.iter();
    let mut number = 0;
    for (s, part) in survey.questionnaire.sections.iter().enumerate() {
        let heading = text(&part.title, lang);
        sections.push(DocSection {
            key: format!("part-{}", s + 1),
            title: if heading.is_empty() { tr.t1("survey-report-part", "number", s + 1) } else { heading },
            figures: Vec::new(),
            charts: Vec::new(),
            tables: Vec::new(),
            note: None,
        });
        for _ in &part.questions {
            let Some(q) = views.next() else { break };
            number += 1;
            sections.push(question(q, number, dashboard.suppressed, tr));
        }
    }
    ReportDocument {
        lang: lang.to_owned(),
        rtl: tr.locale.is_rtl(),
        title: text(&survey.title, lang),
        period,
        made: tr.t1("report-made", "date", domain::date::iso_date(view.made_at)),
        contents_heading: tr.t("report-contents"),
        page_word: tr.t("report-page"),
        figure_heading: tr.t("report-figure"),
        value_heading: tr.t("report-value"),
        narrative_heading: String::new(),
        narrative: String::new(),
        sections,
    }
}

/// The summary at a glance, at the start: the questions with a great variety of answers and
/// those with similar answers (the note, a line each), then per question its judgement with
/// the measure (a figure each) and its most frequent answers (a table each, in the same order).
fn glance_section(glance: &GlanceView, tr: &Tr) -> DocSection {
    let titles = |list: &[(String, String)]| list.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>().join(" · ");
    let mut lines = vec![glance.rate.clone()];
    if !glance.varied.is_empty() {
        lines.push(format!("{}: {}", tr.t("survey-glance-varied"), titles(&glance.varied)));
    }
    if !glance.shared.is_empty() {
        lines.push(format!("{}: {}", tr.t("survey-glance-shared"), titles(&glance.shared)));
    }
    lines.push(glance.legend.clone());
    let figures = glance
        .items
        .iter()
        .map(|i| DocFigure {
            key: i.id.clone(),
            label: i.title.clone(),
            value: i.spread.as_ref().map_or_else(|| "–".to_owned(), |(_, words)| words.clone()),
            definition: [i.measure.as_str(), i.mean.as_deref().unwrap_or_default()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    let tables = glance
        .items
        .iter()
        .map(|i| DocTable {
            caption: i.title.clone(),
            headings: vec![tr.t("survey-answer"), tr.t("survey-glance-share-heading")],
            rows: i.top.iter().map(|a| vec![a.label.clone(), a.share.clone()]).collect(),
            links: Vec::new(),
        })
        .collect();
    DocSection {
        key: "glance".into(),
        title: tr.t("survey-glance-title"),
        figures,
        charts: Vec::new(),
        tables,
        note: Some(lines.join("\n")),
    }
}

/// One question: its chart with the numbers, its cross-tab, its free texts.
fn question(q: &QuestionView, number: usize, suppressed: bool, tr: &Tr) -> DocSection {
    let mut meta = format!("{} · {}", q.kind, tr.t1("survey-answered", "count", q.answered));
    if let Some(mean) = &q.mean {
        meta = format!("{meta} · {}: {mean}", tr.t("survey-mean"));
    }
    let mut section = DocSection {
        key: q.id.clone(),
        title: format!("{number}. {}", q.title),
        figures: Vec::new(),
        charts: Vec::new(),
        tables: Vec::new(),
        note: Some(meta),
    };
    if suppressed {
        section.note = Some(tr.t1("survey-suppressed", "min", MIN_GROUP));
        return section;
    }
    if let Some(table) = &q.table {
        section.charts.push(DocChart {
            key: q.id.clone(),
            caption: q.title.clone(),
            definition: q.desc.clone(),
            svg: q.chart.clone(),
            table: DocTable {
                caption: table.caption.clone(),
                headings: vec![table.label_heading.clone(), table.value_heading.clone()],
                rows: table.rows.iter().map(|r| vec![r.label.clone(), r.display.clone()]).collect(),
                links: Vec::new(),
            },
        });
    }
    if let Some(cross) = &q.cross {
        let mut headings = vec![tr.t("survey-group"), tr.t("survey-responses")];
        headings.extend(cross.columns.iter().cloned());
        let hidden = tr.t1("survey-group-suppressed", "min", MIN_GROUP);
        let rows = cross
            .rows
            .iter()
            .map(|(label, n, counts)| {
                let mut row = vec![label.clone()];
                match counts {
                    Some(counts) => {
                        row.push(n.to_string());
                        row.extend(counts.iter().map(ToString::to_string));
                    }
                    None => {
                        row.push(hidden.clone());
                        row.extend(cross.columns.iter().map(|_| "–".to_owned()));
                    }
                }
                row
            })
            .collect();
        section.tables.push(DocTable { caption: cross.caption.clone(), headings, rows, links: Vec::new() });
    }
    if q.is_text || !q.texts.is_empty() {
        section.tables.push(DocTable {
            caption: tr.t("survey-texts"),
            headings: vec![tr.t("survey-texts")],
            rows: q.texts.iter().map(|t| vec![t.clone()]).collect(),
            links: Vec::new(),
        });
        if q.texts.is_empty() {
            section.note = Some(format!("{} · {}", section.note.unwrap_or_default(), tr.t("survey-report-no-texts")));
        }
    }
    section
}

/// The report of the survey `slug` as the office's dashboard shows it with `filter` and the
/// grouping `raw_by` (the URL's `by`; empty for none), worded in `tr`'s language. `viewer`
/// `None` is the command line.
pub async fn load(
    surveys: &Surveys,
    index: &SearchIndex,
    tr: &Tr,
    viewer: Option<&Viewer>,
    slug: &str,
    filter: &Filter,
    raw_by: &str,
) -> Result<ReportDocument, SurveyError> {
    if viewer.is_some_and(|v| !v.is_staff()) {
        return Err(SurveyError::Forbidden);
    }
    let record = surveys.by_slug(slug).await?;
    let (groupings, by) = groupings(tr, &record, raw_by);
    let dashboard = surveys.dashboard(viewer, slug, filter, by.as_ref()).await?;
    let by_label = groupings.iter().find(|(k, _)| by.as_ref().is_some_and(|b| b.key() == *k)).map(|(_, l)| l.clone()).unwrap_or_default();
    // Charts left to right in every language: Typst's SVG renderer sets the labels of a
    // right-to-left chart over its bars (seen in the Arabic PDF); the texts stay Arabic and
    // the tables beside them run right to left.
    let views = question_views(index, tr, &dashboard, by.as_ref(), &by_label, charts::Direction::Ltr);
    let lang = tr.locale.code();
    let mut filters = Vec::new();
    if let Some(mso) = filter.mso {
        filters.push(tr.t(if mso { "survey-group-mso" } else { "survey-group-not-mso" }));
    }
    if let Some(field) = &filter.field {
        filters.push(category(index, field, lang));
    }
    if let Some(district) = &filter.district {
        filters.push(index.districts().iter().find(|d| d.key == *district).map_or_else(|| district.clone(), |d| d.name.clone()));
    }
    let status = tr.t(&format!("survey-status-{}", surveys.status(&dashboard.record).key()));
    let glance = glance_view(index, tr, &dashboard);
    let view = ReportView { status: &status, filters, made_at: surveys.clock.now().unix_secs(), glance };
    Ok(document(&dashboard, &views, &view, tr))
}
