//! Building the inverted index: each distinct word stemmed once and its terms numbered, one
//! posting per term and document collected per term while the documents arrive, then the terms
//! sorted and the lists laid out flat.

use std::collections::HashMap;

use domain::text::search_terms;

use super::Posting;

/// A term and the range of its postings.
pub(super) type TermRange = (Box<str>, u32, u32);

/// A term of the field labels or district names, with the facet values (value ids, see
/// `SearchIndex::value_base`) whose label or name has it and how often. Every association of a
/// field would otherwise hold a posting for each term of the field's labels in seven languages
/// (two thirds of all postings at 100,000 associations); instead a search reads the facet's
/// document set, and the weight such a posting would have had is worked out from the counts.
///
/// The documents that have the term this way are also laid out in rank order at build (`runs`,
/// see `labels.rs`), so that a one-word search walks them like a term's postings.
#[derive(Debug)]
pub(super) struct LabelTerm {
    pub(super) term: Box<str>,
    pub(super) values: Box<[(u16, u16)]>,
    pub(super) runs: Box<[LabelRun]>,
}

/// Documents `from..to` of `SearchIndex::label_docs`, in name order, all with the same weight.
#[derive(Debug, Clone, Copy)]
pub(super) struct LabelRun {
    pub(super) from: u32,
    pub(super) to: u32,
    pub(super) weight: u16,
}

/// Numbers the terms and remembers the terms of each word seen, so that each distinct word is
/// stemmed once and each occurrence costs one lookup, without allocating.
#[derive(Default)]
pub(super) struct TermTable {
    ids: HashMap<String, u32>,
    words: HashMap<String, Box<[u32]>>,
}

impl TermTable {
    /// Appends the term ids of `text` (split at white space, each word into its search terms).
    pub(super) fn terms_of(&mut self, text: &str, out: &mut Vec<u32>) {
        for word in text.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
            match self.words.get(word) {
                Some(ids) => out.extend_from_slice(ids),
                None => {
                    let ids: Box<[u32]> = search_terms(word).into_iter().map(|term| self.id(term)).collect();
                    out.extend_from_slice(&ids);
                    self.words.insert(word.to_owned(), ids);
                }
            }
        }
    }

    fn id(&mut self, term: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(term).or_insert(next)
    }
}

/// One occurrence of a term in the document being added.
#[derive(Clone, Copy)]
pub(super) struct Occurrence {
    pub(super) term: u32,
    pub(super) weight: u16,
    pub(super) in_name: bool,
    /// From the labels of the document's fields or its district's name, not its own text.
    pub(super) label: bool,
}

/// Postings of all documents in the order they were added, each with its term id: one flat
/// vector, which the allocator keeps apart from the small allocations of the listings and gives
/// back whole when the index is finished (per-term vectors growing side by side left their old
/// buffers as holes between the listings, and the heap could not shrink).
#[derive(Default)]
pub(super) struct Lists {
    entries: Vec<(u32, Posting)>,
    /// Keep postings of terms that a document has only from labels (the layout before
    /// `LabelTerm`; tests compare both).
    pub(super) label_postings: bool,
}

impl Lists {
    /// Adds the occurrences of one document: one posting per term, with the highest weight plus
    /// one for each further occurrence (the sum does not depend on the order of occurrences).
    /// A term the document has only from labels gets no posting (see [`LabelTerm`]); one it
    /// also has in its own text counts the labels' occurrences as before.
    pub(super) fn add(&mut self, doc: u32, occurrences: &mut [Occurrence]) {
        occurrences.sort_unstable_by_key(|o| o.term);
        for run in occurrences.chunk_by(|a, b| a.term == b.term) {
            if !self.label_postings && run.iter().all(|o| o.label) {
                continue;
            }
            let highest = run.iter().map(|o| o.weight).max().unwrap_or(0);
            let weight = highest.saturating_add(u16::try_from(run.len() - 1).unwrap_or(u16::MAX));
            let in_name = run.iter().any(|o| o.in_name);
            self.entries.push((run[0].term, Posting::new(doc, weight, in_name)));
        }
    }

    /// Sorted terms with their ranges in one flat posting list (placed by counting, in linear
    /// time). Each term's postings are stored best first: in the name, then by weight, then in
    /// name order (`name_rank`), which lets one-word searches stop after the first page.
    ///
    /// `label_values` gives, by term id, the facet values whose labels have the term and how
    /// often; those terms are returned as [`LabelTerm`]s, in term order.
    pub(super) fn finish(
        self,
        terms: TermTable,
        name_rank: &[u32],
        label_values: &HashMap<u32, Vec<(u16, u16)>>,
    ) -> (Vec<TermRange>, Vec<Posting>, Vec<LabelTerm>) {
        drop(terms.words);
        let mut names: Vec<(Box<str>, u32)> = terms.ids.into_iter().map(|(t, id)| (t.into_boxed_str(), id)).collect();
        names.sort_unstable();
        let labels: Vec<LabelTerm> = if self.label_postings {
            Vec::new()
        } else {
            names
                .iter()
                .filter_map(|(name, id)| {
                    let values = label_values.get(id)?.clone().into_boxed_slice();
                    Some(LabelTerm { term: name.clone(), values, runs: Box::default() })
                })
                .collect()
        };
        let mut counts = vec![0u32; names.len()];
        for (term, _) in &self.entries {
            counts[*term as usize] += 1;
        }
        // Where each term's postings start, terms in name order; unused terms (a category's
        // label nobody's field has) get no range.
        let mut start = vec![0u32; names.len()];
        let mut ranges: Vec<TermRange> = Vec::with_capacity(names.len());
        let mut at = 0u32;
        for (name, id) in names {
            let count = counts[id as usize];
            if count > 0 {
                start[id as usize] = at;
                ranges.push((name, at, at + count));
                at += count;
            }
        }
        drop(counts);
        let mut postings = vec![Posting::new(0, 0, false); at as usize];
        for (term, posting) in self.entries {
            let slot = &mut start[term as usize];
            postings[*slot as usize] = posting;
            *slot += 1;
        }
        for (_, from, to) in &ranges {
            if let Some(list) = postings.get_mut(*from as usize..*to as usize) {
                list.sort_unstable_by_key(|p| (std::cmp::Reverse(p.packed()), name_rank.get(p.doc() as usize).copied()));
            }
        }
        (ranges, postings, labels)
    }
}
