//! Facet counts for the filter panel: by intersecting bitsets, or, when few documents
//! match, by visiting each of them once. Both give "disjunctive" counts: for each facet,
//! the matches under every other filter.

use std::collections::BTreeMap;
use std::sync::Arc;

use domain::organisation::TargetGroup;

#[cfg(test)]
use domain::directory_query::DirectoryQuery;

use super::{FacetCounts, SearchIndex};
use crate::directory::bitset::Bitset;

impl SearchIndex {
    /// The facet counts over every listed association (the directory's filters with nothing
    /// chosen): the office's reports count by field, language, district and MSO with them.
    pub fn facets_of_all(&self) -> FacetCounts {
        const NONE: Option<Bitset> = None;
        self.facet_counts_dense(&Bitset::full(self.len()), &[NONE; 5])
    }

    /// Both ways of counting facets for a query, for tests that they agree.
    #[cfg(test)]
    pub(crate) fn facets_both_ways(&self, query: &DirectoryQuery) -> (FacetCounts, FacetCounts) {
        let base = self.text_matches(&query.text).map_or_else(|| Bitset::full(self.docs.len()), |t| t.set);
        let filters = self.filter_sets(query);
        (self.facet_counts_dense(&base, &filters), self.facet_counts_sparse(&base, &filters))
    }

    /// Facet counts by intersecting bitsets: for each facet, the matches under every other
    /// filter ("disjunctive" counts: what choosing this value instead would give).
    pub(super) fn facet_counts_dense(&self, base: &Bitset, filters: &[Option<Bitset>; 5]) -> FacetCounts {
        let facet_base = |skip: usize| {
            let mut set = base.clone();
            for (i, f) in filters.iter().enumerate() {
                if i != skip {
                    if let Some(f) = f {
                        set.intersect_with(f);
                    }
                }
            }
            set
        };
        let mut facets = FacetCounts::default();
        let b = facet_base(0);
        facets.category = counts_by_key(&self.category_keys, &self.category, &b);
        let b = facet_base(1);
        facets.target_group = self.target_group.iter().map(|(g, s)| (*g, s.count_and(&b))).collect();
        let b = facet_base(2);
        let mut languages = counts_by_key(&self.language_keys, &self.language, &b);
        languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        facets.language = languages;
        let b = facet_base(3);
        facets.district = counts_by_key(&self.district_keys, &self.district, &b);
        let b = facet_base(4);
        facets.mso = [(true, self.mso[0].count_and(&b)), (false, self.mso[1].count_and(&b))];
        facets
    }

    /// The same counts by visiting each matching document once; faster when few match.
    pub(super) fn facet_counts_sparse(&self, base: &Bitset, filters: &[Option<Bitset>; 5]) -> FacetCounts {
        let mut counts = vec![0usize; self.value_base[5]];
        for doc in base.iter() {
            let mut failed = None;
            let mut failures = 0;
            for (i, f) in filters.iter().enumerate() {
                if f.as_ref().is_some_and(|f| !f.contains(doc)) {
                    failures += 1;
                    failed = Some(i);
                }
            }
            if failures > 1 {
                continue;
            }
            let (from, to) = (self.doc_value_start[doc as usize] as usize, self.doc_value_start[doc as usize + 1] as usize);
            for &v in &self.doc_values[from..to] {
                let v = usize::from(v);
                let facet = self.value_base[1..].iter().position(|b| v < *b).unwrap_or(4);
                if failed.is_none_or(|f| f == facet) {
                    counts[v] += 1;
                }
            }
        }
        let at = |facet: usize, i: usize| counts.get(self.value_base[facet] + i).copied().unwrap_or(0);
        let mut languages: Vec<(Arc<str>, usize)> = self.language_keys.iter().enumerate().map(|(i, l)| (Arc::clone(l), at(2, i))).collect();
        languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        FacetCounts {
            category: self.category_keys.iter().enumerate().map(|(i, c)| (Arc::clone(c), at(0, i))).collect(),
            target_group: TargetGroup::ALL.iter().enumerate().map(|(i, g)| (*g, at(1, i))).collect(),
            language: languages,
            district: self.district_keys.iter().enumerate().map(|(i, d)| (Arc::clone(d), at(3, i))).collect(),
            mso: [(true, at(4, 0)), (false, at(4, 1))],
        }
    }
}

/// For each key in its order, the documents of `base` that carry it (keys without a set are
/// left out, as a value no listed association has).
fn counts_by_key(keys: &[Arc<str>], sets: &BTreeMap<String, Bitset>, base: &Bitset) -> Vec<(Arc<str>, usize)> {
    keys.iter().filter_map(|key| Some((Arc::clone(key), sets.get(&**key)?.count_and(base)))).collect()
}
