//! The caches of search results that live as long as an index: bounded by count and by bytes
//! (a result of the map's "everything" search holds a reference to each of 100,000 listings, a
//! page one to each of at most 100), emptied when either bound would be passed.

use std::collections::HashMap;
use std::hash::Hash;
use std::mem::size_of;
use std::sync::{Arc, Mutex, PoisonError};

use super::SearchResults;

/// How many distinct searches a cache holds before it starts over.
pub(super) const CACHE_ENTRIES: usize = 2048;
/// How many bytes of results (their lists and facet counts, not the listings they share with
/// the index) a cache holds before it starts over.
pub(super) const CACHE_BYTES: usize = 8 * 1024 * 1024;

impl SearchResults {
    /// Bytes this result holds of its own (the listings themselves belong to the index).
    pub fn heap_bytes(&self) -> usize {
        // The keys are the index's, shared: only the list's entries are this result's.
        let named = |values: &Vec<(Arc<str>, usize)>| values.capacity() * size_of::<(Arc<str>, usize)>();
        size_of::<SearchResults>()
            + self.items.heap_bytes()
            + named(&self.facets.category)
            + named(&self.facets.language)
            + named(&self.facets.district)
            + self.facets.target_group.capacity() * size_of::<(domain::organisation::TargetGroup, usize)>()
    }
}

#[derive(Debug)]
pub(super) struct ResultCache<K> {
    entries: Mutex<(HashMap<K, Arc<SearchResults>>, usize)>,
}

impl<K> Default for ResultCache<K> {
    fn default() -> Self {
        Self { entries: Mutex::new((HashMap::new(), 0)) }
    }
}

impl<K: Hash + Eq> ResultCache<K> {
    pub(super) fn get(&self, key: &K) -> Option<Arc<SearchResults>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).0.get(key).cloned()
    }

    /// Keeps `results`; a result bigger than the whole bound is not kept.
    pub(super) fn put(&self, key: K, results: &Arc<SearchResults>) {
        let bytes = results.heap_bytes();
        if bytes > CACHE_BYTES {
            return;
        }
        let mut guard = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let (entries, held) = &mut *guard;
        if entries.len() >= CACHE_ENTRIES || *held + bytes > CACHE_BYTES {
            entries.clear();
            *held = 0;
        }
        if let Some(old) = entries.insert(key, Arc::clone(results)) {
            *held -= old.heap_bytes();
        }
        *held += bytes;
    }

    /// Entries and bytes held.
    #[cfg(test)]
    pub(super) fn held(&self) -> (usize, usize) {
        let guard = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        (guard.0.len(), guard.1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{FacetCounts, Listings, Page};
    use super::*;

    fn results(items: usize) -> Arc<SearchResults> {
        let page = Page::of(&Arc::new(Listings::default()), Vec::with_capacity(items));
        Arc::new(SearchResults { total: items, items: page, facets: FacetCounts::default() })
    }

    #[test]
    fn the_cache_starts_over_before_passing_its_bound_in_bytes() {
        let cache = ResultCache::default();
        let big = CACHE_BYTES / size_of::<u32>() / 4;
        cache.put(1, &results(big));
        cache.put(2, &results(big));
        assert_eq!(cache.held().0, 2);
        assert!(cache.held().1 <= CACHE_BYTES);
        cache.put(3, &results(big));
        assert_eq!(cache.held().0, 3);
        cache.put(4, &results(big));
        assert_eq!(cache.held().0, 1, "the fourth would pass the bound: the others went");
        assert!(cache.get(&4).is_some() && cache.get(&1).is_none());
    }

    #[test]
    fn a_result_bigger_than_the_bound_is_answered_but_not_kept() {
        let cache = ResultCache::default();
        cache.put(1, &results(10));
        cache.put(2, &results(CACHE_BYTES / size_of::<u32>() + 1));
        assert!(cache.get(&2).is_none());
        assert!(cache.get(&1).is_some(), "the others stay");
    }

    #[test]
    fn the_cache_starts_over_at_its_count() {
        let cache = ResultCache::default();
        for key in 0..CACHE_ENTRIES {
            cache.put(key, &results(0));
        }
        assert_eq!(cache.held().0, CACHE_ENTRIES);
        cache.put(CACHE_ENTRIES, &results(0));
        assert_eq!(cache.held().0, 1);
        let (_, bytes) = cache.held();
        assert_eq!(bytes, results(0).heap_bytes(), "the bytes are counted anew");
    }
}
