//! Building the inverted index: term occurrences into sorted terms and flat posting lists,
//! with each distinct word stemmed once.

use std::collections::HashMap;

use domain::text::search_terms;

use super::Posting;

/// A term and the range of its postings.
pub(super) type TermRange = (Box<str>, u32, u32);

/// One occurrence of a term in a document, while building.
pub(super) struct Entry {
    pub(super) term: u32,
    pub(super) doc: u32,
    pub(super) weight: u16,
    pub(super) in_name: bool,
}

/// Turns term occurrences into sorted terms and one flat posting list, one posting per term
/// and document (highest weight, plus one for each further occurrence).
/// Each term's postings are stored best first: in the name, then by weight, then in name
/// order (`name_rank`), which lets one-word searches stop after the first page.
pub(super) fn invert(term_ids: HashMap<String, u32>, mut entries: Vec<Entry>, name_rank: &[u32]) -> (Vec<TermRange>, Vec<Posting>) {
    let mut names: Vec<(Box<str>, u32)> = term_ids.into_iter().map(|(t, id)| (t.into_boxed_str(), id)).collect();
    names.sort_unstable();
    let mut rank = vec![0u32; names.len()];
    for (position, (_, id)) in names.iter().enumerate() {
        rank[*id as usize] = position as u32;
    }
    entries.sort_unstable_by_key(|e| (rank[e.term as usize], e.doc));
    let mut postings: Vec<Posting> = Vec::with_capacity(entries.len() / 2);
    let mut terms: Vec<TermRange> = Vec::with_capacity(names.len());
    let mut current: Option<u32> = None;
    // Highest weight and further occurrences of the current posting: the sort above leaves the
    // occurrences of one term in one document in no particular order, the sum must not depend on it.
    let (mut highest, mut further) = (0u16, 0u16);
    for e in entries {
        let term_rank = rank[e.term as usize];
        if current != Some(term_rank) {
            if let Some(last) = terms.last_mut() {
                last.2 = postings.len() as u32;
            }
            terms.push((names[term_rank as usize].0.clone(), postings.len() as u32, postings.len() as u32));
            current = Some(term_rank);
        } else if let Some(last) = postings.last_mut().filter(|p| p.doc == e.doc) {
            highest = highest.max(e.weight);
            further = further.saturating_add(1);
            last.weight = highest.saturating_add(further);
            last.in_name |= e.in_name;
            continue;
        }
        (highest, further) = (e.weight, 0);
        postings.push(Posting { doc: e.doc, weight: e.weight, in_name: e.in_name });
    }
    if let Some(last) = terms.last_mut() {
        last.2 = postings.len() as u32;
    }
    for (_, from, to) in &terms {
        if let Some(list) = postings.get_mut(*from as usize..*to as usize) {
            list.sort_unstable_by_key(|p| {
                (std::cmp::Reverse(p.in_name), std::cmp::Reverse(p.weight), name_rank.get(p.doc as usize).copied())
            });
        }
    }
    postings.shrink_to_fit();
    (terms, postings)
}

/// Remembers the search term of each word seen while building, so that each distinct word
/// is stemmed once.
#[derive(Default)]
pub(super) struct TermCache {
    words: HashMap<String, Vec<String>>,
}

impl TermCache {
    pub(super) fn terms(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for word in text.split(|c: char| c.is_whitespace()) {
            if word.is_empty() {
                continue;
            }
            if let Some(terms) = self.words.get(word) {
                out.extend(terms.iter().cloned());
            } else {
                let terms = search_terms(word);
                out.extend(terms.iter().cloned());
                self.words.insert(word.to_owned(), terms);
            }
        }
        out
    }
}
