//! Use case: every published organisation, ordered by name, for open-data exports.

use domain::organisation::Organisation;
use domain::text::fold_diacritics;

use crate::ports::StoreError;

use super::Directory;

pub async fn export_organisations(directory: &Directory) -> Result<Vec<Organisation>, StoreError> {
    let mut all = directory.store().published_organisations().await?;
    all.sort_by_cached_key(|o| fold_diacritics(&o.profile.name.to_lowercase()));
    Ok(all)
}
