//! Print documents as PDF, typeset with Typst: a meeting's personal handouts, the moderators'
//! table sheets and name badges, alone or as one print bundle in print order.
//!
//! Templates (`templates/*.typ`) and fonts (`fonts/`, DejaVu Sans: Latin, Cyrillic and Arabic
//! script) are compiled into the program, so nothing depends on the machine's fonts. Texts come
//! from the caller's [`Wording`] (the translation files); the data goes in as JSON.

mod view;

use std::sync::OnceLock;

use typst::diag::SourceDiagnostic;
use typst::foundations::{Dict, IntoValue};
use typst::text::Font;
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use app::meetings::{Handout, PrintSet};
use app::reports::ReportDocument;

pub use view::Wording;

const BUNDLE: &str = include_str!("../templates/bundle.typ");
const HANDOUT: &str = include_str!("../templates/handout.typ");
const TABLE_SHEET: &str = include_str!("../templates/table-sheet.typ");
const BADGES: &str = include_str!("../templates/badges.typ");
const FUNDING: &str = include_str!("../templates/funding.typ");
const SURVEY: &str = include_str!("../templates/survey.typ");
const FONT_REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const FONT_BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// Nothing to print (a meeting without a plan has no seats).
    #[error("nothing to print")]
    Empty,
    #[error("typesetting failed: {0}")]
    Typeset(String),
    #[error("writing the PDF failed: {0}")]
    Pdf(String),
}

/// What goes into one PDF, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub handouts: bool,
    pub table_sheets: bool,
    pub badges: bool,
}

impl Parts {
    pub const ALL: Parts = Parts { handouts: true, table_sheets: true, badges: true };
}

/// Holds the compiled templates and fonts; make one and reuse it.
pub struct Documents {
    engine: TypstEngine<typst_as_lib::TypstTemplateMainFile>,
    /// The funding report's template (its own main file).
    funding: TypstEngine<typst_as_lib::TypstTemplateMainFile>,
    /// A survey's report (its own main file).
    survey: TypstEngine<typst_as_lib::TypstTemplateMainFile>,
}

impl Documents {
    /// Loads templates and fonts and typesets a sample, so that a broken template or font is
    /// an error at start-up rather than a blank page at the meeting.
    pub fn new() -> Result<Documents, DocumentError> {
        let engine = TypstEngine::builder()
            .main_file(BUNDLE)
            .with_static_source_file_resolver([("handout.typ", HANDOUT), ("table-sheet.typ", TABLE_SHEET), ("badges.typ", BADGES)])
            .fonts([FONT_REGULAR, FONT_BOLD])
            .build();
        let funding = TypstEngine::builder().main_file(FUNDING).fonts([FONT_REGULAR, FONT_BOLD]).build();
        let survey = TypstEngine::builder().main_file(SURVEY).fonts([FONT_REGULAR, FONT_BOLD]).build();
        let documents = Documents { engine, funding, survey };
        documents.typeset(&serde_json::json!({ "handouts": [], "sheets": [], "badges": [] }))?;
        Ok(documents)
    }

    /// One PDF with the chosen parts of the set, in print order (handouts, table sheets,
    /// badges). [`DocumentError::Empty`] when there is nothing in them.
    pub fn bundle(&self, set: &PrintSet, parts: Parts, wording: &dyn Wording) -> Result<Vec<u8>, DocumentError> {
        self.bundle_in_steps(set, parts, wording, &mut |_| ())
    }

    /// [`Documents::bundle`], calling `step` after each of its stages (typeset, then PDF
    /// written), for progress shown to a waiting person.
    pub fn bundle_in_steps(
        &self,
        set: &PrintSet,
        parts: Parts,
        wording: &dyn Wording,
        step: &mut dyn FnMut(&str),
    ) -> Result<Vec<u8>, DocumentError> {
        let data = view::bundle(set, parts, wording);
        if data.is_empty() {
            return Err(DocumentError::Empty);
        }
        let document = self.typeset(&data.json)?;
        step("typeset");
        let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|e| DocumentError::Pdf(messages(&e)))?;
        step("pdf");
        Ok(pdf)
    }

    /// One participant's handout.
    pub fn handout(&self, handout: &Handout, wording: &dyn Wording) -> Result<Vec<u8>, DocumentError> {
        let set = PrintSet { handouts: vec![handout.clone()], table_sheets: Vec::new(), badges: Vec::new() };
        self.bundle(&set, Parts { handouts: true, table_sheets: false, badges: false }, wording)
    }

    /// The funding report (`app::reports::ReportDocument`, worded by the caller) as PDF. Charts
    /// are the SVG the page shows, their text set in the embedded font.
    pub fn funding_report(&self, report: &ReportDocument) -> Result<Vec<u8>, DocumentError> {
        report_pdf(&self.funding, report, &mut |_| ())
    }

    /// [`Documents::funding_report`], calling `step` after each of its stages (`typeset`, then
    /// `pdf`), for benchmarks that split the time.
    pub fn funding_report_in_steps(&self, report: &ReportDocument, step: &mut dyn FnMut(&str)) -> Result<Vec<u8>, DocumentError> {
        report_pdf(&self.funding, report, step)
    }

    /// A survey's report (`web::survey::report`, the same document type as the funding
    /// report): title page, contents, the response figures, then per question its chart
    /// (the dashboard's SVG) with caption and table, its cross-tab and free texts.
    pub fn survey_report(&self, report: &ReportDocument) -> Result<Vec<u8>, DocumentError> {
        report_pdf(&self.survey, report, &mut |_| ())
    }

    fn typeset(&self, json: &serde_json::Value) -> Result<PagedDocument, DocumentError> {
        let mut inputs = Dict::new();
        inputs.insert("data".into(), json.to_string().into_value());
        let result = self.engine.compile_with_input::<_, PagedDocument>(inputs);
        result.output.map_err(|e| DocumentError::Typeset(e.to_string()))
    }
}

/// A report document typeset with `engine`; charts are SVG, their text set in the embedded font.
fn report_pdf(
    engine: &TypstEngine<typst_as_lib::TypstTemplateMainFile>,
    report: &ReportDocument,
    step: &mut dyn FnMut(&str),
) -> Result<Vec<u8>, DocumentError> {
    let mut report = report.clone();
    for chart in report.sections.iter_mut().flat_map(|s| s.charts.iter_mut()) {
        chart.svg = physical_anchors(&chart.svg.replace(r#"font-family="sans-serif""#, r#"font-family="DejaVu Sans""#));
    }
    let json = serde_json::to_value(&report).map_err(|e| DocumentError::Typeset(e.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("data".into(), json.to_string().into_value());
    let document = engine.compile_with_input::<_, PagedDocument>(inputs).output.map_err(|e| DocumentError::Typeset(e.to_string()))?;
    step("typeset");
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|e| DocumentError::Pdf(messages(&e)))?;
    step("pdf");
    Ok(pdf)
}

fn messages(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// The characters of `text` that neither embedded font has a glyph for (they would print as
/// boxes).
pub fn uncovered(text: &str) -> Vec<char> {
    static FONTS: OnceLock<Vec<Font>> = OnceLock::new();
    let fonts = FONTS
        .get_or_init(|| [FONT_REGULAR, FONT_BOLD].iter().filter_map(|data| Font::new(typst::foundations::Bytes::new(*data), 0)).collect());
    if fonts.is_empty() {
        return text.chars().collect();
    }
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|&c| !fonts.iter().any(|f| f.info().coverage.contains(u32::from(c))))
        .collect();
    missing.dedup();
    missing
}

/// The process-wide documents, made on first use.
pub fn documents() -> Result<&'static Documents, &'static DocumentError> {
    static DOCUMENTS: OnceLock<Result<Documents, DocumentError>> = OnceLock::new();
    DOCUMENTS.get_or_init(Documents::new).as_ref()
}

/// A right-to-left chart (`direction="rtl"`) with its text anchors turned into the left-to-right
/// ones that mean the same place: in such a chart "start" is a text's right edge, as browsers
/// draw it, but the SVG renderer of the PDF ignores `direction` and put the Arabic report's
/// labels into their bars.
fn physical_anchors(svg: &str) -> String {
    if !svg.contains(r#" direction="rtl""#) {
        return svg.to_owned();
    }
    const SWAP: &str = "\u{0}";
    svg.replace(r#"text-anchor="start""#, SWAP)
        .replace(r#"text-anchor="end""#, r#"text-anchor="start""#)
        .replace(SWAP, r#"text-anchor="end""#)
}

#[cfg(test)]
mod tests {
    #[test]
    fn right_to_left_charts_get_the_anchors_the_pdf_renderer_understands() {
        let rtl = r#"<svg direction="rtl"><text text-anchor="end">a</text><text text-anchor="start">b</text><text text-anchor="middle">c</text></svg>"#;
        assert_eq!(
            super::physical_anchors(rtl),
            r#"<svg direction="rtl"><text text-anchor="start">a</text><text text-anchor="end">b</text><text text-anchor="middle">c</text></svg>"#
        );
        let ltr = r#"<svg><text text-anchor="end">a</text></svg>"#;
        assert_eq!(super::physical_anchors(ltr), ltr, "left to right stays");
    }
}
