//! The per-need decision whether anything fits: instead of one raw score that every suggestion
//! must reach on every network, the engine looks at a need's best candidates as a whole (how high
//! the best one scores, how far it stands out, whether it covers what the need is mainly about,
//! which of the need's stated conditions it is known to meet, whether the two are written in one
//! language) and a small logistic model says how likely it is that a fitting offer is among them.
//! Below the model's cut the need gets no suggestion; above it, the candidates within a band of
//! the best one are shown.
//!
//! The model's few numbers are fitted on the training sets (`examples/evaluate.rs -- --fit`,
//! leave-one-set-out to measure, on all sets to write `data/fit.txt`); this module is pure: the
//! facts, the model, its fitting and its file format.

use std::sync::OnceLock;

use crate::reason::Reason;

const FILE: &str = include_str!("../data/fit.txt");
const BELOW_FILE: &str = include_str!("../data/fit_below.txt");

/// How many facts the model weighs.
pub const FEATURES: usize = 19;

/// The first facts every model file names; the later ones (added by branch `match19`) may be left
/// out of a file and then weigh nothing.
pub const REQUIRED_FEATURES: usize = 12;

/// Names of the facts in the order of [`NeedFacts::vector`] (and of the file's weights).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "best",
    "margin",
    "candidates",
    "anchored",
    "shares_topic",
    "known_fits",
    "cross_language",
    "need_meaning",
    "same_category",
    "topic",
    "lexical",
    "soft_cut",
    "second",
    "third",
    "title_read",
    "need_length",
    "top_category",
    "best_anchored",
    "best_clean",
];

/// What the engine knows about one need's candidates (those at or above the floor, best first).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NeedFacts {
    /// Raw score of the best candidate.
    pub best: f32,
    /// Raw score of the second candidate (the floor when there is none).
    pub second: f32,
    /// Candidates at or above the floor (at most the number asked for).
    pub candidates: usize,
    /// The best candidate shares one of what the need is mainly about (its anchors), or the need
    /// has no anchors.
    pub anchored: bool,
    /// The best candidate shares a subject (a topic concept) with the need, not only words.
    pub shares_topic: bool,
    /// How many of the need's conditions the best candidate is known to meet (weekday, time of
    /// day, district, language, audience); a condition not stated on both sides is unknown.
    pub known_fits: u8,
    /// The need and the best candidate are written in different languages.
    pub cross_language: bool,
    /// How much of the need's text the lexicon read as meaning (its concept mass, at most 4).
    pub need_meaning: f32,
    /// The best candidate is in the need's category field.
    pub same_category: bool,
    /// The concept overlap of the need and the best candidate (0..1), without context.
    pub topic: f32,
    /// The word cosine of the need and the best candidate (0..1).
    pub lexical: f32,
    /// A soft rule lowered the best candidate's relevance (another audience, a language not
    /// spoken, the main subject missing, …).
    pub soft_cut: bool,
    /// Raw score of the third candidate (the floor when there is none).
    pub third: f32,
    /// The share of the need's title words the lexicon read as concepts (0..1).
    pub title_read: f32,
    /// How many distinct words the need's texts have.
    pub need_words: usize,
    /// Of the first three candidates, the share in the need's category field (0 without candidates).
    pub top_category: f32,
}

impl NeedFacts {
    /// The facts as numbers for the model.
    pub fn vector(&self) -> [f32; FEATURES] {
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        [
            self.best,
            (self.best - self.second).max(0.0),
            (1.0 + self.candidates as f32).ln(),
            b(self.anchored),
            b(self.shares_topic),
            f32::from(self.known_fits),
            b(self.cross_language),
            self.need_meaning.clamp(0.0, 4.0),
            b(self.same_category),
            self.topic,
            self.lexical,
            b(self.soft_cut),
            self.second,
            self.third,
            self.title_read.clamp(0.0, 1.0),
            (1.0 + self.need_words as f32).ln(),
            self.top_category.clamp(0.0, 1.0),
            if self.anchored { self.best } else { 0.0 },
            if self.soft_cut { 0.0 } else { self.best },
        ]
    }
}

/// How many of the conditions in a suggestion's reasons it is known to meet, and whether the
/// reasons name the need's category field.
pub fn known_from_reasons(reasons: &[Reason]) -> (u8, bool) {
    let mut known = 0u8;
    let mut category = false;
    for r in reasons {
        match r {
            Reason::WeekdaysFit { .. }
            | Reason::TimeFits
            | Reason::SameDistrict { .. }
            | Reason::NeighbouringDistrict { .. }
            | Reason::SpeaksLanguage { .. }
            | Reason::SameAudience { .. } => known = known.saturating_add(1),
            Reason::SameCategory { .. } => category = true,
            Reason::Topic { .. } => {}
        }
    }
    (known, category)
}

/// Of the first three candidates (whether each is in the need's category field, best first), the
/// share in the need's category field; 0 without candidates.
pub fn top_category_share(same_category: impl IntoIterator<Item = bool>) -> f32 {
    let (within, all) = same_category.into_iter().take(3).fold((0u8, 0u8), |(w, n), c| (w + u8::from(c), n + 1));
    if all == 0 {
        return 0.0;
    }
    f32::from(within) / f32::from(all)
}

/// The decision: a logistic model over [`NeedFacts`], its cut, the floor of raw scores below
/// which nothing is a candidate, and the band below the best candidate within which candidates
/// are shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitModel {
    pub weights: [f32; FEATURES],
    pub bias: f32,
    /// Needs whose probability is below this get no suggestion.
    pub cut: f32,
    /// Raw scores below this are never candidates.
    pub floor: f32,
    /// Candidates more than this below the best one are not shown (1 or more: no band).
    pub band: f32,
    /// A need whose best candidate reaches this raw score is kept whatever the model says. With
    /// the engine's global threshold here the model only adds needs whose candidates all stay
    /// below it and never takes away one the threshold shows (1 or more: the model decides every
    /// need alone).
    pub keep_above: f32,
    /// Whether a kept need's candidates below `keep_above` are shown only when they are in the
    /// need's category field (where the score is weaker, the structured field must agree).
    pub category_below: bool,
}

static BUILTIN: OnceLock<Option<FitModel>> = OnceLock::new();
static BELOW: OnceLock<Option<FitModel>> = OnceLock::new();

impl FitModel {
    /// The model that decides every need alone (`data/fit.txt`), if the file holds one: measured
    /// beside the default (`evaluate_files --per-need`), not the engine's default.
    pub fn builtin() -> Option<FitModel> {
        *BUILTIN.get_or_init(|| FitModel::parse(FILE).ok())
    }

    /// The engine's default decision (`data/fit_below.txt`), if the file holds one: every need
    /// whose best candidate reaches the global threshold keeps its suggestions, down to the floor,
    /// and the model, fitted on the needs below the threshold, only adds needs below it.
    pub fn below_threshold() -> Option<FitModel> {
        *BELOW.get_or_init(|| FitModel::parse(BELOW_FILE).ok())
    }

    /// The probability that a fitting offer is among the candidates.
    pub fn probability(&self, facts: &NeedFacts) -> f32 {
        let x = facts.vector();
        let z: f32 = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether the need's candidates are shown at all: its best candidate reaches `keep_above`,
    /// or the model's probability reaches the cut.
    pub fn keeps(&self, facts: &NeedFacts) -> bool {
        facts.candidates > 0 && (facts.best >= self.keep_above || self.probability(facts) >= self.cut)
    }

    /// How many of the candidates' raw scores (best first) are shown: those within the band of
    /// the best; 0 when the need's candidates are not kept.
    pub fn shown(&self, facts: &NeedFacts, raw_scores: &[f32]) -> usize {
        if !self.keeps(facts) {
            return 0;
        }
        let Some(best) = raw_scores.first() else { return 0 };
        raw_scores.iter().take_while(|s| **s >= self.floor && **s >= best - self.band).count()
    }

    /// Which of a kept need's candidates (raw scores best first, and whether each is in the
    /// need's category field) are shown: those `shown` counts, less those below `keep_above`
    /// outside the need's category field when `category_below` is set; none when the need is not
    /// kept.
    pub fn shown_mask(&self, facts: &NeedFacts, raw_scores: &[f32], same_category: &[bool]) -> Vec<bool> {
        let n = self.shown(facts, raw_scores);
        raw_scores
            .iter()
            .enumerate()
            .map(|(i, s)| i < n && (!self.category_below || *s >= self.keep_above || same_category.get(i).copied().unwrap_or(false)))
            .collect()
    }

    /// Parses the file format: `floor X`, `cut X`, `band X`, `bias X`, one `weight NAME X` per
    /// fact (those after the first [`REQUIRED_FEATURES`] may be left out: weight 0) and optionally `keep_above X` (1 when not given: the model decides every need) and
    /// `category_below 0|1` (0 when not given); `#` starts a comment; every other line must be
    /// there once.
    pub fn parse(text: &str) -> Result<FitModel, String> {
        let mut m = FitModel {
            weights: std::array::from_fn(|i| if i < REQUIRED_FEATURES { f32::NAN } else { 0.0 }),
            bias: f32::NAN,
            cut: f32::NAN,
            floor: f32::NAN,
            band: f32::NAN,
            keep_above: 1.0,
            category_below: false,
        };
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let parts: Vec<&str> = line.split_whitespace().collect();
            let num = |s: &str| s.parse::<f32>().map_err(|_| format!("line {}: bad number `{s}`", n + 1));
            match parts.as_slice() {
                ["floor", v] => m.floor = num(v)?,
                ["cut", v] => m.cut = num(v)?,
                ["band", v] => m.band = num(v)?,
                ["keep_above", v] => m.keep_above = num(v)?,
                ["category_below", v] => m.category_below = num(v)? >= 0.5,
                ["bias", v] => m.bias = num(v)?,
                ["weight", name, v] => {
                    let i = FEATURE_NAMES.iter().position(|f| f == name).ok_or_else(|| format!("line {}: unknown fact `{name}`", n + 1))?;
                    m.weights[i] = num(v)?;
                }
                _ => return Err(format!("line {}: expected `floor|cut|band|keep_above|bias X` or `weight NAME X`", n + 1)),
            }
        }
        let all = m.weights.iter().chain([&m.bias, &m.cut, &m.floor, &m.band, &m.keep_above]).all(|v| v.is_finite());
        if all {
            Ok(m)
        } else {
            Err("every one of floor, cut, band, bias and the weights must be given".to_string())
        }
    }

    /// The file format of `parse`.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "floor {:.4}\ncut {:.4}\nband {:.4}\nkeep_above {:.4}\ncategory_below {}\nbias {:.6}\n",
            self.floor,
            self.cut,
            self.band,
            self.keep_above,
            u8::from(self.category_below),
            self.bias
        );
        for (name, w) in FEATURE_NAMES.iter().zip(self.weights) {
            out.push_str(&format!("weight {name} {w:.6}\n"));
        }
        out
    }
}

/// Fits the logistic weights to `(facts, a fitting offer is among the candidates)` samples:
/// gradient descent on the mean log loss with an L2 penalty `l2` on the weights (not the bias),
/// the facts standardised while fitting and the weights given back on their own scale. Which
/// facts take part is `used` (a fact left out gets weight 0). Deterministic.
pub fn fit_weights(samples: &[(NeedFacts, bool)], used: &[bool; FEATURES], l2: f32) -> ([f32; FEATURES], f32) {
    let n = samples.len().max(1) as f64;
    let xs: Vec<[f64; FEATURES]> = samples.iter().map(|(f, _)| f.vector().map(f64::from)).collect();
    let ys: Vec<f64> = samples.iter().map(|(_, y)| if *y { 1.0 } else { 0.0 }).collect();
    let mut mean = [0.0f64; FEATURES];
    let mut sd = [1.0f64; FEATURES];
    for j in 0..FEATURES {
        mean[j] = xs.iter().map(|x| x[j]).sum::<f64>() / n;
        let var = xs.iter().map(|x| (x[j] - mean[j]).powi(2)).sum::<f64>() / n;
        sd[j] = if var > 1e-12 { var.sqrt() } else { 1.0 };
    }
    let z: Vec<[f64; FEATURES]> =
        xs.iter().map(|x| std::array::from_fn(|j| if used[j] { (x[j] - mean[j]) / sd[j] } else { 0.0 })).collect();
    let (mut w, mut b) = ([0.0f64; FEATURES], 0.0f64);
    let rate = 0.5;
    for _ in 0..2000 {
        let (mut gw, mut gb) = ([0.0f64; FEATURES], 0.0f64);
        for (x, y) in z.iter().zip(&ys) {
            let p = 1.0 / (1.0 + (-(b + (0..FEATURES).map(|j| w[j] * x[j]).sum::<f64>())).exp());
            let e = p - y;
            gb += e;
            for j in 0..FEATURES {
                gw[j] += e * x[j];
            }
        }
        b -= rate * gb / n;
        for j in 0..FEATURES {
            w[j] -= rate * (gw[j] / n + f64::from(l2) * w[j]);
        }
    }
    // Back to the facts' own scale.
    let weights: [f32; FEATURES] = std::array::from_fn(|j| if used[j] { (w[j] / sd[j]) as f32 } else { 0.0 });
    let bias = b - (0..FEATURES).filter(|j| used[*j]).map(|j| w[j] * mean[j] / sd[j]).sum::<f64>();
    (weights, bias as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(best: f32, anchored: bool) -> NeedFacts {
        NeedFacts { best, second: best - 0.05, candidates: 3, anchored, shares_topic: true, need_meaning: 1.0, ..NeedFacts::default() }
    }

    #[test]
    fn fitting_learns_that_a_high_anchored_best_means_a_fit() {
        let mut samples = Vec::new();
        for i in 0..40 {
            let s = 0.5 + 0.01 * i as f32;
            // Fits only when the best is anchored and high.
            samples.push((facts(s, true), s > 0.65));
            samples.push((facts(s, false), false));
        }
        let (weights, bias) = fit_weights(&samples, &[true; FEATURES], 0.001);
        let m = FitModel { weights, bias, cut: 0.5, floor: 0.5, band: 1.0, keep_above: 1.0, category_below: false };
        assert!(m.probability(&facts(0.85, true)) > 0.8, "{m:?}");
        assert!(m.probability(&facts(0.85, false)) < m.probability(&facts(0.85, true)), "{m:?}");
        assert!(m.probability(&facts(0.52, true)) < 0.2, "{m:?}");
        assert!(weights[0] > 0.0 && weights[3] > 0.0, "{weights:?}");
    }

    #[test]
    fn facts_left_out_get_no_weight() {
        let samples = vec![(facts(0.9, true), true), (facts(0.5, false), false), (facts(0.7, true), true), (facts(0.6, false), false)];
        let mut used = [false; FEATURES];
        used[0] = true;
        let (weights, _) = fit_weights(&samples, &used, 0.01);
        assert!(weights[0] > 0.0);
        assert!(weights[1..].iter().all(|w| *w == 0.0), "{weights:?}");
    }

    #[test]
    fn shown_are_those_within_the_band_of_a_kept_need() {
        let mut m =
            FitModel { weights: [0.0; FEATURES], bias: 10.0, cut: 0.5, floor: 0.5, band: 0.1, keep_above: 1.0, category_below: false };
        let f = facts(0.8, true);
        assert_eq!(m.shown(&f, &[0.8, 0.75, 0.71, 0.69, 0.55]), 3);
        m.band = 1.0;
        assert_eq!(m.shown(&f, &[0.8, 0.75, 0.71, 0.69, 0.55, 0.45]), 5, "the floor still holds");
        // A need the model does not keep shows nothing.
        m.bias = -10.0;
        assert_eq!(m.shown(&f, &[0.8, 0.75]), 0);
        assert_eq!(m.shown(&NeedFacts::default(), &[]), 0);
    }

    #[test]
    fn a_need_whose_best_reaches_keep_above_is_kept_whatever_the_model_says() {
        // A model that keeps nothing on its own.
        let m =
            FitModel { weights: [0.0; FEATURES], bias: -10.0, cut: 0.5, floor: 0.4, band: 1.0, keep_above: 0.61, category_below: false };
        assert!(m.keeps(&facts(0.61, true)));
        assert_eq!(m.shown(&facts(0.7, true), &[0.7, 0.65, 0.5, 0.45, 0.35]), 4, "shown down to the floor");
        // Counter-examples: just below keep_above the model decides (here: nothing); no candidate,
        // nothing to keep; with keep_above 1 the model decides every need.
        assert!(!m.keeps(&facts(0.6, true)));
        assert!(!m.keeps(&NeedFacts { best: 0.9, ..NeedFacts::default() }));
        assert!(!FitModel { keep_above: 1.0, ..m }.keeps(&facts(0.9, true)));
        // Below keep_above a model that keeps the need still shows it.
        assert!(FitModel { bias: 10.0, ..m }.keeps(&facts(0.45, true)));
    }

    #[test]
    fn below_keep_above_only_candidates_in_the_need_s_category_are_shown_when_so_set() {
        let m = FitModel { weights: [0.0; FEATURES], bias: -10.0, cut: 0.5, floor: 0.4, band: 1.0, keep_above: 0.61, category_below: true };
        let raw = [0.7, 0.62, 0.55, 0.5, 0.45];
        let same = [false, false, true, false, true];
        // Above keep_above whatever the category; below it only in the need's category field.
        assert_eq!(m.shown_mask(&facts(0.7, true), &raw, &same), vec![true, true, true, false, true]);
        // Counter-examples: without the rule every candidate down to the floor; a need not kept
        // shows nothing; a category flag missing counts as another category.
        let open = FitModel { category_below: false, ..m };
        assert_eq!(open.shown_mask(&facts(0.7, true), &raw, &same), vec![true; 5]);
        assert_eq!(m.shown_mask(&facts(0.55, true), &raw[2..], &same[2..]), vec![false; 3]);
        assert_eq!(m.shown_mask(&facts(0.7, true), &raw, &[]), vec![true, true, false, false, false]);
    }

    #[test]
    fn the_file_format_round_trips_and_rejects_gaps() {
        let m = FitModel {
            weights: [0.5, -1.0, 0.25, 2.0, 0.0, 0.1, -0.3, 0.2, 0.4, 0.7, 0.3, -0.9, 0.6, 0.0, -0.2, 0.15, 1.1, 0.35, -0.45],
            bias: -3.5,
            cut: 0.4,
            floor: 0.55,
            band: 0.2,
            keep_above: 0.61,
            category_below: true,
        };
        let back = FitModel::parse(&m.to_text()).expect("parses");
        assert_eq!(back.to_text(), m.to_text());
        assert!(FitModel::parse("floor 0.5\ncut 0.4\n").is_err());
        assert!(FitModel::parse(&m.to_text().replace("weight best", "weight bestest")).is_err());
        assert!(FitModel::parse(&m.to_text().replace("0.4000", "x")).is_err());
        let without = FitModel::parse(&m.to_text().replace("keep_above 0.6100\n", "")).expect("keep_above is optional");
        assert_eq!(without.keep_above, 1.0, "without it the model decides every need");
    }

    #[test]
    fn the_later_facts_may_be_left_out_of_a_file_but_not_the_first_twelve() {
        let m = FitModel::parse(FILE).expect("parses");
        let text = m.to_text();
        let old: String = text
            .lines()
            .filter(|l| !FEATURE_NAMES[REQUIRED_FEATURES..].iter().any(|f| l.starts_with(&format!("weight {f} "))))
            .map(|l| format!("{l}\n"))
            .collect();
        let back = FitModel::parse(&old).expect("a file of twelve facts parses");
        assert!(back.weights[REQUIRED_FEATURES..].iter().all(|w| *w == 0.0));
        assert_eq!(back.weights[..REQUIRED_FEATURES], m.weights[..REQUIRED_FEATURES]);
        // Counter-example: one of the first twelve missing.
        assert!(FitModel::parse(&text.replace("weight soft_cut", "# weight soft_cut")).is_err());
    }

    #[test]
    fn the_share_of_the_first_three_in_the_need_s_category() {
        assert_eq!(top_category_share([true, false, true, false, false]), 2.0 / 3.0);
        assert_eq!(top_category_share([true]), 1.0);
        assert_eq!(top_category_share([false, false]), 0.0);
        assert_eq!(top_category_share([]), 0.0);
    }

    #[test]
    fn the_later_facts_enter_the_vector_on_their_scale() {
        let f = NeedFacts { second: 0.55, third: 0.5, title_read: 1.5, need_words: 9, top_category: 0.5, ..facts(0.7, true) };
        let v = f.vector();
        assert_eq!(v[12], 0.55);
        assert_eq!(v[13], 0.5);
        assert_eq!(v[14], 1.0, "clamped");
        assert!((v[15] - 10f32.ln()).abs() < 1e-6);
        assert_eq!(v[16], 0.5);
        // The best raw score again where the best shares an anchor, and where no soft rule cut it.
        assert_eq!((v[17], v[18]), (0.7, 0.7));
        let v = NeedFacts { anchored: false, soft_cut: true, ..f }.vector();
        assert_eq!((v[17], v[18]), (0.0, 0.0));
    }

    #[test]
    fn reasons_tell_the_known_conditions_and_the_category() {
        let reasons = vec![
            Reason::Topic { label: "Räume".into(), concept: "room".into() },
            Reason::SameCategory { category: "Räume".into() },
            Reason::TimeFits,
            Reason::SameDistrict { district: "Mitte".into() },
        ];
        assert_eq!(known_from_reasons(&reasons), (2, true));
        assert_eq!(known_from_reasons(&[]), (0, false));
    }

    #[test]
    fn the_shipped_models_parse() {
        let m = FitModel::parse(FILE).expect("data/fit.txt parses");
        assert!(m.floor > 0.0 && m.floor < 1.0 && m.cut > 0.0 && m.cut < 1.0);
        let below = FitModel::parse(BELOW_FILE).expect("data/fit_below.txt parses");
        assert!(below.floor < below.keep_above && below.keep_above < 1.0, "{below:?}");
    }
}
