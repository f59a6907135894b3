//! Ranking: candidates from the posting lists, the cheap bound, hard constraints, the score,
//! and word overlap (idf-weighted cosine).

use super::{by_category, kind_index, Engine, Entry, Miss, NearMiss};
use crate::analyse::TOPIC_STRENGTH;
use crate::calibration::Calibration;
use crate::constraints::{check_pair, periods_exclude};
use crate::lexicon::{ConceptId, ConceptKind};
use crate::model::{ItemId, Kind, Proximity};
use crate::reason::Reason;
use crate::score::{
    concept_share, main_shortfall, overlap, score_pair, score_upper_bound, subject_free_fit, unanchored_can_pass, Context, PairFacts,
    Params,
};

impl Engine {
    pub(super) fn idf(&self) -> Vec<f32> {
        let n = self.live.max(1) as f32;
        self.df.iter().map(|&d| if d == 0 { 0.0 } else { (1.0 + n / d as f32).ln() }).collect()
    }

    /// The idf of every concept among the engine's items (offers and needs), by concept id:
    /// concepts most items name ("Beratung", "Kurs") say little about which offer fits.
    pub(super) fn concept_idf(&self) -> Vec<f32> {
        let n = self.live.max(1) as f32;
        let mut df: Vec<u32> = Vec::new();
        for postings in &self.concept_postings {
            for (c, list) in postings {
                let i = usize::from(*c);
                if i >= df.len() {
                    df.resize(i + 1, 0);
                }
                df[i] += u32::try_from(list.len()).unwrap_or(u32::MAX);
            }
        }
        df.iter().map(|&d| if d == 0 { 0.0 } else { (1.0 + n / d as f32).ln() }).collect()
    }

    /// Scores every candidate of the other kind against the item in `slot`: the first `top_k`
    /// with a raw score of at least `floor`, best first, with raw scores (see `calibrated`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn rank(
        &self,
        slot: usize,
        other: Kind,
        idf: &[f32],
        cidf: &[f32],
        norms: Option<&[Norm]>,
        top_k: usize,
        floor: f32,
    ) -> Vec<(ItemId, f32, Vec<Reason>)> {
        let Some(Some(me)) = self.entries.get(slot) else { return Vec::new() };
        let k = kind_index(other);
        let mut seen = vec![false; self.entries.len()];
        let mut candidates: Vec<u32> = Vec::new();
        let mut add = |list: &[u32], candidates: &mut Vec<u32>| {
            for &s in list {
                if let Some(flag) = seen.get_mut(s as usize) {
                    if !*flag {
                        *flag = true;
                        candidates.push(s);
                    }
                }
            }
        };
        // A need with anchors is only served by offers that share one, when the scoring rules
        // out everything else (see `unanchored_can_pass`).
        let params = Params { threshold: floor, ..self.params };
        let anchors_only = me.item.kind == Kind::Need && !me.profile.anchors.is_empty() && !unanchored_can_pass(&params);
        // Otherwise only a shared subject (a topic concept) or a rare shared word can make a suggestion.
        for (c, w) in &me.profile.concepts {
            let is_topic = self.lexicon.concept(*c).is_some_and(|c| c.kind == ConceptKind::Topic);
            // A need that names only an audience looks among the offers for that audience.
            // An offer, to be found by such needs, looks among the needs for its audience too.
            let audience_only = (me.item.kind == Kind::Offer || !me.profile.has_topic)
                && me.profile.explicit_category.is_some()
                && *w >= TOPIC_STRENGTH
                && self.lexicon.concept(*c).is_some_and(|c| matches!(c.kind, ConceptKind::Audience { .. }));
            let wanted = if anchors_only { me.profile.anchors.contains(c) } else { (*w >= TOPIC_STRENGTH && is_topic) || audience_only };
            if wanted {
                // An offer of a neighbouring subject covers a need's anchor in part
                // (`score::overlap`): a need looks among the offers of its anchors' neighbours,
                // an offer among the needs of its subjects' neighbours.
                let reaches = if me.item.kind == Kind::Need { me.profile.anchors.contains(c) } else { is_topic };
                for list in self.concept_lists(k, *c, reaches) {
                    add(list, &mut candidates);
                }
            }
        }
        // A need that names no subject ("Unterstützung gesucht", "Leute gesucht") is about what
        // its category field says: the offers entered under it are its candidates, and an offer
        // looks among the needs of its category that name none (the only needs the category
        // postings hold; `score::subject_free_fit`).
        if let Some(cat) = me.profile.explicit_category.filter(|_| by_category(me.item.kind, &me.profile) && !anchors_only) {
            if let Some(list) = self.category_postings[k].get(&cat) {
                add(list, &mut candidates);
            }
        }
        let rare = (self.live / 20).max(5) as u32;
        for (t, _) in me.terms.iter().filter(|_| !anchors_only) {
            if self.df.get(*t as usize).is_some_and(|&d| d <= rare) {
                if let Some(list) = self.term_postings[k].get(t) {
                    add(list, &mut candidates);
                }
            }
        }
        let ctx = Context { lexicon: self.lexicon, params };
        let norm_of = |s: usize, terms: &[(u32, f32)]| norms.and_then(|n| n.get(s).copied()).unwrap_or_else(|| norm(terms, idf));
        let my_norm = norm_of(slot, &me.terms);
        let mut scored: Vec<(u32, f32, (f32, f32))> = Vec::new();
        for c in candidates {
            let Some(Some(them)) = self.entries.get(c as usize) else { continue };
            let (need, offer) = if me.item.kind == Kind::Need { (me, them) } else { (them, me) };
            let overlap = overlap(&need.profile, &offer.profile, &self.params, self.lexicon);
            let concepts_shared = self.concepts_shared(&need.profile, &offer.profile, cidf);
            // The bound with every word shared first (no word list read), then the tighter one;
            // a need that names no subject is scored by its category field, not bounded by words.
            let subject_free = subject_free_fit(&need.profile, &offer.profile);
            if !subject_free && score_upper_bound(&overlap, &params, 1.0, concepts_shared) < floor {
                continue;
            }
            let their_norm = norm_of(c as usize, &them.terms);
            if !subject_free && score_upper_bound(&overlap, &params, my_norm.max_shared(&their_norm), concepts_shared) < floor {
                continue;
            }
            let place = self.proximity(need, offer);
            let broken = check_pair(need.org == offer.org, &need.profile, &offer.profile, place)
                .or_else(|| periods_exclude(params.periods, &need.profile, &offer.profile));
            if broken.is_some() {
                continue;
            }
            let (lexical, shared_words) = cosine(&me.terms, &them.terms, idf, my_norm, their_norm);
            let facts = PairFacts { lexical, shared_words, concepts_shared, overlap, place };
            if let Some(s) = score_pair(&need.profile, &offer.profile, &facts, &ctx, false) {
                scored.push((c, s.score, (lexical, shared_words)));
            }
        }
        let id_of = |s: u32| self.entries.get(s as usize).and_then(Option::as_ref).map(|e| &e.item.id);
        if scored.len() > top_k && top_k > 0 {
            // Cheap selection first (ties by slot), then the shown few ordered by score and id.
            scored.select_nth_unstable_by(top_k - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        scored.truncate(top_k);
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| id_of(a.0).cmp(&id_of(b.0))));
        // Reasons only for what is shown.
        scored
            .into_iter()
            .filter_map(|(c, _, (lexical, shared_words))| {
                let them = self.entries.get(c as usize)?.as_ref()?;
                let (need, offer) = if me.item.kind == Kind::Need { (me, them) } else { (them, me) };
                let overlap = overlap(&need.profile, &offer.profile, &self.params, self.lexicon);
                let concepts_shared = self.concepts_shared(&need.profile, &offer.profile, cidf);
                let facts = PairFacts { lexical, shared_words, concepts_shared, overlap, place: self.proximity(need, offer) };
                let s = score_pair(&need.profile, &offer.profile, &facts, &ctx, true)?;
                Some((them.item.id.clone(), s.score, s.reasons))
            })
            .collect()
    }
    /// The posting list of kind `k` of concept `c`, and with `near` those of its neighbouring
    /// subjects (`Lexicon::neighbours_of`).
    fn concept_lists(&self, k: usize, c: ConceptId, near: bool) -> impl Iterator<Item = &Vec<u32>> + '_ {
        let neighbours = if near { self.lexicon.neighbours_of(c) } else { &[] };
        std::iter::once(c).chain(neighbours.iter().copied()).filter_map(move |c| self.concept_postings[k].get(&c))
    }

    /// Offers of other associations sharing a topic concept with the need in `slot` (or, for a
    /// need that names no subject, entered under its category field) that are not in `shown`, with why they are not suggested; closest in subject first. `bar` is the
    /// raw score that was needed to be shown (above it and not shown is beyond the shown places).
    pub(super) fn misses(&self, slot: usize, idf: &[f32], cidf: &[f32], shown: &[ItemId], bar: f32, limit: usize) -> Vec<NearMiss> {
        let Some(Some(need)) = self.entries.get(slot) else { return Vec::new() };
        let mut candidates: Vec<u32> = Vec::new();
        for (c, w) in &need.profile.concepts {
            if *w >= 0.2 && self.lexicon.concept(*c).is_some_and(|c| c.kind == ConceptKind::Topic) {
                // Offers of a neighbouring subject of an anchor are scored too (`score::overlap`).
                for list in self.concept_lists(0, *c, need.profile.anchors.contains(c)) {
                    candidates.extend(list);
                }
            }
        }
        // A need that names no subject is about its category field: its offers are its candidates.
        if let Some(list) = need.profile.explicit_category.and_then(|c| self.category_postings[0].get(&c)) {
            let subject_free = |s: &u32| {
                self.entries.get(*s as usize).and_then(Option::as_ref).is_some_and(|o| subject_free_fit(&need.profile, &o.profile))
            };
            candidates.extend(list.iter().filter(|s| subject_free(s)));
        }
        candidates.sort_unstable();
        candidates.dedup();
        // Scored without a threshold, to tell how far below it a pair stays.
        let open = Params { threshold: 0.0, min_relevance: 0.0, ..self.params };
        let ctx = Context { lexicon: self.lexicon, params: open };
        let mut out: Vec<(f32, NearMiss)> = Vec::new();
        for c in candidates {
            let Some(Some(offer)) = self.entries.get(c as usize) else { continue };
            if offer.org == need.org || shown.contains(&offer.item.id) {
                continue;
            }
            let overlap = overlap(&need.profile, &offer.profile, &self.params, self.lexicon);
            let place = self.proximity(need, offer);
            let broken = check_pair(false, &need.profile, &offer.profile, place)
                .or_else(|| periods_exclude(self.params.periods, &need.profile, &offer.profile));
            let why = match broken {
                Some(v) => Miss::Excluded(v),
                None => {
                    let (lexical, shared_words) = cosine(&need.terms, &offer.terms, idf, norm(&need.terms, idf), norm(&offer.terms, idf));
                    let concepts_shared = self.concepts_shared(&need.profile, &offer.profile, cidf);
                    let facts = PairFacts { lexical, shared_words, concepts_shared, overlap, place };
                    let raw = score_pair(&need.profile, &offer.profile, &facts, &ctx, false).map_or(0.0, |s| s.score);
                    if raw >= bar {
                        // Above the threshold but beyond the shown places: not a miss.
                        continue;
                    }
                    let score = if self.params.calibrated && raw > 0.0 { Calibration::builtin().apply(raw) } else { raw };
                    Miss::BelowThreshold { score, shortfall: main_shortfall(&need.profile, &offer.profile, &facts, &ctx) }
                }
            };
            out.push((overlap.topic, NearMiss { offer: offer.item.id.clone(), why }));
        }
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.offer.cmp(&b.1.offer)));
        out.into_iter().take(limit).map(|(_, m)| m).collect()
    }

    /// The concept overlap, the word cosine and the soft rule that cut the relevance most, of a
    /// pair that passed the hard rules (for the facts of the per-need decision).
    pub(super) fn pair_detail(&self, need: &Entry, offer: &Entry, idf: &[f32], cidf: &[f32]) -> (crate::score::Overlap, f32, bool) {
        let overlap = overlap(&need.profile, &offer.profile, &self.params, self.lexicon);
        let (lexical, shared_words) = cosine(&need.terms, &offer.terms, idf, norm(&need.terms, idf), norm(&offer.terms, idf));
        let concepts_shared = self.concepts_shared(&need.profile, &offer.profile, cidf);
        let facts = PairFacts { lexical, shared_words, concepts_shared, overlap, place: self.proximity(need, offer) };
        let open = Params { threshold: 0.0, min_relevance: 0.0, ..self.params };
        let ctx = Context { lexicon: self.lexicon, params: open };
        (overlap, lexical, main_shortfall(&need.profile, &offer.profile, &facts, &ctx).is_some())
    }

    /// For a need and an offer written in different languages, the share of concepts they have
    /// in common (`concept_share`), as far as the lexicon read their titles (`title_read`); 0 for
    /// two texts in one language, whose words can be compared.
    fn concepts_shared(&self, need: &crate::analyse::Profile, offer: &crate::analyse::Profile, cidf: &[f32]) -> f32 {
        if self.params.cross_language_words > 0.0 && need.other_language_than(offer) {
            concept_share(need, offer, cidf, self.lexicon) * need.title_read * offer.title_read
        } else {
            0.0
        }
    }

    pub(super) fn proximity(&self, a: &Entry, b: &Entry) -> Proximity {
        // Districts named in a text replace the item's own ("Raum in Weinberg").
        if !a.profile.places.is_empty() || !b.profile.places.is_empty() {
            let of = |e: &'_ Entry| if e.profile.places.is_empty() { e.district.into_iter().collect() } else { e.profile.places.clone() };
            return self.districts.closest(&of(a), &of(b));
        }
        match (a.district, b.district) {
            (Some(x), Some(y)) => self.districts.relation_of_indices(x, y),
            _ => match (&a.profile.district_key, &b.profile.district_key) {
                (Some(x), Some(y)) => self.districts.relation_of_keys(x, y),
                _ => Proximity::Unknown,
            },
        }
    }
}

/// What the word overlap of a term list needs besides the list: its idf-weighted length, and
/// the sum of the idf of its words.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Norm {
    l2: f32,
    idf_mass: f32,
}

impl Norm {
    /// The largest share of shared words this list and `other` can have (the smaller idf mass
    /// over the larger), which bounds a pair's score before the overlap is counted.
    fn max_shared(&self, other: &Norm) -> f32 {
        let (small, large) = (self.idf_mass.min(other.idf_mass), self.idf_mass.max(other.idf_mass));
        if large > 0.0 {
            small / large
        } else {
            0.0
        }
    }
}

pub(super) fn norm(terms: &[(u32, f32)], idf: &[f32]) -> Norm {
    let (mut squares, mut idf_mass) = (0.0f32, 0.0f32);
    for (t, w) in terms {
        let i = idf.get(*t as usize).copied().unwrap_or(0.0);
        squares += (w * i).powi(2);
        idf_mass += i;
    }
    Norm { l2: squares.sqrt(), idf_mass }
}

/// The idf-weighted cosine of two term lists, and the share of words they have in common, each
/// word counted by its idf (a weighted Jaccard of the word sets): words that many items of the
/// network use — the boilerplate of formal profile texts, "Verein", "Angebot" — say little.
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)], idf: &[f32], na: Norm, nb: Norm) -> (f32, f32) {
    if na.l2 <= 0.0 || nb.l2 <= 0.0 {
        return (0.0, 0.0);
    }
    let (mut i, mut j, mut dot, mut common) = (0, 0, 0.0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = idf.get(a[i].0 as usize).copied().unwrap_or(0.0);
                dot += a[i].1 * b[j].1 * w * w;
                common += w;
                i += 1;
                j += 1;
            }
        }
    }
    let union = na.idf_mass + nb.idf_mass - common;
    let shared = if union > 0.0 { (common / union).min(1.0) } else { 0.0 };
    ((dot / (na.l2 * nb.l2)).min(1.0), shared)
}

#[cfg(test)]
mod tests {
    use super::{cosine, norm};

    #[test]
    fn shared_words_count_by_their_idf() {
        // Word 0 is in most items of the network (idf 0.1), word 1 in few (idf 3).
        let idf = [0.1, 3.0, 2.0, 2.0];
        let (a, common, rare) = (vec![(0, 1.0), (1, 1.0)], vec![(0, 1.0), (2, 1.0)], vec![(1, 1.0), (3, 1.0)]);
        let shared = |b: &[(u32, f32)]| cosine(&a, b, &idf, norm(&a, &idf), norm(b, &idf)).1;
        // One of two words in common either way, but only the rare one says much.
        assert!(shared(&common) < 0.05, "{}", shared(&common));
        assert!(shared(&rare) > 0.5, "{}", shared(&rare));
        // The same list shares everything; a list with no common word nothing.
        assert!((shared(&a) - 1.0).abs() < 1e-6);
        assert_eq!(shared(&[(3, 1.0)]), 0.0);
        // The bound used to skip pairs holds.
        let (na, nr) = (norm(&a, &idf), norm(&rare, &idf));
        assert!(shared(&rare) <= na.max_shared(&nr) + 1e-6);
    }
}
