//! Building the index one organisation at a time, so that the store can hand them over while it
//! reads them: only what the index keeps (the listing, postings, facet values) stays behind, the
//! full profile of each is dropped at once.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use domain::category::Category;
use domain::district::District;
use domain::organisation::{Organisation, TargetGroup};
use domain::text::fold_diacritics;

use super::labels::{self, DocValues};
use super::postings::{Lists, Occurrence, TermTable};
use super::subset::WithinCache;
use super::{Listings, SearchIndex, WEIGHT_NAME, WEIGHT_SUMMARY, WEIGHT_TEXT};
use crate::directory::bitset::Bitset;

/// Collects the organisations of a new index; [`IndexBuilder::finish`] makes the index.
pub struct IndexBuilder {
    categories: Vec<Category>,
    districts: Vec<District>,
    /// Term ids of each category's labels and of each district's name, found once: every
    /// association in a field repeats them.
    category_terms: Vec<Vec<u32>>,
    district_terms: Vec<Vec<u32>>,
    terms: TermTable,
    lists: Lists,
    /// The occurrences of the document being added, and the term ids of one text (reused).
    occurrences: Vec<Occurrence>,
    scratch: Vec<u32>,
    docs: Listings,
    /// When each document was last changed: orders the index by update, then goes (no list
    /// shows it, so the listings do not keep it).
    updated: Vec<Box<str>>,
    /// Facet values of each document while building: categories, target groups, districts and
    /// mso as in the index; languages after them, numbered in order of first appearance
    /// (`languages`), renumbered in `finish` once all languages are known.
    doc_values: Vec<u16>,
    doc_value_start: Vec<u32>,
    languages: HashMap<String, u16>,
}

impl IndexBuilder {
    pub fn new(categories: Vec<Category>, districts: Vec<District>) -> Self {
        let mut terms = TermTable::default();
        let category_terms = categories
            .iter()
            .map(|c| {
                let mut ids = Vec::new();
                for (_, label) in c.labels.iter() {
                    terms.terms_of(label, &mut ids);
                }
                ids
            })
            .collect();
        let district_terms = districts
            .iter()
            .map(|d| {
                let mut ids = Vec::new();
                terms.terms_of(&d.name, &mut ids);
                ids
            })
            .collect();
        Self {
            categories,
            districts,
            category_terms,
            district_terms,
            terms,
            lists: Lists::default(),
            occurrences: Vec::new(),
            scratch: Vec::new(),
            docs: Listings::default(),
            updated: Vec::new(),
            doc_values: Vec::new(),
            doc_value_start: Vec::new(),
            languages: HashMap::new(),
        }
    }

    /// Builds the layout before [`super::postings::LabelTerm`]: a posting for every term of the
    /// labels of each document's fields and of its district's name (tests compare both).
    #[cfg(test)]
    pub(crate) fn with_label_postings(mut self) -> Self {
        self.lists.label_postings = true;
        self
    }

    /// First value of the provisional language numbers.
    fn language_base(&self) -> usize {
        self.categories.len() + TargetGroup::ALL.len() + self.districts.len() + 2
    }

    fn text(&mut self, text: &str, weight: u16, in_name: bool) {
        self.scratch.clear();
        self.terms.terms_of(text, &mut self.scratch);
        self.occurrences.extend(self.scratch.iter().map(|&term| Occurrence { term, weight, in_name, label: false }));
    }

    fn known(&mut self, ids: &[u32]) {
        self.occurrences.extend(ids.iter().map(|&term| Occurrence { term, weight: WEIGHT_TEXT, in_name: false, label: true }));
    }

    /// Adds the next organisation (documents are numbered in the order they are added).
    pub fn add(&mut self, mut org: Organisation) {
        let doc = self.docs.len() as u32;
        if let Err(full) = self.docs.push(&org) {
            tracing::error!(organisation = %org.id, "{full}: not in the directory's index");
            return;
        }
        let p = &org.profile;
        self.occurrences.clear();
        self.text(&p.name, WEIGHT_NAME, true);
        if let Some(short) = &p.short_name {
            self.text(short, WEIGHT_NAME, true);
        }
        for (_, text) in p.summary.iter() {
            self.text(text, WEIGHT_SUMMARY, false);
        }
        for (_, text) in p.description.iter() {
            self.text(text, WEIGHT_TEXT, false);
        }
        for origin in &p.origins {
            self.text(origin, WEIGHT_SUMMARY, false);
        }
        let start = self.doc_values.len();
        self.doc_value_start.push(start as u32);
        let (c, g) = (self.categories.len(), self.categories.len() + TargetGroup::ALL.len());
        for key in &p.categories {
            if let Some(i) = self.categories.iter().position(|c| &c.key == key) {
                let ids = std::mem::take(&mut self.category_terms[i]);
                self.known(&ids);
                self.category_terms[i] = ids;
                self.doc_values.push(i as u16);
            }
        }
        if let Some(i) = p.district.as_deref().and_then(|d| self.districts.iter().position(|x| x.key == d)) {
            let ids = std::mem::take(&mut self.district_terms[i]);
            self.known(&ids);
            self.district_terms[i] = ids;
            self.doc_values.push((g + i) as u16);
        }
        for group in &p.target_groups {
            if let Some(i) = TargetGroup::ALL.iter().position(|x| x == group) {
                self.doc_values.push((c + i) as u16);
            }
        }
        self.doc_values.push((g + self.districts.len() + usize::from(!p.mso)) as u16);
        let base = self.language_base();
        for lang in &p.languages {
            let next = self.languages.len() as u16;
            let provisional = *self.languages.entry(lang.as_str().to_owned()).or_insert(next);
            self.doc_values.push((base + usize::from(provisional)) as u16);
        }
        self.lists.add(doc, &mut self.occurrences);
        self.updated.push(std::mem::take(&mut org.updated_at).into_boxed_str());
    }

    pub fn finish(mut self) -> SearchIndex {
        let n = self.docs.len();
        self.doc_value_start.push(self.doc_values.len() as u32);

        // Languages in code order, between target groups and districts as the facets expect.
        let mut language_keys: Vec<String> = self.languages.keys().cloned().collect();
        language_keys.sort_unstable();
        let mut final_language = vec![0u16; self.languages.len()];
        for (rank, key) in language_keys.iter().enumerate() {
            if let Some(provisional) = self.languages.get(key) {
                final_language[usize::from(*provisional)] = rank as u16;
            }
        }
        let (c, g) = (self.categories.len(), self.categories.len() + TargetGroup::ALL.len());
        let l = g + language_keys.len();
        let d = l + self.districts.len();
        let value_base = [0, c, g, l, d, d + 2];
        let provisional_base = self.language_base();
        for v in &mut self.doc_values {
            let old = usize::from(*v);
            let new = if old < g {
                old
            } else if old < provisional_base {
                old + language_keys.len()
            } else {
                g + usize::from(final_language[old - provisional_base])
            };
            *v = new as u16;
        }
        // Each document's values sorted; duplicates (a category or language named twice) go, as they would from a set.
        let mut doc_values: Vec<u16> = Vec::with_capacity(self.doc_values.len());
        let mut doc_value_start: Vec<u32> = Vec::with_capacity(n + 1);
        for doc in 0..n {
            let (from, to) = (self.doc_value_start[doc] as usize, self.doc_value_start[doc + 1] as usize);
            doc_value_start.push(doc_values.len() as u32);
            let mut own = self.doc_values[from..to].to_vec();
            own.sort_unstable();
            own.dedup();
            doc_values.extend(own);
        }
        doc_value_start.push(doc_values.len() as u32);
        drop(std::mem::take(&mut self.doc_values));

        // Facet sets from the values.
        let mut category: Vec<Bitset> = (0..c).map(|_| Bitset::empty(n)).collect();
        let mut target_group: Vec<Bitset> = TargetGroup::ALL.iter().map(|_| Bitset::empty(n)).collect();
        let mut language: Vec<Bitset> = language_keys.iter().map(|_| Bitset::empty(n)).collect();
        let mut district: Vec<Bitset> = self.districts.iter().map(|_| Bitset::empty(n)).collect();
        let mut mso = [Bitset::empty(n), Bitset::empty(n)];
        for doc in 0..n {
            for &v in &doc_values[doc_value_start[doc] as usize..doc_value_start[doc + 1] as usize] {
                let v = usize::from(v);
                let set = if v < c {
                    &mut category[v]
                } else if v < g {
                    &mut target_group[v - c]
                } else if v < l {
                    &mut language[v - g]
                } else if v < d {
                    &mut district[v - l]
                } else {
                    &mut mso[(v - d).min(1)]
                };
                set.insert(doc as u32);
            }
        }
        let category: BTreeMap<String, Bitset> = self.categories.iter().map(|c| c.key.clone()).zip(category).collect();
        let target_group: BTreeMap<TargetGroup, Bitset> = TargetGroup::ALL.iter().copied().zip(target_group).collect();
        let language: BTreeMap<String, Bitset> = language_keys.iter().cloned().zip(language).collect();
        let district: BTreeMap<String, Bitset> = self.districts.iter().map(|d| d.key.clone()).zip(district).collect();

        let category_keys = self.categories.iter().map(|c| Arc::from(c.key.as_str())).collect();
        let district_keys = self.districts.iter().map(|d| Arc::from(d.key.as_str())).collect();
        let mut docs = self.docs;
        docs.shrink_to_fit();
        let sort_names: Vec<String> = (0..n as u32).map(|d| fold_diacritics(&docs.name(d).to_lowercase())).collect();
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        by_name.sort_by(|a, b| sort_names[*a as usize].cmp(&sort_names[*b as usize]));
        drop(sort_names);
        let mut name_rank = vec![0u32; n];
        for (rank, doc) in by_name.iter().enumerate() {
            name_rank[*doc as usize] = rank as u32;
        }
        // The terms of the fields' labels and the districts' names, by the values that have them.
        let mut label_values: HashMap<u32, Vec<(u16, u16)>> = HashMap::new();
        let labelled = self.category_terms.iter().enumerate().chain(self.district_terms.iter().enumerate().map(|(i, ids)| (l + i, ids)));
        for (value, ids) in labelled {
            let mut ids = ids.clone();
            ids.sort_unstable();
            for run in ids.chunk_by(|a, b| a == b) {
                let count = u16::try_from(run.len()).unwrap_or(u16::MAX);
                label_values.entry(run[0]).or_default().push((value as u16, count));
            }
        }
        let (terms, postings, mut labels) = self.lists.finish(self.terms, &name_rank, &label_values);
        drop(label_values);
        let label_docs = labels::lay_out(
            &mut labels,
            value_base[5],
            |v| v < c || (l..d).contains(&v),
            &DocValues { values: &doc_values, start: &doc_value_start },
            &by_name,
            &name_rank,
        );

        let mut by_updated: Vec<u32> = (0..n as u32).collect();
        by_updated.sort_by(|a, b| {
            self.updated[*b as usize].cmp(&self.updated[*a as usize]).then(name_rank[*a as usize].cmp(&name_rank[*b as usize]))
        });
        drop(self.updated);
        let mut by_slug: Vec<u32> = (0..n as u32).collect();
        by_slug.sort_by(|a, b| docs.slug(*a).cmp(docs.slug(*b)));
        let mut by_id: Vec<u32> = (0..n as u32).collect();
        by_id.sort_by_key(|d| docs.id(*d));

        SearchIndex {
            docs: Arc::new(docs),
            by_slug,
            by_id,
            terms,
            postings,
            labels,
            label_docs,
            category,
            target_group,
            language,
            district,
            mso,
            by_name,
            name_rank,
            by_updated,
            categories: self.categories,
            districts: self.districts,
            doc_values,
            doc_value_start,
            value_base,
            language_keys: language_keys.iter().map(|k| Arc::from(k.as_str())).collect(),
            category_keys,
            district_keys,
            cache: Default::default(),
            within: WithinCache::default(),
        }
    }
}
