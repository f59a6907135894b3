//! Typesetting the funding report as PDF; the binary wires in the Typst adapter
//! (`crates/documents`), like [`super::HandoutRenderer`].

use super::RenderError;
use crate::reports::ReportDocument;

/// Turns a worded report into PDF. Rendering takes CPU time: call it off the async threads.
pub trait ReportRenderer: Send + Sync + 'static {
    fn funding_report(&self, document: &ReportDocument) -> Result<Vec<u8>, RenderError>;
}
