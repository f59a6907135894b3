//! Use case: show one organisation's public profile.

use std::sync::Arc;

use domain::organisation::Organisation;

use super::Directory;

/// The published organisation with this slug, if there is one.
pub fn show_organisation(directory: &Directory, slug: &str) -> Option<Arc<Organisation>> {
    directory.index().get(slug)
}
