//! Scoring one need against one offer: meaning of the texts first, then category, languages, place and time.

use std::collections::BTreeSet;

use crate::analyse::{Exclusive, Profile};
use crate::category::CategoryList;
use crate::language::mutually_intelligible;
use crate::lexicon::{ConceptKind, Lexicon};
use crate::model::{Audience, Districts, Proximity};
use crate::reason::Reason;

/// Tuning of the scorer. The defaults are the measured ones (see `docs/benchmarks.md`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Weight of how much of the need's main concepts (its anchors) the offer covers.
    pub anchor_weight: f32,
    /// Weight of how much of all the need's concepts the offer covers.
    pub need_coverage_weight: f32,
    /// Weight of how much of the offer's concepts the need covers (how focused the offer is on it).
    pub offer_coverage_weight: f32,
    /// Weight of plain word overlap next to concept overlap.
    pub lexical_weight: f32,
    /// Below this text relevance nothing is suggested, whatever else fits.
    pub min_relevance: f32,
    /// Below this score nothing is suggested.
    pub threshold: f32,
    /// Share of the score that comes from category, languages, place and time.
    pub context_weight: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            anchor_weight: 0.5,
            need_coverage_weight: 0.3,
            offer_coverage_weight: 0.2,
            lexical_weight: 0.35,
            min_relevance: 0.3,
            threshold: 0.6,
            context_weight: 0.2,
        }
    }
}

/// What the scorer needs besides the two profiles.
pub struct Context<'a> {
    pub lexicon: &'a Lexicon,
    pub districts: &'a Districts,
    pub params: Params,
}

/// A scored pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub score: f32,
    pub reasons: Vec<Reason>,
}

const MASS_FLOOR: f32 = 1.0;
/// More reasons than this are noise to a reader.
const MAX_REASONS: usize = 5;

/// Concept overlap of a need and an offer in 0..1, with the shared concepts, strongest first.
pub fn concept_overlap(need: &Profile, offer: &Profile, p: &Params) -> (f32, Vec<(u16, f32)>) {
    if need.concept_mass <= 0.0 || offer.concept_mass <= 0.0 {
        return (0.0, Vec::new());
    }
    let (mut i, mut j) = (0, 0);
    let mut shared = Vec::new();
    let mut sum = 0.0;
    let (mut anchor_shared, mut anchor_mass) = (0.0, 0.0);
    while i < need.concepts.len() && j < offer.concepts.len() {
        let (cn, wn) = need.concepts[i];
        let (co, wo) = offer.concepts[j];
        match cn.cmp(&co) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let s = wn.min(wo);
                sum += s;
                shared.push((cn, s));
                if need.anchors.contains(&cn) {
                    anchor_shared += s;
                }
                i += 1;
                j += 1;
            }
        }
    }
    for (c, w) in &need.concepts {
        if need.anchors.contains(c) {
            anchor_mass += w;
        }
    }
    shared.sort_by(|a, b| b.1.total_cmp(&a.1));
    // A text with little recognised meaning cannot be covered fully: the masses have a floor of
    // one strong title concept.
    let cover_need = (sum / need.concept_mass.max(MASS_FLOOR)).min(1.0);
    let cover_offer = (sum / offer.concept_mass.max(MASS_FLOOR)).min(1.0);
    // Half for how much of all anchors is covered, half for the best-covered one: a need for
    // "X und Y" is well served by an offer of X.
    let best_anchor = need
        .concepts
        .iter()
        .filter(|(c, w)| need.anchors.contains(c) && *w > 0.0)
        .map(|(c, w)| shared_weight(&shared, *c) / w)
        .fold(0.0f32, f32::max);
    let cover_anchor = if anchor_mass > 0.0 {
        0.5 * (anchor_shared / anchor_mass).min(1.0) + 0.5 * best_anchor.min(1.0)
    } else {
        cover_need
    };
    let topic = p.anchor_weight * cover_anchor + p.need_coverage_weight * cover_need + p.offer_coverage_weight * cover_offer;
    (topic, shared)
}

fn shared_weight(shared: &[(u16, f32)], concept: u16) -> f32 {
    shared.iter().find(|(c, _)| *c == concept).map_or(0.0, |(_, s)| *s)
}

/// Scores a pair that passed the hard constraints; `None` when it falls below the threshold.
/// `lexical` is the word-overlap similarity of the two texts (0..1).
pub fn score_pair(need: &Profile, offer: &Profile, lexical: f32, ctx: &Context<'_>) -> Option<Scored> {
    let p = ctx.params;
    let (topic, shared) = concept_overlap(need, offer, &p);
    // Without a shared subject (or plainly the same words) there is nothing to suggest, however
    // well place and time fit.
    let shares_topic = shared.iter().any(|(c, s)| {
        *s >= 0.2 && ctx.lexicon.concept(*c).is_some_and(|c| c.kind == ConceptKind::Topic)
    });
    if !shares_topic && lexical < 0.3 {
        return None;
    }
    let mut relevance = (topic + p.lexical_weight * lexical).min(1.0);

    // Languages: for interpreting and language courses the named language is the point.
    let critical = critical_languages(ctx.lexicon, need);
    let covered: Vec<String> = critical
        .iter()
        .filter(|l| offer.speaks.iter().any(|s| mutually_intelligible(l, s)))
        .cloned()
        .collect();
    let language_fit = if !critical.is_empty() {
        if covered.is_empty() {
            // An interpreter without the language is no help at all.
            relevance *= 0.25;
            0.0
        } else {
            1.0
        }
    } else if shared_foreign_language(need, offer).is_some() {
        0.6
    } else {
        0.3
    };

    // An offer only for women (or men, youth) suits a need only if the need says it is for them.
    let restricted_away = offer.exclusive.iter().any(|e| match e {
        Exclusive::Women => need.gender != Some(Audience::Women),
        Exclusive::Men => need.gender != Some(Audience::Men),
        Exclusive::Youth => !need.youth,
        Exclusive::Adults => need.youth && !need.adult,
    });
    if restricted_away {
        relevance *= 0.6;
    }
    // Seniors' needs and children's offers (or the other way round) rarely fit.
    let only_adults = |p: &Profile| p.adult && !p.youth;
    let only_young = |p: &Profile| p.youth && !p.adult;
    if (only_adults(need) && only_young(offer)) || (only_young(need) && only_adults(offer)) {
        relevance *= 0.7;
    }
    if teaches_other_language(ctx.lexicon, need, offer) {
        relevance *= 0.4;
    }
    // What the need is mainly about must be offered, not just mentioned around it.
    let anchored = need.anchors.is_empty() || shared.iter().any(|(c, _)| need.anchors.contains(c));
    if !anchored {
        relevance *= 0.55;
    }
    if relevance < p.min_relevance {
        return None;
    }

    let category_fit = category_fit(need, offer);
    let place = match (&need.district, &offer.district) {
        (Some(a), Some(b)) => ctx.districts.relation(a, b),
        _ => Proximity::Unknown,
    };
    let place_fit = match place {
        Proximity::Same => 1.0,
        Proximity::Neighbour => 0.6,
        Proximity::Unknown => 0.3,
        Proximity::Far => 0.0,
    };
    let need_days = need.weekdays.as_ref().or(need.text_weekdays.as_ref());
    let offer_days = offer.weekdays.as_ref().or(offer.text_weekdays.as_ref());
    let common_days: Option<BTreeSet<_>> = match (need_days, offer_days) {
        (Some(a), Some(b)) => Some(a.intersection(b).copied().collect()),
        _ => None,
    };
    if common_days.as_ref().is_some_and(BTreeSet::is_empty) {
        // Only reachable when a side named its days in the text alone.
        relevance *= 0.7;
    }
    let time_overlap = match (need.time, offer.time) {
        (Some(a), Some(b)) => Some(a.overlaps(b)),
        _ => None,
    };
    if time_overlap == Some(false) {
        relevance *= 0.6;
    }
    let days_fit = common_days.as_ref().map(|d| !d.is_empty());
    let time_fit = match (days_fit, time_overlap) {
        (Some(false), _) | (_, Some(false)) => 0.0,
        (Some(true), _) | (_, Some(true)) => 1.0,
        _ => 0.4,
    };
    let context = 0.4 * category_fit + 0.25 * language_fit + 0.2 * place_fit + 0.15 * time_fit;
    let score = ((1.0 - p.context_weight) * relevance + p.context_weight * context).clamp(0.0, 1.0);
    if score < p.threshold {
        return None;
    }

    let mut reasons = Vec::new();
    let mut labels = Vec::new();
    for (cid, strength) in &shared {
        let Some(c) = ctx.lexicon.concept(*cid) else { continue };
        if c.kind == ConceptKind::Topic && *strength >= 0.25 && labels.len() < 2 && !labels.contains(&c.label) {
            labels.push(c.label.clone());
            reasons.push(Reason::Topic { label: c.label.clone() });
        }
    }
    if category_fit >= 0.7 {
        if let Some(name) = shared_category_name(need, offer) {
            if !labels.iter().any(|l| l == &name) {
                reasons.push(Reason::SameCategory { category: name });
            }
        }
    }
    if covered.is_empty() {
        if let Some(l) = shared_foreign_language(need, offer) {
            reasons.push(Reason::SpeaksLanguage { language: l });
        }
    } else {
        reasons.extend(covered.into_iter().take(2).map(|language| Reason::SpeaksLanguage { language }));
    }
    if let Some(days) = common_days {
        if !days.is_empty() && days.len() < 7 {
            reasons.push(Reason::WeekdaysFit { days: days.into_iter().collect() });
        }
    }
    if time_overlap == Some(true) {
        reasons.push(Reason::TimeFits);
    }
    match (place, &need.district, &offer.district) {
        (Proximity::Same, Some(d), _) => reasons.push(Reason::SameDistrict { district: d.clone() }),
        (Proximity::Neighbour, Some(n), Some(o)) => {
            reasons.push(Reason::NeighbouringDistrict { offer_district: o.clone(), need_district: n.clone() })
        }
        _ => {}
    }
    for (audience, both) in [
        (Audience::Women, need.gender == Some(Audience::Women) && offer.gender == Some(Audience::Women)),
        (Audience::Men, need.gender == Some(Audience::Men) && offer.gender == Some(Audience::Men)),
        (Audience::Youth, need.youth && offer.youth && !need.adult),
    ] {
        if both {
            reasons.push(Reason::SameAudience { audience });
        }
    }
    reasons.truncate(MAX_REASONS);
    Some(Scored { score, reasons })
}

/// Languages the need is about: the required ones, or for interpreting and language
/// learning the languages it names or lists (German aside).
pub fn critical_languages(lex: &Lexicon, need: &Profile) -> BTreeSet<String> {
    if !need.required_languages.is_empty() {
        return need.required_languages.clone();
    }
    if !need.skill_languages.is_empty() {
        return need.skill_languages.iter().filter(|l| l.as_str() != "de").cloned().collect();
    }
    let about = |name: &str| {
        lex.concept_named(name).is_some_and(|id| need.concepts.iter().any(|(c, w)| *c == id && *w >= 0.5))
    };
    let foreign = |l: &&String| l.as_str() != "de";
    if about("language_mediation") {
        // Interpreting: the languages listed or named are the ones to interpret.
        need.languages.iter().filter(foreign).cloned().collect()
    } else if about("language_learning") || about("literacy") {
        // Learning: the language named in the text is the one to teach; the listed ones are the learners'.
        need.named_languages.iter().filter(foreign).cloned().collect()
    } else {
        BTreeSet::new()
    }
}

/// Both are about learning a language, and they name different ones (German course vs Turkish lessons).
fn teaches_other_language(lex: &Lexicon, need: &Profile, offer: &Profile) -> bool {
    let Some(learning) = lex.concept_named("language_learning") else { return false };
    let learns = |p: &Profile| p.concepts.iter().any(|(c, w)| *c == learning && *w >= 0.5);
    learns(need)
        && learns(offer)
        && !need.named_languages.is_empty()
        && !offer.named_languages.is_empty()
        && need.named_languages.is_disjoint(&offer.named_languages)
}

fn shared_foreign_language(need: &Profile, offer: &Profile) -> Option<String> {
    need.languages.iter().find(|l| l.as_str() != "de" && offer.speaks.contains(*l)).cloned()
}

fn category_fit(need: &Profile, offer: &Profile) -> f32 {
    match (need.explicit_category, offer.explicit_category) {
        (Some(a), Some(b)) if a == b => 1.0,
        _ if need.categories.iter().any(|c| offer.categories.contains(c)) => 0.7,
        _ => 0.0,
    }
}

fn shared_category_name(need: &Profile, offer: &Profile) -> Option<String> {
    let list = CategoryList::builtin();
    need.categories.iter().find(|c| offer.categories.contains(c)).and_then(|&c| list.name(c)).map(str::to_string)
}
