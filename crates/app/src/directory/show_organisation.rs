//! Use case: show one organisation's public profile.

use domain::organisation::Organisation;
use domain::slug::Slug;

use crate::ports::StoreError;

use super::Directory;

/// The published organisation with this slug, if there is one. Malformed slugs find nothing.
pub async fn show_organisation(directory: &Directory, slug: &str) -> Result<Option<Organisation>, StoreError> {
    let Ok(slug) = Slug::parse(slug) else { return Ok(None) };
    if directory.index().get(slug.as_str()).is_none() {
        return Ok(None);
    }
    directory.store().organisation(&slug).await
}
