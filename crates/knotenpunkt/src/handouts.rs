//! `knotenpunkt meeting handouts`: a planned meeting's print bundle (personal handouts by
//! name, table sheets, badges) as one PDF.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::ExitCode;

use app::marketplace::{MarketView, Marketplace};
use app::meetings::{print_set, HandoutInput, ItemLine, PrintSet, Suggestion};
use app::ports::{StoreError, Stores};
use documents::{DocumentError, Parts, Wording};
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::marketplace::ItemKind;
use domain::organisation::Audience;
use web::i18n::{ArgValue, Tr};

use crate::config::Config;
use crate::demo_meetings::german_offset;
use crate::progress::Progress;
use crate::storage;

/// Why no bundle was written.
#[derive(Debug, thiserror::Error)]
pub enum HandoutsError {
    #[error("Es gibt kein Treffen mit der Adresse „{0}“.")]
    UnknownMeeting(String),
    #[error("Das Treffen „{0}“ hat noch keinen Tischplan: erst „Tische planen“, dann drucken.")]
    NoPlan(String),
    #[error("knotenpunkt: {0}")]
    Store(#[from] StoreError),
    #[error("knotenpunkt: Unterlagen: {0}")]
    Documents(#[from] DocumentError),
    #[error("knotenpunkt: {0}")]
    Write(String),
}

/// The documents' texts from the translation files.
pub struct FluentWording;

impl Wording for FluentWording {
    fn text(&self, locale: UiLocale, id: &str, args: &[(&str, &str)]) -> String {
        let pairs: Vec<(&str, ArgValue)> = args.iter().map(|(k, v)| (*k, ArgValue::from(*v))).collect();
        Tr::new(locale).targs(id, &pairs)
    }
}

/// The associations' open offers and needs, and the suggestions between those `present`.
fn market_lines(view: &MarketView, present: &BTreeSet<OrgId>) -> (BTreeMap<OrgId, Vec<ItemLine>>, Vec<Suggestion>) {
    let mut items = BTreeMap::new();
    let mut suggestions = Vec::new();
    for &org in present {
        let own = view.of_organisation(org, Audience::Network);
        items.insert(org, own.iter().map(|i| ItemLine { kind: i.kind, title: i.content.title.clone() }).collect());
        for need in own.iter().filter(|i| i.kind == ItemKind::Need) {
            for pairing in view.suggestions(need.id, Audience::Network) {
                if present.contains(&pairing.other.org) {
                    suggestions.push(Suggestion {
                        offer_org: pairing.other.org,
                        need_org: org,
                        offer: pairing.other.content.title.clone(),
                        need: need.content.title.clone(),
                        score: pairing.score,
                    });
                }
            }
        }
    }
    (items, suggestions)
}

/// The print set of the meeting `slug` as stored now.
pub async fn load(stores: &Stores, slug: &str, public_url: Option<&str>) -> Result<PrintSet, HandoutsError> {
    let record = stores.meetings.meeting_by_slug(slug).await?.ok_or_else(|| HandoutsError::UnknownMeeting(slug.to_owned()))?;
    let plan = stores.meetings.plan(record.id).await?.ok_or_else(|| HandoutsError::NoPlan(slug.to_owned()))?;
    let registrations = stores.meetings.registrations(record.id).await?;
    let marketplace =
        Marketplace::load(stores.directory.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone()).await?;
    let present: BTreeSet<OrgId> = registrations.iter().filter(|r| r.is_seated()).map(|r| r.association).collect();
    let associations: BTreeMap<OrgId, String> = stores
        .directory
        .published_organisations()
        .await?
        .into_iter()
        .filter(|o| present.contains(&o.id))
        .map(|o| (o.id, o.profile.name))
        .collect();
    let (items, suggestions) = market_lines(&marketplace.view(), &present);
    let meeting_url = public_url.map(|base| format!("{base}/meetings/{slug}")).unwrap_or_default();
    let set = print_set(&HandoutInput {
        record: &record,
        registrations: &registrations,
        plan: &plan,
        associations: &associations,
        items: &items,
        suggestions: &suggestions,
        meeting_url: &meeting_url,
        utc_offset_secs: german_offset(record.meeting.starts_at),
    });
    if set.handouts.is_empty() {
        return Err(HandoutsError::NoPlan(slug.to_owned()));
    }
    Ok(set)
}

/// Writes the meeting's print bundle to `out`, with progress on standard error.
pub async fn write_bundle(config: &Config, stores: &Stores, slug: &str, out: &Path) -> Result<usize, HandoutsError> {
    let mut progress = Progress::on_stderr("Druckpaket", 3);
    let set = load(stores, slug, config.site.public_url.as_deref()).await?;
    progress.advance(1);
    let docs = documents::documents().map_err(|e| HandoutsError::Write(e.to_string()))?;
    let pdf = docs.bundle(&set, Parts::ALL, &FluentWording)?;
    progress.advance(1);
    std::fs::write(out, &pdf).map_err(|e| HandoutsError::Write(format!("{}: {e}", out.display())))?;
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

/// The command: exit 0 with the PDF written, 2 for an unknown meeting or one without a plan,
/// 1 otherwise.
pub async fn handouts_command(config: &Config, slug: &str, out: &Path) -> ExitCode {
    let stores = match storage::open(&config.database).await {
        Ok(stores) => stores,
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            return ExitCode::FAILURE;
        }
    };
    match write_bundle(config, &stores, slug, out).await {
        Ok(_) => ExitCode::SUCCESS,
        Err(e @ (HandoutsError::UnknownMeeting(_) | HandoutsError::NoPlan(_))) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
