//! Searching among a subset of the associations that the index cannot judge itself: those the
//! marketplace's filter on offers and needs lets pass for one audience. Total, pages and facet
//! counts are over the subset.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use domain::directory_query::DirectoryQuery;
use domain::ids::OrgId;
use domain::marketplace::ItemFilter;
use domain::organisation::Audience;

use super::result_cache::ResultCache;
use super::{SearchIndex, SearchResults};
use crate::directory::bitset::Bitset;

/// How many subsets are kept before the cache starts over: a few filters for a few audiences
/// on the current state of the items, and the states before it.
const SUBSET_ENTRIES: usize = 64;

/// Names a subset for the caches. The subset depends on the filter, on who looks (network
/// members see more items than the public) and on the items themselves, which change without
/// the index being rebuilt; so the key holds all three, the items as the marketplace view's
/// generation (`MarketView::generation`). Equal keys must mean equal subsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SubsetKey {
    pub filter: ItemFilter,
    pub audience: Audience,
    pub generation: u64,
}

/// The subsets as document sets, and the results of recent searches among them; like the
/// index's own cache, valid as long as the index.
#[derive(Debug, Default)]
pub(super) struct WithinCache {
    subsets: Mutex<HashMap<SubsetKey, Arc<Bitset>>>,
    results: ResultCache<(SubsetKey, DirectoryQuery)>,
}

impl SearchIndex {
    /// Searches among the associations in `members`, answering repeated searches from the cache;
    /// `members` is asked only when the subset is not cached.
    pub fn search_within(&self, query: &DirectoryQuery, key: SubsetKey, members: impl FnOnce() -> HashSet<OrgId>) -> Arc<SearchResults> {
        let cache_key = (key, query.clone());
        if let Some(hit) = self.within.results.get(&cache_key) {
            return hit;
        }
        let subset = self.subset(key, members);
        let results = Arc::new(self.search_among(query, Some(&subset)));
        self.within.results.put(cache_key, &results);
        results
    }

    /// Searches among the associations in `members` without the caches (benchmarks, tests).
    pub fn search_within_uncached(&self, query: &DirectoryQuery, members: &HashSet<OrgId>) -> SearchResults {
        self.search_among(query, Some(&self.documents_of(members)))
    }

    fn subset(&self, key: SubsetKey, members: impl FnOnce() -> HashSet<OrgId>) -> Arc<Bitset> {
        if let Some(hit) = self.within.subsets.lock().ok().and_then(|s| s.get(&key).cloned()) {
            return hit;
        }
        let subset = Arc::new(self.documents_of(&members()));
        if let Ok(mut subsets) = self.within.subsets.lock() {
            if subsets.len() >= SUBSET_ENTRIES {
                subsets.clear();
            }
            subsets.insert(key, Arc::clone(&subset));
        }
        subset
    }

    fn documents_of(&self, members: &HashSet<OrgId>) -> Bitset {
        let mut set = Bitset::empty(self.docs.len());
        for doc in members.iter().filter_map(|id| self.doc_of(*id)) {
            set.insert(doc);
        }
        set
    }
}
