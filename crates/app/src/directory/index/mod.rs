//! The directory's in-memory search index: full text with German stemming and prefix
//! matching, facet filters and counts, sorting and paging. Pure; rebuilt from the store.
//!
//! Chosen over the databases' own full-text search by the directory benchmark
//! (docs/decisions/0001-directory-search-in-memory.md).

use std::collections::BTreeMap;
use std::sync::Arc;

use domain::category::Category;
use domain::directory_query::{DirectoryQuery, KnownKeys};
use domain::district::District;
use domain::ids::OrgId;
use domain::organisation::{Organisation, TargetGroup};
use domain::text::search_terms;

use super::bitset::Bitset;

mod facets;
mod labels;
mod listing;
mod postings;
mod ranking;
mod result_cache;
mod scratch;
mod subset;

mod build;

pub use build::IndexBuilder;
pub use listing::{Listing, Listings, ListingsFull, Page, Summary};
use postings::{LabelRun, LabelTerm, TermRange};
use result_cache::ResultCache;
pub use subset::SubsetKey;
use subset::WithinCache;

/// How much a term counts by where it occurs.
const WEIGHT_NAME: u16 = 1000;
const WEIGHT_SUMMARY: u16 = 30;
const WEIGHT_TEXT: u16 = 3;
/// Query terms shorter than this match exactly, longer ones also as prefix.
const MIN_PREFIX_LEN: usize = 3;

/// One document's entry in a term's list: 6 bytes (three `u16`s, so a list of them needs no
/// padding), the document number in two halves and the weight with "in the name" in its top
/// bit. Weights are capped at `MAX_WEIGHT` (a name word counts 1,000 and each further
/// occurrence one more; scoring capped them there before the postings did).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Posting {
    doc_low: u16,
    doc_high: u16,
    packed: u16,
}

/// The highest weight a posting keeps.
const MAX_WEIGHT: u16 = 0x7fff;

impl Posting {
    fn new(doc: u32, weight: u16, in_name: bool) -> Self {
        Posting { doc_low: doc as u16, doc_high: (doc >> 16) as u16, packed: (u16::from(in_name) << 15) | weight.min(MAX_WEIGHT) }
    }

    fn doc(self) -> u32 {
        u32::from(self.doc_low) | (u32::from(self.doc_high) << 16)
    }

    fn weight(self) -> u16 {
        self.packed & MAX_WEIGHT
    }

    fn in_name(self) -> bool {
        self.packed >> 15 == 1
    }

    /// "In the name" in the top bit, the weight below: ordered as ranking orders them.
    fn packed(self) -> u16 {
        self.packed
    }
}

/// Counts per facet value under the current search, for the filter panel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
///
/// The keys are the index's own (`Arc<str>`, shared by every result): a cached result page
/// keeps about forty of them, which were a `String` each.
pub struct FacetCounts {
    pub category: Vec<(Arc<str>, usize)>,
    pub target_group: Vec<(TargetGroup, usize)>,
    pub language: Vec<(Arc<str>, usize)>,
    pub district: Vec<(Arc<str>, usize)>,
    /// Counts for mso = true and mso = false.
    pub mso: [(bool, usize); 2],
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    pub total: usize,
    pub items: Page,
    pub facets: FacetCounts,
}

/// The index over all published organisations.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// The listings of all documents, by document number.
    docs: Arc<Listings>,
    /// Documents in slug order and in id order, for looking one up by binary search (a hash map
    /// would keep a second copy of every slug).
    by_slug: Vec<u32>,
    by_id: Vec<u32>,
    /// Sorted terms, each with its range in `postings`.
    terms: Vec<TermRange>,
    postings: Vec<Posting>,
    /// Sorted terms of the fields' labels and the districts' names, with the values that have
    /// them: found through the facet sets instead of a posting per document.
    labels: Vec<LabelTerm>,
    /// The documents of the label terms' runs, in rank order (see `labels.rs`).
    label_docs: Vec<u32>,
    category: BTreeMap<String, Bitset>,
    target_group: BTreeMap<TargetGroup, Bitset>,
    language: BTreeMap<String, Bitset>,
    district: BTreeMap<String, Bitset>,
    mso: [Bitset; 2],
    by_name: Vec<u32>,
    name_rank: Vec<u32>,
    by_updated: Vec<u32>,
    categories: Vec<Category>,
    districts: Vec<District>,
    /// Facet values of each document, as value ids (see `value_base`), flat with offsets.
    doc_values: Vec<u16>,
    doc_value_start: Vec<u32>,
    /// First value id of each facet: category, target group, language, district, mso; and the end.
    value_base: [usize; 6],
    /// Language codes in value-id order.
    language_keys: Vec<Arc<str>>,
    /// The fields' and districts' keys in their order, shared by the facet counts.
    category_keys: Vec<Arc<str>>,
    district_keys: Vec<Arc<str>>,
    /// Results of recent searches; valid as long as this index (it is never changed, only
    /// replaced), so popular searches are answered without recomputing.
    cache: ResultCache<DirectoryQuery>,
    /// Subsets and results of searches among them, by the subset's key (see `subset.rs`).
    within: WithinCache,
}

impl KnownKeys for SearchIndex {
    fn has_category(&self, key: &str) -> bool {
        self.categories.iter().any(|c| c.key == key)
    }
    fn has_district(&self, key: &str) -> bool {
        self.districts.iter().any(|d| d.key == key)
    }
}

impl SearchIndex {
    pub fn build(organisations: Vec<Organisation>, categories: Vec<Category>, districts: Vec<District>) -> Self {
        let mut builder = IndexBuilder::new(categories, districts);
        for org in organisations {
            builder.add(org);
        }
        builder.finish()
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    pub fn districts(&self) -> &[District] {
        &self.districts
    }

    /// Every published organisation, in index order.
    pub fn listings(&self) -> impl Iterator<Item = Listing> + '_ {
        (0..self.docs.len() as u32).filter_map(|doc| Listing::of(&self.docs, doc))
    }

    /// Every published association's slug and name, sorted by name (for choosing one).
    pub fn names(&self) -> Vec<(String, String)> {
        let mut names: Vec<(String, String)> =
            (0..self.docs.len() as u32).map(|d| (self.docs.slug(d).to_owned(), self.docs.name(d).to_owned())).collect();
        names.sort_by_key(|(_, name)| name.to_lowercase());
        names
    }

    pub fn by_id(&self, id: OrgId) -> Option<Listing> {
        self.doc_of(id).and_then(|doc| Listing::of(&self.docs, doc))
    }

    pub fn get(&self, slug: &str) -> Option<Listing> {
        let at = self.by_slug.binary_search_by(|d| self.docs.slug(*d).cmp(slug)).ok()?;
        Listing::of(&self.docs, self.by_slug[at])
    }

    /// The document number of an organisation.
    fn doc_of(&self, id: OrgId) -> Option<u32> {
        let at = self.by_id.binary_search_by(|d| self.docs.id(*d).cmp(&id)).ok()?;
        Some(self.by_id[at])
    }

    /// Searches, answering repeated searches from the cache.
    pub fn search(&self, query: &DirectoryQuery) -> Arc<SearchResults> {
        if let Some(hit) = self.cache.get(query) {
            return hit;
        }
        let results = Arc::new(self.search_uncached(query));
        self.cache.put(query.clone(), &results);
        results
    }

    /// Searches without the cache (benchmarks, tests).
    pub fn search_uncached(&self, query: &DirectoryQuery) -> SearchResults {
        self.search_among(query, None)
    }

    /// Searches among the documents of `subset` (all when `None`): total, page and facet
    /// counts are as if no others were indexed.
    fn search_among(&self, query: &DirectoryQuery, subset: Option<&Bitset>) -> SearchResults {
        let n = self.docs.len();
        let text = self.text_matches(&query.text);
        let base = match (&text, subset) {
            (Some(t), Some(s)) => {
                let mut base = t.set.clone();
                base.intersect_with(s);
                base
            }
            (Some(t), None) => t.set.clone(),
            (None, Some(s)) => s.clone(),
            (None, None) => Bitset::full(n),
        };
        let filters = self.filter_sets(query);

        // Visiting each match costs about as much as ten word operations per facet value, so the
        // sparse way pays off below roughly one match in sixty-four documents.
        let sparse = (text.is_some() || subset.is_some()) && base.count() <= n / 64;
        let facets = if sparse { self.facet_counts_sparse(&base, &filters) } else { self.facet_counts_dense(&base, &filters) };

        let mut matches = base;
        for f in filters.iter().flatten() {
            matches.intersect_with(f);
        }
        let total = matches.count();
        let page = self.page_of(query, text.as_ref(), &matches, total);
        let items = Page::of(&self.docs, page);
        SearchResults { total, items, facets }
    }

    /// Filter sets in facet order: category, target group, language, district, mso.
    /// A filter on a value nobody has yields an empty set.
    fn filter_sets(&self, query: &DirectoryQuery) -> [Option<Bitset>; 5] {
        let n = self.docs.len();
        let pick = |set: Option<&Bitset>| Some(set.cloned().unwrap_or_else(|| Bitset::empty(n)));
        [
            query.category.as_ref().and_then(|c| pick(self.category.get(c))),
            query.target_group.and_then(|g| pick(self.target_group.get(&g))),
            query.language.as_ref().and_then(|l| pick(self.language.get(l.as_str()))),
            query.district.as_ref().and_then(|d| pick(self.district.get(d))),
            query.mso.map(|m| self.mso[usize::from(!m)].clone()),
        ]
    }

    /// The documents that contain every search word (each word matching its terms by prefix).
    fn text_matches(&self, text: &str) -> Option<TextMatches> {
        let tokens = search_terms(text);
        if tokens.is_empty() {
            return None;
        }
        let n = self.docs.len();
        let mut set = Bitset::full(n);
        for token in &tokens {
            let mut token_set = Bitset::empty(n);
            for postings in self.terms_matching(token) {
                for p in postings {
                    token_set.insert(p.doc());
                }
            }
            for label in self.labels_matching(token) {
                for (value, _) in label.values.iter() {
                    if let Some(docs) = self.value_set(*value) {
                        token_set.union_with(docs);
                    }
                }
            }
            set.intersect_with(&token_set);
        }
        Some(TextMatches { tokens, set })
    }

    fn terms_matching<'a>(&'a self, term: &'a str) -> impl Iterator<Item = &'a [Posting]> + 'a {
        let start = self.terms.partition_point(|(t, _, _)| &**t < term);
        let prefix = term.chars().count() >= MIN_PREFIX_LEN;
        self.terms[start..]
            .iter()
            .take_while(move |(t, _, _)| if prefix { t.starts_with(term) } else { &**t == term })
            .filter_map(|(_, from, to)| self.postings.get(*from as usize..*to as usize))
    }

    /// The label terms matching a query term (as `terms_matching` does), each with its values.
    fn labels_matching<'a>(&'a self, term: &'a str) -> impl Iterator<Item = &'a LabelTerm> + 'a {
        let start = self.labels.partition_point(|l| &*l.term < term);
        let prefix = term.chars().count() >= MIN_PREFIX_LEN;
        self.labels[start..].iter().take_while(move |l| if prefix { l.term.starts_with(term) } else { &*l.term == term })
    }

    /// The weights of the runs of the label term `term`, best first (tests).
    #[cfg(test)]
    pub(crate) fn label_run_weights(&self, term: &str) -> Vec<u16> {
        self.labels.iter().filter(|l| &*l.term == term).flat_map(|l| l.runs.iter().map(|r| r.weight)).collect()
    }

    /// The documents of a label term's run.
    fn run_docs(&self, run: &LabelRun) -> &[u32] {
        self.label_docs.get(run.from as usize..run.to as usize).unwrap_or(&[])
    }

    /// The documents with a field or district value (labels are only on those two facets).
    fn value_set(&self, value: u16) -> Option<&Bitset> {
        let v = usize::from(value);
        if v < self.value_base[1] {
            self.category.get(&self.categories.get(v)?.key)
        } else if (self.value_base[3]..self.value_base[4]).contains(&v) {
            self.district.get(&self.districts.get(v - self.value_base[3])?.key)
        } else {
            None
        }
    }
}

struct TextMatches {
    tokens: Vec<String>,
    set: Bitset,
}

impl SearchIndex {
    /// Approximate bytes held by each part of the index (capacities and the strings behind
    /// them; not the allocator's own overhead per allocation), for the memory figures in
    /// docs/benchmarks.md (`cargo run --release -p knotenpunkt --example index_memory`).
    pub fn memory_report(&self) -> Vec<(&'static str, usize)> {
        use std::mem::size_of;
        let bitsets = |sets: &mut dyn Iterator<Item = &Bitset>| sets.map(|b| b.heap_bytes()).sum::<usize>();
        vec![
            ("listings (one text, offsets, records)", self.docs.heap_bytes()),
            ("postings", self.postings.capacity() * size_of::<Posting>()),
            ("terms", self.terms.capacity() * size_of::<TermRange>() + self.terms.iter().map(|(t, _, _)| t.len()).sum::<usize>()),
            (
                "label terms (fields, districts)",
                self.labels.capacity() * size_of::<LabelTerm>()
                    + self.labels.iter().map(|l| l.term.len() + l.values.len() * 4 + l.runs.len() * size_of::<LabelRun>()).sum::<usize>()
                    + self.label_docs.capacity() * 4,
            ),
            (
                "facet bitsets",
                bitsets(
                    &mut self
                        .category
                        .values()
                        .chain(self.target_group.values())
                        .chain(self.language.values())
                        .chain(self.district.values())
                        .chain(self.mso.iter()),
                ),
            ),
            ("facet values per document", self.doc_values.capacity() * 2 + self.doc_value_start.capacity() * 4),
            (
                "orders (by name, slug, id, update; name ranks)",
                (self.by_name.capacity()
                    + self.name_rank.capacity()
                    + self.by_updated.capacity()
                    + self.by_slug.capacity()
                    + self.by_id.capacity())
                    * 4,
            ),
        ]
    }
}

#[cfg(test)]
mod posting_tests {
    use super::{Posting, MAX_WEIGHT};

    #[test]
    fn a_posting_is_six_bytes_and_keeps_document_weight_and_name() {
        assert_eq!(std::mem::size_of::<Posting>(), 6);
        for doc in [0, 1, 0xffff, 0x1_0000, 0x1_2345, 100_000, u32::MAX] {
            for weight in [0, 1, 3, 30, 1000, 1003, MAX_WEIGHT] {
                for in_name in [false, true] {
                    let p = Posting::new(doc, weight, in_name);
                    assert_eq!((p.doc(), p.weight(), p.in_name()), (doc, weight, in_name), "{doc} {weight} {in_name}");
                }
            }
        }
        assert_eq!(Posting::new(7, u16::MAX, true).weight(), MAX_WEIGHT, "capped, not wrapped into the name bit");
        assert!(Posting::new(7, u16::MAX, false).in_name().eq(&false));
    }

    #[test]
    fn packed_postings_order_as_name_first_then_weight() {
        let pairs = [(false, 0), (false, 3), (false, 1000), (false, MAX_WEIGHT), (true, 0), (true, 3), (true, 1000), (true, MAX_WEIGHT)];
        for a in pairs {
            for b in pairs {
                let (pa, pb) = (Posting::new(1, a.1, a.0), Posting::new(2, b.1, b.0));
                assert_eq!(pa.packed().cmp(&pb.packed()), a.cmp(&b), "{a:?} {b:?}");
            }
        }
    }
}
