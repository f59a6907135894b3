//! Scoring one need against one offer: meaning of the texts first, then category, languages, place and time.

use std::collections::BTreeSet;

use crate::analyse::{Exclusive, Profile, TOPIC_STRENGTH};
use crate::category::CategoryList;
use crate::fit::FitModel;
use crate::language::mutually_intelligible;
use crate::lexicon::{ConceptKind, Lexicon};
use crate::model::{Audience, Proximity};
use crate::period::PeriodRule;
use crate::reason::Reason;

/// Tuning of the scorer. The defaults are the measured ones: weights and threshold chosen by the
/// leave-one-set-out procedure of `examples/evaluate.rs -- --loso` (see `docs/benchmarks.md`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Weight of how much of the need's main concepts (its anchors) the offer covers.
    pub anchor_weight: f32,
    /// Weight of how much of all the need's concepts the offer covers.
    pub need_coverage_weight: f32,
    /// Weight of how much of the offer's concepts the need covers (how focused the offer is on it).
    pub offer_coverage_weight: f32,
    /// Weight of plain word overlap (idf-weighted cosine) next to concept overlap.
    pub lexical_weight: f32,
    /// Weight of the share of words both texts have (the word-overlap baseline's signal, which
    /// carries to vocabulary the lexicon does not know).
    pub shared_words_weight: f32,
    /// For a need and an offer written in different languages, whose words cannot be the same:
    /// the share of their concept overlap that stands in for the word overlap and the shared
    /// words (0 = words that cannot match count as not matching).
    pub cross_language_words: f32,
    /// Below this text relevance nothing is suggested, whatever else fits.
    pub min_relevance: f32,
    /// Below this raw score nothing is suggested (shown scores are calibrated, see `calibrated`).
    pub threshold: f32,
    /// Share of the score that comes from category, languages, place and time.
    pub context_weight: f32,
    /// Whether suggestions carry the calibrated score (`data/calibration.txt`) rather than the raw one.
    pub calibrated: bool,
    /// The per-need decision whether anything fits (`fit`); when set, a need's suggestions are
    /// its candidates down to the model's floor if the model keeps the need, within its band of
    /// the best, and `threshold` only applies to `Engine::seekers_for_offer`. The default is
    /// `FitModel::below_threshold` (`data/fit_below.txt`): a need whose best candidate reaches
    /// the global threshold (0.61) keeps its suggestions, now down to the floor (0.40; below the
    /// threshold only offers in the need's category field), and the model adds needs whose
    /// candidates all stay below it; it never takes a need's suggestions away, so every set keeps
    /// its figures (`tests/it/eval_floor.rs`) and gains where fitting offers ranked below the
    /// threshold. `FitModel::builtin` (`data/fit.txt`) decides every need
    /// alone (a lower no-match share, but it cuts fitting needs the threshold shows); `None`: one
    /// global `threshold` for every need, as before branch `match13` (`docs/benchmarks.md`).
    pub fit: Option<FitModel>,
    /// What periods of the year read from both texts do to a pair that they keep apart
    /// ("nur in den Sommerferien" against "von November bis Februar"; `crate::period`).
    pub periods: PeriodRule,
}

impl Default for Params {
    // Not inlined: with `fit: None` inlined into the evaluation examples, rustc 1.95's LLVM
    // overflowed its stack in ScalarEvolution while compiling `examples/evaluate.rs` (release).
    #[inline(never)]
    fn default() -> Self {
        Params {
            anchor_weight: 0.5,
            need_coverage_weight: 0.3,
            offer_coverage_weight: 0.2,
            lexical_weight: 0.5,
            shared_words_weight: 0.5,
            cross_language_words: CROSS_DEFAULT,
            min_relevance: 0.3,
            threshold: 0.61,
            context_weight: 0.3,
            calibrated: true,
            fit: FitModel::below_threshold(),
            periods: PERIODS_DEFAULT,
        }
    }
}

/// How periods of the year are used by default (measured in `docs/benchmarks.md`, "Periods of
/// the year", and "Periods of the year on 79 training sets": off until session 23, when the sets
/// where the time of year decides had grown enough for the exclusion to lower the no-fit share).
const PERIODS_DEFAULT: PeriodRule = PeriodRule::Exclude;

/// The relevance left to a pair whose periods of the year do not meet (`PeriodRule::Soft`).
const PERIODS_APART: f32 = 0.8;

/// What the scorer needs besides the two profiles.
pub struct Context<'a> {
    pub lexicon: &'a Lexicon,
    pub params: Params,
}

/// Facts about a pair computed before scoring (once per pair).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairFacts {
    /// Word-overlap similarity of the two texts (0..1).
    pub lexical: f32,
    /// Share of the words of both texts that they have in common (0..1).
    pub shared_words: f32,
    /// For texts in two languages (0 otherwise): the share of the concepts of both that they
    /// have in common, each counted by its idf (`concept_share`).
    pub concepts_shared: f32,
    pub overlap: Overlap,
    /// How the two districts relate.
    pub place: Proximity,
}

/// A soft rule that lowers a pair's relevance (unlike a `Violation`, it does not exclude).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortfall {
    /// The need is about a language (interpreting, a course) the offer does not name.
    LanguageNotSpoken,
    /// The offer is for another audience (women, men, youth; children against seniors).
    OtherAudience,
    /// The need asks for a person in a role (trainer, teacher, helper, leader); the offer is the activity.
    NotTheRole,
    /// The need names a condition (certified) the offer does not.
    ConditionMissing,
    /// Interpreting against written translation, or the other way round.
    OtherKindOfService,
    /// Both teach a language, different ones.
    OtherLanguageTaught,
    /// The offer lacks what the need is mainly about (its anchors).
    MainSubjectMissing,
    /// Days named in a text do not meet.
    DaysDiffer,
    /// The times of day do not meet.
    TimesDiffer,
    /// A room or vehicle is free for only part of the time the need names.
    PartOfTheTime,
    /// The group is clearly larger than the places on offer.
    GroupTooLarge,
    /// The offer is far from every district the need names.
    FarFromNamedPlace,
    /// The need asks for more money than the offer gives at most ("1.500 €" against "bis 300 €").
    AmountTooLarge,
    /// The periods of the year both texts name do not meet ("nur in den Sommerferien" against
    /// "von November bis Februar").
    PeriodsDiffer,
}

/// Multiplies `relevance` by `factor` and remembers the strongest cut.
fn cut(relevance: &mut f32, strongest: &mut Option<(Shortfall, f32)>, why: Shortfall, factor: f32) {
    *relevance *= factor;
    if strongest.is_none_or(|(_, f)| factor < f) {
        *strongest = Some((why, factor));
    }
}

/// A scored pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub score: f32,
    pub reasons: Vec<Reason>,
}

const MASS_FLOOR: f32 = 1.0;
/// The word cosine at which a pair without a shared topic concept is still scored: the texts say
/// it in the same words where the lexicon has no concept for them (telegraphic cards, everyday
/// words). Was 0.3; 0.2 measured in the eleventh slice (`docs/benchmarks.md`): LOSO nDCG@10 over
/// 22 sets 0.756 → 0.759, no-match unchanged; the score and its threshold still decide.
const SAME_WORDS: f32 = 0.2;
/// Default of `Params::cross_language_words`: off. Measured at 0.2–1.0 (`docs/benchmarks.md`, fifth
/// slice): more cross-language matches found, but as many more suggestions for needs without a match.
const CROSS_DEFAULT: f32 = 0.0;
/// How well the categories must fit for the concept overlap to stand in for words across
/// languages (1 = the same category field).
const CROSS_CATEGORY: f32 = 1.0;
/// The bit of `LanguageTable::mask` for languages not on the list.
const OTHER_LANGUAGE: u64 = 1 << 63;
/// Factor for an offer that shares none of what the need is mainly about.
const UNANCHORED: f32 = 0.55;
/// The share of a need's anchor that an offer naming a neighbouring subject of it covers
/// (`Lexicon::are_neighbours`: "Hilfe bei Förderanträgen" for "Geld für Instrumente"), when it
/// shares none of the anchors itself; measured 0.3–1.0 in `docs/benchmarks.md` ("Fitting pairs
/// short of the threshold"), 0.6–0.8 alike.
const NEIGHBOUR: f32 = 0.7;
/// Factor for such an offer instead of `UNANCHORED`: it has something close to what the need is
/// mainly about, not nothing; such pairs mostly stay below the threshold and are ranked behind
/// the offers of the need's own subject (measured 0.55–1.0; above 0.75 more needs without a fit
/// get a suggestion).
const NEIGHBOUR_CUT: f32 = 0.7;
/// Factor for an offer that names only the contrast of what the need names.
const CONTRAST: f32 = 0.85;
/// Factor for an offer that names only other members of a family whose member the need names
/// (a swimming course for a cycling need, English tutoring for maths): they share the field,
/// not the subject.
const SIBLING: f32 = 0.6;
/// The cut for an offer whose languages field leaves out the language a need asks for, which only
/// its association speaks (`Profile::org_only_mask`). Measured on 103 training sets (session 25):
/// ×0.7 nDCG@10 +0.0004 and no-match −0.0034; ×0.6 and ×0.5 cut more no-fit suggestions (−0.0050,
/// −0.0055) but took judged pairs below a set's floor.
const ORG_LANGUAGE_ONLY: f32 = 0.7;
/// The cut for an offer on terms the need cannot meet (`terms_unmet`).
const TERMS_UNMET: f32 = 0.4;
/// The cut for an offer that says it does not do or have what the need names (`denies`).
const DENIED: f32 = 0.5;
/// A family member counts as named by an item when it weighs more than a description gives it
/// (`DESCRIPTION_WEIGHT` 0.5 of its lexicon weight), i.e. in the title (also as what the item is
/// for): a description that lists kinds as examples ("z. B. Band, Chor oder DJ", "Patenschaften,
/// Besuche, Begleitung") does not make an item one of them only.
const SIBLING_PRESENCE: f32 = 0.55;
/// A need names a family member also in its description, when its title names the field
/// ("Şêwra hiqûqî" — legal advice — "… berdan (Scheidung)"): what it asks for is said there.
const NEED_SIBLING_PRESENCE: f32 = 0.45;
/// Factor for an offer for school classes none of which the need names (maths for class 9 against
/// tutoring for classes 1–6 or for the upper level): the same subject, another audience. ×0.6 and
/// ×0.45 gave the same leave-one-set-out figures; ×0.45 also takes one more such pair below the
/// default threshold, and no judged fitting pair of the sixteen sets names disjoint classes.
const OTHER_CLASSES: f32 = 0.45;
/// Factor for a room or vehicle free for only part of the time the need's field names.
const PART_OF_THE_TIME: f32 = 0.75;
/// Factor for an offer far from every district a need names in its text.
const FAR_FROM_NAMED_PLACE: f32 = 0.8;
/// Factor for an offer only at its own place, far from a need that names no place of its own.
const FAR_ON_SITE: f32 = 0.85;
/// Factor for a need asking for more money than the offer gives at most.
const AMOUNT_TOO_LARGE: f32 = 0.5;
/// A group larger than the places on offer keeps (places ÷ group) to this power of its relevance.
const GROUP_EXPONENT: f32 = 1.0;
/// The relevance a pair of a need that names no subject and an offer of its category field has
/// before the texts are compared (`subject_free_fit`); what they share adds the rest.
const SUBJECT_FREE_BASE: f32 = 0.6;
/// The highest raw score such a pair can have: the field alone is weaker evidence than a shared subject.
const SUBJECT_FREE_CAP: f32 = 0.65;
/// How much of a need's title the lexicon must have read for the need to count as naming no
/// subject: all of it. A title with words the lexicon does not know ("Interprète wolof",
/// "Business plan for a shop") names a subject the engine cannot read, not none; on the training
/// sets such needs were mostly judged without a fit, and candidates by field alone raised the
/// no-match share (`docs/benchmarks.md`, "Needs that name no subject").
const SUBJECT_FREE_READ: f32 = 1.0;
/// More reasons than this are noise to a reader.
const MAX_REASONS: usize = 5;

/// The relevance of a pair from the sum of its text signals (concept coverage, word cosine,
/// shared words), which can reach about 2: the sum up to 1, and above 1 a small share
/// (`ABOVE_ONE`) of what exceeds it. A hard cap at 1 made every offer that covers what the need
/// is about and shares some of its words equal, so that among offers of one subject only place,
/// time and category ordered them; the share keeps the one with more of the need's words and
/// secondary concepts ahead, and leaves every pair whose sum stays below 1 as it was. Measured in
/// `docs/benchmarks.md` ("Offers of one subject told apart"): a share of 0.025–0.05 raised LOSO
/// nDCG@10 over 34 sets 0.7514 → 0.7518 at the same no-match share; 0.1 and more lifted
/// look-alikes over the threshold, and bending the sum below 1 instead (a soft knee) lowered
/// fitting pairs under it.
pub fn relevance_from(sum: f32) -> f32 {
    sum.min(1.0) + ABOVE_ONE * (sum - 1.0).max(0.0)
}

/// See `relevance_from`.
const ABOVE_ONE: f32 = 0.05;

/// How the concepts of a need and an offer overlap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Overlap {
    /// Concept relevance in 0..1.
    pub topic: f32,
    /// The offer shares at least one of the need's anchors (or the need has none).
    pub anchored: bool,
    /// The offer shares a topic concept of some strength (not only audience or language).
    pub shares_topic: bool,
    /// The offer shares an audience concept of some strength (women, seniors, youth).
    pub shares_audience: bool,
    /// The offer shares none of the need's anchors but names a neighbouring subject of one
    /// (`Lexicon::are_neighbours`): it counts in part (`NEIGHBOUR`), and the pair is cut less
    /// than an unanchored one (`NEIGHBOUR_CUT`).
    pub near: bool,
}

/// Concept overlap of a need and an offer, without allocating (it runs for every candidate).
pub fn overlap(need: &Profile, offer: &Profile, p: &Params, lex: &Lexicon) -> Overlap {
    let (mut i, mut j) = (0, 0);
    let (mut sum, mut anchor_shared, mut best_anchor) = (0.0f32, 0.0f32, 0.0f32);
    let (mut anchored, mut shares_topic, mut shares_audience) = (need.anchors.is_empty(), false, false);
    while i < need.concepts.len() && j < offer.concepts.len() {
        let (cn, wn) = need.concepts[i];
        let (co, wo) = offer.concepts[j];
        match cn.cmp(&co) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let s = wn.min(wo);
                sum += s;
                if need.anchors.contains(&cn) {
                    anchored = true;
                    anchor_shared += s;
                    if wn > 0.0 {
                        best_anchor = best_anchor.max(s / wn);
                    }
                }
                if s >= TOPIC_STRENGTH {
                    match lex.concept(cn).map(|c| &c.kind) {
                        Some(ConceptKind::Topic) => shares_topic = true,
                        Some(ConceptKind::Audience { .. }) => shares_audience = true,
                        _ => {}
                    }
                }
                i += 1;
                j += 1;
            }
        }
    }
    // None of the anchors offered: a neighbouring subject of one ("Hilfe bei Förderanträgen"
    // for "Geld für Instrumente") covers it in part.
    let mut near = false;
    if !anchored {
        for &a in &need.anchors {
            let Ok(k) = need.concepts.binary_search_by_key(&a, |(c, _)| *c) else { continue };
            let wn = need.concepts[k].1;
            let best = offer
                .concepts
                .iter()
                .filter(|&&(o, wo)| wo >= TOPIC_STRENGTH && lex.are_neighbours(a, o))
                .map(|&(_, wo)| wo.min(wn))
                .fold(0.0f32, f32::max);
            if best > 0.0 && wn > 0.0 {
                let s = NEIGHBOUR * best;
                near = true;
                sum += s;
                anchor_shared += s;
                best_anchor = best_anchor.max(s / wn);
            }
        }
    }
    // A text with little recognised meaning cannot be covered fully: the masses have a floor of
    // one strong title concept.
    let cover_need = (sum / need.concept_mass.max(MASS_FLOOR)).min(1.0);
    let cover_offer = (sum / offer.concept_mass.max(MASS_FLOOR)).min(1.0);
    // Half for how much of all anchors is covered, half for the best-covered one: a need for
    // "X und Y" is well served by an offer of X.
    let cover_anchor =
        if need.anchor_mass > 0.0 { 0.5 * (anchor_shared / need.anchor_mass).min(1.0) + 0.5 * best_anchor.min(1.0) } else { cover_need };
    let topic = p.anchor_weight * cover_anchor + p.need_coverage_weight * cover_need + p.offer_coverage_weight * cover_offer;
    Overlap { topic, anchored, shares_topic, shares_audience, near }
}

/// An upper bound of the score of a pair from the concepts and the numbers of words alone
/// (`max_shared_words` bounds their share of common words: the smaller list over the larger):
/// pairs below the threshold by this bound are skipped before the full scoring.
pub fn score_upper_bound(o: &Overlap, p: &Params, max_shared_words: f32, concepts_shared: f32) -> f32 {
    // Across languages the shared concepts may stand in for the shared words (see `score_pair`).
    let shared = max_shared_words.max(p.cross_language_words * concepts_shared);
    let words = if o.anchored || o.near { p.shared_words_weight * shared } else { 0.0 };
    let sum = o.topic + p.lexical_weight + words;
    let mut relevance = relevance_from(sum);
    if !o.anchored {
        relevance *= if o.near { NEIGHBOUR_CUT.max(UNANCHORED) } else { UNANCHORED };
    }
    (1.0 - p.context_weight) * relevance + p.context_weight
}

/// Whether an offer sharing none of a need's anchors could still reach the threshold: at best it
/// covers everything but the anchors and has the strongest word overlap and context.
pub fn unanchored_can_pass(p: &Params) -> bool {
    let topic = p.need_coverage_weight + p.offer_coverage_weight;
    // Shared words count only for anchored pairs (see `score_pair`).
    let relevance = (topic + p.lexical_weight).min(1.0) * UNANCHORED;
    (1.0 - p.context_weight) * relevance + p.context_weight >= p.threshold
}

/// The share of the concepts of two texts that both name, each concept counted by its idf
/// among the engine's items (`cidf`, by concept id) and by the weaker of its two weights, over
/// all the concepts either names at the stronger weight: the word-overlap signal on the level of
/// concepts, which a translation keeps where its words change. Subjects, audiences and languages
/// count; markers and days do not. A concept most items name ("Beratung") says little: an
/// asylum counselling need shares it with a debt counselling offer, but not "Asyl".
pub fn concept_share(a: &Profile, b: &Profile, cidf: &[f32], lex: &Lexicon) -> f32 {
    let counts = |c: u16| {
        lex.concept(c).is_some_and(|k| matches!(k.kind, ConceptKind::Topic | ConceptKind::Audience { .. } | ConceptKind::Language(_)))
    };
    let idf = |c: u16| cidf.get(usize::from(c)).copied().unwrap_or(0.0);
    let (mut i, mut j, mut common, mut union) = (0, 0, 0.0f32, 0.0f32);
    loop {
        let (x, y) = (a.concepts.get(i), b.concepts.get(j));
        let (c, wa, wb) = match (x, y) {
            (None, None) => break,
            (Some(&(ca, wa)), Some(&(cb, wb))) if ca == cb => {
                i += 1;
                j += 1;
                (ca, wa, wb)
            }
            (Some(&(ca, wa)), Some(&(cb, _))) if ca < cb => {
                i += 1;
                (ca, wa, 0.0)
            }
            (Some(&(ca, wa)), None) => {
                i += 1;
                (ca, wa, 0.0)
            }
            (_, Some(&(cb, wb))) => {
                j += 1;
                (cb, 0.0, wb)
            }
        };
        if counts(c) {
            common += idf(c) * wa.min(wb);
            union += idf(c) * wa.max(wb);
        }
    }
    if union > 0.0 {
        (common / union).min(1.0)
    } else {
        0.0
    }
}

/// The concepts a need and an offer share, strongest first (for reasons).
pub fn shared_concepts(need: &Profile, offer: &Profile) -> Vec<(u16, f32)> {
    let mut shared: Vec<(u16, f32)> =
        need.concepts.iter().filter_map(|(c, wn)| offer.concepts.iter().find(|(o, _)| o == c).map(|(_, wo)| (*c, wn.min(*wo)))).collect();
    shared.sort_by(|a, b| b.1.total_cmp(&a.1));
    shared
}

/// Scores a pair that passed the hard constraints; `None` when it falls below the threshold.
/// `facts` carries what was computed for the pair before (word overlap, concept overlap, place).
/// With `with_reasons` false only the score is computed (reasons are empty), which is what
/// ranking needs; the reasons are then made for the few suggestions that are shown.
pub fn score_pair(need: &Profile, offer: &Profile, facts: &PairFacts, ctx: &Context<'_>, with_reasons: bool) -> Option<Scored> {
    score_traced(need, offer, facts, ctx, with_reasons).0
}

/// The soft rule that lowered a pair's relevance most, if any (for the office's "why not" of a
/// pair that stays below the threshold).
pub fn main_shortfall(need: &Profile, offer: &Profile, facts: &PairFacts, ctx: &Context<'_>) -> Option<Shortfall> {
    score_traced(need, offer, facts, ctx, false).1
}

/// `score_pair`, and the soft rule that cut the relevance most.
fn score_traced(
    need: &Profile,
    offer: &Profile,
    facts: &PairFacts,
    ctx: &Context<'_>,
    with_reasons: bool,
) -> (Option<Scored>, Option<Shortfall>) {
    let mut short: Option<(Shortfall, f32)> = None;
    let lexical = facts.lexical;
    let p = ctx.params;
    let Overlap { topic, anchored, shares_topic, near, .. } = facts.overlap;
    // Without a shared subject (or plainly the same words, `SAME_WORDS`) there is nothing to suggest, however
    // well place and time fit; a need that names only who it is for ("Women's group", "Зарядка
    // для пенсионеров") is served by an offer for that audience in the same category field.
    // A need that names no subject at all ("Unterstützung gesucht") is about its category field:
    // every offer entered under it is a candidate, ranked by what the texts do share (audience,
    // languages, words) and by the context, with a capped score (`SUBJECT_FREE_CAP`).
    let subject_free = subject_free_fit(need, offer);
    let plainly_related = shares_topic || near || lexical >= SAME_WORDS || audience_only_fit(need, offer, &facts.overlap);
    if !plainly_related && !subject_free {
        return (None, None);
    }
    // Shared words (the baseline's signal) help an offer that has what the need is mainly
    // about; they do not lift one that lacks it (a need without anchors is always anchored).
    // Words of two languages cannot be the same: across languages the concept overlap stands in
    // for the word signals, which would otherwise count a translation as a mismatch.
    let (lexical_signal, shared_words) = if need.other_language_than(offer) && anchored && category_fit(need, offer) >= CROSS_CATEGORY {
        let proxy = p.cross_language_words * facts.concepts_shared;
        (lexical.max(proxy), facts.shared_words.max(proxy))
    } else {
        (lexical, facts.shared_words)
    };
    let words = if anchored || near { p.shared_words_weight * shared_words } else { 0.0 };
    let sum = topic + p.lexical_weight * lexical_signal + words;
    let plain = relevance_from(sum);
    // For a need that names no subject the field stands in for it: what the texts share lifts
    // the relevance above the field's share; the soft rules below cut it as any other.
    let mut relevance = if subject_free { SUBJECT_FREE_BASE + (1.0 - SUBJECT_FREE_BASE) * plain } else { plain };
    let lifted = relevance;

    // Languages: for interpreting and language courses the named language is the point.
    let critical = &need.critical_languages;
    let speaks = |l: &String| offer.speaks.iter().any(|s| mutually_intelligible(l, s));
    // An offer that brings its own interpreters covers every language, but is no interpreter for
    // a need that seeks interpreting itself.
    let any_covered = (offer.any_language && !need.seeks_mediation)
        || match need.critical_mask & offer.speaks_mask {
            0 => false,
            OTHER_LANGUAGE => critical.iter().any(speaks),
            _ => true,
        };
    let language_fit = if !critical.is_empty() {
        if !any_covered {
            // An interpreter without the language is no help at all.
            cut(&mut relevance, &mut short, Shortfall::LanguageNotSpoken, 0.25);
            0.0
        } else if !offer.any_language && offer.org_only_mask != 0 && need.critical_mask & offer.speaks_mask & !offer.org_only_mask == 0 {
            // Only its association speaks the language; the offer itself is given in others
            // (its languages field): possible, not promised.
            cut(&mut relevance, &mut short, Shortfall::LanguageNotSpoken, ORG_LANGUAGE_ONLY);
            0.6
        } else {
            1.0
        }
    } else if shares_foreign_language(need, offer) {
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
    // A need for women only (or men only) is not served by a group said to be for both.
    let one_gender_only = need.exclusive.contains(&Exclusive::Women) || need.exclusive.contains(&Exclusive::Men);
    if restricted_away {
        cut(&mut relevance, &mut short, Shortfall::OtherAudience, 0.6);
    } else if one_gender_only && offer.mixed {
        cut(&mut relevance, &mut short, Shortfall::OtherAudience, 0.8);
    }
    // Seniors' needs and children's offers (or the other way round) rarely fit.
    let only_adults = |p: &Profile| p.adult && !p.youth;
    let only_young = |p: &Profile| p.youth && !p.adult;
    if (only_adults(need) && only_young(offer)) || (only_young(need) && only_adults(offer)) {
        cut(&mut relevance, &mut short, Shortfall::OtherAudience, 0.7);
    }
    // A need for a trainer, teacher or helper is not served by an offer of the activity alone.
    if need.title_role && !offer.has_role {
        cut(&mut relevance, &mut short, Shortfall::NotTheRole, 0.75);
    } else if need.title_leader && !offer.has_leader {
        // Someone to lead the group (a choir director, a trainer) is not a course for its members.
        cut(&mut relevance, &mut short, Shortfall::NotTheRole, 0.85);
    }
    // "Beglaubigte Übersetzung": a condition the offer does not name is not met.
    if need.strict.iter().any(|c| !offer.strict.contains(c)) {
        cut(&mut relevance, &mut short, Shortfall::ConditionMissing, 0.4);
    }
    // "Transporter mit Ladefläche" against "Keine Ladefläche, nur Personenbeförderung": what the
    // need names, the offer says it does not have.
    if denies(need, offer, ctx.lexicon) {
        cut(&mut relevance, &mut short, Shortfall::ConditionMissing, DENIED);
    }
    if terms_unmet(need, offer) {
        cut(&mut relevance, &mut short, Shortfall::ConditionMissing, TERMS_UNMET);
    }
    // "Dolmetscher" against an offer of written translations only, or the other way round.
    if contrasts(need, offer, ctx.lexicon) {
        cut(&mut relevance, &mut short, Shortfall::OtherKindOfService, CONTRAST);
    }
    // A need for one sport, school subject or kind of vehicle, an offer of another one.
    if sibling_subject(need, offer, ctx.lexicon) {
        cut(&mut relevance, &mut short, Shortfall::MainSubjectMissing, SIBLING);
    }
    if other_school_classes(need, offer) || other_language_levels(need, offer) {
        cut(&mut relevance, &mut short, Shortfall::OtherAudience, OTHER_CLASSES);
    }
    if teaches_other_language(need, offer) {
        cut(&mut relevance, &mut short, Shortfall::OtherLanguageTaught, 0.4);
    }
    // What the need is mainly about must be offered, not just mentioned around it.
    if !anchored {
        let factor = if near { NEIGHBOUR_CUT } else { UNANCHORED };
        cut(&mut relevance, &mut short, Shortfall::MainSubjectMissing, factor);
    }
    if relevance < p.min_relevance {
        return (None, short.map(|s| s.0));
    }

    let category_fit = category_fit(need, offer);
    let place = facts.place;
    let place_fit = match place {
        Proximity::Same => 1.0,
        Proximity::Neighbour => 0.6,
        Proximity::Unknown => 0.3,
        Proximity::Far => 0.0,
    };
    let need_days = need.weekdays.as_ref().or(need.text_weekdays.as_ref());
    let offer_days = offer.weekdays.as_ref().or(offer.text_weekdays.as_ref());
    let days_fit = match (need_days, offer_days) {
        (Some(a), Some(b)) => Some(!a.is_disjoint(b)),
        _ => None,
    };
    if days_fit == Some(false) {
        // Only reachable when a side named its days in the text alone.
        cut(&mut relevance, &mut short, Shortfall::DaysDiffer, 0.7);
    }
    // Times are compared for the days both name: "Sa ganztags, Mo–Fr ab 18 Uhr" suits a
    // Saturday morning.
    let time_overlap = crate::analyse::when::slots_fit(&need.slots, &offer.slots);
    if time_overlap == Some(false) {
        // A time named only in the text ("gern vormittags") binds as softly as days named there.
        cut(&mut relevance, &mut short, Shortfall::TimesDiffer, if need.time_from_text || offer.time_from_text { 0.7 } else { 0.6 });
    }
    // A room or vehicle is needed for the whole time the need's field names: one free for only
    // part of it (a Saturday school from 10 to 14, a hall that opens at 13) is a lesser fit.
    // Only where both fields name a start and an end: "ab 18 Uhr", "abends" or a time read from
    // a text say nothing of how long.
    let part_of_the_time = time_overlap == Some(true)
        && need.holds_people
        && need.time_exact
        && offer.time_exact
        && crate::analyse::when::slots_cover(&need.slots, &offer.slots) == Some(false);
    if part_of_the_time {
        cut(&mut relevance, &mut short, Shortfall::PartOfTheTime, PART_OF_THE_TIME);
    }
    // Periods of the year both texts name that do not meet ("nur in den Sommerferien" against
    // "November bis Februar"); unknown on either side is no conflict.
    if p.periods == PeriodRule::Soft && periods_apart(need, offer) {
        cut(&mut relevance, &mut short, Shortfall::PeriodsDiffer, PERIODS_APART);
    }
    // A group larger than the places on offer (120 members, a hall for 80): the places are a
    // maximum, so any excess is a shortfall; more than twice is excluded (`constraints`).
    if let Some(share) = places_share(need, offer) {
        cut(&mut relevance, &mut short, Shortfall::GroupTooLarge, share.powf(GROUP_EXPONENT));
    }
    // More money than the offer gives at most ("1.500 € Zuschuss" against "bis 300 €"); an
    // amount unknown on either side is no conflict.
    if let (Some(asked), Some(given)) = (need.amount, offer.amount) {
        if asked > given {
            cut(&mut relevance, &mut short, Shortfall::AmountTooLarge, AMOUNT_TOO_LARGE);
        }
    }
    // A need that names where it wants it ("Raum in Weinberg", "Bahnhofsviertel od. Altstadt")
    // is served less by an offer in a district that does not border any of those.
    if !need.places.is_empty() && place == Proximity::Far {
        cut(&mut relevance, &mut short, Shortfall::FarFromNamedPlace, FAR_FROM_NAMED_PLACE);
    } else if offer.on_site_only && !need.place_stated && place == Proximity::Far {
        // Only at the offer's place, far from the association of a need that names no place:
        // possible (they may go there), but less handy.
        cut(&mut relevance, &mut short, Shortfall::FarFromNamedPlace, FAR_ON_SITE);
    }
    let time_fit = match (days_fit, time_overlap) {
        (Some(false), _) | (_, Some(false)) => 0.0,
        (Some(true), _) | (_, Some(true)) => 1.0,
        _ => 0.4,
    };
    let context = 0.4 * category_fit + 0.25 * language_fit + 0.2 * place_fit + 0.15 * time_fit;
    let mut score = ((1.0 - p.context_weight) * relevance + p.context_weight * context).clamp(0.0, 1.0);
    if subject_free {
        // Capped: the field alone is weaker evidence than a subject both name. A pair that a
        // shared audience or the same words relate anyway keeps its own score if that is higher.
        let cuts = if lifted > 0.0 { relevance / lifted } else { 0.0 };
        let own = plain * cuts;
        let own_score = if plainly_related && own >= p.min_relevance {
            ((1.0 - p.context_weight) * own + p.context_weight * context).clamp(0.0, 1.0)
        } else {
            0.0
        };
        score = own_score.max(score.min(SUBJECT_FREE_CAP));
    }
    if score < p.threshold {
        return (None, short.map(|s| s.0));
    }
    if !with_reasons {
        return (Some(Scored { score, reasons: Vec::new() }), short.map(|s| s.0));
    }
    let covered: Vec<String> = critical.iter().filter(|l| speaks(l)).cloned().collect();
    let common_days: Option<BTreeSet<_>> = match (need_days, offer_days) {
        (Some(a), Some(b)) => Some(a.intersection(b).copied().collect()),
        _ => None,
    };

    let shared = shared_concepts(need, offer);
    let mut reasons = Vec::new();
    let mut labels = Vec::new();
    for (cid, strength) in &shared {
        let Some(c) = ctx.lexicon.concept(*cid) else { continue };
        if c.kind == ConceptKind::Topic && *strength >= 0.25 && labels.len() < 2 && !labels.contains(&c.label) {
            labels.push(c.label.clone());
            reasons.push(Reason::Topic { label: c.label.clone(), concept: c.name.clone() });
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
    if time_overlap == Some(true) && !part_of_the_time {
        reasons.push(Reason::TimeFits);
    }
    // Districts named in a text stand for the item's place ("Raum in Weinberg").
    let names = |p: &'_ Profile| -> Vec<String> {
        if p.place_names.is_empty() {
            p.district.iter().cloned().collect()
        } else {
            p.place_names.clone()
        }
    };
    let (need_places, offer_places) = (names(need), names(offer));
    match (place, need_places.first(), offer_places.first()) {
        (Proximity::Same, Some(n), _) => {
            let district = need_places.iter().find(|d| offer_places.contains(d)).unwrap_or(n).clone();
            reasons.push(Reason::SameDistrict { district })
        }
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
    (Some(Scored { score, reasons }), short.map(|s| s.0))
}

/// Both name a number of people and the need's group is larger than the places on offer
/// ("120 Mitglieder" against "bis zu 80 Personen"): the share of the group that has a place.
/// Only for offers whose places are a capacity (rooms, vehicles, catering: "Nachhilfe für 5
/// Kinder" does not turn away a club of 45). Unknown on either side is no conflict (`None`),
/// and so is a group that fits.
fn places_share(need: &Profile, offer: &Profile) -> Option<f32> {
    match (need.group_size, offer.group_size) {
        (Some(group), Some(places)) if offer.holds_people && group > places => Some(places as f32 / group as f32),
        _ => None,
    }
}

/// The need names no subject (no topic concept of some strength: "Unterstützung gesucht",
/// "Leute gesucht", an audience or a language only) and the offer is entered under the same
/// category field as the need: the field says what the need is about where its words do not.
pub fn subject_free_fit(need: &Profile, offer: &Profile) -> bool {
    !need.has_topic && need.title_read >= SUBJECT_FREE_READ && same_entered_field(need, offer)
}

/// Both items were entered under the same category field (the field chosen on the form, not one
/// read from the texts); an item entered under none shares no field.
pub fn same_entered_field(need: &Profile, offer: &Profile) -> bool {
    need.explicit_category.is_some() && need.explicit_category == offer.explicit_category
}

/// The need names no subject, only an audience, and the offer is for that audience under the
/// same category field (structure decides where the words are silent).
pub fn audience_only_fit(need: &Profile, offer: &Profile, overlap: &Overlap) -> bool {
    !need.has_topic && overlap.shares_audience && need.explicit_category.is_some() && need.explicit_category == offer.explicit_category
}

/// The need names a qualifier (interpreting) and the offer only its contrast (written translation).
fn contrasts(need: &Profile, offer: &Profile, lex: &Lexicon) -> bool {
    need.concepts.iter().any(|(c, _)| lex.concept(*c).and_then(|k| k.contrast).is_some_and(|other| offer.names(other) && !offer.names(*c)))
}

/// The need names a specific subject of a family (a sport, a school subject, a kind of vehicle,
/// a field of law) and the offer names another member of that family and none the need names:
/// "Trainer für Volleyball" against "Fußballtraining", "Mathe Klasse 7" against "Nachhilfe
/// Physik", "Bus für 40" against "Lastenrad". They share the field (the
/// family's parent, the category), which alone carried such pairs before. Only members named in
/// the titles count, and the need's member (or its parent) must be what the need is about (an
/// anchor), not what a room or kitchen is for. Not a sibling pair: an offer that names none of
/// the family (it may well serve every member), or one that names the need's member too
/// ("Nachhilfe in Mathe und Physik"), anywhere in its texts.
pub fn sibling_subject(need: &Profile, offer: &Profile, lex: &Lexicon) -> bool {
    let family = |c: u16| lex.concept(c).and_then(|k| k.family.map(|f| (f, k)));
    need.concepts.iter().any(|&(c, w)| {
        let Some((f, k)) = family(c) else { return false };
        // What the need is about: the member itself or the field it belongs to is an anchor
        // ("Trainer für Jugendfußball", "Nachhilfe Mathe"), not what a room or kitchen is for.
        let about = need.anchors.contains(&c) || [k.parent, k.field].into_iter().flatten().any(|p| need.anchors.contains(&p));
        if w < k.weight * NEED_SIBLING_PRESENCE || !about {
            return false;
        }
        let mut other = false;
        for &(o, wo) in &offer.concepts {
            let Some((fo, ko)) = family(o) else { continue };
            if fo != f {
                continue;
            }
            // The offer names a member the need names too (at any weight): no sibling pair.
            if need.names(o) {
                return false;
            }
            other |= wo >= ko.weight * SIBLING_PRESENCE;
        }
        other
    })
}

/// Whether the offer says it does not do or have something the need names (and names it nowhere
/// else): "Keine Ladefläche" against "Transporter mit Ladefläche", "No kitchen" against "Saal mit
/// Küche".
pub fn denies(need: &Profile, offer: &Profile, lex: &Lexicon) -> bool {
    if offer.denied.is_empty() {
        return false;
    }
    // What the need seeks (its anchors and conditions), not what it mentions around it.
    need.anchors.iter().chain(&need.strict).any(|&c| {
        offer.denied.binary_search(&c).is_ok()
            && !offer.names(c)
            // A kind of it offered ("Beratung zu Arbeitsvertrag" with "keine Vertretung vor
            // Gericht" for legal advice) is not denied.
            && !offer.concepts.iter().any(|(o, _)| lex.concept(*o).is_some_and(|k| k.parent == Some(c)))
    })
}

/// Both name school classes (as numbers or as a level), and no class of the need's is among the
/// offer's ("Nachhilfe Englisch Kl. 12" against "Nachhilfe Mathe Kl. 5–10"); unknown on either
/// side is no conflict.
pub fn other_school_classes(need: &Profile, offer: &Profile) -> bool {
    spans_apart(need.school_classes, offer.school_classes)
}

/// Two spans (lowest, highest, both inclusive) that share no value; an unknown one shares every
/// value. School classes, language levels and ages are compared this way.
pub(crate) fn spans_apart(a: Option<(u8, u8)>, b: Option<(u8, u8)>) -> bool {
    match (a, b) {
        (Some((a_lo, a_hi)), Some((b_lo, b_hi))) => a_hi < b_lo || b_hi < a_lo,
        _ => false,
    }
}

/// Both learn a language and name its levels, and no level of the need's is among the offer's
/// ("Курс німецької C1" against "Deutschkurs B1 am Abend"); unknown on either side is no conflict.
pub fn other_language_levels(need: &Profile, offer: &Profile) -> bool {
    need.learns_language && offer.learns_language && spans_apart(need.language_levels, offer.language_levels)
}

/// Whether an offer is given on terms the need says it cannot meet: a price for a need that
/// cannot pay ("ehrenamtlich", "kein Budget" against "80 €/Std."); a vehicle its borrower drives
/// for a need of one with a driver ("mit Fahrer", "niemand hat einen Führerschein" against "ohne
/// Fahrer", "ihr fahrt selbst"); something once for a need of something regular ("jeden Freitag"
/// against "einmalig"), or the other way round ("einmalig" against "keine einmaligen
/// Einsätze"); things lent for a need of someone to do the work ("jemanden, der die Anlage
/// bedient" against "Nur Verleih, ohne Bedienpersonal"); written translations only for a need
/// of interpreting ("Sprachmittlung bei Gesprächen" against "Nur schriftlich!"). The per-need
/// decision never adds such an offer below the threshold either.
pub(crate) fn terms_unmet(need: &Profile, offer: &Profile) -> bool {
    need.term_bits & offer.term_bits != 0 || teaches_what_the_need_wants_done(need, offer)
}

/// A need for someone to do a thing ("Wer baut uns eine Webseite?") against a course on that very
/// thing that teaches people to do it themselves ("Workshop: Vereinswebsite selbst bauen").
fn teaches_what_the_need_wants_done(need: &Profile, offer: &Profile) -> bool {
    need.wants_someone && offer.teaches_diy && need.anchors.iter().any(|&a| offer.names(a))
}

/// Both are about learning a language, and they name different ones (German course vs Turkish lessons).
fn teaches_other_language(need: &Profile, offer: &Profile) -> bool {
    need.learns_language
        && offer.learns_language
        && !need.named_languages.is_empty()
        && !offer.named_languages.is_empty()
        && need.named_languages.is_disjoint(&offer.named_languages)
}

fn shares_foreign_language(need: &Profile, offer: &Profile) -> bool {
    match need.foreign_mask & offer.speaks_mask {
        0 => false,
        OTHER_LANGUAGE => shared_foreign_language(need, offer).is_some(),
        _ => true,
    }
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

/// Both texts name a period of the year and the two do not meet.
pub fn periods_apart(need: &Profile, offer: &Profile) -> bool {
    match (&need.period, &offer.period) {
        (Some(a), Some(b)) => crate::period::apart(a, b),
        // Something regular the whole year ("jeden Freitag", "weekly") is not served by an offer
        // given only in a few months ("only during the semester breaks, mid-February to March,
        // August to September").
        (None, Some(b)) => need.frequency.regular && crate::period::few_months(b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::relevance_from;

    #[test]
    fn a_sum_below_one_is_the_relevance_as_before() {
        // Counter-example to any lift: pairs that do not saturate keep their relevance exactly.
        for s in [0.0f32, 0.3, 0.61, 0.99, 1.0] {
            assert_eq!(relevance_from(s), s);
        }
    }

    #[test]
    fn offers_of_the_subject_with_more_of_the_need_s_words_stay_ahead() {
        // Two offers that both cover the need's subject (sums 1.2 and 1.6): equal under a hard
        // cap at 1, ordered now, and lifted by little (at most 0.05 at the largest sum of 2).
        let (less, more) = (relevance_from(1.2), relevance_from(1.6));
        assert!(1.0 < less && less < more, "{less} {more}");
        assert!(relevance_from(2.0) <= 1.05 + 1e-6);
        // Monotone: a larger sum never gives a lower relevance.
        let mut last = 0.0f32;
        for i in 0..=40 {
            let r = relevance_from(i as f32 * 0.05);
            assert!(r >= last);
            last = r;
        }
    }
}
