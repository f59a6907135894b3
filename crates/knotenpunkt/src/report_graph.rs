//! `knotenpunkt report graph`: the network graph (associations and their ties: met at a
//! table, agreed contact request, joint project) as GraphML or as a CSV edge list for Gephi,
//! for a period, the same as the office's page `/office/graph` downloads.

use std::path::Path;
use std::process::ExitCode;

use app::network_graph::{export, network_graph, GraphSources};
use app::ports::Stores;
use domain::network_graph::{EdgeKind, GraphFilter, Period, PeriodError};

use crate::config::Config;
use crate::storage;

/// The file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    Graphml,
    Csv,
}

/// Reads the filter of the command line; the message says what is wrong.
pub fn filter(from: Option<&str>, to: Option<&str>, kinds: &[String]) -> Result<GraphFilter, String> {
    let period = Period::parse(from.unwrap_or(""), to.unwrap_or("")).map_err(|e| match e {
        PeriodError::FromDate => "--from ist kein Datum der Form JJJJ-MM-TT (zum Beispiel 2020-01-01).".to_owned(),
        PeriodError::ToDate => "--to ist kein Datum der Form JJJJ-MM-TT (zum Beispiel 2022-12-31).".to_owned(),
        PeriodError::Order => "--to liegt vor --from.".to_owned(),
    })?;
    if let Some(unknown) = kinds.iter().find(|k| EdgeKind::parse(k).is_none()) {
        return Err(format!(
            "--kind „{}“ gibt es nicht; möglich sind met, introduction, project.",
            unknown.chars().take(40).collect::<String>()
        ));
    }
    Ok(GraphFilter::new(period, kinds.iter().map(String::as_str)))
}

/// The export's text for `stores` under `filter`.
pub async fn render(stores: &Stores, format: GraphFormat, filter: &GraphFilter) -> Result<String, app::ports::StoreError> {
    let sources = GraphSources {
        directory: stores.directory.as_ref(),
        meetings: stores.meetings.as_ref(),
        introductions: stores.introductions.as_ref(),
        projects: stores.projects.as_ref(),
    };
    let net = network_graph(sources, filter).await?;
    Ok(match format {
        GraphFormat::Graphml => export::graphml(&net),
        GraphFormat::Csv => export::csv_edges(&net),
    })
}

/// The command: exit 0 with the file written (`-`: standard output) and a summary on standard
/// error, 2 for bad arguments, 1 for storage or file failures.
pub async fn graph_command(config: &Config, format: GraphFormat, out: &Path, filter: Result<GraphFilter, String>) -> ExitCode {
    let filter = match filter {
        Ok(filter) => filter,
        Err(message) => {
            eprintln!("knotenpunkt report graph: {message}");
            return ExitCode::from(2);
        }
    };
    let stores = match storage::open(&config.database).await {
        Ok(stores) => stores,
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match render(&stores, format, &filter).await {
        Ok(text) => text,
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            return ExitCode::FAILURE;
        }
    };
    if out.as_os_str() == "-" {
        return crate::cli::print_out(text.trim_end());
    }
    match std::fs::write(out, &text) {
        Ok(()) => {
            eprintln!("Netzwerkbild geschrieben: {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("knotenpunkt report graph: {} kann nicht geschrieben werden: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
