//! Use cases: plan an import (the dry run and the preview) and store a plan (the real run:
//! one transaction, nothing stored when a row would be refused).

use std::collections::HashMap;
use std::io::{Read, Seek};

use domain::timestamp::Timestamp;

use super::columns::ColumnMapping;
use super::plan::{place_rows, plan_rows, Action, Existing, ImportPlan, PlanContext, PlanCounts};
use super::read::{read_file, Format};
use super::ReadError;
use crate::map::offline_geocoder::OfflineGeocoder;
use crate::ports::{Author, Geocoder, ImportBatch, ImportOrigin, ImportedEntry, StoreError, Stores};

#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Rows would be refused: nothing of the file is stored.
    #[error("{0} rows would be refused; nothing was stored")]
    Refused(usize),
}

/// What a real run stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub import_id: i64,
    pub counts: PlanCounts,
}

/// What the plan compares rows with: the directory as it is now.
pub async fn load_context(stores: &Stores, format: Format, importer: &Author) -> Result<PlanContext, StoreError> {
    let directory = stores.directory.as_ref();
    let published: HashMap<_, _> = directory.published_organisations().await?.into_iter().map(|o| (o.id, o.profile)).collect();
    let mut published = published;
    let existing = directory
        .all_positions()
        .await?
        .into_iter()
        .map(|(id, slug, name, position)| Existing { id, slug, name, position, profile: published.remove(&id) })
        .collect();
    let now = stores.clock.now();
    Ok(PlanContext {
        categories: directory.categories().await?,
        districts: directory.districts().await?.into_iter().map(|d| d.key).collect(),
        existing,
        external: stores.imports.external_references(format.external_source()).await?.into_iter().collect(),
        recorded_by: importer.label(),
        now: now.to_rfc3339(),
        this_year: this_year(now),
    })
}

fn this_year(now: Timestamp) -> u16 {
    now.to_rfc3339().get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026)
}

/// Reads the file and plans every row, positions included: the dry run and the preview.
pub async fn plan_import<R: Read + Seek + Send>(
    stores: &Stores,
    source: R,
    format: Format,
    mapping: &ColumnMapping,
    geocoder: &dyn Geocoder,
    importer: &Author,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<ImportPlan, ApplyError> {
    let ctx = load_context(stores, format, importer).await?;
    let file = read_file(source, format, mapping)?;
    let mut plan = plan_rows(file, format, &ctx);
    place_rows(&mut plan, geocoder, progress).await;
    if !plan.new_districts.is_empty() {
        // The file's districts place what the configured table could not: a city moving in
        // brings its own table.
        let table = OfflineGeocoder::new(plan.new_districts.clone());
        place_rows(&mut plan, &table, &mut |_, _| {}).await;
    }
    Ok(plan)
}

/// Stores the plan's new and changed entries, with the fields of activity and districts the
/// file brings, in one transaction; refuses the whole file when
/// any row would be refused.
pub async fn apply_plan(stores: &Stores, plan: &ImportPlan, importer: &Author, file_name: &str) -> Result<ImportReport, ApplyError> {
    let counts = plan.counts();
    if counts.refused > 0 {
        return Err(ApplyError::Refused(counts.refused));
    }
    let entries: Vec<ImportedEntry> = plan
        .rows
        .iter()
        .filter_map(|row| {
            let existing = match row.action {
                Action::Create => None,
                Action::Update { org } => Some(org),
                _ => return None,
            };
            Some(ImportedEntry { existing, slug: row.slug.clone()?, profile: row.profile.clone()?, external_id: row.external_id.clone() })
        })
        .collect();
    let file_name = std::path::Path::new(file_name).file_name().map_or_else(|| file_name.to_owned(), |n| n.to_string_lossy().into_owned());
    let origin = ImportOrigin {
        author: importer.clone(),
        file_name: file_name.chars().take(200).collect(),
        format: plan.format.key().to_owned(),
        source: plan.format.external_source().to_owned(),
    };
    // The new fields of activity and districts in the same transaction as the entries that
    // name them: a refused store leaves none of them behind.
    let batch = ImportBatch { categories: plan.new_categories.clone(), districts: plan.new_districts.clone(), entries };
    let import_id = stores.imports.store_import(&origin, &batch).await?;
    Ok(ImportReport { import_id, counts })
}
