//! `knotenpunkt survey list` (one JSON object per survey and line) and `knotenpunkt survey
//! export` (CSV with its codebook beside it, or the PDF report).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use app::directory::Directory;
use app::ports::ReportRenderer;
use app::survey::{Filter, SurveyError, Surveys};

use crate::config::Config;
use crate::storage;

/// The export's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Pdf,
}

async fn surveys(config: &Config) -> Result<Surveys, ExitCode> {
    stores(config).await.map(|stores| Surveys::new(&stores))
}

async fn stores(config: &Config) -> Result<app::ports::Stores, ExitCode> {
    match storage::open(&config.database).await {
        Ok(stores) => Ok(stores),
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            Err(ExitCode::FAILURE)
        }
    }
}

/// `{"slug","title","status","invited","responses"}` per survey, newest first.
pub async fn list_command(config: &Config) -> ExitCode {
    let surveys = match surveys(config).await {
        Ok(s) => s,
        Err(code) => return code,
    };
    match surveys.summaries().await {
        Ok(list) => {
            let lines: Vec<String> = list.iter().map(|s| serde_json::to_string(s).unwrap_or_default()).collect();
            if lines.is_empty() {
                return ExitCode::SUCCESS;
            }
            crate::cli::print_out(&lines.join("\n"))
        }
        Err(e) => {
            eprintln!("knotenpunkt survey list: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The codebook's file beside the export: `answers.csv` → `answers.codebook.csv`.
pub fn codebook_path(out: &Path) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "survey".into());
    out.with_file_name(format!("{stem}.codebook.csv"))
}

/// The report as PDF in the instance's language (all responses, no cross-tab), typeset by the
/// `documents` crate.
async fn pdf_command(config: &Config, slug: &str, out: &Path) -> ExitCode {
    let stores = match stores(config).await {
        Ok(stores) => stores,
        Err(code) => return code,
    };
    let surveys = Surveys::new(&stores);
    let index = match Directory::load(&stores).await {
        Ok(directory) => directory.index(),
        Err(e) => {
            eprintln!("knotenpunkt survey export: {e}");
            return ExitCode::FAILURE;
        }
    };
    let tr = web::i18n::Tr::new(config.site.default_locale);
    let document = match web::survey::report::load(&surveys, &index, &tr, None, slug, &Filter::default(), "").await {
        Ok(document) => document,
        Err(SurveyError::NotFound) => {
            eprintln!("Es gibt keine Befragung mit der Adresse „{slug}“.");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("knotenpunkt survey export: {e}");
            return ExitCode::FAILURE;
        }
    };
    let pdf = match crate::report::TypstReportRenderer.survey_report(&document) {
        Ok(pdf) => pdf,
        Err(e) => {
            eprintln!("knotenpunkt survey export: {e}");
            return ExitCode::FAILURE;
        }
    };
    match std::fs::write(out, &pdf) {
        Ok(()) => {
            eprintln!("{} ({} bytes)", out.display(), pdf.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("knotenpunkt survey export: cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// Writes the export; exit 2 for an unknown survey, 1 for failures.
pub async fn export_command(config: &Config, slug: &str, format: Format, out: &Path) -> ExitCode {
    if format == Format::Pdf {
        return pdf_command(config, slug, out).await;
    }
    let surveys = match surveys(config).await {
        Ok(s) => s,
        Err(code) => return code,
    };
    match surveys.export_csv(slug).await {
        Ok((data, codebook)) => {
            let written = std::fs::write(out, data).and_then(|()| std::fs::write(codebook_path(out), codebook));
            match written {
                Ok(()) => {
                    eprintln!("{} und {} geschrieben.", out.display(), codebook_path(out).display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("knotenpunkt survey export: cannot write {}: {e}", out.display());
                    ExitCode::FAILURE
                }
            }
        }
        Err(SurveyError::NotFound) => {
            eprintln!("Es gibt keine Befragung mit der Adresse „{slug}“.");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("knotenpunkt survey export: {e}");
            ExitCode::FAILURE
        }
    }
}
