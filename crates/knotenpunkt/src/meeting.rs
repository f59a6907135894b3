//! `knotenpunkt meeting export`: a stored meeting as the planner sees it, for evaluations and
//! for planning outside the program. Opaque ids only (`p<registration>`, `a<association>`).

use std::process::ExitCode;

use app::marketplace::Marketplace;
use app::meetings::{translate, PlanningData, DEFAULT_MIN_INTEREST_WEIGHT};
use app::ports::{StoreError, Stores};

use crate::config::Config;
use crate::storage;

/// Why the export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("Es gibt kein Treffen mit der Adresse „{0}“.")]
    UnknownMeeting(String),
    #[error("knotenpunkt: {0}")]
    Store(#[from] StoreError),
}

/// `{"instance": <planner input>, "plan": <planner output> | null}` for the meeting `slug`:
/// the instance as "Tische planen" would build it now (known pairs of earlier held meetings,
/// interests between the associations present, a stored plan's locks and held rounds), and
/// the plan as stored.
pub async fn export(stores: &Stores, slug: &str) -> Result<serde_json::Value, ExportError> {
    let record = stores.meetings.meeting_by_slug(slug).await?.ok_or_else(|| ExportError::UnknownMeeting(slug.to_owned()))?;
    let marketplace =
        Marketplace::load(stores.directory.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone()).await?;
    let data = PlanningData::load(stores.meetings.as_ref(), &marketplace.view(), record.id)
        .await?
        .ok_or_else(|| ExportError::UnknownMeeting(slug.to_owned()))?;
    let translation = translate(&data.input(DEFAULT_MIN_INTEREST_WEIGHT));
    Ok(serde_json::json!({ "instance": translation.spec, "plan": translation.previous }))
}

/// The command: exit 0 with the JSON on stdout, 2 for an unknown meeting, 1 for storage failures.
pub async fn export_command(config: &Config, slug: &str) -> ExitCode {
    let stores = match storage::open(&config.database).await {
        Ok(stores) => stores,
        Err(e) => {
            eprintln!("knotenpunkt: {e}");
            return ExitCode::FAILURE;
        }
    };
    match export(&stores, slug).await {
        Ok(json) => crate::cli::print_out(&json.to_string()),
        Err(e @ ExportError::UnknownMeeting(_)) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
