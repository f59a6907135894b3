//! Use case: search the directory.

use std::sync::Arc;

use domain::directory_query::{DirectoryQuery, QueryError, RawDirectoryQuery};

use super::index::SearchResults;
use super::Directory;

/// Parses the raw parameters against the keys that exist, then searches.
pub fn search_organisations(directory: &Directory, raw: &RawDirectoryQuery) -> Result<(DirectoryQuery, Arc<SearchResults>), QueryError> {
    let index = directory.index();
    let query = DirectoryQuery::parse(raw, index.as_ref())?;
    let results = index.search(&query);
    Ok((query, results))
}
