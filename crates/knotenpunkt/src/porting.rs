//! `knotenpunkt import` and `knotenpunkt export`: the directory in and out (issue 20). The dry
//! run prints the plan per row (and exits with 2 when a row would be refused); the real run
//! stores the file in one transaction or nothing at all.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use app::porting::{
    apply_plan, export_directory, export_items, plan_import, Action, ColumnMapping, ExportAudience, ExportOptions, Format, ImportPlan,
};
use app::ports::Author;

use crate::config::Config;
use crate::progress::Progress;
use crate::{geocoder, storage};

/// The formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
    Geojson,
    /// OpenFairDB / Karte von morgen (its CSV export or its JSON entries).
    Ofdb,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
            FormatArg::Geojson => Format::GeoJson,
            FormatArg::Ofdb => Format::Ofdb,
        }
    }
}

/// German wording of the form's error codes, for the terminal (the browser translates them).
fn problem_text(code: &str) -> &'static str {
    match code {
        "required" => "fehlt",
        "too_short" => "zu kurz",
        "too_long" => "zu lang",
        "choose_one" => "kein gültiger Wert",
        "unknown_choice" => "unbekannter Wert",
        "year" => "kein Jahr zwischen 1800 und heute",
        "postcode" => "keine fünfstellige Postleitzahl",
        "position" => "keine gültige Position (Breite −90…90, Länge −180…180)",
        "email" => "keine gültige E-Mail-Adresse",
        "phone" => "keine gültige Telefonnummer",
        "link" => "kein gültiger Link (https://…)",
        "too_many" => "zu viele",
        "unreadable" => "Eintrag nicht lesbar",
        _ => "ungültig",
    }
}

/// The plan as lines: one per row, then the counts.
pub fn plan_lines(plan: &ImportPlan) -> Vec<String> {
    let mut lines = Vec::with_capacity(plan.rows.len() + 4);
    let what = if plan.format == Format::Csv { "Zeile" } else { "Eintrag" };
    for row in &plan.rows {
        let slug = row.slug.as_ref().map_or(String::new(), |s| format!(" ({s})"));
        let text = match &row.action {
            Action::Create => format!("neu: {}{slug}", row.name),
            Action::Update { .. } => format!("ändert: {}{slug}", row.name),
            Action::Unchanged { .. } => format!("unverändert: {}{slug}", row.name),
            Action::Duplicate { of_slug, of_name } => {
                format!("übersprungen, wahrscheinlich doppelt: {} – wie {of_name} ({of_slug})", row.name)
            }
            Action::Refused(problems) => {
                let reasons: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.field, problem_text(&p.code))).collect();
                format!("abgelehnt: {} – {}", if row.name.is_empty() { "(ohne Namen)" } else { &row.name }, reasons.join("; "))
            }
        };
        lines.push(format!("{what} {}: {text}", row.line));
    }
    let c = plan.counts();
    lines.push(format!(
        "{} neu, {} geändert, {} unverändert, {} übersprungen (wahrscheinlich doppelt), {} abgelehnt.",
        c.create, c.update, c.unchanged, c.duplicate, c.refused
    ));
    lines.push(format!(
        "Positionen: {} aus der Datei, {} nach Adresse, {} nach Postleitzahl, {} nach Stadtteil, {} ohne Position.",
        c.placed_from_file, c.placed_by_address, c.placed_by_postcode, c.placed_by_district, c.unplaced
    ));
    if !plan.unknown_columns.is_empty() {
        lines.push(format!("Nicht übernommene Spalten: {}", plan.unknown_columns.join(", ")));
    }
    lines
}

/// Imports a file; the exit code is 2 when the file is refused or a row would be.
pub async fn import_command(config: &Config, file: &Path, format: Option<Format>, mapping: &[String], dry_run: bool) -> ExitCode {
    let Some(format) = format.or_else(|| Format::from_file_name(&file.to_string_lossy())) else {
        eprintln!("knotenpunkt import: the format is not clear from the file name; give --format csv|json|geojson|ofdb");
        return ExitCode::from(2);
    };
    let mapping = match ColumnMapping::parse(&mapping.join(",")) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("knotenpunkt import: {e}");
            return ExitCode::from(2);
        }
    };
    let source = match File::open(file) {
        Ok(f) => BufReader::new(f),
        Err(e) => {
            eprintln!("knotenpunkt import: cannot open {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let stores = match storage::open(&config.database).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("knotenpunkt import: {e}");
            return ExitCode::FAILURE;
        }
    };
    let districts = match stores.directory.districts().await {
        Ok(d) => d,
        Err(e) => {
            eprintln!("knotenpunkt import: {e}");
            return ExitCode::FAILURE;
        }
    };
    let geocoder = geocoder::from_config(&config.geocoder, districts);
    let author = Author::system("import");
    let mut progress: Option<Progress> = None;
    let mut shown = 0usize;
    let mut on_progress = |done: usize, total: usize| {
        let bar = progress.get_or_insert_with(|| Progress::on_stderr("Zeilen geprüft", total as u64));
        bar.advance((done - shown) as u64);
        shown = done;
    };
    let planned = plan_import(&stores, source, format, &mapping, geocoder.as_ref(), &author, &mut on_progress).await;
    if let Some(bar) = progress {
        bar.finish();
    }
    let plan = match planned {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("knotenpunkt import: {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    for line in plan_lines(&plan) {
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    if plan.has_refusals() {
        let _ = writeln!(out, "Nichts gespeichert: Zeilen wurden abgelehnt. Bitte korrigieren Sie die Datei.");
        return ExitCode::from(2);
    }
    if dry_run {
        let _ = writeln!(out, "Probelauf: nichts gespeichert.");
        return ExitCode::SUCCESS;
    }
    match apply_plan(&stores, &plan, &author, &file.to_string_lossy()).await {
        Ok(report) => {
            let _ = writeln!(
                out,
                "Gespeichert (Import {}): {} neu, {} geändert.",
                report.import_id, report.counts.create, report.counts.update
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("knotenpunkt import: nothing was stored: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the directory, or its open offers and needs, to a file (`-`: standard output).
pub async fn export_command(config: &Config, format: Format, out: &Path, office: bool, items: bool) -> ExitCode {
    if items && !matches!(format, Format::Csv | Format::Json) {
        eprintln!("knotenpunkt export: offers and needs are exported as csv or json");
        return ExitCode::from(2);
    }
    let stores = match storage::open(&config.database).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("knotenpunkt export: {e}");
            return ExitCode::FAILURE;
        }
    };
    let options = ExportOptions {
        format,
        audience: if office { ExportAudience::Office } else { ExportAudience::Public },
        licence: config.site.data_licence,
        base_url: config.site.public_url.clone().unwrap_or_default(),
    };
    let mut writer: Box<dyn Write + Send> = if out.as_os_str() == "-" {
        Box::new(BufWriter::new(std::io::stdout()))
    } else {
        match File::create(out) {
            Ok(f) => Box::new(BufWriter::new(f)),
            Err(e) => {
                eprintln!("knotenpunkt export: cannot write {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
        }
    };
    let written = if items {
        export_items(stores.directory.as_ref(), stores.items.as_ref(), &options, &mut writer).await
    } else {
        export_directory(stores.directory.as_ref(), &options, &mut writer).await
    };
    match written {
        Ok(n) => match writer.flush() {
            Ok(()) => {
                let what = if items { "Angebote und Gesuche" } else { "Vereine" };
                eprintln!("{n} {what} exportiert ({}, Lizenz {}).", format.key(), options.licence.id());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("knotenpunkt export: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("knotenpunkt export: {e}");
            ExitCode::FAILURE
        }
    }
}
