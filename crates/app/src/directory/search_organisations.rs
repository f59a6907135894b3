//! Use case: search the directory, optionally only among associations with fitting open offers
//! or needs.

use std::sync::Arc;

use domain::directory_query::{DirectoryQuery, QueryError, RawDirectoryQuery};
use domain::marketplace::ItemFilter;
use domain::organisation::Audience;

use super::index::{SearchResults, SubsetKey};
use super::Directory;
use crate::marketplace::Marketplace;

/// The filter on offers and needs of a search and who searches: an association passes by the
/// open items this audience may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemNarrowing {
    pub filter: ItemFilter,
    pub audience: Audience,
}

impl ItemNarrowing {
    /// No filter on items: every association passes.
    pub const OFF: ItemNarrowing = ItemNarrowing { filter: ItemFilter::OFF, audience: Audience::Public };
}

/// Parses the raw parameters against the keys that exist, then searches. With the filter on
/// items off this is the plain (cached) directory search; with it on, the search runs among the
/// associations the marketplace lets pass, cached per filter, audience and state of the items.
pub fn search_organisations(
    directory: &Directory,
    marketplace: &Marketplace,
    raw: &RawDirectoryQuery,
    items: ItemNarrowing,
) -> Result<(DirectoryQuery, Arc<SearchResults>), QueryError> {
    let index = directory.index();
    let query = DirectoryQuery::parse(raw, index.as_ref())?;
    if items.filter.is_off() {
        let results = index.search(&query);
        return Ok((query, results));
    }
    let view = marketplace.view();
    let key = SubsetKey { filter: items.filter, audience: items.audience, generation: view.generation() };
    let results = index.search_within(&query, key, || view.organisations_passing(&items.filter, items.audience).unwrap_or_default());
    Ok((query, results))
}
