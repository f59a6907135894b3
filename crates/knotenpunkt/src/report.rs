//! The office's reports outside the web: `knotenpunkt report funding`, and the Typst adapter of
//! `app::ports::ReportRenderer` that the server uses too.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use app::directory::Directory;
use app::ports::{RenderError, ReportRenderer, Stores};
use app::reports::{ReportDocument, Reports};
use domain::reports::Period;

use crate::config::Config;
use crate::storage;

/// What `report funding` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Pdf,
    Csv,
}

/// Typesets the funding report with the `documents` crate.
pub struct TypstReportRenderer;

impl ReportRenderer for TypstReportRenderer {
    fn funding_report(&self, document: &ReportDocument) -> Result<Vec<u8>, RenderError> {
        let docs = documents::documents().map_err(|e| RenderError::Failed(e.to_string()))?;
        docs.funding_report(document).map_err(|e| RenderError::Failed(e.to_string()))
    }

    fn survey_report(&self, document: &ReportDocument) -> Result<Vec<u8>, RenderError> {
        let docs = documents::documents().map_err(|e| RenderError::Failed(e.to_string()))?;
        docs.survey_report(document).map_err(|e| RenderError::Failed(e.to_string()))
    }
}

/// The reports' sources over one set of stores.
pub fn reports(stores: &Stores, directory: Arc<Directory>) -> Reports {
    Reports {
        directory,
        store: stores.reports.clone(),
        meetings: stores.meetings.clone(),
        projects: stores.projects.clone(),
        inbox: stores.inbox.clone(),
        surveys: stores.survey.clone(),
        audit: stores.accounts.clone(),
        clock: stores.clock.clone(),
        renderer: Arc::new(TypstReportRenderer),
    }
}

/// `knotenpunkt report funding --from --to --format --out`: exit 0 with the file written, 2 for
/// a wrong period, 1 when the database or the typesetting failed. Worded in the instance's
/// language.
pub async fn funding_command(config: &Config, from: &str, to: &str, format: Format, out: &Path) -> ExitCode {
    let period = match Period::parse(from, to) {
        Ok(period) => period,
        Err(errors) => {
            let tr = web::i18n::Tr::new(config.site.default_locale);
            for e in errors {
                eprintln!("knotenpunkt: --{}: {}", e.field, tr.t(&format!("form-error-{}", e.code)));
            }
            return ExitCode::from(2);
        }
    };
    match funding(config, period, format).await {
        Ok(bytes) => match std::fs::write(out, &bytes) {
            Ok(()) => {
                eprintln!("{} ({} bytes)", out.display(), bytes.len());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("knotenpunkt: cannot write {}: {e}", out.display());
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The funding report of `period` as PDF or CSV bytes.
pub async fn funding(config: &Config, period: Period, format: Format) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let stores = storage::open(&config.database).await?;
    let directory = Arc::new(Directory::load(&stores).await?);
    let reports = reports(&stores, directory.clone());
    let dashboard = reports.dashboard(period).await?;
    let narrative = reports.narrative(period).await?.map(|n| n.text);
    let tr = web::i18n::Tr::new(config.site.default_locale);
    let document = web::reports::document(&dashboard, narrative.as_deref(), &tr, &directory.index());
    Ok(match format {
        Format::Csv => web::reports::funding_csv(&document).into_bytes(),
        Format::Pdf => reports.funding_pdf(document).await?,
    })
}
