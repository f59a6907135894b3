//! Where judged fitting pairs are lost: for every fitting pair (grade 1 or 2) that is not among a
//! need's first ten suggestions, the cause — a hard constraint (which one, and whether the
//! structured fields, the title or the description gave it), a raw score below the threshold (by
//! how much, and the soft rule that lowered it most), no shared subject (no common topic concept
//! and few common words, so the pair is never scored), or ten other offers ranked before it; and
//! for every need without a fitting offer that still gets a suggestion, what kind of offer comes
//! first. Used by the evaluation examples (`--causes`). With the per-need decision
//! (`Params::fit`) "below the threshold" means below its floor, and a fitting pair above the floor
//! of a need the model judged without a fit is "need judged without a fit".

use std::collections::BTreeMap;

use crate::cli::{build_engine, MatchInput};
use crate::engine::{Engine, Miss};
use crate::eval::Judgments;
use crate::model::ItemId;
use crate::score::Params;

/// How many suggestions count (the evaluation's cut-off).
const TOP: usize = 10;

/// Counts per cause label, in label order.
pub type Counts = BTreeMap<String, usize>;

/// The causes on one set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Causes {
    /// Judged fitting pairs (grade ≥ 1) in total.
    pub fitting_pairs: usize,
    /// Fitting pairs not among the first ten suggestions, per cause.
    pub lost: Counts,
    /// Needs without a fitting offer that get a suggestion, per kind of first suggestion.
    pub no_match: Counts,
}

impl Causes {
    /// Adds another set's counts.
    pub fn add(&mut self, other: &Causes) {
        self.fitting_pairs += other.fitting_pairs;
        for (k, v) in &other.lost {
            *self.lost.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.no_match {
            *self.no_match.entry(k.clone()).or_default() += v;
        }
    }

    /// Fitting pairs lost, all causes together.
    pub fn lost_total(&self) -> usize {
        self.lost.values().sum()
    }
}

/// The bucket of how far a raw score stays below the threshold.
pub fn gap_bucket(gap: f32) -> &'static str {
    if gap < 0.05 {
        "< 0.05"
    } else if gap < 0.15 {
        "0.05–0.15"
    } else if gap < 0.30 {
        "0.15–0.30"
    } else {
        "≥ 0.30"
    }
}

/// The bucket of a (calibrated) score shown for a need without a fitting offer.
fn score_bucket(score: f32) -> &'static str {
    if score < 0.5 {
        "score < 0.5"
    } else if score < 0.7 {
        "score 0.5–0.7"
    } else {
        "score ≥ 0.7"
    }
}

/// The input with every description emptied, and with titles emptied too: what the hard
/// constraints read when only the structured fields (and the titles) are there.
fn without_texts(input: &MatchInput, titles: bool) -> MatchInput {
    let mut out = input.clone();
    for item in &mut out.items {
        item.description.clear();
        if titles {
            item.title.clear();
        }
    }
    out
}

/// The causes on one set, with the engine's default parameters.
pub fn causes(input: &MatchInput, judgments: &Judgments) -> Causes {
    causes_with(input, judgments, Params::default())
}

/// The causes on one set, with the given parameters.
pub fn causes_with(input: &MatchInput, judgments: &Judgments, params: Params) -> Causes {
    let with_params = |input: MatchInput, p: Params| -> Engine {
        let mut e = build_engine(input);
        e.set_params(p);
        e
    };
    let engine = with_params(input.clone(), params);
    let open = with_params(input.clone(), Params { threshold: 0.0, min_relevance: 0.0, calibrated: false, fit: None, ..params });
    // The raw score a candidate must reach (with the per-need decision, its floor).
    let floor = params.fit.map_or(params.threshold, |m| m.floor);
    let fields_only = with_params(without_texts(input, true), params);
    let no_description = with_params(without_texts(input, false), params);
    let mut out = Causes::default();
    for (need, grades) in judgments {
        let need_id = ItemId(need.clone());
        let Ok(shown) = engine.suggestions_for_need(&need_id, TOP) else { continue };
        if grades.is_empty() {
            if let Some(first) = shown.first() {
                *out.no_match.entry(no_match_label(&engine, &need_id, &first.offer, first.score)).or_default() += 1;
            }
            continue;
        }
        let scored = open.suggestions_for_need(&need_id, usize::MAX).unwrap_or_default();
        let near = engine.near_misses(&need_id, TOP, usize::MAX).unwrap_or_default();
        for (offer, grade) in grades {
            if *grade == 0 {
                continue;
            }
            out.fitting_pairs += 1;
            let offer_id = ItemId(offer.clone());
            if shown.iter().any(|s| s.offer == offer_id) {
                continue;
            }
            let label = match engine.violation(&need_id, &offer_id) {
                Err(_) => "unknown item".to_string(),
                Ok(Some(v)) => {
                    let source = if fields_only.violation(&need_id, &offer_id).ok().flatten().is_some() {
                        "fields"
                    } else if no_description.violation(&need_id, &offer_id).ok().flatten().is_some() {
                        "title"
                    } else {
                        "description"
                    };
                    format!("excluded: {v:?} (from {source})")
                }
                Ok(None) => match scored.iter().find(|s| s.offer == offer_id) {
                    None => format!("no shared subject ({})", languages(&engine, &need_id, &offer_id)),
                    Some(s) if s.score >= floor => {
                        if shown.len() >= TOP {
                            format!("ranked below {TOP} others")
                        } else if params.fit.is_some() && shown.is_empty() {
                            "need judged without a fit".to_string()
                        } else {
                            "above threshold, not shown".to_string()
                        }
                    }
                    Some(s) => {
                        let shortfall = near
                            .iter()
                            .find(|m| m.offer == offer_id)
                            .and_then(|m| match m.why {
                                Miss::BelowThreshold { shortfall: Some(f), .. } => Some(format!(", {f:?}")),
                                _ => None,
                            })
                            .unwrap_or_default();
                        let gap = gap_bucket(floor - s.score);
                        format!("below threshold by {gap} ({}){shortfall}", languages(&engine, &need_id, &offer_id))
                    }
                },
            };
            *out.lost.entry(label).or_default() += 1;
        }
    }
    out
}

/// Whether the two texts are written in one language or in two (as their `text_lang` fields say).
fn languages(engine: &Engine, need: &ItemId, offer: &ItemId) -> &'static str {
    let lang = |id: &ItemId| engine.item(id).and_then(|i| i.text_lang.clone());
    match (lang(need), lang(offer)) {
        (Some(a), Some(b)) if a != b => "two languages",
        (Some(_), Some(_)) => "one language",
        _ => "language not given",
    }
}

/// The class of a cause label, without the soft rule and the languages: the hard rule, the gap
/// below the threshold, no shared word, or ranked below.
pub fn class_of(label: &str) -> String {
    let head = label.split([',', '(']).next().unwrap_or(label).trim();
    if head.starts_with("excluded") {
        "excluded by a hard rule".to_string()
    } else {
        head.to_string()
    }
}

/// What kind of offer comes first for a need without a fitting offer: the same category as the
/// need or another (or none given), and its shown score.
fn no_match_label(engine: &Engine, need: &ItemId, offer: &ItemId, score: f32) -> String {
    let category = |id: &ItemId| engine.item(id).and_then(|i| i.category.clone());
    let class = match (category(need), category(offer)) {
        (Some(a), Some(b)) if a == b => "same category",
        (Some(_), Some(_)) => "other category",
        _ => "category not given",
    };
    format!("{class}, {}", score_bucket(score))
}

/// Prints the causes of one set (or the total) as lines of a table.
pub fn render(name: &str, c: &Causes) -> String {
    let mut out = format!(
        "{name}: {} of {} fitting pairs not in the first {TOP}; {} needs without a fit get a suggestion\n",
        c.lost_total(),
        c.fitting_pairs,
        c.no_match.values().sum::<usize>()
    );
    let mut classes = Counts::new();
    for (k, v) in &c.lost {
        *classes.entry(class_of(k)).or_default() += v;
    }
    let mut by_class: Vec<(&String, &usize)> = classes.iter().collect();
    by_class.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (k, v) in by_class {
        out.push_str(&format!("  {v:4}  [class] {k}\n"));
    }
    let mut lost: Vec<(&String, &usize)> = c.lost.iter().collect();
    lost.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (k, v) in lost {
        out.push_str(&format!("  {v:4}  {k}\n"));
    }
    let mut nm: Vec<(&String, &usize)> = c.no_match.iter().collect();
    nm.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (k, v) in nm {
        out.push_str(&format!("  {v:4}  no fit, first suggestion: {k}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::parse_input;
    use crate::eval::parse_judgments;

    const INPUT: &str = r#"{
      "organisations": [
        {"id": "a", "name": "A", "district": "Mitte"},
        {"id": "b", "name": "B", "district": "Mitte"},
        {"id": "c", "name": "C", "district": "Mitte"}
      ],
      "items": [
        {"id": "n1", "org": "a", "kind": "need", "title": "Nachhilfe Mathematik für Schüler", "description": "", "category": "Bildung", "weekdays": ["Mo"], "text_lang": "de"},
        {"id": "o1", "org": "b", "kind": "offer", "title": "Nachhilfe Mathematik", "description": "Wir geben Nachhilfe in Mathe.", "category": "Bildung", "weekdays": ["Mo"], "text_lang": "de"},
        {"id": "o2", "org": "c", "kind": "offer", "title": "Nachhilfe Mathematik", "description": "Wir geben Nachhilfe in Mathe.", "category": "Bildung", "weekdays": ["Fr"]},
        {"id": "o3", "org": "c", "kind": "offer", "title": "Fahrradwerkstatt", "description": "Wir reparieren Fahrräder.", "category": "Freizeit", "text_lang": "de"},
        {"id": "n2", "org": "a", "kind": "need", "title": "Nachhilfe Mathematik", "description": "", "category": "Bildung"}
      ]
    }"#;

    #[test]
    fn fitting_pairs_left_out_get_their_cause() {
        let input = parse_input(INPUT).expect("input parses");
        let judgments = parse_judgments("n1: o1=2 o2=2 o3=1\nn2: -").expect("judgments parse");
        let c = causes(&input, &judgments);
        assert_eq!(c.fitting_pairs, 3);
        // o1 fits and is shown; o2 is excluded by the weekday fields; o3 shares no subject.
        assert_eq!(c.lost.get("excluded: NoCommonWeekday (from fields)"), Some(&1), "{c:?}");
        assert_eq!(c.lost.get("no shared subject (one language)"), Some(&1), "{c:?}");
        assert_eq!(c.lost_total(), 2);
        // n2 has no fitting offer but gets the tutoring offers, of its own category.
        assert_eq!(c.no_match.values().sum::<usize>(), 1, "{c:?}");
        assert!(c.no_match.keys().all(|k| k.starts_with("same category")), "{c:?}");
    }

    #[test]
    fn with_the_per_need_decision_a_need_judged_without_a_fit_is_a_cause() {
        use crate::fit::{FitModel, FEATURES};
        let input = parse_input(INPUT).expect("input parses");
        let judgments = parse_judgments("n1: o1=2 o2=2 o3=1\nn2: -").expect("judgments parse");
        // A model that keeps no need at all.
        let none =
            FitModel { weights: [0.0; FEATURES], bias: -10.0, cut: 0.5, floor: 0.4, band: 1.0, keep_above: 1.0, category_below: false };
        let c = causes_with(&input, &judgments, Params { fit: Some(none), ..Params::default() });
        assert_eq!(c.lost.get("need judged without a fit"), Some(&1), "{c:?}");
        assert_eq!(c.lost.get("excluded: NoCommonWeekday (from fields)"), Some(&1), "{c:?}");
        assert!(c.no_match.is_empty(), "{c:?}");
        // One that keeps every need: the same causes as the global threshold for these pairs.
        let all = FitModel { bias: 10.0, ..none };
        let c = causes_with(&input, &judgments, Params { fit: Some(all), ..Params::default() });
        assert_eq!(c.lost.get("need judged without a fit"), None, "{c:?}");
        assert_eq!(c.no_match.values().sum::<usize>(), 1, "{c:?}");
    }

    #[test]
    fn labels_fall_into_classes() {
        assert_eq!(class_of("excluded: AudienceConflict (from description)"), "excluded by a hard rule");
        assert_eq!(class_of("below threshold by < 0.05 (two languages), NotTheRole"), "below threshold by < 0.05");
        assert_eq!(class_of("no shared subject (one language)"), "no shared subject");
    }

    #[test]
    fn gaps_fall_into_buckets() {
        assert_eq!(gap_bucket(0.01), "< 0.05");
        assert_eq!(gap_bucket(0.1), "0.05–0.15");
        assert_eq!(gap_bucket(0.2), "0.15–0.30");
        assert_eq!(gap_bucket(0.5), "≥ 0.30");
    }
}
