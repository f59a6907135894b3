//! `knotenpunkt survey list` (one JSON object per survey and line) and `knotenpunkt survey
//! export` (CSV with its codebook beside it).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use app::survey::{SurveyError, Surveys};

use crate::config::Config;
use crate::storage;

/// The export's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Pdf,
}

async fn surveys(config: &Config) -> Result<Surveys, ExitCode> {
    match storage::open(&config.database).await {
        Ok(stores) => Ok(Surveys::new(&stores)),
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

/// Writes the export; exit 2 for an unknown survey or an unavailable format, 1 for failures.
pub async fn export_command(config: &Config, slug: &str, format: Format, out: &Path) -> ExitCode {
    let surveys = match surveys(config).await {
        Ok(s) => s,
        Err(code) => return code,
    };
    if format == Format::Pdf {
        eprintln!("knotenpunkt survey export: the PDF report is not available yet; use --format csv");
        return ExitCode::from(2);
    }
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
