//! `knotenpunkt meeting handouts`: a planned meeting's print bundle (personal handouts by
//! name, table sheets, badges) as one PDF, all of it or only what changed since the last
//! print; and [`TypstRenderer`], the `app::ports::HandoutRenderer` that the server and the
//! mail job use.

use std::path::Path;
use std::process::ExitCode;

use app::marketplace::Marketplace;
use app::meetings::{documents_of, load_print_set, only_changed, Handout, MeetingError, PrintSet, PrintSources};
use app::ports::{HandoutRenderer, RenderError, StoreError, Stores};
use documents::{DocumentError, Parts, Wording};
use domain::language::UiLocale;
use web::i18n::{ArgValue, Tr};

use crate::config::Config;
use crate::progress::Progress;
use crate::storage;

/// Why no bundle was written.
#[derive(Debug, thiserror::Error)]
pub enum HandoutsError {
    #[error("Es gibt kein Treffen mit der Adresse „{0}“.")]
    UnknownMeeting(String),
    #[error("Das Treffen „{0}“ hat noch keinen Tischplan: erst „Tische planen“, dann drucken.")]
    NoPlan(String),
    #[error("Seit dem letzten Druck hat sich für das Treffen „{0}“ nichts geändert.")]
    NothingChanged(String),
    #[error("knotenpunkt: {0}")]
    Store(#[from] StoreError),
    #[error("knotenpunkt: Unterlagen: {0}")]
    Documents(#[from] DocumentError),
    #[error("knotenpunkt: {0}")]
    Write(String),
}

/// Which documents the command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Only {
    /// Only the handouts (and badges) that changed since the last print, and the table sheets
    /// of changed tables.
    Changed,
}

/// The documents' texts from the translation files.
pub struct FluentWording;

impl Wording for FluentWording {
    fn text(&self, locale: UiLocale, id: &str, args: &[(&str, &str)]) -> String {
        let pairs: Vec<(&str, ArgValue)> = args.iter().map(|(k, v)| (*k, ArgValue::from(*v))).collect();
        Tr::new(locale).targs(id, &pairs)
    }
}

/// PDF with Typst (`crates/documents`), worded from the translation files. The templates and
/// fonts are loaded on first use ([`documents::documents`]); `serve` loads them at start-up.
pub struct TypstRenderer;

fn render_error(error: DocumentError) -> RenderError {
    match error {
        DocumentError::Empty => RenderError::Empty,
        other => RenderError::Failed(other.to_string()),
    }
}

impl HandoutRenderer for TypstRenderer {
    fn bundle(&self, set: &PrintSet) -> Result<Vec<u8>, RenderError> {
        let docs = documents::documents().map_err(|e| RenderError::Failed(e.to_string()))?;
        docs.bundle(set, Parts::ALL, &FluentWording).map_err(render_error)
    }

    fn handout(&self, handout: &Handout) -> Result<Vec<u8>, RenderError> {
        let docs = documents::documents().map_err(|e| RenderError::Failed(e.to_string()))?;
        docs.handout(handout, &FluentWording).map_err(render_error)
    }
}

/// The print set of the meeting `slug` as stored now.
pub async fn load(stores: &Stores, slug: &str, public_url: Option<&str>) -> Result<PrintSet, HandoutsError> {
    let record = stores.meetings.meeting_by_slug(slug).await?.ok_or_else(|| HandoutsError::UnknownMeeting(slug.to_owned()))?;
    let marketplace =
        Marketplace::load(stores.directory.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone()).await?;
    let market = marketplace.view();
    let sources = PrintSources {
        meetings: stores.meetings.as_ref(),
        directory: stores.directory.as_ref(),
        market: &market,
        public_url: public_url.unwrap_or_default().trim_end_matches('/'),
    };
    load_print_set(&sources, &record).await.map_err(|e| match e {
        MeetingError::Store(e) => HandoutsError::Store(e),
        _ => HandoutsError::NoPlan(slug.to_owned()),
    })
}

/// Writes the meeting's print bundle (everything, or `only` what changed) to `out`, records it
/// as printed, and shows progress on standard error. Returns the PDF's size.
pub async fn write_bundle(config: &Config, stores: &Stores, slug: &str, only: Option<Only>, out: &Path) -> Result<usize, HandoutsError> {
    let mut progress = Progress::on_stderr("Druckpaket", 4);
    let full = load(stores, slug, config.site.public_url.as_deref()).await?;
    let record = stores.meetings.meeting_by_slug(slug).await?.ok_or_else(|| HandoutsError::UnknownMeeting(slug.to_owned()))?;
    let set = match only {
        None => full,
        Some(Only::Changed) => only_changed(&full, &stores.printed.printed(record.id).await?),
    };
    if set.handouts.is_empty() && set.table_sheets.is_empty() {
        progress.finish();
        return Err(HandoutsError::NothingChanged(slug.to_owned()));
    }
    progress.advance(1);
    let docs = documents::documents().map_err(|e| HandoutsError::Write(e.to_string()))?;
    let pdf = docs.bundle_in_steps(&set, Parts::ALL, &FluentWording, &mut |_| progress.advance(1))?;
    std::fs::write(out, &pdf).map_err(|e| HandoutsError::Write(format!("{}: {e}", out.display())))?;
    stores.printed.record_printed(record.id, &documents_of(&set), stores.clock.now().unix_secs()).await?;
    progress.advance(1);
    progress.finish();
    eprintln!(
        "{}: {} Unterlagen, {} Tischbögen, {} Namensschilder, {} kB",
        out.display(),
        set.handouts.len(),
        set.table_sheets.len(),
        set.badges.len(),
        pdf.len() / 1024
    );
    Ok(pdf.len())
}

/// The command: exit 0 with the PDF written, 2 for an unknown meeting, one without a plan or
/// (with `--only changed`) nothing changed, 1 otherwise.
pub async fn handouts_command(config: &Config, slug: &str, only: Option<Only>, out: &Path) -> ExitCode {
    let stores = match storage::open(&config.database).await {
        Ok(stores) => stores,
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            return ExitCode::FAILURE;
        }
    };
    match write_bundle(config, &stores, slug, only, out).await {
        Ok(_) => ExitCode::SUCCESS,
        Err(e @ (HandoutsError::UnknownMeeting(_) | HandoutsError::NoPlan(_) | HandoutsError::NothingChanged(_))) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
