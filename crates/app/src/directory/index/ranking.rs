//! Choosing and ranking the page of a search: by relevance (walking a one-word search's
//! postings best first, or scoring every match), by name or by update.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use domain::directory_query::{DirectoryQuery, Sort};

use super::{Posting, SearchIndex, TextMatches};
use crate::directory::bitset::Bitset;

impl SearchIndex {
    /// The documents of the requested page among `matches` (`total` of them), in the search's order.
    pub(super) fn page_of(&self, query: &DirectoryQuery, text: Option<&TextMatches>, matches: &Bitset, total: usize) -> Vec<u32> {
        let offset = (query.page as usize - 1).saturating_mul(query.per_page as usize);
        let take = query.per_page as usize;
        match (text, query.sort) {
            (Some(t), Sort::Relevance) if t.tokens.len() == 1 && self.walk_pays(offset.saturating_add(take), t.set.count(), total) => {
                self.rank_one_word(&t.tokens[0], matches, offset, take)
            }
            (Some(t), Sort::Relevance) => self.rank_by_score(matches, t, offset, take),
            (_, Sort::Updated) => self.by_updated.iter().copied().filter(|d| matches.contains(*d)).skip(offset).take(take).collect(),
            // Few matches (a narrow filter, or a search among a subset): the walk through the name
            // order below visits about `end * n / total` documents to find the page; sorting the
            // matches costs about `total * log total`. Sort when the walk is the longer by far.
            _ if total.saturating_mul(total).saturating_mul(16) < offset.saturating_add(take).saturating_mul(self.docs.len()) => {
                let mut docs: Vec<u32> = matches.iter().collect();
                docs.sort_unstable_by_key(|d| self.name_rank.get(*d as usize).copied());
                docs.into_iter().skip(offset).take(take).collect()
            }
            _ => self.by_name.iter().copied().filter(|d| matches.contains(*d)).skip(offset).take(take).collect(),
        }
    }

    /// Whether walking a one-word search's postings best first (`rank_one_word`) is cheaper than
    /// scoring every match (`rank_by_score`) for the first `end` of `total` matches, when the
    /// word alone matches `word_matches` documents. The walk visits about
    /// `end * word_matches / total` postings, each costing roughly ten times a posting in
    /// scoring; scoring visits the word's postings twice and clears three buffers as long as the
    /// index (about an eighth of a posting per document). Rough, measured on the synthetic city
    /// (`examples/search_timing.rs`); either way ranks alike.
    fn walk_pays(&self, end: usize, word_matches: usize, total: usize) -> bool {
        let (end, word, total, n) = (end as u64, word_matches as u64, total as u64, self.docs.len() as u64);
        total >= end && 10 * end * word <= total * (2 * word + n / 8)
    }

    /// The page of a one-word search ranked both ways, for tests that they agree.
    #[cfg(test)]
    pub(crate) fn one_word_ranked_both_ways(&self, query: &DirectoryQuery) -> Option<(Vec<u32>, Vec<u32>)> {
        let text = self.text_matches(&query.text)?;
        let mut matches = text.set.clone();
        for f in self.filter_sets(query).iter().flatten() {
            matches.intersect_with(f);
        }
        let offset = (query.page as usize - 1) * query.per_page as usize;
        let take = query.per_page as usize;
        let fast = self.rank_one_word(text.tokens.first()?, &matches, offset, take);
        Some((fast, self.rank_by_score(&matches, &text, offset, take)))
    }

    /// Ranks a one-word search without scoring every match: each term's postings are stored
    /// best first (in the name, weight, then name order), so merging the lists of the word's
    /// terms yields the documents in rank order; the first `offset + take` that pass the
    /// filters are the page. Gives the same order as `rank_by_score`.
    fn rank_one_word(&self, token: &str, matches: &Bitset, offset: usize, take: usize) -> Vec<u32> {
        let end = offset.saturating_add(take);
        let mut lists: Vec<&[Posting]> = self.terms_matching(token).collect();
        // The documents that have the word from their fields' labels or district's name, as the
        // postings they would have had (see `LabelTerm`), best first like a term's postings.
        let labelled = self.label_postings(token);
        if !labelled.is_empty() {
            lists.push(&labelled);
        }
        let key = |p: &Posting| -> u64 {
            let name = self.name_rank.get(p.doc as usize).copied().unwrap_or(u32::MAX);
            (u64::from(p.in_name) << 56) | (u64::from(p.weight) << 32) | u64::from(u32::MAX - name)
        };
        let mut heads: BinaryHeap<(u64, usize, usize)> =
            lists.iter().enumerate().filter_map(|(i, list)| list.first().map(|p| (key(p), i, 0))).collect();
        let mut seen: HashSet<u32> = HashSet::new();
        let mut page = Vec::with_capacity(end);
        while let Some((_, list, position)) = heads.pop() {
            let posting = &lists[list][position];
            if let Some(next) = lists[list].get(position + 1) {
                heads.push((key(next), list, position + 1));
            }
            if seen.insert(posting.doc) && matches.contains(posting.doc) {
                page.push(posting.doc);
                if page.len() == end {
                    break;
                }
            }
        }
        page.into_iter().skip(offset).collect()
    }

    /// Ranks by name hits, then score, then name, using one packed integer per document so
    /// that selecting the requested page is a plain integer selection.
    fn rank_by_score(&self, matches: &Bitset, text: &TextMatches, offset: usize, take: usize) -> Vec<u32> {
        let end = offset.saturating_add(take);
        if end == 0 {
            return Vec::new();
        }
        let (score, name_hits) = self.scores(&text.tokens);
        let mut best: BinaryHeap<Reverse<u64>> = BinaryHeap::with_capacity(end.min(matches.count()) + 1);
        for d in matches.iter() {
            let i = d as usize;
            let hits = u64::from(name_hits[i]);
            let score = u64::from(score[i].min(0x00ff_ffff));
            let name = u64::from(u32::MAX - self.name_rank[i]);
            let key = (hits << 56) | (score << 32) | name;
            if best.len() < end {
                best.push(Reverse(key));
            } else if best.peek().is_some_and(|min| key > min.0) {
                best.pop();
                best.push(Reverse(key));
            }
        }
        let mut ranked: Vec<u64> = best.into_iter().map(|r| r.0).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        ranked
            .into_iter()
            .skip(offset)
            .filter_map(|key| self.by_name.get((u32::MAX - (key & 0xffff_ffff) as u32) as usize).copied())
            .collect()
    }

    /// Scores of every document for the search words: each word counts with its best match
    /// in the document (weight, and whether it is in the name).
    fn scores(&self, tokens: &[String]) -> (Vec<u32>, Vec<u8>) {
        let n = self.docs.len();
        let mut score = vec![0u32; n];
        let mut name_hits = vec![0u8; n];
        let mut best = vec![0u16; n];
        for token in tokens {
            for postings in self.terms_matching(token) {
                for p in postings {
                    let packed = (u16::from(p.in_name) << 15) | p.weight.min(0x7fff);
                    let slot = &mut best[p.doc as usize];
                    *slot = (*slot).max(packed);
                }
            }
            // Label terms: a document without a posting of the term gets the weight the posting
            // would have had; one with a posting has a higher weight already.
            for (_, values) in self.labels_matching(token) {
                for docs in values.iter().filter_map(|(value, _)| self.value_set(*value)) {
                    for doc in docs.iter() {
                        let slot = &mut best[doc as usize];
                        *slot = (*slot).max(self.label_weight(doc, values).min(0x7fff));
                    }
                }
            }
            let mut add = |doc: u32| {
                let slot = &mut best[doc as usize];
                if *slot != 0 {
                    score[doc as usize] += u32::from(*slot & 0x7fff);
                    name_hits[doc as usize] = name_hits[doc as usize].saturating_add(u8::from(*slot >> 15 == 1));
                    *slot = 0;
                }
            };
            for postings in self.terms_matching(token) {
                for p in postings {
                    add(p.doc);
                }
            }
            for (_, values) in self.labels_matching(token) {
                for docs in values.iter().filter_map(|(value, _)| self.value_set(*value)) {
                    docs.iter().for_each(&mut add);
                }
            }
        }
        (score, name_hits)
    }

    /// The postings that the documents having `token` only through labels would have had, best
    /// first as a term's postings are stored (weight, then name order). A document reached
    /// through several label terms or values is listed more than once; the walk keeps the first.
    fn label_postings(&self, token: &str) -> Vec<Posting> {
        let mut list = Vec::new();
        for (_, values) in self.labels_matching(token) {
            for docs in values.iter().filter_map(|(value, _)| self.value_set(*value)) {
                list.extend(docs.iter().map(|doc| Posting { doc, weight: self.label_weight(doc, values), in_name: false }));
            }
        }
        list.sort_unstable_by_key(|p| (Reverse(p.weight), self.name_rank.get(p.doc as usize).copied()));
        list
    }
}
