//! The directory's in-memory search index: full text with German stemming and prefix
//! matching, facet filters and counts, sorting and paging. Pure; rebuilt from the store.
//!
//! Chosen over the databases' own full-text search by the directory benchmark
//! (docs/decisions/0001-directory-search-in-memory.md).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use domain::category::Category;
use domain::directory_query::{DirectoryQuery, KnownKeys};
use domain::district::District;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::localized::LocalizedText;
use domain::logo::LogoHash;
use domain::organisation::{LegalForm, Organisation, TargetGroup};
use domain::slug::Slug;
use domain::text::{fold_diacritics, search_terms};

use super::bitset::Bitset;

mod facets;
mod postings;
mod ranking;
mod subset;

use postings::{invert, Entry, TermCache, TermRange};
pub use subset::SubsetKey;
use subset::WithinCache;

/// How much a term counts by where it occurs.
const WEIGHT_NAME: u16 = 1000;
const WEIGHT_SUMMARY: u16 = 30;
const WEIGHT_TEXT: u16 = 3;
/// Query terms shorter than this match exactly, longer ones also as prefix.
const MIN_PREFIX_LEN: usize = 3;

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    weight: u16,
    in_name: bool,
}

/// Counts per facet value under the current search, for the filter panel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub category: Vec<(String, usize)>,
    pub target_group: Vec<(TargetGroup, usize)>,
    pub language: Vec<(String, usize)>,
    pub district: Vec<(String, usize)>,
    /// Counts for mso = true and mso = false.
    pub mso: [(bool, usize); 2],
}

/// What a result list shows of an organisation; the full profile stays in the database.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub id: OrgId,
    pub slug: Slug,
    pub name: String,
    pub summary: LocalizedText,
    pub categories: Vec<String>,
    pub languages: Vec<LanguageCode>,
    pub district: Option<String>,
    pub position: Option<GeoPoint>,
    pub mso: bool,
    /// For the reports' counts by type.
    pub legal_form: LegalForm,
    pub logo: Option<LogoHash>,
    pub updated_at: String,
}

impl Listing {
    fn of(org: Organisation) -> Self {
        let p = org.profile;
        Listing {
            id: org.id,
            slug: org.slug,
            name: p.name,
            summary: p.summary,
            categories: p.categories,
            languages: p.languages,
            district: p.district,
            position: p.position,
            mso: p.mso,
            legal_form: p.legal_form,
            logo: p.logo,
            updated_at: org.updated_at,
        }
    }
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    pub total: usize,
    pub items: Vec<Arc<Listing>>,
    pub facets: FacetCounts,
}

/// The index over all published organisations.
#[derive(Debug, Default)]
pub struct SearchIndex {
    docs: Vec<Arc<Listing>>,
    by_slug: HashMap<String, u32>,
    by_id: HashMap<OrgId, u32>,
    /// Sorted terms, each with its range in `postings`.
    terms: Vec<TermRange>,
    postings: Vec<Posting>,
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
    language_keys: Vec<String>,
    /// Results of recent searches; valid as long as this index (it is never changed, only
    /// replaced), so popular searches are answered without recomputing.
    cache: Mutex<HashMap<DirectoryQuery, Arc<SearchResults>>>,
    /// Subsets and results of searches among them, by the subset's key (see `subset.rs`).
    within: WithinCache,
}

/// How many distinct searches the result cache holds before it starts over.
const CACHE_ENTRIES: usize = 2048;

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
        let n = organisations.len();
        let mut docs: Vec<Arc<Listing>> = Vec::with_capacity(n);
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut category: BTreeMap<String, Bitset> = categories.iter().map(|c| (c.key.clone(), Bitset::empty(n))).collect();
        let mut target_group: BTreeMap<TargetGroup, Bitset> = TargetGroup::ALL.iter().map(|g| (*g, Bitset::empty(n))).collect();
        let mut language: BTreeMap<String, Bitset> = BTreeMap::new();
        let mut district: BTreeMap<String, Bitset> = districts.iter().map(|d| (d.key.clone(), Bitset::empty(n))).collect();
        let mut mso = [Bitset::empty(n), Bitset::empty(n)];
        let mut by_slug = HashMap::with_capacity(n);
        let mut by_id = HashMap::with_capacity(n);
        let mut stems = TermCache::default();
        let language_keys: Vec<String> = organisations
            .iter()
            .flat_map(|o| o.profile.languages.iter().map(|l| l.as_str().to_owned()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let value_base = {
            let c = categories.len();
            let g = c + TargetGroup::ALL.len();
            let l = g + language_keys.len();
            let d = l + districts.len();
            [0, c, g, l, d, d + 2]
        };
        let mut doc_values: Vec<u16> = Vec::with_capacity(n * 8);
        let mut doc_value_start: Vec<u32> = Vec::with_capacity(n + 1);

        for (i, org) in organisations.into_iter().enumerate() {
            let doc = i as u32;
            by_slug.insert(org.slug.as_str().to_owned(), doc);
            by_id.insert(org.id, doc);
            let p = &org.profile;
            let mut add = |text: &str, weight: u16, in_name: bool| {
                for term in stems.terms(text) {
                    let next = term_ids.len() as u32;
                    let term = *term_ids.entry(term).or_insert(next);
                    entries.push(Entry { term, doc, weight, in_name });
                }
            };
            add(&p.name, WEIGHT_NAME, true);
            if let Some(short) = &p.short_name {
                add(short, WEIGHT_NAME, true);
            }
            for (_, text) in p.summary.iter() {
                add(text, WEIGHT_SUMMARY, false);
            }
            for (_, text) in p.description.iter() {
                add(text, WEIGHT_TEXT, false);
            }
            for origin in &p.origins {
                add(origin, WEIGHT_SUMMARY, false);
            }
            for key in &p.categories {
                if let Some(cat) = categories.iter().find(|c| &c.key == key) {
                    for (_, label) in cat.labels.iter() {
                        add(label, WEIGHT_TEXT, false);
                    }
                }
                if let Some(set) = category.get_mut(key) {
                    set.insert(doc);
                }
            }
            if let Some(d) = p.district.as_deref() {
                if let Some(dist) = districts.iter().find(|x| x.key == d) {
                    add(&dist.name, WEIGHT_TEXT, false);
                }
                if let Some(set) = district.get_mut(d) {
                    set.insert(doc);
                }
            }
            for group in &p.target_groups {
                if let Some(set) = target_group.get_mut(group) {
                    set.insert(doc);
                }
            }
            for lang in &p.languages {
                language.entry(lang.as_str().to_owned()).or_insert_with(|| Bitset::empty(n)).insert(doc);
            }
            mso[usize::from(!p.mso)].insert(doc);
            let start = doc_values.len();
            doc_value_start.push(start as u32);
            let mut value = |v: usize| doc_values.push(v as u16);
            for key in &p.categories {
                if let Some(i) = categories.iter().position(|c| &c.key == key) {
                    value(value_base[0] + i);
                }
            }
            for group in &p.target_groups {
                if let Some(i) = TargetGroup::ALL.iter().position(|g| g == group) {
                    value(value_base[1] + i);
                }
            }
            for lang in &p.languages {
                if let Ok(i) = language_keys.binary_search_by(|k| k.as_str().cmp(lang.as_str())) {
                    value(value_base[2] + i);
                }
            }
            if let Some(i) = p.district.as_deref().and_then(|d| districts.iter().position(|x| x.key == d)) {
                value(value_base[3] + i);
            }
            value(value_base[4] + usize::from(!p.mso));
            let mut own: Vec<u16> = doc_values.split_off(start);
            own.sort_unstable();
            own.dedup();
            doc_values.extend(own);
            docs.push(Arc::new(Listing::of(org)));
        }

        doc_value_start.push(doc_values.len() as u32);
        let sort_names: Vec<String> = docs.iter().map(|d| fold_diacritics(&d.name.to_lowercase())).collect();
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        by_name.sort_by(|a, b| sort_names[*a as usize].cmp(&sort_names[*b as usize]));
        let mut name_rank = vec![0u32; n];
        for (rank, doc) in by_name.iter().enumerate() {
            name_rank[*doc as usize] = rank as u32;
        }
        let (terms, postings) = invert(term_ids, entries, &name_rank);

        let mut by_updated: Vec<u32> = (0..n as u32).collect();
        by_updated.sort_by(|a, b| {
            docs[*b as usize].updated_at.cmp(&docs[*a as usize].updated_at).then(name_rank[*a as usize].cmp(&name_rank[*b as usize]))
        });

        Self {
            docs,
            by_slug,
            by_id,
            terms,
            postings,
            category,
            target_group,
            language,
            district,
            mso,
            by_name,
            name_rank,
            by_updated,
            categories,
            districts,
            doc_values,
            doc_value_start,
            value_base,
            language_keys,
            cache: Mutex::new(HashMap::new()),
            within: WithinCache::default(),
        }
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
    pub fn listings(&self) -> &[Arc<Listing>] {
        &self.docs
    }

    /// Every published association's slug and name, sorted by name (for choosing one).
    pub fn names(&self) -> Vec<(String, String)> {
        let mut names: Vec<(String, String)> = self.docs.iter().map(|d| (d.slug.to_string(), d.name.clone())).collect();
        names.sort_by_key(|(_, name)| name.to_lowercase());
        names
    }

    pub fn by_id(&self, id: OrgId) -> Option<Arc<Listing>> {
        self.by_id.get(&id).and_then(|i| self.docs.get(*i as usize)).cloned()
    }

    pub fn get(&self, slug: &str) -> Option<Arc<Listing>> {
        self.by_slug.get(slug).and_then(|i| self.docs.get(*i as usize)).cloned()
    }

    /// Searches, answering repeated searches from the cache.
    pub fn search(&self, query: &DirectoryQuery) -> Arc<SearchResults> {
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(query).cloned()) {
            return hit;
        }
        let results = Arc::new(self.search_uncached(query));
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_ENTRIES {
                cache.clear();
            }
            cache.insert(query.clone(), Arc::clone(&results));
        }
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
        let items = page.into_iter().filter_map(|d| self.docs.get(d as usize).cloned()).collect();
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
                    token_set.insert(p.doc);
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
}

struct TextMatches {
    tokens: Vec<String>,
    set: Bitset,
}
