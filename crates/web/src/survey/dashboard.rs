//! The office's survey pages: the list with response rates, and a survey's dashboard: per
//! question an SVG chart with its numbers as a table beside it, the free texts with a search,
//! filters (MSO, field of activity, district) and a cross-tab; small groups suppressed in an
//! anonymous survey, and said so. The CSV export and its codebook.

use app::survey::{Dashboard, Filter, Grouping, SurveySummary};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use charts::{bar_chart, column_chart, table, Chart, DataTable, Datum, Direction};
use domain::survey::{QuestionKind, MIN_GROUP};
use serde::Deserialize;

use super::labels::{self, text};
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::Choice;
use crate::i18n::Tr;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;
use app::directory::index::SearchIndex;

#[derive(Template)]
#[template(path = "survey/list.html")]
pub struct ListPage {
    pub page: PageCtx,
    pub surveys: Vec<(SurveySummary, String)>,
}

/// The office's surveys with their response rates.
pub async fn list(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let page = PageCtx::new(&state, &visit, "surveys");
    let surveys = state
        .surveys
        .summaries()
        .await?
        .into_iter()
        .map(|s| {
            let status = page.t(&format!("survey-status-{}", s.status));
            (s, status)
        })
        .collect();
    Ok(render(StatusCode::OK, &ListPage { page, surveys }))
}

/// The dashboard's URL parameters; unknown values are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct DashboardParams {
    #[serde(default)]
    pub mso: String,
    #[serde(default)]
    pub field: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub by: String,
    #[serde(default)]
    pub q: String,
}

/// A cross-tab as shown.
pub struct CrossView {
    pub caption: String,
    pub columns: Vec<String>,
    /// Group label, its responses, and its counts (`None`: suppressed).
    pub rows: Vec<(String, usize, Option<Vec<usize>>)>,
}

/// One question on the dashboard.
pub struct QuestionView {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub answered: usize,
    /// The SVG (escaped by the charts crate); empty for text questions.
    pub chart: String,
    /// What the chart shows, in words (its description).
    pub desc: String,
    pub table: Option<DataTable>,
    pub mean: Option<String>,
    pub is_text: bool,
    pub texts: Vec<String>,
    pub cross: Option<CrossView>,
}

#[derive(Template)]
#[template(path = "survey/dashboard.html")]
pub struct DashboardPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub anonymous: bool,
    pub invited: usize,
    pub responses: usize,
    pub rate: String,
    pub shown: usize,
    pub filtered: bool,
    pub suppressed: bool,
    pub any_cross_suppressed: bool,
    pub min_group: usize,
    pub params: DashboardParams,
    pub mso: Vec<Choice>,
    pub fields: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub groupings: Vec<Choice>,
    pub questions: Vec<QuestionView>,
    /// The summary at the top; `None` when the view is suppressed.
    pub glance: Option<super::glance::GlanceView>,
    /// The PDF report of this view (its filters and cross-tab; the search is left out).
    pub pdf_href: String,
    /// Whether that view narrows or groups (the link says "this selection").
    pub pdf_selection: bool,
}

/// The address of the PDF report of the view `params` asks for.
fn pdf_href(slug: &str, params: &DashboardParams, by: Option<&Grouping>) -> String {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for (name, value) in [("mso", params.mso.as_str()), ("field", params.field.as_str()), ("district", params.district.as_str())] {
        if !value.trim().is_empty() {
            pairs.push((name, value.trim()));
        }
    }
    let by_key = by.map(Grouping::key);
    if let Some(key) = &by_key {
        pairs.push(("by", key));
    }
    let base = format!("/office/surveys/{slug}/report.pdf");
    if pairs.is_empty() {
        base
    } else {
        format!("{base}?{}", serde_urlencoded::to_string(&pairs).unwrap_or_default())
    }
}

pub fn filter_of(params: &DashboardParams) -> Filter {
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    Filter {
        mso: match params.mso.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        field: some(&params.field).filter(|k| domain::category::is_valid_key(k)),
        district: some(&params.district).filter(|k| domain::category::is_valid_key(k)),
        answer: None,
        search: some(&params.q).map(|s| s.chars().take(200).collect()),
    }
}

fn selected(list: Vec<(String, String)>, chosen: &str) -> Vec<Choice> {
    list.into_iter().map(|(value, label)| Choice { checked: value == chosen, value, label }).collect()
}

/// The chart, table and cross-tab of one question.
fn question_view(index: &SearchIndex, tr: &Tr, n: usize, dashboard: &Dashboard, by_label: &str, direction: Direction) -> QuestionView {
    let lang = tr.locale.code();
    let result = &dashboard.results[n];
    let q = &result.question;
    let title = text(&q.text, lang);
    let id = format!("q-{}", q.key);
    let is_text = matches!(q.kind, QuestionKind::ShortText | QuestionKind::LongText);
    let mut view = QuestionView {
        id: id.clone(),
        title: title.clone(),
        kind: tr.t(&format!("survey-kind-{}", q.kind.key().replace('_', "-"))),
        answered: result.tally.as_ref().map_or(0, |t| t.answered),
        chart: String::new(),
        desc: String::new(),
        table: None,
        mean: None,
        is_text,
        texts: result.texts.clone(),
        cross: None,
    };
    let Some(tally) = &result.tally else { return view };
    view.mean = tally.mean.map(|m| format!("{m:.1}"));
    if !is_text {
        let data: Vec<Datum> = tally
            .counts
            .iter()
            .map(|(key, count)| Datum::new(labels::column(index, tr, lang, q, key), u64::try_from(*count).unwrap_or(0)))
            .collect();
        let top = data.iter().max_by_key(|d| d.value).filter(|d| d.value > 0);
        let desc = match top {
            Some(d) => tr.targs(
                "survey-chart-desc",
                &[("answered", tally.answered.into()), ("top", d.label.clone().into()), ("count", d.value.to_string().into())],
            ),
            None => tr.t1("survey-chart-desc-none", "answered", tally.answered),
        };
        view.desc = desc.clone();
        let chart = Chart::new(&id, title.clone(), desc).direction(direction).empty_text(tr.t("survey-no-answers"));
        view.chart = match q.kind {
            QuestionKind::Scale { .. } | QuestionKind::Number { .. } => column_chart(&chart, &data),
            _ => bar_chart(&chart, &data),
        };
        view.table = Some(table(&chart, &data, tr.t("survey-answer"), tr.t("survey-count")));
    }
    if let Some(Some(cross)) = dashboard.cross.get(n) {
        view.cross = Some(CrossView {
            caption: tr.targs("survey-cross-caption", &[("question", title.into()), ("by", by_label.to_owned().into())]),
            columns: cross.columns.iter().map(|c| labels::column(index, tr, lang, q, c)).collect(),
            rows: cross.rows.iter().map(|r| (r.group.clone(), r.responses, r.counts.clone())).collect(),
        });
    }
    view
}

/// Every question of the dashboard worded in `tr`'s language: the page and the PDF report
/// show these. `by_label` names the cross-tab's grouping; `direction` is the charts' (the
/// page's reading direction; the PDF draws left to right, see `report`).
pub fn question_views(
    index: &SearchIndex,
    tr: &Tr,
    dashboard: &Dashboard,
    by: Option<&Grouping>,
    by_label: &str,
    direction: Direction,
) -> Vec<QuestionView> {
    let lang = tr.locale.code();
    let districts = index.districts();
    let mut questions: Vec<QuestionView> =
        (0..dashboard.results.len()).map(|n| question_view(index, tr, n, dashboard, by_label, direction)).collect();
    // Group keys become words: MSO yes/no, fields, districts, or the question's options.
    for view in &mut questions {
        if let Some(cross) = &mut view.cross {
            for row in &mut cross.rows {
                row.0 = match by {
                    Some(Grouping::Mso) => tr.t(if row.0 == "yes" { "survey-group-mso" } else { "survey-group-not-mso" }),
                    Some(Grouping::Field) => labels::category(index, &row.0, lang),
                    Some(Grouping::District) => {
                        districts.iter().find(|d| d.key == row.0).map_or_else(|| tr.t("survey-group-no-district"), |d| d.name.clone())
                    }
                    Some(Grouping::Question(key)) => match dashboard.record.survey.questionnaire.question(key) {
                        Some(q) => labels::column(index, tr, lang, q, &row.0),
                        None => row.0.clone(),
                    },
                    None => row.0.clone(),
                };
            }
        }
    }
    questions
}

/// The response rate as shown: whole per cent, "–" when nobody was invited.
pub fn rate(dashboard: &Dashboard) -> String {
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    if dashboard.invited == 0 {
        "–".to_owned()
    } else {
        format!("{:.0} %", dashboard.responses as f64 * 100.0 / dashboard.invited as f64)
    }
}

/// The choice and yes/no questions a cross-tab may group by, as `(q:KEY, text)`.
fn choice_questions(record: &app::ports::SurveyRecord, lang: &str) -> Vec<(String, String)> {
    record
        .survey
        .questionnaire
        .questions()
        .filter(|q| matches!(q.kind, QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } | QuestionKind::YesNo))
        .map(|q| (format!("q:{}", q.key), text(&q.text, lang)))
        .collect()
}

/// The groupings offered, worded, and the one asked for by `params` if it is among them.
pub fn groupings(tr: &Tr, record: &app::ports::SurveyRecord, raw_by: &str) -> (Vec<(String, String)>, Option<Grouping>) {
    let choice = choice_questions(record, tr.locale.code());
    let by = Grouping::parse(raw_by).filter(|g| match g {
        Grouping::Question(_) => choice.iter().any(|(k, _)| *k == g.key()),
        _ => true,
    });
    let mut groupings = vec![
        ("mso".to_owned(), tr.t("survey-by-mso")),
        ("field".to_owned(), tr.t("survey-by-field")),
        ("district".to_owned(), tr.t("survey-by-district")),
    ];
    groupings.extend(choice);
    (groupings, by)
}

/// The dashboard of one survey.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(params): Query<DashboardParams>,
) -> Result<Response, PageError> {
    let filter = filter_of(&params);
    let record = state.surveys.by_slug(&slug).await?;
    let page = PageCtx::new(&state, &visit, "surveys");
    let (groupings, by) = groupings(&page.tr, &record, &params.by);
    let dashboard = state.surveys.dashboard(Some(&viewer), &slug, &filter, by.as_ref()).await?;
    let tr = &page.tr;
    let lang = page.lang;
    let by_label = groupings.iter().find(|(k, _)| by.as_ref().is_some_and(|b| b.key() == *k)).map(|(_, l)| l.clone()).unwrap_or_default();
    let index = state.directory.index();
    let districts: Vec<(String, String)> = index.districts().iter().map(|d| (d.key.clone(), d.name.clone())).collect();
    let direction = if tr.locale.is_rtl() { Direction::Rtl } else { Direction::Ltr };
    let questions = question_views(&index, tr, &dashboard, by.as_ref(), &by_label, direction);
    let any_cross_suppressed = dashboard.cross.iter().flatten().any(|c| c.any_suppressed);
    let rate = rate(&dashboard);
    let glance = super::glance::glance_view(&index, tr, &dashboard);
    let categories: Vec<(String, String)> = index.categories().iter().map(|c| (c.key.clone(), c.label(lang).to_owned())).collect();
    let mso = selected(vec![("yes".into(), tr.t("survey-group-mso")), ("no".into(), tr.t("survey-group-not-mso"))], &params.mso);
    let pdf_href = pdf_href(&dashboard.record.slug, &params, by.as_ref());
    let body = DashboardPage {
        pdf_selection: filter.narrows() || by.is_some(),
        pdf_href,
        slug: dashboard.record.slug.clone(),
        title: text(&dashboard.record.survey.title, lang),
        status: tr.t(&format!("survey-status-{}", state.surveys.status(&dashboard.record).key())),
        anonymous: dashboard.record.survey.anonymous,
        invited: dashboard.invited,
        responses: dashboard.responses,
        rate,
        shown: dashboard.shown,
        filtered: filter.narrows(),
        suppressed: dashboard.suppressed,
        any_cross_suppressed,
        min_group: MIN_GROUP,
        mso,
        fields: selected(categories, &params.field),
        districts: selected(districts, &params.district),
        groupings: selected(groupings, &params.by),
        questions,
        glance,
        params,
        page,
    };
    Ok(render(StatusCode::OK, &body))
}

fn csv_download(name: String, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

async fn export(state: &SharedState, viewer: &app::accounts::sign_in::Viewer, slug: &str) -> Result<(String, String), PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    Ok(state.surveys.export_csv(slug).await?)
}

/// The responses as CSV, one row each.
pub async fn export_csv(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let (data, _) = export(&state, &viewer, &slug).await?;
    Ok(csv_download(format!("{slug}.csv"), data))
}

/// What each column of the CSV holds.
pub async fn codebook_csv(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let (_, codebook) = export(&state, &viewer, &slug).await?;
    Ok(csv_download(format!("{slug}.codebook.csv"), codebook))
}

/// `GET /office/surveys/{survey}/report.pdf`: the report as PDF, with the dashboard's filters and
/// cross-tab (`mso`, `field`, `district`, `by`), in the reader's language.
pub async fn report_pdf(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(params): Query<DashboardParams>,
) -> Result<Response, PageError> {
    let tr = Tr::new(visit.locale);
    let filter = filter_of(&params);
    let index = state.directory.index();
    let document = super::report::load(&state.surveys, &index, &tr, Some(&viewer), &slug, &filter, &params.by).await?;
    let pdf = state.reports.survey_pdf(document).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{slug}.pdf\"")),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        pdf,
    )
        .into_response())
}
