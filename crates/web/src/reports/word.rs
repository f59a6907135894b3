//! Words a dashboard in one language: every figure with its name and definition, every
//! breakdown as an accessible SVG chart with its numbers as a table, the meetings and the
//! projects as tables. The page, the PDF and the CSV all show this one document.

use app::directory::index::SearchIndex;
use app::reports::{
    Breakdown, ChartKind, Dashboard, DocChart, DocFigure, DocSection, DocTable, Label, ReportDocument, Row, Section, Value,
};
use charts::{Chart, Datum, Direction};
use domain::reports::per_mille;

use crate::directory::view::{category_labels, district_name};
use crate::i18n::Tr;

/// The report in the language of `tr`; `narrative` is the office's text for the period.
pub fn document(dashboard: &Dashboard, narrative: Option<&str>, tr: &Tr, index: &SearchIndex) -> ReportDocument {
    let words = Words { tr, index, rtl: tr.locale.is_rtl() };
    let period =
        tr.targs("report-period-words", &[("from", dashboard.period.from_date().into()), ("to", dashboard.period.to_date().into())]);
    let mut sections: Vec<DocSection> = dashboard.sections.iter().map(|s| words.section(s)).collect();
    if let Some(surveys) = sections.iter_mut().find(|s| s.key == "surveys") {
        surveys.tables.push(words.survey_table(dashboard));
    }
    sections.push(words.meetings_list(dashboard));
    sections.push(words.projects_list(dashboard));
    ReportDocument {
        lang: tr.locale.code().to_owned(),
        rtl: words.rtl,
        title: tr.t("report-title"),
        period,
        made: tr.t1("report-made", "date", domain::date::iso_date(dashboard.made_at)),
        contents_heading: tr.t("report-contents"),
        page_word: tr.t("report-page"),
        figure_heading: tr.t("report-figure"),
        value_heading: tr.t("report-value"),
        narrative_heading: tr.t("report-narrative"),
        narrative: narrative.unwrap_or_default().to_owned(),
        sections,
    }
}

struct Words<'a> {
    tr: &'a Tr,
    index: &'a SearchIndex,
    rtl: bool,
}

impl Words<'_> {
    fn section(&self, section: &Section) -> DocSection {
        let tr = self.tr;
        DocSection {
            key: section.key.to_owned(),
            title: tr.t(&format!("report-section-{}", section.key)),
            figures: section
                .figures
                .iter()
                .map(|f| DocFigure {
                    key: f.key.to_owned(),
                    label: tr.t(&format!("report-fig-{}", f.key)),
                    value: self.value(&f.value),
                    definition: tr.t(&format!("report-def-{}", f.key)),
                })
                .collect(),
            charts: section.breakdowns.iter().map(|b| self.chart(b)).collect(),
            tables: Vec::new(),
            note: None,
        }
    }

    fn chart(&self, breakdown: &Breakdown) -> DocChart {
        let tr = self.tr;
        let caption = tr.t(&format!("report-chart-{}", breakdown.key));
        let definition = tr.t(&format!("report-chart-def-{}", breakdown.key));
        let data: Vec<Datum> = breakdown.rows.iter().map(|r| self.datum(r)).collect();
        let chart = Chart::new(&format!("chart-{}", breakdown.key), caption.clone(), definition.clone())
            .direction(if self.rtl { Direction::Rtl } else { Direction::Ltr })
            .empty_text(tr.t("report-no-data"));
        let svg = match breakdown.kind {
            ChartKind::Bars => charts::bar_chart(&chart, &data),
            ChartKind::Columns => charts::column_chart(&chart, &data),
            ChartKind::Line => charts::line_chart(&chart, &data),
        };
        let value_heading = if breakdown.key == "response-rate-by-survey" { tr.t("report-col-rate") } else { tr.t("report-count") };
        let table = charts::table(&chart, &data, tr.t(&format!("report-chart-label-{}", breakdown.key)), value_heading);
        DocChart {
            key: breakdown.key.to_owned(),
            caption,
            definition,
            svg,
            table: DocTable {
                caption: table.caption,
                headings: vec![table.label_heading, table.value_heading],
                rows: table.rows.into_iter().map(|r| vec![r.label, r.display]).collect(),
                links: Vec::new(),
            },
        }
    }

    fn datum(&self, row: &Row) -> Datum {
        let label = self.label(&row.label);
        if let Label::Survey { invited, responses, .. } = row.label {
            return Datum::with_display(label, row.value, self.rate(responses, invited));
        }
        match row.of_which {
            Some(part) => Datum::with_display(
                label,
                row.value,
                self.tr.targs("report-of-which", &[("count", group(row.value).into()), ("part", group(part).into())]),
            ),
            None => Datum::new(label, row.value),
        }
    }

    fn label(&self, label: &Label) -> String {
        let tr = self.tr;
        let lang = tr.locale.code();
        match label {
            Label::LegalForm(f) => tr.t(&format!("legal-form-{}", f.key().replace('_', "-"))),
            Label::Category(key) => category_labels(self.index, std::slice::from_ref(key), lang).pop().unwrap_or_default(),
            Label::ItemCategory(key) => crate::marketplace::view::category_label(tr, key),
            Label::Language(code) => tr.language_name(code),
            Label::District(None) => tr.t("report-no-district"),
            Label::District(Some(key)) => district_name(self.index, Some(key)).unwrap_or_else(|| key.clone()),
            Label::Mso(true) => tr.t("report-mso-yes"),
            Label::Mso(false) => tr.t("report-mso-no"),
            Label::Month(month) => month.clone(),
            Label::CaseKind(k) => tr.t(&format!("inbox-kind-{}", k.key())),
            Label::CaseStatus(s) => tr.t(&format!("inbox-status-{}", s.key().replace('_', "-"))),
            Label::ProjectStatus(s) => tr.t(&format!("project-status-{}", s.key())),
            Label::Origin(o) => tr.t(&format!("report-origin-{o}")),
            Label::Meeting { starts_at, .. } => domain::date::iso_date(*starts_at),
            Label::Survey { title, .. } => title.choose(lang).map(|c| c.text.to_owned()).unwrap_or_default(),
        }
    }

    fn value(&self, value: &Value) -> String {
        let tr = self.tr;
        match *value {
            Value::Count(n) => group(n),
            Value::Share { part, of } => match per_mille(part, of) {
                Some(pm) => tr.targs(
                    "report-share",
                    &[("percent", self.tenths(pm).into()), ("part", group(part).into()), ("total", group(of).into())],
                ),
                None => tr.t("report-no-data"),
            },
            Value::Days(Some(d)) => tr.t1("report-days", "count", usize::try_from(d).unwrap_or(0)),
            Value::Hours(Some(h)) => tr.t1("report-hours", "count", usize::try_from(h).unwrap_or(0)),
            Value::Days(None) | Value::Hours(None) | Value::Tenths(None) => tr.t("report-no-data"),
            Value::Tenths(Some(t)) => self.tenths(t),
        }
    }

    /// `875` → "87,5" (German and most others) or "87.5" (English).
    fn tenths(&self, tenths: u64) -> String {
        let separator = if self.tr.locale.code() == "en" { '.' } else { ',' };
        format!("{}{separator}{}", group(tenths / 10), tenths % 10)
    }

    /// `part` of `of` as a percentage ("80,0 %"), or "no data" when `of` is 0.
    fn rate(&self, part: u64, of: u64) -> String {
        per_mille(part, of).map_or_else(|| self.tr.t("report-no-data"), |pm| self.tr.t1("report-percent", "percent", self.tenths(pm)))
    }

    /// The surveys of the period, each title linking to its dashboard on the web page.
    fn survey_table(&self, dashboard: &Dashboard) -> DocTable {
        let tr = self.tr;
        let lang = tr.locale.code();
        let title = |t: &domain::localized::LocalizedText| t.choose(lang).map(|c| c.text.to_owned()).unwrap_or_default();
        DocTable {
            caption: tr.t("report-survey-list"),
            headings: ["survey", "invited", "responses", "rate"].iter().map(|h| tr.t(&format!("report-col-{h}"))).collect(),
            rows: dashboard
                .surveys
                .iter()
                .map(|s| vec![title(&s.title), group(s.invited), group(s.responses), self.rate(s.responses, s.invited)])
                .collect(),
            links: dashboard.surveys.iter().map(|s| format!("/office/surveys/{}", s.slug)).collect(),
        }
    }

    fn meetings_list(&self, dashboard: &Dashboard) -> DocSection {
        let tr = self.tr;
        let rows = dashboard
            .meetings
            .iter()
            .map(|m| {
                let f = &m.figures;
                vec![
                    domain::date::iso_date(m.starts_at),
                    m.title.clone(),
                    group(f.registrations),
                    group(f.attended),
                    self.rate(f.attended, f.registrations),
                    group(f.associations),
                    group(f.new_pairs),
                ]
            })
            .collect::<Vec<_>>();
        let empty = rows.is_empty();
        DocSection {
            key: "meeting-list".into(),
            title: tr.t("report-section-meeting-list"),
            figures: Vec::new(),
            charts: Vec::new(),
            tables: vec![DocTable {
                caption: tr.t("report-section-meeting-list"),
                headings: ["date", "meeting", "registrations", "attended", "rate", "associations", "new-pairs"]
                    .iter()
                    .map(|h| tr.t(&format!("report-col-{h}")))
                    .collect(),
                rows,
                links: Vec::new(),
            }],
            note: empty.then(|| tr.t("report-no-meetings")),
        }
    }

    fn projects_list(&self, dashboard: &Dashboard) -> DocSection {
        let tr = self.tr;
        let rows = dashboard
            .projects
            .iter()
            .map(|p| {
                vec![
                    p.title.clone().unwrap_or_else(|| tr.t("report-project-anonymised")),
                    if p.title.is_some() { tr.join(&p.partners) } else { "–".to_owned() },
                    tr.t(&format!("project-status-{}", p.status.key())),
                    tr.t(&format!("report-origin-{}", p.origin)),
                    domain::date::iso_date(p.created_at),
                ]
            })
            .collect::<Vec<_>>();
        let empty = rows.is_empty();
        DocSection {
            key: "project-list".into(),
            title: tr.t("report-section-project-list"),
            figures: Vec::new(),
            charts: Vec::new(),
            tables: vec![DocTable {
                caption: tr.t("report-section-project-list"),
                headings: ["project", "partners", "status", "origin", "begun"].iter().map(|h| tr.t(&format!("report-col-{h}"))).collect(),
                rows,
                links: Vec::new(),
            }],
            note: Some(if empty { tr.t("report-no-projects") } else { tr.t("report-projects-anonymised-note") }),
        }
    }
}

/// Digits grouped by a narrow no-break space (`12 345`), as the charts write them.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_like_the_charts_write_them() {
        assert_eq!(group(0), "0");
        assert_eq!(group(100_000), "100\u{202F}000");
        let chart = bar_chart_of(1_234_567);
        assert!(chart.contains(&group(1_234_567)));
    }

    fn bar_chart_of(n: u64) -> String {
        charts::bar_chart(&Chart::new("x", "t", "d"), &[Datum::new("a", n)])
    }
}
