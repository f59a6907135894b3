//! The office's reports (issue 17): `/office/reports` (the dashboard for a chosen period, each
//! figure with its definition, each chart with its table, the narrative form) and the funding
//! report as PDF and CSV for the same period.

pub mod csv;
pub mod word;

use app::reports::{narrative_text, ReportDocument, ReportError};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use domain::profile_form::FieldError;
use domain::reports::Period;
use serde::Deserialize;

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::{FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

pub use csv::funding_csv;
pub use word::document;

/// Every report route; merged into the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/office/reports", get(show))
        .route("/office/reports/narrative", axum::routing::post(save_narrative))
        .route("/office/reports/funding.pdf", get(funding_pdf))
        .route("/office/reports/funding.csv", get(funding_csv_download))
}

impl From<ReportError> for PageError {
    fn from(error: ReportError) -> Self {
        match error {
            ReportError::Forbidden => PageError::Forbidden,
            ReportError::Store(e) => e.into(),
            ReportError::Render(e) => PageError::unavailable(&e),
        }
    }
}

/// The period as typed in the address (`from`, `to`: `YYYY-MM-DD`).
#[derive(Debug, Default, Deserialize)]
pub struct PeriodQuery {
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    saved: Option<String>,
}

/// The period typed, or by default the two calendar years before this one and this one up to
/// today.
fn period_input(state: &SharedState, q: &PeriodQuery) -> (String, String) {
    let today = domain::date::iso_date(state.clock.now().unix_secs());
    let year: i64 = today[..4].parse().unwrap_or(2020);
    (q.from.clone().unwrap_or_else(|| format!("{:04}-01-01", year - 2)), q.to.clone().unwrap_or(today))
}

#[derive(Template)]
#[template(path = "reports/dashboard.html")]
pub struct DashboardPage {
    pub page: PageCtx,
    pub from: String,
    pub to: String,
    pub errors: FieldErrors,
    pub report: Option<ReportDocument>,
    /// The narrative as stored or as typed.
    pub narrative: String,
    pub narrative_errors: FieldErrors,
    pub saved: bool,
}

impl DashboardPage {
    /// The report's period in words as HTML, each date kept on one line (see [`dates_whole`]).
    pub fn period_html(&self) -> String {
        self.report.as_ref().map(|r| dates_whole(&r.period)).unwrap_or_default()
    }

    /// When the report was made, as HTML with its date kept on one line.
    pub fn made_html(&self) -> String {
        self.report.as_ref().map(|r| dates_whole(&r.made)).unwrap_or_default()
    }

    /// The period's part of the download links, encoded.
    pub fn period_query(&self) -> String {
        serde_urlencoded::to_string([("from", self.from.as_str()), ("to", self.to.as_str())]).unwrap_or_default()
    }
}

async fn dashboard_page(
    state: &SharedState,
    visit: &Visit,
    viewer: &app::accounts::sign_in::Viewer,
    from: String,
    to: String,
    typed_narrative: Option<(String, Vec<FieldError>)>,
) -> Result<(StatusCode, DashboardPage), PageError> {
    let page = PageCtx::new(state, visit, "reports");
    let labels = [("from".to_owned(), page.t("report-from")), ("to".to_owned(), page.t("report-to"))];
    let (status, report, errors, stored) = match Period::parse(&from, &to) {
        Ok(period) => {
            let dashboard = state.reports.dashboard_for(viewer, period).await?;
            let narrative = state.reports.narrative(period).await?.map(|n| n.text);
            let report = word::document(&dashboard, narrative.as_deref(), &page.tr, &state.directory.index());
            (StatusCode::OK, Some(report), Vec::new(), narrative.unwrap_or_default())
        }
        Err(errors) => {
            if !viewer.is_staff() {
                return Err(PageError::Forbidden);
            }
            (StatusCode::UNPROCESSABLE_ENTITY, None, errors, String::new())
        }
    };
    let (narrative, narrative_errors, status) = match typed_narrative {
        Some((text, errs)) => {
            let errs = FieldErrors::new(&page.tr, &errs).labelled([("narrative".to_owned(), page.t("report-narrative"))]);
            (text, errs, StatusCode::UNPROCESSABLE_ENTITY)
        }
        None => (stored, FieldErrors::default(), status),
    };
    let errors = FieldErrors::new(&page.tr, &errors).labelled(labels);
    Ok((status, DashboardPage { page, from, to, errors, report, narrative, narrative_errors, saved: false }))
}

/// `GET /office/reports?from=&to=`.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, PageError> {
    let (from, to) = period_input(&state, &q);
    let (status, mut page) = dashboard_page(&state, &visit, &viewer, from, to, None).await?;
    page.saved = q.saved.is_some();
    Ok(render(status, &page))
}

/// `POST /office/reports/narrative` (`from`, `to`, `narrative`): saves the office's text for
/// the period and goes back to the dashboard; a refused text stays in the form.
pub async fn save_narrative(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    body: Bytes,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let form = FormFields::parse(&body);
    let (from, to, raw) = (form.one("from"), form.one("to"), form.one("narrative"));
    let Ok(period) = Period::parse(&from, &to) else {
        let (status, page) = dashboard_page(&state, &visit, &viewer, from, to, None).await?;
        return Ok(render(status, &page));
    };
    let checked = if form.repeated().is_empty() { narrative_text(&raw) } else { Err("repeated") };
    match checked {
        Ok(text) => {
            state.reports.save_narrative(&viewer, period, &text).await?;
            let query = serde_urlencoded::to_string([("from", from.as_str()), ("to", to.as_str()), ("saved", "1")]).unwrap_or_default();
            Ok(Redirect::to(&format!("/office/reports?{query}#narrative")).into_response())
        }
        Err(code) => {
            let error = FieldError { field: "narrative".into(), code };
            let (status, page) = dashboard_page(&state, &visit, &viewer, from, to, Some((raw, vec![error]))).await?;
            Ok(render(status, &page))
        }
    }
}

/// The worded report of the period in the address, or the dashboard with the period's errors.
async fn report_for_download(
    state: &SharedState,
    visit: &Visit,
    viewer: &app::accounts::sign_in::Viewer,
    q: &PeriodQuery,
) -> Result<Result<(ReportDocument, Period), Response>, PageError> {
    let (from, to) = period_input(state, q);
    let Ok(period) = Period::parse(&from, &to) else {
        let (status, page) = dashboard_page(state, visit, viewer, from, to, None).await?;
        return Ok(Err(render(status, &page)));
    };
    let dashboard = state.reports.dashboard_for(viewer, period).await?;
    let narrative = state.reports.narrative(period).await?.map(|n| n.text);
    let tr = crate::i18n::Tr::new(visit.locale);
    Ok(Ok((word::document(&dashboard, narrative.as_deref(), &tr, &state.directory.index()), period)))
}

fn download(body: Vec<u8>, content_type: &str, file_name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// The file name of a period's report: `foerderbericht-2020-01-01-2022-12-31.pdf`.
pub fn file_name(period: Period, extension: &str) -> String {
    format!("foerderbericht-{}-{}.{extension}", period.from_date(), period.to_date())
}

/// `GET /office/reports/funding.pdf?from=&to=`.
pub async fn funding_pdf(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, PageError> {
    let (document, period) = match report_for_download(&state, &visit, &viewer, &q).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let name = file_name(period, "pdf");
    let pdf = state.reports.funding_pdf(document).await?;
    Ok(download(pdf, "application/pdf", &name))
}

/// `GET /office/reports/funding.csv?from=&to=`.
pub async fn funding_csv_download(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, PageError> {
    let (document, period) = match report_for_download(&state, &visit, &viewer, &q).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let name = file_name(period, "csv");
    Ok(download(funding_csv(&document).into_bytes(), "text/csv; charset=utf-8", &name))
}

/// Escapes `text` for HTML and wraps each `YYYY-MM-DD` in it in a left-to-right span that does
/// not break: at phone width a date inside Arabic text would otherwise break at its hyphens
/// and its parts would be read in the wrong order.
pub fn dates_whole(text: &str) -> String {
    fn is_date(s: &str) -> bool {
        let b = s.as_bytes();
        b.len() >= 10 && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // A date Fluent isolated (U+2068 … U+2069): the span isolates it instead; the marks
        // beside a span's edge would show as gaps.
        if let Some(inner) = rest.strip_prefix('\u{2068}').filter(|r| is_date(r) && r[10..].starts_with('\u{2069}')) {
            out.push_str(r#"<span class="date" dir="ltr">"#);
            out.push_str(&inner[..10]);
            out.push_str("</span>");
            rest = &inner[10 + '\u{2069}'.len_utf8()..];
            continue;
        }
        if is_date(rest) {
            out.push_str(r#"<span class="date" dir="ltr">"#);
            out.push_str(&rest[..10]);
            out.push_str("</span>");
            rest = &rest[10..];
            continue;
        }
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::dates_whole;

    #[test]
    fn dates_stay_whole_and_text_is_escaped() {
        assert_eq!(
            dates_whole("الفترة من \u{2068}2020-01-01\u{2069} إلى 2022-12-31"),
            "الفترة من <span class=\"date\" dir=\"ltr\">2020-01-01</span> إلى <span class=\"date\" dir=\"ltr\">2022-12-31</span>"
        );
        assert_eq!(dates_whole("<b>2020-1-01</b> & 'x'"), "&lt;b&gt;2020-1-01&lt;/b&gt; &amp; &#39;x&#39;");
    }
}
