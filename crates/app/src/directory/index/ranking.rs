//! Choosing and ranking the page of a search: by relevance (walking a one-word search's
//! postings best first, or scoring every match), by name or by update.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use domain::directory_query::{DirectoryQuery, Sort};

use super::scratch::{with_scratch, Scratch};
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
    /// best first (in the name, weight, then name order), and so are the documents that have the
    /// word from labels (the label terms' runs), so merging these lists yields the documents in
    /// rank order; the first `offset + take` that pass the filters are the page. Gives the same
    /// order as `rank_by_score`.
    fn rank_one_word(&self, token: &str, matches: &Bitset, offset: usize, take: usize) -> Vec<u32> {
        let end = offset.saturating_add(take);
        let mut lists: Vec<Ranked<'_>> = self.terms_matching(token).map(Ranked::Postings).collect();
        for label in self.labels_matching(token) {
            lists.extend(label.runs.iter().map(|run| Ranked::Labelled { docs: self.run_docs(run), weight: run.weight }));
        }
        let key = |p: &Posting| -> u64 {
            let name = self.name_rank.get(p.doc() as usize).copied().unwrap_or(u32::MAX);
            (u64::from(p.in_name()) << 56) | (u64::from(p.weight()) << 32) | u64::from(u32::MAX - name)
        };
        let mut heads: BinaryHeap<(u64, usize, usize)> =
            lists.iter().enumerate().filter_map(|(i, list)| list.get(0).map(|p| (key(&p), i, 0))).collect();
        // The matches not yet on the page: a document reached again (through another term or
        // label) is on it already or does not match.
        let mut left = matches.clone();
        let mut page = Vec::with_capacity(end);
        while let Some((_, list, position)) = heads.pop() {
            let Some(posting) = lists[list].get(position) else { continue };
            if let Some(next) = lists[list].get(position + 1) {
                heads.push((key(&next), list, position + 1));
            }
            if left.remove(posting.doc()) {
                page.push(posting.doc());
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
        with_scratch(self.docs.len(), |scratch| {
            self.score(scratch, &text.tokens);
            let mut best: BinaryHeap<Reverse<u64>> = BinaryHeap::with_capacity(end.min(matches.count()) + 1);
            for d in matches.iter() {
                let i = d as usize;
                let hits = u64::from(scratch.name_hits[i]);
                let score = u64::from(scratch.score[i].min(0x00ff_ffff));
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
        })
    }

    /// Scores every document for the search words into `scratch`: each word counts with its
    /// best match in the document (weight, and whether it is in the name).
    fn score(&self, scratch: &mut Scratch, tokens: &[String]) {
        for token in tokens {
            for postings in self.terms_matching(token) {
                for p in postings {
                    let slot = &mut scratch.best[p.doc() as usize];
                    *slot = (*slot).max(p.packed());
                }
            }
            // Label terms: a document without a posting of the term gets the weight the posting
            // would have had (its run's); one with a posting has a higher weight already.
            for label in self.labels_matching(token) {
                for run in label.runs.iter() {
                    let weight = run.weight.min(0x7fff);
                    for &doc in self.run_docs(run) {
                        let slot = &mut scratch.best[doc as usize];
                        *slot = (*slot).max(weight);
                    }
                }
            }
            let add = |scratch: &mut Scratch, doc: u32| {
                let slot = std::mem::take(&mut scratch.best[doc as usize]);
                if slot != 0 {
                    scratch.add(doc, u32::from(slot & 0x7fff), slot >> 15 == 1);
                }
            };
            for postings in self.terms_matching(token) {
                for p in postings {
                    add(scratch, p.doc());
                }
            }
            for label in self.labels_matching(token) {
                for run in label.runs.iter() {
                    for &doc in self.run_docs(run) {
                        add(scratch, doc);
                    }
                }
            }
        }
    }
}

/// A list of postings stored best first: a term's own, or a label term's run (documents in name
/// order with one weight, never in the name).
enum Ranked<'a> {
    Postings(&'a [Posting]),
    Labelled { docs: &'a [u32], weight: u16 },
}

impl Ranked<'_> {
    fn get(&self, i: usize) -> Option<Posting> {
        match self {
            Ranked::Postings(list) => list.get(i).copied(),
            Ranked::Labelled { docs, weight } => docs.get(i).map(|&doc| Posting::new(doc, *weight, false)),
        }
    }
}
