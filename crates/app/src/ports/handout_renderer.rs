//! Typesetting print material as PDF. The adapter (`crates/documents`, Typst) is wired in by the
//! binary, so that nothing but the binary compiles a typesetter.

use crate::meetings::{Handout, PrintSet};

/// Why no PDF was made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// Nothing to print.
    #[error("nothing to print")]
    Empty,
    /// The typesetter failed (a template or font problem).
    #[error("typesetting failed: {0}")]
    Failed(String),
}

/// Turns print material into PDF. Rendering takes CPU time: call it off the async threads
/// (`tokio::task::spawn_blocking`).
pub trait HandoutRenderer: Send + Sync + 'static {
    /// One PDF with everything in the set, in print order (handouts, table sheets, badges).
    fn bundle(&self, set: &PrintSet) -> Result<Vec<u8>, RenderError>;
    /// One participant's handout.
    fn handout(&self, handout: &Handout) -> Result<Vec<u8>, RenderError>;
}
