//! The documents that have a word only from their fields' labels or their district's name, laid
//! out once at build in the order a one-word search ranks them (weight, then name), instead of
//! being collected and sorted on every such search (up to ~14,000 of a field at 100,000
//! associations).
//!
//! A term of one value's labels gives each document of the value the same weight, so its run is
//! the value's documents in name order, shared by every such term. A term that several values
//! have (a word in two fields' labels) weighs more for a document with more of them; its
//! documents are laid out once more, grouped by weight.

use std::cmp::Reverse;

use super::postings::{LabelRun, LabelTerm};
use super::WEIGHT_TEXT;

/// The facet values of each document: `values[start[d]..start[d + 1]]`, sorted.
pub(super) struct DocValues<'a> {
    pub(super) values: &'a [u16],
    pub(super) start: &'a [u32],
}

impl DocValues<'_> {
    fn of(&self, doc: u32) -> &[u16] {
        let d = doc as usize;
        match (self.start.get(d), self.start.get(d + 1)) {
            (Some(&from), Some(&to)) => self.values.get(from as usize..to as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The weight the posting of a label term (`values`: those of the term and how often each has
/// it) would have for a document with the facet values `own`, in the layout with a posting per
/// document: the text weight plus one for each further occurrence.
pub(super) fn label_weight(own: &[u16], values: &[(u16, u16)]) -> u16 {
    let occurrences: u16 =
        own.iter().filter_map(|v| values.iter().find(|(value, _)| value == v).map(|(_, count)| *count)).fold(0u16, u16::saturating_add);
    WEIGHT_TEXT.saturating_add(occurrences.saturating_sub(1))
}

/// Fills the runs of each label term and returns the documents they point into: first every
/// labelled value's documents in name order (`labelled` tells which values can carry labels,
/// out of `value_count`), then the documents of the terms of several values.
pub(super) fn lay_out(
    labels: &mut [LabelTerm],
    value_count: usize,
    labelled: impl Fn(usize) -> bool,
    docs: &DocValues<'_>,
    by_name: &[u32],
    name_rank: &[u32],
) -> Vec<u32> {
    let mut start = vec![0u32; value_count + 1];
    for &doc in by_name {
        for &v in docs.of(doc).iter().filter(|v| labelled(usize::from(**v))) {
            start[usize::from(v) + 1] += 1;
        }
    }
    for v in 0..value_count {
        start[v + 1] += start[v];
    }
    let mut out = vec![0u32; start[value_count] as usize];
    let mut next = start.clone();
    for &doc in by_name {
        for &v in docs.of(doc).iter().filter(|v| labelled(usize::from(**v))) {
            out[next[usize::from(v)] as usize] = doc;
            next[usize::from(v)] += 1;
        }
    }
    drop(next);
    let section = |v: u16| (start[usize::from(v)], start.get(usize::from(v) + 1).copied().unwrap_or(start[usize::from(v)]));

    for label in labels.iter_mut() {
        let runs: Vec<LabelRun> = match *label.values {
            [(value, count)] => {
                let (from, to) = section(value);
                let weight = WEIGHT_TEXT.saturating_add(count.saturating_sub(1));
                (from < to).then_some(LabelRun { from, to, weight }).into_iter().collect()
            }
            _ => {
                let mut found: Vec<u32> = label
                    .values
                    .iter()
                    .flat_map(|(v, _)| {
                        let (from, to) = section(*v);
                        out[from as usize..to as usize].to_vec()
                    })
                    .collect();
                found.sort_unstable();
                found.dedup();
                let mut ranked: Vec<(Reverse<u16>, u32, u32)> = found
                    .into_iter()
                    .map(|doc| {
                        (Reverse(label_weight(docs.of(doc), &label.values)), name_rank.get(doc as usize).copied().unwrap_or(u32::MAX), doc)
                    })
                    .collect();
                ranked.sort_unstable();
                let mut runs = Vec::new();
                for group in ranked.chunk_by(|a, b| a.0 == b.0) {
                    let from = out.len() as u32;
                    out.extend(group.iter().map(|(_, _, doc)| *doc));
                    runs.push(LabelRun { from, to: out.len() as u32, weight: group[0].0 .0 });
                }
                runs
            }
        };
        label.runs = runs.into_boxed_slice();
    }
    out.shrink_to_fit();
    out
}
