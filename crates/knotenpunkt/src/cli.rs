//! The command line: `serve`, `demo`, `migrate`, `backup`, `restore`, `admin`, `plan`, `match`, `meeting`, `import`, `export`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use app::directory::import_organisations::{ensure_default_categories, store_batch, ImportBatch};
use app::marketplace::Marketplace;
use app::ports::{Author, Clock, DirectoryStore, ItemStore, ShiftedClock, StoreError};
use clap::{Args, Parser, Subcommand};
use domain::timestamp::Timestamp;

use crate::config::{Config, Overrides};
use crate::progress::Progress;
use crate::{
    admin, backup, demo, demo_meetings, demo_projects, demo_survey, generate, handouts, logging, meeting, porting, report, serve, storage,
    survey,
};

#[derive(Debug, Parser)]
#[command(
    name = "knotenpunkt",
    version,
    about = "Knotenpunkt – the networking platform of a city's integration office and its associations"
)]
pub struct Cli {
    /// Configuration file (TOML); see config/default.toml for every setting.
    #[arg(long, global = true, env = "KNOTENPUNKT_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone, Default)]
pub struct StorageArgs {
    /// Folder for the SQLite database and local files (default ./data).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Database URL: postgres://… for PostgreSQL; empty for SQLite in the data folder.
    #[arg(long)]
    pub database_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (and background work).
    Serve {
        /// Address to listen on, HOST:PORT (default 127.0.0.1:8080).
        #[arg(long)]
        addr: Option<String>,
        /// Load the demo network of Ludwigsburg into an empty database.
        #[arg(long)]
        demo: bool,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Fill the database with demo data: the Ludwigsburg network, or N synthetic associations.
    Demo {
        /// Number of synthetic associations to add (for load tests); without it, the demo network.
        #[arg(long)]
        organisations: Option<usize>,
        /// With --organisations: also synthetic activity, S times per 1,000 associations 500
        /// offers and needs, 60 contact requests, 4 held meetings (40 people), 10 projects and
        /// 20 inbox cases.
        #[arg(long, value_name = "S", requires = "organisations")]
        activity: Option<u32>,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Apply database migrations and exit.
    Migrate {
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Write a consistent backup of the database and the outbox (while the server runs) in
    /// Knotenpunkt's portable format, which restores into SQLite or PostgreSQL.
    Backup {
        /// The backup file to write.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Restore a backup into an empty database (and data folder), then apply newer migrations.
    Restore {
        /// The backup file to read.
        #[arg(long)]
        from: PathBuf,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Administer accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Seat the participants of a network meeting at tables for every round (JSON in, JSON out).
    Plan {
        /// Instance file (JSON); `-` reads standard input.
        #[arg(long)]
        instance: PathBuf,
        /// Seconds the planner may search; it stops earlier when the plan is provably optimal.
        #[arg(long, default_value_t = 10.0)]
        time_limit: f64,
        /// Seed of the search; the same seed gives the same plan.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Network meetings.
    Meeting {
        #[command(subcommand)]
        command: MeetingCommand,
    },
    /// Suggest offers for every need, ranked, with reasons (JSON in, JSON out).
    Match {
        /// Input file (JSON); `-` reads standard input.
        #[arg(long)]
        input: PathBuf,
        /// At most this many suggestions per need.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// Import associations from a file (CSV, JSON, GeoJSON, OpenFairDB); prints the plan per row.
    /// Exit code 2 when a row would be refused: then nothing is stored.
    Import {
        /// The file to read.
        #[arg(long)]
        file: PathBuf,
        /// The file's format; without it, from the file name (.csv, .json, .geojson).
        #[arg(long, value_enum)]
        format: Option<porting::FormatArg>,
        /// Only show what would happen; store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Column names of other files: HEADER=FIELD (e.g. "Vereinsbezeichnung=name"); repeatable.
        #[arg(long = "map")]
        map: Vec<String>,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Export every published association with the data licence (CSV, JSON, GeoJSON, OpenFairDB),
    /// or with `--items` the open offers and needs (CSV, JSON).
    Export {
        #[arg(long, value_enum)]
        format: porting::FormatArg,
        /// The file to write; `-` for standard output.
        #[arg(long)]
        out: PathBuf,
        /// The office's export: also contact persons visible to the network (always only with consent).
        #[arg(long)]
        office: bool,
        /// The open offers and needs instead of the associations (csv or json).
        #[arg(long)]
        items: bool,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// The office's reports.
    Report {
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// Surveys of associations.
    Survey {
        #[command(subcommand)]
        command: SurveyCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Write the funding report of a period (figures, narrative, meetings, projects) as PDF or CSV.
    Funding {
        /// First day of the period, YYYY-MM-DD.
        #[arg(long)]
        from: String,
        /// Last day of the period (included), YYYY-MM-DD.
        #[arg(long)]
        to: String,
        #[arg(long, value_enum)]
        format: report::Format,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Write the network graph (associations and their ties) as GraphML or a CSV edge list.
    Graph {
        #[arg(long, value_enum)]
        format: crate::report_graph::GraphFormat,
        /// The file to write; `-` writes to standard output.
        #[arg(long)]
        out: PathBuf,
        /// First day of the period (YYYY-MM-DD); without it, since the beginning.
        #[arg(long)]
        from: Option<String>,
        /// Last day of the period (YYYY-MM-DD); without it, until today.
        #[arg(long)]
        to: Option<String>,
        /// Only these kinds of tie: met, introduction, project (repeat or separate by commas);
        /// without it, all.
        #[arg(long, value_delimiter = ',')]
        kind: Vec<String>,
        #[command(flatten)]
        storage: StorageArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Print every survey, one JSON object per line: {"slug","title","status","invited","responses"}.
    List {
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Write a survey's submitted responses: CSV (one row per response, with FILE.codebook.csv beside it)
    /// or the PDF report (every question's chart and table, the free texts, the response rate).
    Export {
        /// The survey's address (slug), e.g. vereinsbefragung-2019.
        #[arg(long)]
        survey: String,
        #[arg(long, value_enum)]
        format: survey::Format,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        storage: StorageArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator; the password is read from standard input (first line).
    Create {
        /// Email address of the new administrator.
        #[arg(long)]
        email: String,
        #[command(flatten)]
        storage: StorageArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Print a meeting as the planner sees it: {"instance": …, "plan": … | null}, opaque ids only.
    Export {
        /// The meeting's address (slug), e.g. netzwerktreffen-2020-01-11.
        #[arg(long)]
        meeting: String,
        #[command(flatten)]
        storage: StorageArgs,
    },
    /// Write a planned meeting's print bundle (handouts by name, table sheets, badges) as one PDF.
    Handouts {
        /// The meeting's address (slug), e.g. netzwerktreffen-2020-01-11.
        #[arg(long)]
        meeting: String,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
        /// `changed`: only the handouts that changed since the last print (with their badges)
        /// and the table sheets of changed tables.
        #[arg(long, value_enum)]
        only: Option<handouts::Only>,
        #[command(flatten)]
        storage: StorageArgs,
    },
}

/// Reads a command's input file, or standard input for `-`.
fn read_input(path: &std::path::Path) -> Result<String, String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    }
}

/// Writes a command's result to stdout; a closed pipe (`| head`) is not an error.
pub(crate) fn print_out(text: &str) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("knotenpunkt: cannot write the result: {e}");
            ExitCode::FAILURE
        }
    }
}

fn plan_command(instance: &std::path::Path, time_limit: f64, seed: u64) -> ExitCode {
    if !(time_limit.is_finite() && time_limit > 0.0 && time_limit <= 86_400.0) {
        eprintln!("knotenpunkt plan: --time-limit must be a number of seconds between 0 and 86400");
        return ExitCode::from(2);
    }
    let json = match read_input(instance) {
        Ok(json) => json,
        Err(message) => {
            eprintln!("knotenpunkt plan: {message}");
            return ExitCode::from(2);
        }
    };
    match planner::cli::run_plan_command(&json, std::time::Duration::from_secs_f64(time_limit), seed) {
        Ok(output) => {
            eprintln!("{}", output.summary);
            print_out(&output.stdout)
        }
        Err(error) => {
            eprintln!("knotenpunkt plan: {}", error.message);
            ExitCode::from(2)
        }
    }
}

fn match_command(input: &std::path::Path, top: usize) -> ExitCode {
    if top == 0 {
        eprintln!("knotenpunkt match: --top must be at least 1");
        return ExitCode::from(2);
    }
    let json = match read_input(input) {
        Ok(json) => json,
        Err(message) => {
            eprintln!("knotenpunkt match: {message}");
            return ExitCode::from(2);
        }
    };
    match matching::cli::run_match_command(&json, top) {
        Ok(output) => print_out(&output),
        Err(error) => {
            eprintln!("knotenpunkt match: {}", error.message);
            ExitCode::from(2)
        }
    }
}

fn overrides(cli_config: &Option<PathBuf>, storage: &StorageArgs, demo: bool, addr: Option<String>) -> Overrides {
    Overrides {
        config_file: cli_config.clone(),
        demo,
        addr,
        data_dir: storage.data_dir.clone(),
        database_url: storage.database_url.clone(),
    }
}

fn load(overrides: &Overrides) -> Result<Config, ExitCode> {
    Config::load(overrides).map_err(|e| {
        eprintln!("knotenpunkt: {e}");
        ExitCode::from(2)
    })
}

/// Loads the configuration for a command on the database of `storage`, starts logging, and runs
/// `command` with it; a configuration that does not load ends the program with exit code 2.
async fn with_config<F, Fut>(cli_config: &Option<PathBuf>, storage: &StorageArgs, command: F) -> ExitCode
where
    F: FnOnce(Config) -> Fut,
    Fut: std::future::Future<Output = ExitCode>,
{
    match load(&overrides(cli_config, storage, false, None)) {
        Ok(config) => {
            logging::init(config.log_format, config.log_level);
            command(config).await
        }
        Err(code) => code,
    }
}

/// Runs the parsed command; the exit code says how it went.
pub async fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Plan { instance, time_limit, seed } => {
            tokio::task::spawn_blocking(move || plan_command(&instance, time_limit, seed)).await.unwrap_or(ExitCode::FAILURE)
        }
        Command::Match { input, top } => tokio::task::spawn_blocking(move || match_command(&input, top)).await.unwrap_or(ExitCode::FAILURE),
        Command::Serve { addr, demo, storage } => {
            let config = match load(&overrides(&cli.config, &storage, demo, addr)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            logging::init(config.log_format, config.log_level);
            match serve::run(config, demo).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("knotenpunkt: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Demo { organisations, activity, storage } => {
            let config = match load(&overrides(&cli.config, &storage, true, None)) {
                Ok(c) => c,
                Err(code) => return code,
            };
            logging::init(config.log_format, config.log_level);
            match fill_demo(&config, organisations, activity).await {
                Ok(n) => {
                    println!("{n} Vereine gespeichert.");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("knotenpunkt: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Migrate { storage } => {
            with_config(&cli.config, &storage, |config| async move {
                match storage::open(&config.database).await {
                    Ok(_stores) => {
                        println!("Datenbank ist auf dem neuesten Stand.");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("knotenpunkt: {e}");
                        ExitCode::FAILURE
                    }
                }
            })
            .await
        }
        Command::Backup { out, storage } => {
            with_config(&cli.config, &storage, |config| async move { backup::backup_command(&config, &out).await }).await
        }
        Command::Restore { from, storage } => {
            with_config(&cli.config, &storage, |config| async move { backup::restore_command(&config, &from).await }).await
        }
        Command::Admin { command: AdminCommand::Create { email, storage } } => {
            with_config(&cli.config, &storage, |config| async move { admin::create(&config, &email).await }).await
        }
        Command::Meeting { command: MeetingCommand::Export { meeting: slug, storage } } => {
            with_config(&cli.config, &storage, |config| async move { meeting::export_command(&config, &slug).await }).await
        }
        Command::Meeting { command: MeetingCommand::Handouts { meeting: slug, out, only, storage } } => {
            with_config(&cli.config, &storage, |config| async move { handouts::handouts_command(&config, &slug, only, &out).await }).await
        }
        Command::Import { file, format, dry_run, map, storage } => {
            with_config(&cli.config, &storage, |config| async move {
                porting::import_command(&config, &file, format.map(Into::into), &map, dry_run).await
            })
            .await
        }
        Command::Export { format, out, office, items, storage } => {
            with_config(&cli.config, &storage, |config| async move {
                porting::export_command(&config, format.into(), &out, office, items).await
            })
            .await
        }
        Command::Report { command: ReportCommand::Funding { from, to, format, out, storage } } => {
            with_config(&cli.config, &storage, |config| async move { report::funding_command(&config, &from, &to, format, &out).await })
                .await
        }
        Command::Report { command: ReportCommand::Graph { format, out, from, to, kind, storage } } => {
            with_config(&cli.config, &storage, |config| async move {
                let filter = crate::report_graph::filter(from.as_deref(), to.as_deref(), &kind);
                crate::report_graph::graph_command(&config, format, &out, filter).await
            })
            .await
        }
        Command::Survey { command: SurveyCommand::List { storage } } => {
            with_config(&cli.config, &storage, |config| async move { survey::list_command(&config).await }).await
        }
        Command::Survey { command: SurveyCommand::Export { survey: slug, format, out, storage } } => {
            with_config(&cli.config, &storage, |config| async move { survey::export_command(&config, &slug, format, &out).await }).await
        }
    }
}

/// Loads the demo network, or `organisations` synthetic associations, into the configured
/// database; either is published over the years since 2019 (see [`demo::dated`]), on a clock
/// shifted back while it is stored.
/// With `activity`, the synthetic associations also get synthetic activity (see
/// [`crate::generate_activity`]).
pub async fn fill_demo(config: &Config, organisations: Option<usize>, activity: Option<u32>) -> Result<usize, Box<dyn std::error::Error>> {
    let clock = Arc::new(ShiftedClock::new());
    let stores = storage::open_on(&config.database, clock.clone()).await?;
    let store = stores.directory.clone();
    ensure_default_categories(store.as_ref()).await?;
    let batch = match organisations {
        None => {
            if !store.is_empty().await? {
                return Err("the database is not empty; the demo network is only loaded into an empty database".into());
            }
            demo::batch()?
        }
        Some(count) => {
            let mut districts = store.districts().await?;
            let mut batch = ImportBatch::default();
            if districts.is_empty() {
                districts = demo::districts()?;
                batch.districts = districts.clone();
            }
            let existing = store.directory_stamp().await?.organisations.max(0) as usize;
            let synthetic = generate::synthetic(count, existing, &districts);
            batch.organisations = synthetic.organisations;
            let now = clock.now().unix_secs();
            let stored = store_in_steps(store.as_ref(), stores.items.as_ref(), batch, &clock).await;
            clock.reset();
            let stored = stored?;
            // Confirmed within the last year, as the demo's own associations: otherwise the
            // first `serve` on this data would start the yearly "still active?" scan on nearly
            // all of them (a reminder mail each), which loaded every benchmark on the data.
            let ids: Vec<_> = stored.iter().map(|(id, _)| *id).collect();
            demo::confirm_recently(&stores, &ids, stores.clock.now().unix_secs()).await?;
            if let Some(scale) = activity {
                let made = crate::generate_activity::generate(&stores, &clock, &stored, scale, now).await?;
                eprintln!(
                    "{} Angebote und Bedarfe, {} Kontaktanfragen, {} Treffen ({} Anmeldungen), {} Projekte, {} Anliegen",
                    made.items, made.introductions, made.meetings, made.registrations, made.projects, made.cases
                );
            }
            return Ok(stored.len());
        }
    };
    let history = demo::dated(batch);
    let mut ids = Vec::new();
    let mut slugs = std::collections::HashMap::new();
    for (at, part) in history.associations {
        let slug = part.organisations[0].slug.clone();
        clock.show(Timestamp::from_unix_secs(at));
        let stored = store_batch(store.as_ref(), stores.items.as_ref(), part, &Author::system("demo")).await;
        clock.reset();
        let stored = stored?;
        slugs.extend(stored.first().map(|id| (slug, *id)));
        ids.extend(stored);
    }
    let posted = demo::post(stores.items.as_ref(), &clock, &slugs, history.posts).await?;
    demo::confirm_recently(&stores, &ids, stores.clock.now().unix_secs()).await?;
    let marketplace = Marketplace::load(store.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone()).await?;
    demo_meetings::load(&stores, &marketplace.view(), &ids, stores.clock.now().unix_secs()).await?;
    demo_projects::load(&stores, &clock, &ids, stores.clock.now().unix_secs()).await?;
    crate::demo_activity::load(&stores, &clock, &ids, &posted).await?;
    demo_survey::load(&stores, &ids).await?;
    Ok(ids.len())
}

/// Stores a batch without offers and needs in about a hundred steps (at most 1,000
/// organisations each), showing the progress on standard error; the stored organisations
/// with the time each was published, oldest first.
async fn store_in_steps(
    store: &dyn DirectoryStore,
    items: &dyn ItemStore,
    mut batch: ImportBatch,
    clock: &ShiftedClock,
) -> Result<Vec<(domain::ids::OrgId, i64)>, StoreError> {
    let author = Author::system("demo");
    let organisations = std::mem::take(&mut batch.organisations);
    let step = organisations.len().div_ceil(100).clamp(1, 1000);
    let mut progress = Progress::on_stderr("Vereine gespeichert", organisations.len() as u64);
    // Categories and districts first.
    store_batch(store, items, batch, &author).await?;
    let mut stored = Vec::with_capacity(organisations.len());
    let steps = organisations.len().div_ceil(step);
    let now = clock.now().unix_secs();
    let mut rest = organisations.into_iter();
    for n in 0.. {
        let part: Vec<_> = rest.by_ref().take(step).collect();
        if part.is_empty() {
            break;
        }
        let at = demo::synthetic_published(n, steps.saturating_sub(1), now);
        clock.show(Timestamp::from_unix_secs(at));
        let count = part.len() as u64;
        let ids = store_batch(store, items, ImportBatch { organisations: part, ..ImportBatch::default() }, &author).await?;
        stored.extend(ids.into_iter().map(|id| (id, at)));
        progress.advance(count);
    }
    progress.finish();
    Ok(stored)
}
