//! Searching among a subset of the associations that the index cannot judge itself: those the
//! marketplace's filter on offers and needs lets pass for one audience. Total, pages and facet
//! counts are over the subset.

use std::collections::HashSet;
use std::sync::Arc;

use domain::directory_query::DirectoryQuery;
use domain::ids::OrgId;
use domain::marketplace::ItemFilter;
use domain::organisation::Audience;

use super::{SearchIndex, SearchResults, CACHE_ENTRIES};
use crate::directory::bitset::Bitset;

/// Names a subset for the result cache. The subset depends on the filter, on who looks (network
/// members see more items than the public) and on the items themselves, which change without
/// the index being rebuilt; so the key holds all three, the items as the marketplace view's
/// generation (`MarketView::generation`). Equal keys must mean equal subsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubsetKey {
    pub filter: ItemFilter,
    pub audience: Audience,
    pub generation: u64,
}

impl SearchIndex {
    /// Searches among the associations in `members`, answering repeated searches from the cache;
    /// `members` is asked only when the answer is not cached.
    pub fn search_within(&self, query: &DirectoryQuery, key: SubsetKey, members: impl FnOnce() -> HashSet<OrgId>) -> Arc<SearchResults> {
        let cache_key = (key, query.clone());
        if let Some(hit) = self.subset_cache.lock().ok().and_then(|c| c.get(&cache_key).cloned()) {
            return hit;
        }
        let results = Arc::new(self.search_within_uncached(query, &members()));
        if let Ok(mut cache) = self.subset_cache.lock() {
            if cache.len() >= CACHE_ENTRIES {
                cache.clear();
            }
            cache.insert(cache_key, Arc::clone(&results));
        }
        results
    }

    /// Searches among the associations in `members` without the cache (benchmarks, tests).
    pub fn search_within_uncached(&self, query: &DirectoryQuery, members: &HashSet<OrgId>) -> SearchResults {
        let mut subset = Bitset::empty(self.docs.len());
        for doc in members.iter().filter_map(|id| self.by_id.get(id)) {
            subset.insert(*doc);
        }
        self.search_among(query, Some(&subset))
    }
}
