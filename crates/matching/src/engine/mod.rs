//! The matching engine: an index of offers and needs that answers suggestion queries and takes
//! single-item updates.

use std::collections::HashMap;

mod rank;

use rank::{norm, Norm};

use crate::analyse::place::set_places;
use crate::analyse::{analyse_in, Profile};
use crate::calibration::Calibration;
use crate::constraints::{check, Violation};
use crate::fit::{known_from_reasons, NeedFacts};
use crate::lexicon::{ConceptId, Lexicon, TokenCache};
use crate::model::{Districts, Item, ItemId, Kind, OrgId, Organisation};
use crate::reason::Reason;
use crate::score::{overlap, same_entered_field, Params, Shortfall};

/// A suggested offer for a need.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub offer: ItemId,
    /// 0..1; only suggestions above the engine's threshold exist.
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// A need that an offer could serve (the same pairing, seen from the offer).
#[derive(Debug, Clone, PartialEq)]
pub struct Seeker {
    pub need: ItemId,
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// Why an offer that shares a subject with a need is not among its suggestions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Miss {
    /// A hard constraint excludes the pair (a structured field, or one of the few readings of
    /// the texts that may exclude).
    Excluded(Violation),
    /// The pair is allowed but its score stays below what the need's suggestions had to reach
    /// (the threshold, or with the per-need decision (`Params::fit`) the floor, the band below
    /// the best candidate, or nothing at all when the need's candidates as a whole were judged
    /// not to fit); `score` is the calibrated score it would have (0 when too little of the
    /// texts fits to score at all), `shortfall` the soft rule that lowered it most, if any.
    BelowThreshold { score: f32, shortfall: Option<Shortfall> },
}

/// An offer that was not suggested for a need, and why (for the office: to trust the engine
/// and to report its mistakes).
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    pub offer: ItemId,
    pub why: Miss,
}

/// Errors of engine queries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MatchError {
    #[error("unknown item `{0}`")]
    UnknownItem(ItemId),
    #[error("item `{0}` is not a need")]
    NotANeed(ItemId),
    #[error("item `{0}` is not an offer")]
    NotAnOffer(ItemId),
}

struct Entry {
    item: Item,
    profile: Profile,
    terms: Vec<(u32, f32)>,
    /// Interned organisation, so that "same organisation" is an integer comparison.
    org: u32,
    /// Index of the item's district in the engine's district list.
    district: Option<usize>,
}

/// Offers and needs of a network, indexed for matching.
pub struct Engine {
    lexicon: &'static Lexicon,
    params: Params,
    districts: Districts,
    orgs: HashMap<OrgId, Organisation>,
    org_index: HashMap<OrgId, u32>,
    entries: Vec<Option<Entry>>,
    slots: HashMap<ItemId, usize>,
    free: Vec<usize>,
    /// Postings per kind (0 = offers, 1 = needs): concept → slots.
    concept_postings: [HashMap<ConceptId, Vec<u32>>; 2],
    term_postings: [HashMap<u32, Vec<u32>>; 2],
    /// Postings per kind by entered category (canonical index): every offer, and only the needs
    /// that name no subject — for those the category field is what they are about
    /// (`score::subject_free_fit`), and an offer looks among them without filtering its category.
    category_postings: [HashMap<usize, Vec<u32>>; 2],
    term_ids: HashMap<String, u32>,
    df: Vec<u32>,
    live: usize,
    cache: TokenCache,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new(Params::default())
    }
}

/// Whether an item is held in the category postings: every offer, and a need that names no
/// subject (the only needs an offer looks for by its category, `score::subject_free_fit`).
fn by_category(kind: Kind, profile: &Profile) -> bool {
    kind == Kind::Offer || !profile.has_topic
}

fn kind_index(kind: Kind) -> usize {
    match kind {
        Kind::Offer => 0,
        Kind::Need => 1,
    }
}

impl Engine {
    /// An empty engine with the built-in lexicon.
    pub fn new(params: Params) -> Engine {
        Engine {
            lexicon: Lexicon::builtin(),
            params,
            districts: Districts::default(),
            orgs: HashMap::new(),
            org_index: HashMap::new(),
            entries: Vec::new(),
            slots: HashMap::new(),
            free: Vec::new(),
            concept_postings: [HashMap::new(), HashMap::new()],
            term_postings: [HashMap::new(), HashMap::new()],
            category_postings: [HashMap::new(), HashMap::new()],
            term_ids: HashMap::new(),
            df: Vec::new(),
            live: 0,
            cache: TokenCache::new(),
        }
    }

    /// The scoring parameters.
    pub fn params(&self) -> Params {
        self.params
    }

    /// Changes the scoring parameters (the texts need not be read again: tuning tools try many).
    pub fn set_params(&mut self, params: Params) {
        self.params = params;
    }

    /// Sets the districts and their neighbours.
    pub fn set_districts(&mut self, districts: Districts) {
        self.districts = districts;
        for e in self.entries.iter_mut().flatten() {
            e.district = e.profile.district_key.as_deref().and_then(|k| self.districts.index_of(k));
            set_places(&mut e.profile, &e.item, &self.districts, self.lexicon);
        }
    }

    /// Adds or changes an organisation; its items are re-read (languages, district).
    pub fn upsert_organisation(&mut self, org: Organisation) {
        let id = org.id.clone();
        let changed = self.orgs.get(&id) != Some(&org);
        self.orgs.insert(id.clone(), org);
        if changed {
            let affected: Vec<Item> = self.entries.iter().flatten().filter(|e| e.item.org == id).map(|e| e.item.clone()).collect();
            for item in affected {
                self.upsert_item(item);
            }
        }
    }

    /// Adds an item or replaces the item with the same id.
    pub fn upsert_item(&mut self, item: Item) {
        self.remove_item(&item.id);
        let profile = analyse_in(&item, self.orgs.get(&item.org), self.lexicon, &mut self.cache, &self.districts);
        self.insert_analysed(item, profile);
    }

    /// Adds or replaces many items at once (an import, a start-up); their texts are read on
    /// all cores. Later items with the same id replace earlier ones, as with `upsert_item`.
    pub fn upsert_items(&mut self, items: Vec<Item>) {
        let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
        if threads == 1 || items.len() < 256 {
            items.into_iter().for_each(|it| self.upsert_item(it));
            return;
        }
        let chunk = items.len().div_ceil(threads);
        let (lexicon, orgs, districts) = (self.lexicon, &self.orgs, &self.districts);
        let read = |part: &[Item]| -> Vec<Profile> {
            let mut cache = TokenCache::new();
            part.iter().map(|it| analyse_in(it, orgs.get(&it.org), lexicon, &mut cache, districts)).collect()
        };
        let profiles: Vec<Profile> = std::thread::scope(|scope| {
            let handles: Vec<_> = items.chunks(chunk).map(|part| scope.spawn(move || read(part))).collect();
            // A worker only panics on a bug; its share is then read again on this thread.
            items.chunks(chunk).zip(handles).flat_map(|(part, h)| h.join().unwrap_or_else(|_| read(part))).collect()
        });
        for (item, profile) in items.into_iter().zip(profiles) {
            self.remove_item(&item.id);
            self.insert_analysed(item, profile);
        }
    }

    fn insert_analysed(&mut self, item: Item, profile: Profile) {
        let slot = self.free.pop().unwrap_or(self.entries.len());
        let slot_u32 = u32::try_from(slot).unwrap_or(u32::MAX);
        let k = kind_index(item.kind);
        for (c, _) in &profile.concepts {
            self.concept_postings[k].entry(*c).or_default().push(slot_u32);
        }
        if let Some(c) = profile.explicit_category.filter(|_| by_category(item.kind, &profile)) {
            self.category_postings[k].entry(c).or_default().push(slot_u32);
        }
        let mut terms = Vec::with_capacity(profile.terms.len());
        for (t, w) in &profile.terms {
            let next = u32::try_from(self.term_ids.len()).unwrap_or(u32::MAX);
            let id = *self.term_ids.entry(t.clone()).or_insert(next);
            if id as usize >= self.df.len() {
                self.df.resize(id as usize + 1, 0);
            }
            self.df[id as usize] += 1;
            self.term_postings[k].entry(id).or_default().push(slot_u32);
            terms.push((id, *w));
        }
        terms.sort_by_key(|(id, _)| *id);
        self.slots.insert(item.id.clone(), slot);
        let next_org = u32::try_from(self.org_index.len()).unwrap_or(u32::MAX);
        let org = *self.org_index.entry(item.org.clone()).or_insert(next_org);
        let district = profile.district_key.as_deref().and_then(|k| self.districts.index_of(k));
        let entry = Some(Entry { item, profile, terms, org, district });
        if slot == self.entries.len() {
            self.entries.push(entry);
        } else {
            self.entries[slot] = entry;
        }
        self.live += 1;
    }

    /// Removes an item; returns whether it was there.
    pub fn remove_item(&mut self, id: &ItemId) -> bool {
        let Some(slot) = self.slots.remove(id) else { return false };
        let Some(entry) = self.entries.get_mut(slot).and_then(Option::take) else { return false };
        let slot_u32 = u32::try_from(slot).unwrap_or(u32::MAX);
        let k = kind_index(entry.item.kind);
        for (c, _) in &entry.profile.concepts {
            if let Some(list) = self.concept_postings[k].get_mut(c) {
                list.retain(|s| *s != slot_u32);
            }
        }
        if let Some(list) = entry
            .profile
            .explicit_category
            .filter(|_| by_category(entry.item.kind, &entry.profile))
            .and_then(|c| self.category_postings[k].get_mut(&c))
        {
            list.retain(|s| *s != slot_u32);
        }
        for (t, _) in &entry.terms {
            if let Some(list) = self.term_postings[k].get_mut(t) {
                list.retain(|s| *s != slot_u32);
            }
            if let Some(d) = self.df.get_mut(*t as usize) {
                *d = d.saturating_sub(1);
            }
        }
        self.free.push(slot);
        self.live -= 1;
        true
    }

    /// The item with this id.
    pub fn item(&self, id: &ItemId) -> Option<&Item> {
        self.slots.get(id).and_then(|&s| self.entries.get(s)).and_then(Option::as_ref).map(|e| &e.item)
    }

    /// The analysed profile of an item, to print for explanations and debugging.
    pub fn profile(&self, id: &ItemId) -> Option<&(impl std::fmt::Debug + 'static)> {
        self.entry(id).ok().map(|e| &e.profile)
    }

    /// Ids of all needs, in insertion order of their slots.
    pub fn need_ids(&self) -> Vec<ItemId> {
        self.entries.iter().flatten().filter(|e| e.item.kind == Kind::Need).map(|e| e.item.id.clone()).collect()
    }

    /// Why a pair may never be suggested, if it may not.
    pub fn violation(&self, need: &ItemId, offer: &ItemId) -> Result<Option<Violation>, MatchError> {
        let n = self.entry(need)?;
        let o = self.entry(offer)?;
        Ok(check(&n.item.org, &n.profile, &o.item.org, &o.profile, &self.districts)
            .or_else(|| crate::constraints::periods_exclude(self.params.periods, &n.profile, &o.profile)))
    }

    /// Ranked suggestions of offers for a need, at most `top_k`: above the threshold, or with
    /// the per-need decision (`Params::fit`) the candidates it keeps.
    pub fn suggestions_for_need(&self, need: &ItemId, top_k: usize) -> Result<Vec<Suggestion>, MatchError> {
        let slot = self.need_slot(need)?;
        let (idf, cidf) = (self.idf(), self.concept_idf());
        let ranked = self.rank(slot, Kind::Offer, &idf, &cidf, None, top_k, self.floor());
        let shown = self.decide(slot, &ranked, &idf, &cidf);
        Ok(self.finish(ranked, &shown))
    }

    /// Offers that share a subject with the need but are not among its first `top_k`
    /// suggestions, each with the reason, closest in subject first; at most `limit`.
    pub fn near_misses(&self, need: &ItemId, top_k: usize, limit: usize) -> Result<Vec<NearMiss>, MatchError> {
        let slot = self.need_slot(need)?;
        let (idf, cidf) = (self.idf(), self.concept_idf());
        let ranked = self.rank(slot, Kind::Offer, &idf, &cidf, None, top_k, self.floor());
        let mask = self.decide(slot, &ranked, &idf, &cidf);
        let count = mask.iter().filter(|k| **k).count();
        // The raw score a pair had to reach to be shown: nothing was enough for a need whose
        // candidates were judged not to fit.
        let bar = match self.params.fit {
            None => self.params.threshold,
            Some(_) if count == 0 => f32::INFINITY,
            Some(m) => ranked.first().map_or(f32::INFINITY, |best| m.floor.max(best.1 - m.band)),
        };
        let shown: Vec<ItemId> = ranked.into_iter().zip(&mask).filter(|(_, k)| **k).map(|(r, _)| r.0).collect();
        Ok(self.misses(slot, &idf, &cidf, &shown, bar, limit))
    }

    /// The facts the per-need decision weighs, for a need and its candidates (raw scores, best
    /// first, as `suggestions_for_need` gives them with `calibrated` off and no `fit`): for
    /// fitting the model (`examples/evaluate.rs -- --fit`).
    pub fn need_facts(&self, need: &ItemId, candidates: &[Suggestion]) -> Result<NeedFacts, MatchError> {
        let slot = self.need_slot(need)?;
        let ranked: Vec<(ItemId, f32, Vec<Reason>)> = candidates.iter().map(|s| (s.offer.clone(), s.score, s.reasons.clone())).collect();
        let (idf, cidf) = (self.idf(), self.concept_idf());
        Ok(self.facts(slot, &ranked, self.floor(), &idf, &cidf))
    }

    fn need_slot(&self, need: &ItemId) -> Result<usize, MatchError> {
        let slot = *self.slots.get(need).ok_or_else(|| MatchError::UnknownItem(need.clone()))?;
        if self.entry(need)?.item.kind != Kind::Need {
            return Err(MatchError::NotANeed(need.clone()));
        }
        Ok(slot)
    }

    /// The raw score below which nothing is a candidate for a need.
    fn floor(&self) -> f32 {
        self.params.fit.map_or(self.params.threshold, |m| m.floor)
    }

    /// Which of a need's ranked candidates are shown: all without the per-need decision, else
    /// what the model keeps.
    fn decide(&self, slot: usize, ranked: &[(ItemId, f32, Vec<Reason>)], idf: &[f32], cidf: &[f32]) -> Vec<bool> {
        let Some(model) = self.params.fit else { return vec![true; ranked.len()] };
        let facts = self.facts(slot, ranked, model.floor, idf, cidf);
        let raw: Vec<f32> = ranked.iter().map(|r| r.1).collect();
        let addable = self.addable(slot, ranked.iter().map(|r| (&r.0, &r.2[..])));
        model.shown_mask(&facts, &raw, &addable)
    }

    /// For each candidate of a need (as `suggestions_for_need` gives them with no `fit`), whether
    /// the per-need model may add it below the threshold (`FitModel::shown_mask`): for fitting
    /// and measuring the model (`examples/evaluate.rs -- --fit`) as the engine decides.
    pub fn addable_below(&self, need: &ItemId, candidates: &[Suggestion]) -> Result<Vec<bool>, MatchError> {
        let slot = self.need_slot(need)?;
        Ok(self.addable(slot, candidates.iter().map(|s| (&s.offer, &s.reasons[..]))))
    }

    /// Below the threshold the per-need model adds offers of the need's category field only, and
    /// one that names only a neighbouring subject of what the need is about
    /// (`score::Overlap::near`) only when both were entered under the same field: an interpreter
    /// need is not served by an education offer's language course that the two texts' fields
    /// merely share. Nor is an offer on terms the need cannot meet (`score::terms_unmet`).
    fn addable<'a>(&self, slot: usize, candidates: impl Iterator<Item = (&'a ItemId, &'a [Reason])>) -> Vec<bool> {
        let entry = |s: usize| self.entries.get(s).and_then(Option::as_ref);
        let need = entry(slot);
        candidates
            .map(|(offer, reasons)| {
                known_from_reasons(reasons).1
                    && !need.zip(self.slots.get(offer).and_then(|&s| entry(s))).is_some_and(|(need, offer)| {
                        crate::score::terms_unmet(&need.profile, &offer.profile)
                            || (!same_entered_field(&need.profile, &offer.profile) && {
                                let o = overlap(&need.profile, &offer.profile, &self.params, self.lexicon);
                                o.near && !o.anchored
                            })
                    })
            })
            .collect()
    }

    fn facts(&self, slot: usize, ranked: &[(ItemId, f32, Vec<Reason>)], floor: f32, idf: &[f32], cidf: &[f32]) -> NeedFacts {
        let (Some(Some(need)), Some(best)) = (self.entries.get(slot), ranked.first()) else { return NeedFacts::default() };
        let Some(offer) = self.slots.get(&best.0).and_then(|&s| self.entries.get(s)).and_then(Option::as_ref) else {
            return NeedFacts::default();
        };
        let (o, lexical, cut) = self.pair_detail(need, offer, idf, cidf);
        let (known_fits, same_category) = known_from_reasons(&best.2);
        NeedFacts {
            best: best.1,
            second: ranked.get(1).map_or(floor, |r| r.1),
            candidates: ranked.len(),
            anchored: o.anchored,
            shares_topic: o.shares_topic,
            known_fits,
            cross_language: need.profile.other_language_than(&offer.profile),
            need_meaning: need.profile.concept_mass,
            same_category,
            topic: o.topic,
            lexical,
            soft_cut: cut,
            third: ranked.get(2).map_or(floor, |r| r.1),
            title_read: need.profile.title_read,
            need_words: need.profile.terms.len(),
            top_category: crate::fit::top_category_share(ranked.iter().map(|r| known_from_reasons(&r.2).1)),
        }
    }

    /// The ranked candidates that `shown` marks as suggestions, with calibrated scores if so set.
    fn finish(&self, ranked: Vec<(ItemId, f32, Vec<Reason>)>, shown: &[bool]) -> Vec<Suggestion> {
        let cal = self.params.calibrated.then(Calibration::builtin);
        ranked
            .into_iter()
            .zip(shown)
            .filter(|(_, k)| **k)
            .map(|(r, _)| r)
            .map(|(offer, raw, reasons)| Suggestion { offer, score: cal.map_or(raw, |c| c.apply(raw)), reasons })
            .collect()
    }

    /// Ranked needs this offer could serve, at most `top_k`, all above the threshold.
    pub fn seekers_for_offer(&self, offer: &ItemId, top_k: usize) -> Result<Vec<Seeker>, MatchError> {
        let slot = *self.slots.get(offer).ok_or_else(|| MatchError::UnknownItem(offer.clone()))?;
        let entry = self.entry(offer)?;
        if entry.item.kind != Kind::Offer {
            return Err(MatchError::NotAnOffer(offer.clone()));
        }
        let (idf, cidf) = (self.idf(), self.concept_idf());
        let ranked = self.rank(slot, Kind::Need, &idf, &cidf, None, top_k, self.params.threshold);
        let all = vec![true; ranked.len()];
        Ok(self.finish(ranked, &all).into_iter().map(|s| Seeker { need: s.offer, score: s.score, reasons: s.reasons }).collect())
    }

    /// Suggestions for every need, in slot order (the order needs were added, reusing freed slots).
    /// The work is split over the available cores.
    pub fn all_suggestions(&self, top_k: usize) -> Vec<(ItemId, Vec<Suggestion>)> {
        let (idf, cidf) = (self.idf(), self.concept_idf());
        let norms: Vec<Norm> = self.entries.iter().map(|e| e.as_ref().map_or(Norm::default(), |e| norm(&e.terms, &idf))).collect();
        let needs: Vec<usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.as_ref().is_some_and(|e| e.item.kind == Kind::Need))
            .map(|(slot, _)| slot)
            .collect();
        let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
        let chunk = needs.len().div_ceil(threads).max(1);
        let run = |slots: &[usize]| -> Vec<(ItemId, Vec<Suggestion>)> {
            slots
                .iter()
                .filter_map(|&slot| {
                    let e = self.entries.get(slot)?.as_ref()?;
                    let ranked = self.rank(slot, Kind::Offer, &idf, &cidf, Some(&norms), top_k, self.floor());
                    let shown = self.decide(slot, &ranked, &idf, &cidf);
                    let list = self.finish(ranked, &shown);
                    Some((e.item.id.clone(), list))
                })
                .collect()
        };
        if threads == 1 || needs.len() < 64 {
            return run(&needs);
        }
        std::thread::scope(|scope| {
            let handles: Vec<_> = needs.chunks(chunk).map(|part| scope.spawn(move || run(part))).collect();
            // A worker only panics on a bug; its share is then computed again on this thread.
            needs.chunks(chunk).zip(handles).flat_map(|(part, h)| h.join().unwrap_or_else(|_| run(part))).collect()
        })
    }

    fn entry(&self, id: &ItemId) -> Result<&Entry, MatchError> {
        self.slots.get(id).and_then(|&s| self.entries.get(s)).and_then(Option::as_ref).ok_or_else(|| MatchError::UnknownItem(id.clone()))
    }
}
