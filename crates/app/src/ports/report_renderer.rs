//! Typesetting the funding report and a survey's report as PDF; the binary wires in the Typst adapter
//! (`crates/documents`), like [`super::HandoutRenderer`].

use super::RenderError;
use crate::reports::ReportDocument;

/// Turns a worded report into PDF. Rendering takes CPU time: call it off the async threads.
pub trait ReportRenderer: Send + Sync + 'static {
    fn funding_report(&self, document: &ReportDocument) -> Result<Vec<u8>, RenderError>;
    /// A survey's report (worded by `web::survey::report`): the response figures, then per
    /// question its chart, table, cross-tab and free texts.
    fn survey_report(&self, document: &ReportDocument) -> Result<Vec<u8>, RenderError>;
}
