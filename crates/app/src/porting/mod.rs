//! Import and export of the directory (issue 20): a city moves in from a spreadsheet, its own
//! earlier export or an OpenFairDB map (Karte von morgen), and out again, without losing
//! anything. `read` turns a file into rows (streaming, bounded), `plan` decides per row what
//! happens (the dry run, the preview and the real run share it), `apply` stores the plan in one
//! transaction, `export` writes everything public (or the office's fuller export).

pub mod apply;
pub mod columns;
pub mod decode;
pub mod export;
pub mod export_items;
pub mod job;
pub mod plan;
pub mod read;

pub use apply::{apply_plan, load_context, plan_import, ApplyError, ImportReport};
pub use columns::ColumnMapping;
pub use export::{export_directory, ExportAudience, ExportError, ExportOptions, Licence};
pub use export_items::export_items;
pub use job::{GeocoderFactory, ImportUpload, UploadReport, KEEP_UNCONFIRMED, MAX_UPLOAD_BYTES};
pub use plan::{Action, ImportPlan, Placed, PlanCounts, PlannedRow, Problem};
pub use read::{read_file, Format, MAX_ROWS};

/// Why a file cannot be read at all. Each has a stable code for its translated message
/// (`porting-error-<code>`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is a web page (HTML), not a data file")]
    Html,
    #[error("the file is a spreadsheet (Excel or OpenDocument); save it as CSV first")]
    Spreadsheet,
    #[error("the file is in UTF-16; save it as UTF-8 CSV")]
    Utf16,
    #[error("the file is no text file (a PDF, a picture or an archive)")]
    Binary,
    #[error("the file is not {} but looks like {found}: {detail}", expected.key())]
    WrongFormat { expected: Format, found: &'static str, detail: String },
    #[error("no column holds the name; the header row has: {}", headers.join(", "))]
    NoNameColumn { headers: Vec<String> },
    #[error("the file has more than {MAX_ROWS} rows; split it into smaller files")]
    TooManyRows,
    #[error("a row is longer than 1 MB (a quote that is never closed?)")]
    RowTooLong,
    #[error("the column mapping {0:?} is not HEADER=FIELD with a known field")]
    BadMapping(String),
    #[error("the file cannot be read: {0}")]
    Io(String),
}

impl ReadError {
    /// The stable code of the message.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::Empty => "empty",
            ReadError::Html => "html",
            ReadError::Spreadsheet => "spreadsheet",
            ReadError::Utf16 => "utf16",
            ReadError::Binary => "binary",
            ReadError::WrongFormat { .. } => "wrong-format",
            ReadError::NoNameColumn { .. } => "no-name-column",
            ReadError::TooManyRows => "too-many-rows",
            ReadError::RowTooLong => "row-too-long",
            ReadError::BadMapping(_) => "bad-mapping",
            ReadError::Io(_) => "unreadable",
        }
    }

    fn with_detail(self, detail: String) -> ReadError {
        match self {
            ReadError::WrongFormat { expected, found, .. } => {
                ReadError::WrongFormat { expected, found, detail: detail.chars().take(200).collect() }
            }
            other => other,
        }
    }
}
