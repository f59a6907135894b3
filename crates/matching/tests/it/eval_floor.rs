//! Regression guard: the engine's quality on the hand-judged evaluation sets stays at least at
//! the level measured when the threshold was set, and the third and fourth sets at their levels
//! after the fixes they led to (see `docs/benchmarks.md`).

use std::sync::OnceLock;

use matching::cli::{build_engine, parse_input};
use matching::eval::{evaluate, parse_judgments, Metrics, Rankings};
use matching::fit::FitModel;
use matching::{ItemId, Params, Suggestion};

/// How a set is measured: with the default parameters, or with the per-need decision
/// (`data/fit.txt`) in place of the default one.
#[derive(Clone, Copy)]
enum Mode {
    Default,
    PerNeed,
}

/// Each need's offers (first ten), in the engine's order.
type Lists = Vec<(ItemId, Vec<String>)>;

/// One set of `SETS` run once for all tests of this file: its engine is built once, and its
/// first ten suggestions per need are taken with the default parameters, with the per-need
/// decision in place of the default one and with the global threshold alone (`set_params` only
/// swaps the parameters, so this is what a fresh engine per mode gives).
struct SetRun {
    default: Metrics,
    /// `None` if `data/fit.txt` holds no model.
    per_need: Option<Metrics>,
    default_lists: Lists,
    alone_lists: Lists,
}

impl SetRun {
    fn new(input: &str, judgments: &str) -> SetRun {
        let input = parse_input(input).expect("evaluation input parses");
        let judgments = parse_judgments(judgments).expect("judgments parse");
        let mut engine = build_engine(input);
        let lists = |all: Vec<(ItemId, Vec<Suggestion>)>| -> Lists {
            all.into_iter().map(|(need, list)| (need, list.into_iter().map(|s| s.offer.0).collect())).collect()
        };
        let metrics = |lists: &Lists| {
            let rankings: Rankings = lists.iter().map(|(need, ids)| (need.0.clone(), ids.clone())).collect();
            evaluate(&rankings, &judgments)
        };
        let default_lists = lists(engine.all_suggestions(10));
        let per_need = FitModel::builtin().map(|model| {
            engine.set_params(Params { fit: Some(model), ..Params::default() });
            metrics(&lists(engine.all_suggestions(10)))
        });
        engine.set_params(Params { fit: None, ..Params::default() });
        let alone_lists = lists(engine.all_suggestions(10));
        SetRun { default: metrics(&default_lists), per_need, default_lists, alone_lists }
    }

    fn metrics(&self, mode: Mode) -> Metrics {
        match mode {
            Mode::Default => self.default,
            Mode::PerNeed => self.per_need.expect("data/fit.txt holds a model"),
        }
    }
}

/// The runs of `SETS`, each made by the first test that asks for it.
static RUNS: [OnceLock<SetRun>; SETS.len()] = [const { OnceLock::new() }; SETS.len()];

/// The run of the set of `SETS` of this name.
fn run(name: &str) -> &'static SetRun {
    let i = SETS.iter().position(|(n, _)| *n == name).expect("the set is one of eval_sets::SETS");
    let (input, judgments) = SETS[i].1;
    RUNS[i].get_or_init(|| SetRun::new(input, judgments))
}

/// A set measured with the default parameters.
fn measure(name: &str) -> Metrics {
    run(name).default
}

#[test]
fn main_set_quality_stays_above_the_measured_floor() {
    let m = measure("lindenau");
    // Measured: nDCG@10 0.8497, MRR 0.938, recall@10 0.776, P@5 0.308, no-match share 0.190;
    // after the fixes from the rivershire set the no-match share is 0.143; after those from the
    // auenfeld set nDCG@10 0.854, recall@10 0.788, P@5 0.312.
    assert!(m.ndcg_at_10 >= 0.845, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.93, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.77, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.precision_at_5 >= 0.30, "P@5 {:.3}", m.precision_at_5);
    assert!(m.no_match_suggested <= 0.15, "needs without match suggested {:.3}", m.no_match_suggested);
}

#[test]
fn held_out_set_quality_stays_above_the_measured_floor() {
    let m = measure("holdout");
    // Measured: nDCG@10 0.874, MRR 0.886, recall@10 0.900, no-match share 0.143; after the fixes
    // from the auenfeld set nDCG@10 0.885, MRR 0.900.
    assert!(m.ndcg_at_10 >= 0.875, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.89, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.89, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.no_match_suggested <= 0.15, "needs without match suggested {:.3}", m.no_match_suggested);
}

#[test]
fn third_set_quality_stays_above_the_measured_floor() {
    let m = measure("rivershire");
    // First run, before any fix: nDCG@10 0.806, MRR 0.814, recall@10 0.827, no-match share 0.308.
    // Measured after the fixes (so no longer unseen): nDCG@10 0.928, MRR 0.941, recall@10 0.922,
    // no-match share 0.077; after the fixes from the auenfeld set nDCG@10 0.925, recall@10 0.912.
    assert!(m.ndcg_at_10 >= 0.92, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.93, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.91, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.no_match_suggested <= 0.08, "needs without match suggested {:.3}", m.no_match_suggested);
}

#[test]
fn fourth_set_quality_stays_above_the_measured_floor() {
    let m = measure("auenfeld");
    // First run, before any fix (the unseen estimate): nDCG@10 0.706, MRR 0.746, recall@10 0.717,
    // no-match share 0.067 (1 of 15). Measured after the fixes (so no longer unseen): nDCG@10
    // 0.858, MRR 0.882, recall@10 0.842, no-match share 0.
    assert!(m.ndcg_at_10 >= 0.85, "nDCG@10 {:.3}", m.ndcg_at_10);
    assert!(m.mrr >= 0.87, "MRR {:.3}", m.mrr);
    assert!(m.recall_at_10 >= 0.83, "recall@10 {:.3}", m.recall_at_10);
    assert!(m.no_match_suggested <= 0.07, "needs without match suggested {:.3}", m.no_match_suggested);
}

/// The three sets that were the blind test sets of issue 18's first slice, training sets since
/// branch `match2`: their first runs were the honest estimate (see `docs/benchmarks.md`); these
/// floors only guard the level measured when they became training sets.
#[test]
fn former_test_sets_stay_above_the_measured_floor() {
    // First runs (after issue 18's first slice): hafenstadt nDCG@10 0.752, marktkarten 0.627,
    // weltweit 0.679. Measured on branch `match2` after its fixes: hafenstadt 0.762 / MRR 0.798 /
    // recall@10 0.756 / no-match 12 of 28; marktkarten 0.627 / 0.639 / 0.618 / 9 of 28; weltweit
    // 0.679 / 0.682 / 0.684 / 6 of 28.
    let sets = [("hafenstadt", 0.76, 0.79, 0.75, 0.43), ("marktkarten", 0.625, 0.635, 0.61, 0.33), ("weltweit", 0.675, 0.68, 0.68, 0.22)];
    assert_floors(&sets);
}

/// The second blind test sets of issue 18 (written 2026-12-05 11:01–11:10 UTC), training sets
/// since branch `match3`; their first runs stay the honest figures (`docs/benchmarks.md`).
#[test]
fn second_former_test_sets_stay_above_the_measured_floor() {
    // First runs: flussau nDCG@10 0.770, bergheim 0.732, steppenweg 0.628. Measured on branch
    // `match3` after its fixes: flussau 0.784 / MRR 0.822 / recall@10 0.772 / no-match 5 of 19;
    // bergheim 0.732 / 0.728 / 0.750 / 23 of 44, then 0.726 / 0.727 / 0.730 once unknown compound
    // parts became words (a volunteer interpreter pool fell below the threshold for one need);
    // steppenweg 0.628 / 0.649 / 0.618 / 6 of 14.
    let sets = [("flussau", 0.78, 0.82, 0.77, 0.27), ("bergheim", 0.725, 0.72, 0.73, 0.53), ("steppenweg", 0.625, 0.645, 0.615, 0.43)];
    assert_floors(&sets);
}

/// The fifth blind test sets of issue 18 (written 2026-12-05 20:37–20:47 UTC, run three times
/// unchanged), training sets since branch `match8`; their first runs stay the honest figures.
#[test]
fn fifth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (identical in all three): lindwurm nDCG@10 0.804 / MRR 0.829 / recall@10 0.781 /
    // no-match 12 of 22; kesselbach 0.893 / 0.911 / 0.902 / 8 of 22; morgenhafen 0.810 / 0.859 /
    // 0.782 / 9 of 23.
    let sets = [("lindwurm", 0.80, 0.825, 0.78, 0.55), ("kesselbach", 0.89, 0.91, 0.90, 0.37), ("morgenhafen", 0.805, 0.855, 0.78, 0.40)];
    assert_floors(&sets);
}

/// The sixth blind test sets of issue 18 (written 2026-12-05/06 23:57–00:10 UTC, run twice as
/// first runs), training sets since branch `match9`; their first runs stay the honest figures.
#[test]
fn sixth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `e41c3e6`, the eighth slice): lindenbrueck_karten nDCG@10 0.871 / MRR 0.868
    // / recall@10 0.882 / no-match 14 of 26; hohenstade_profile 0.777 / 0.784 / 0.770 / 13 of 23;
    // westerkamp_mehrsprachig 0.761 / 0.771 / 0.743 / 12 of 25.
    let sets = [
        ("lindenbrueck_karten", 0.87, 0.865, 0.88, 0.54),
        ("hohenstade_profile", 0.775, 0.78, 0.77, 0.57),
        ("westerkamp_mehrsprachig", 0.76, 0.77, 0.74, 0.48),
    ];
    assert_floors(&sets);
}

/// The seventh blind test sets of issue 18 (written 2026-12-06 00:50–01:00 UTC, run twice as first
/// runs, identical), training sets since branch `match10`; their first runs stay the honest figures.
#[test]
fn seventh_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `e41c3e6` and `6552a25`): kesselbrueck_umfrage nDCG@10 0.693 / MRR 0.689 /
    // recall@10 0.703 / no-match 10 of 23; brackenstedt_hart 0.711 / 0.732 / 0.696 / 27 of 35;
    // falkenried_handy 0.495 / 0.500 / 0.526 / 11 of 26.
    let sets = [
        ("kesselbrueck_umfrage", 0.69, 0.685, 0.70, 0.44),
        ("brackenstedt_hart", 0.71, 0.73, 0.69, 0.78),
        ("falkenried_handy", 0.49, 0.50, 0.52, 0.43),
    ];
    assert_floors(&sets);
}

/// The eighth blind test sets of issue 18 (written 2026-12-06 03:10–03:17 UTC, run twice as first
/// runs), training sets since branch `match11`; their first runs stay the honest figures.
#[test]
fn eighth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `de3e5cf`, then `f682109` with the tenth slice; the floors are the later
    // run): tannhoff_flipchart nDCG@10 0.644 / MRR 0.642 / recall@10 0.688 / no-match 12 of 20;
    // ostermoor_mails 0.494 / 0.513 / 0.496 / 8 of 22; quellental_alltag 0.589 / 0.622 / 0.610 /
    // 10 of 19.
    let sets = [
        ("tannhoff_flipchart", 0.64, 0.64, 0.68, 0.60),
        ("ostermoor_mails", 0.49, 0.51, 0.49, 0.37),
        ("quellental_alltag", 0.585, 0.62, 0.60, 0.53),
    ];
    assert_floors(&sets);
}

/// The ninth blind test sets of issue 18 (written 2026-12-06 04:16–04:26 UTC, run three times as
/// first runs), training sets since branch `match12`; their first runs stay the honest figures.
#[test]
fn ninth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `a55fd11` and `7f1e019`, identical): birkenau_telefon nDCG@10 0.674 / MRR
    // 0.692 / recall@10 0.656 / no-match 8 of 21; moorwinkel_jugend 0.742 / 0.757 / 0.750 / 10 of
    // 22; sandhagen_vielsprachig 0.499 / 0.579 / 0.526 / 6 of 20.
    let sets = [
        ("birkenau_telefon", 0.67, 0.69, 0.65, 0.39),
        ("moorwinkel_jugend", 0.74, 0.755, 0.745, 0.46),
        ("sandhagen_vielsprachig", 0.495, 0.575, 0.52, 0.30),
    ];
    assert_floors(&sets);
}

/// The tenth blind test sets of issue 18 (written 2026-12-06 06:48–07:05 UTC, run twice as first
/// runs), training sets since branch `match13`; their first runs stay the honest figures.
#[test]
fn tenth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `49c344b`, the eleventh slice): rabenau_diktat nDCG@10 0.322 / MRR 0.324 /
    // recall@10 0.324 / no-match 7 of 21; eichwald_landkreis 0.660 / 0.699 / 0.644 / 12 of 20;
    // sonnberg_leicht 0.789 / 0.816 / 0.763 / 7 of 22. The second first run (main `77b3378`, the
    // twelfth slice and the dictation-class changes) suggested something for more no-fit needs:
    // rabenau_diktat 11 of 21, sonnberg_leicht 8 of 22 (nDCG@10 0.383 and 0.788), so the no-match
    // bounds are that run's and sonnberg_leicht's nDCG@10 floor is below both runs.
    let sets = [
        ("rabenau_diktat", 0.32, 0.32, 0.32, 0.53),
        ("eichwald_landkreis", 0.655, 0.695, 0.64, 0.60),
        ("sonnberg_leicht", 0.785, 0.81, 0.76, 0.37),
    ];
    assert_floors(&sets);
}

/// The eleventh blind test sets of issue 18 (written 2026-12-06 10:08–10:13 UTC, run twice as
/// first runs), training sets since branch `match14`; their first runs stay the honest figures.
#[test]
fn eleventh_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `916c26d`, the twelfth slice with the dictation mends): amtshausen_antrag
    // nDCG@10 0.644 / MRR 0.671 / recall@10 0.638 / no-match 17 of 20; kornfeld_tippfehler 0.721 /
    // 0.726 / 0.726 / 7 of 19; weidenbach_termine 0.698 / 0.716 / 0.716 / 11 of 18. The second
    // first run (main `91214de`, the thirteenth slice's default decision) was nowhere lower:
    // amtshausen_antrag 0.657 / 0.679 / 0.667, kornfeld_tippfehler the same (exactly 0.7214 /
    // 0.7258 / 0.7258, so its floors carry four places), weidenbach_termine 0.720 / 0.730 / 0.760.
    let sets = [
        ("amtshausen_antrag", 0.644, 0.671, 0.638, 0.85),
        ("kornfeld_tippfehler", 0.7214, 0.7258, 0.7258, 0.37),
        ("weidenbach_termine", 0.698, 0.716, 0.716, 0.62),
    ];
    assert_floors(&sets);
}

/// The twelfth blind test sets of issue 18 (written 2026-12-06 12:05–12:12 UTC, run once as a first
/// run and once after `match15`), training sets since branch `match16`; their first runs stay the
/// honest figures.
#[test]
fn twelfth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `be2d15c`, the thirteenth slice's default decision): grenzfeld_zahlen
    // nDCG@10 0.798 / MRR 0.812 / recall@10 0.812 / no-match 12 of 20; altbrunn_vage 0.586 / 0.643 /
    // 0.571 / 8 of 21; hafenring_fachsprache 0.765 / 0.777 / 0.824 / 11 of 21. The second run (main
    // `98cc3ed`, after `match14` and `match15`) was nowhere lower in nDCG@10, MRR or recall@10
    // (altbrunn_vage 0.633 / 0.686 / 0.629, the other two the same), but gave two more of
    // altbrunn_vage's no-fit needs a suggestion (10 of 21, what the engine measures now): its ceiling
    // is that share, not the first run's.
    let sets = [
        ("grenzfeld_zahlen", 0.7976, 0.812, 0.812, 0.60),
        ("altbrunn_vage", 0.586, 0.643, 0.571, 0.43),
        ("hafenring_fachsprache", 0.7649, 0.7769, 0.8235, 0.53),
    ];
    assert_floors(&sets);
}

/// The thirteenth blind test sets of issue 18 (written 2026-12-06 14:18–14:25 UTC, run once as a
/// first run), training sets since branch `match21`; their first runs stay the honest figures.
#[test]
fn thirteenth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `20b2d86`, the fourteenth slice and `match15`, default decision):
    // seeblick_senioren nDCG@10 0.798 / MRR 0.790 / recall@10 0.848 / no-match 10 of 20;
    // lohmark_vereinsleben 0.577 / 0.564 / 0.690 / 13 of 20; riedstadt_eltern 0.621 / 0.649 / 0.654 /
    // 8 of 20. The engine of branch `match21` measures the same at three places on seeblick_senioren
    // and riedstadt_eltern (0.7983 / 0.7905 / 0.8476 and 0.6211 / 0.64896 / 0.6542) and more on
    // lohmark_vereinsleben (0.594 / 0.584 / 0.703); where the first run's figure rounded to three
    // places is a hair above what the engine measures (seeblick_senioren's recall@10,
    // riedstadt_eltern's MRR), the floor carries four places, at what the engine reaches now.
    let sets = [
        ("seeblick_senioren", 0.798, 0.790, 0.8476, 0.50),
        ("lohmark_vereinsleben", 0.577, 0.564, 0.690, 0.65),
        ("riedstadt_eltern", 0.621, 0.6489, 0.654, 0.40),
    ];
    assert_floors(&sets);
}

/// The fourteenth blind test sets of issue 18 (written 2026-12-06 15:14–15:35 UTC, run once as a
/// first run), training sets since branch `match21`; their first runs stay the honest figures.
#[test]
fn fourteenth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `87e0213`, `match16` and `match17` merged, default decision):
    // auwald_alltagshilfe nDCG@10 0.687 / MRR 0.717 / recall@10 0.782 / no-match 9 of 20;
    // muehlbach_nachbarschaft 0.510 / 0.499 / 0.567 / 9 of 19; rosenhain_gemeinden 0.584 / 0.611 /
    // 0.611 / 12 of 20. The engine of branch `match21` measures the same at three places
    // (auwald_alltagshilfe 0.68669 / 0.71693 / 0.7824, muehlbach_nachbarschaft 0.5102 / 0.4993 /
    // 0.56667) or more (rosenhain_gemeinden 0.5864 / 0.6111 / 0.6111); where the first run's figure
    // rounded to three places is a hair above what the engine measures (auwald_alltagshilfe's
    // nDCG@10 and MRR, muehlbach_nachbarschaft's recall@10), the floor carries four places, at what
    // the engine reaches now.
    let sets = [
        ("auwald_alltagshilfe", 0.6866, 0.7169, 0.782, 0.45),
        ("muehlbach_nachbarschaft", 0.510, 0.499, 0.5666, 0.48),
        ("rosenhain_gemeinden", 0.584, 0.611, 0.611, 0.60),
    ];
    assert_floors(&sets);
}

/// The fifteenth blind test sets of issue 18 (written 2026-12-06 15:58–16:12 UTC, run once as a
/// first run), training sets since branch `match21`; their first runs stay the honest figures.
#[test]
fn fifteenth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `8c27e89`, `match16` to `match19` merged, default decision):
    // nordhafen_ehrenamt nDCG@10 0.769 / MRR 0.763 / recall@10 0.814 / no-match 15 of 22;
    // lindholm_digital 0.596 / 0.650 / 0.667 / 16 of 19; wiesental_foerderung 0.476 / 0.492 / 0.564
    // / 10 of 20. The engine of branch `match21` measures the same at three places
    // (nordhafen_ehrenamt 0.76894 / 0.7632 / 0.81373, lindholm_digital 0.59568 / 0.6501 / 0.66667,
    // wiesental_foerderung 0.4763 / 0.49177 / 0.56373); where the first run's figure rounded to three
    // places is a hair above what the engine measures (nDCG@10 and recall@10 of the first two, MRR
    // and recall@10 of wiesental_foerderung), the floor carries four places, at what the engine
    // reaches now.
    let sets = [
        ("nordhafen_ehrenamt", 0.7689, 0.763, 0.8137, 0.69),
        ("lindholm_digital", 0.5956, 0.650, 0.6666, 0.85),
        ("wiesental_foerderung", 0.476, 0.4917, 0.5637, 0.50),
    ];
    assert_floors(&sets);
}

/// The sixteenth to nineteenth blind test sets of issue 18 (written 2026-12-06 between 16:40 and
/// 23:50 UTC), training sets since 2026-12-07 (session 20); their first runs stay the honest
/// figures (`docs/benchmarks.md`).
#[test]
fn sixteenth_to_nineteenth_former_test_sets_stay_above_the_measured_floor() {
    // Measured by the engine at commit `8c23b51` with the default parameters, when the twelve became
    // training sets; these are not first runs (those are in `docs/benchmarks.md`). nDCG@10 / MRR /
    // recall@10 / no-match: brunnenfeld_festival 0.78754 / 0.77763 / 0.86184 / 12 of 21;
    // kranichsee_sprachkurse 0.66967 / 0.71717 / 0.68182 / 13 of 20; talweg_frauengesundheit
    // 0.71890 / 0.72072 / 0.74324 / 16 of 21; hirschberg_arbeit 0.66074 / 0.72454 / 0.72917 / 15 of
    // 19; steinfurt_oeffentlichkeit 0.54819 / 0.56410 / 0.63797 / 16 of 21; ulmenhof_sport 0.59757 /
    // 0.60464 / 0.64035 / 12 of 20; eschenhain_wohnen 0.60105 / 0.61852 / 0.62037 / 10 of 19;
    // fichtenau_material 0.58108 / 0.54725 / 0.70513 / 17 of 21; wolfsgrund_beratung 0.78406 /
    // 0.83429 / 0.84286 / 16 of 20; weidenau_alltag 0.76781 / 0.79524 / 0.81905 / 9 of 21;
    // kastanienhof_lernen 0.79687 / 0.79841 / 0.85714 / 10 of 20; seewinkel_karten 0.59525 /
    // 0.63542 / 0.62500 / 12 of 22. The floors of nDCG@10, MRR and recall@10 are these figures cut
    // to four places, the ceilings of the no-match share the shares rounded up to two.
    let sets = [
        ("brunnenfeld_festival", 0.7875, 0.7776, 0.8618, 0.58),
        ("kranichsee_sprachkurse", 0.6696, 0.7171, 0.6818, 0.65),
        ("talweg_frauengesundheit", 0.7188, 0.7207, 0.7432, 0.77),
        ("hirschberg_arbeit", 0.6607, 0.7245, 0.7291, 0.79),
        ("steinfurt_oeffentlichkeit", 0.5481, 0.5641, 0.6379, 0.77),
        ("ulmenhof_sport", 0.5975, 0.6046, 0.6403, 0.60),
        ("eschenhain_wohnen", 0.6010, 0.6185, 0.6203, 0.53),
        ("fichtenau_material", 0.5810, 0.5472, 0.7051, 0.81),
        ("wolfsgrund_beratung", 0.7840, 0.8342, 0.8428, 0.80),
        ("weidenau_alltag", 0.7678, 0.7952, 0.8190, 0.43),
        ("kastanienhof_lernen", 0.7968, 0.7984, 0.8571, 0.50),
        ("seewinkel_karten", 0.5952, 0.6354, 0.6250, 0.55),
    ];
    assert_floors(&sets);
}

/// The twentieth blind test sets of issue 18 (written 2026-12-07, session 20), training sets since
/// 2026-12-07 (session 21); their first runs stay the honest figures (`docs/benchmarks.md`).
#[test]
fn twentieth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `eb8eceb`); at `6945f11`, when they became training sets, the same nDCG@10,
    // MRR and recall@10, and one no-fit need more suggested in lerngarten_zweitsprache (11 of 20, 10
    // at the first run: `85442ab` came after it). nDCG@10 / MRR / recall@10 / no-match at `6945f11`:
    // birkenhof_netzwerk 0.83130 / 0.85294 / 0.85294 / 8 of 21;
    // lerngarten_zweitsprache 0.93238 / 0.94595 / 0.93243 / 11 of 20; schlossberg_raeume 0.59046 /
    // 0.57970 / 0.68519 / 13 of 22. The floors of nDCG@10, MRR and recall@10 are these figures cut
    // to four places (schlossberg_raeume's MRR, 0.579696…, to 0.5796), the ceilings of the no-match share the shares rounded up to two.
    let sets = [
        ("birkenhof_netzwerk", 0.8313, 0.8529, 0.8529, 0.39),
        ("lerngarten_zweitsprache", 0.9323, 0.9459, 0.9324, 0.55),
        ("schlossberg_raeume", 0.5904, 0.5796, 0.6851, 0.60),
    ];
    assert_floors(&sets);
}

/// The twenty-first blind test sets of issue 18 (written 2026-12-07 05:20–05:28 UTC, session 21),
/// training sets since their first run the same day; their first runs stay the honest figures
/// (`docs/benchmarks.md`).
#[test]
fn twenty_first_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `32b1931`), nDCG@10 / MRR / recall@10 / no-match: ahornweiler_stadtteil
    // 0.769997 / 0.766667 / 0.814286 / 11 of 23; rosenhang_mehrsprachig 0.753382 / 0.792857 /
    // 0.785714 / 10 of 20; kiesgrube_fallstricke 0.832815 / 0.848485 / 0.853535 / 10 of 25. The floors
    // are these figures cut to four places, the ceilings of the no-match share rounded up to two.
    let sets = [
        ("ahornweiler_stadtteil", 0.7699, 0.7666, 0.8142, 0.48),
        ("rosenhang_mehrsprachig", 0.7533, 0.7928, 0.7857, 0.50),
        ("kiesgrube_fallstricke", 0.8328, 0.8484, 0.8535, 0.40),
    ];
    assert_floors(&sets);
}

#[test]
fn twenty_second_and_twenty_third_former_test_sets_stay_above_the_measured_floor() {
    // The twenty-second triple's first runs (main `b05eccb`), nDCG@10 / MRR / recall@10 / no-match:
    // buchenau_profile 0.681 / 0.689 / 0.676 / 10 of 19; feldmark_kurzinfo 0.626 / 0.618 / 0.679 /
    // 9 of 21; grauwacke_netzwerktreffen 0.878 / 0.887 / 0.892 / 6 of 25. The twenty-third triple's
    // first runs (main `df924fc`): dornbusch_international 0.830911 / 0.842593 / 0.884259 / 8 of
    // 22; erlenbruch_landkreis 0.649213 / 0.639640 / 0.689189 / 12 of 19; lerchenfeld_jahreslauf
    // 0.756395 / 0.750855 / 0.807692 / 13 of 19. The floors are what `df924fc` measures, when all
    // six became training sets (session 22): the twenty-second triple there 0.680987 / 0.689189 /
    // 0.675676 / 10 of 19, 0.641377 / 0.643162 / 0.692308 / 9 of 21, 0.878282 / 0.887097 /
    // 0.892473 / 6 of 25.
    assert_floors(&[
        ("buchenau_profile", 0.6809, 0.6891, 0.6756, 0.53),
        ("feldmark_kurzinfo", 0.6413, 0.6431, 0.6923, 0.43),
        ("grauwacke_netzwerktreffen", 0.8782, 0.8870, 0.8924, 0.24),
        ("dornbusch_international", 0.8309, 0.8425, 0.8842, 0.37),
        ("erlenbruch_landkreis", 0.6492, 0.6396, 0.6891, 0.64),
        ("lerchenfeld_jahreslauf", 0.7563, 0.7508, 0.8076, 0.69),
    ]);
}

#[test]
fn twenty_fourth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `6a98481`), nDCG@10 / MRR / recall@10 / no-match: haselbach_stichworte
    // 0.792482 / 0.793640 / 0.847368 / 9 of 20; kleeberg_vereinsregister 0.823999 / 0.833333 /
    // 0.865854 / 6 of 19; mistelhain_luecken 0.626194 / 0.692529 / 0.632184 / 15 of 24. The floors
    // are these.
    assert_floors(&[
        ("haselbach_stichworte", 0.7924, 0.7936, 0.8473, 0.45),
        ("kleeberg_vereinsregister", 0.8239, 0.8333, 0.8658, 0.32),
        ("mistelhain_luecken", 0.6261, 0.6925, 0.6321, 0.63),
    ]);
}

#[test]
fn twenty_fifth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `abaf8fc`), nDCG@10 / MRR / recall@10 / no-match: quittenhof_umfrage
    // 0.777264 / 0.781250 / 0.898438 / 7 of 20; ebereschen_ukrainisch 0.684641 / 0.701754 /
    // 0.741228 / 9 of 22; nesselgrund_bedingungen 0.704889 / 0.700000 / 0.750000 / 14 of 24. The
    // floors are these.
    assert_floors(&[
        ("quittenhof_umfrage", 0.7772, 0.7812, 0.8984, 0.35),
        ("ebereschen_ukrainisch", 0.6846, 0.7017, 0.7412, 0.41),
        ("nesselgrund_bedingungen", 0.7048, 0.7000, 0.7500, 0.59),
    ]);
}

#[test]
fn twenty_sixth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `3faeb63`), nDCG@10 / MRR / recall@10 / no-match: wacholder_arabisch_farsi
    // 0.839940 / 0.867188 / 0.901042 / 6 of 20; schilfrohr_kooperationen 0.755761 / 0.783333 /
    // 0.772222 / 11 of 22; kornblumen_kurzfristig 0.685381 / 0.689189 / 0.702703 / 8 of 19. The
    // floors are these.
    assert_floors(&[
        ("wacholder_arabisch_farsi", 0.8399, 0.8671, 0.9010, 0.30),
        ("schilfrohr_kooperationen", 0.7557, 0.7833, 0.7722, 0.50),
        ("kornblumen_kurzfristig", 0.6853, 0.6891, 0.7027, 0.43),
    ]);
}

#[test]
fn twenty_seventh_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `f343cb1`, the engine of `386a488`), nDCG@10 / MRR / recall@10 / no-match:
    // birkenweg_eu_zuwanderung 0.819480 / 0.829730 / 0.824324 / 7 of 19; tannenhof_tuerkisch
    // 0.726949 / 0.735714 / 0.771429 / 9 of 20; lindenhain_vereine_offen 0.687423 / 0.686869 /
    // 0.742424 / 7 of 19. The floors are these.
    assert_floors(&[
        ("birkenweg_eu_zuwanderung", 0.8194, 0.8297, 0.8243, 0.37),
        ("tannenhof_tuerkisch", 0.7269, 0.7357, 0.7714, 0.45),
        ("lindenhain_vereine_offen", 0.6874, 0.6868, 0.7424, 0.37),
    ]);
}

#[test]
fn twenty_eighth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `e98fa65`), nDCG@10 / MRR / recall@10 / no-match: akazien_afrika 0.600668 /
    // 0.631579 / 0.557018 / 15 of 20; olivenhain_erste_generation 0.463500 / 0.466905 / 0.512500 /
    // 13 of 20; ginsterweg_verleih 0.548322 / 0.542778 / 0.650000 / 15 of 22. The floors are these.
    assert_floors(&[
        ("akazien_afrika", 0.6006, 0.6315, 0.5570, 0.75),
        ("olivenhain_erste_generation", 0.4635, 0.4669, 0.5125, 0.65),
        ("ginsterweg_verleih", 0.5483, 0.5427, 0.6500, 0.69),
    ]);
}

#[test]
fn twenty_ninth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `4640861`), nDCG@10 / MRR / recall@10 / no-match: pappelallee_alltag
    // 0.767569 / 0.774074 / 0.819444 / 7 of 21; lerchenberg_sport_freizeit 0.640095 / 0.646465 /
    // 0.674242 / 9 of 21; mohnfeld_beratung 0.720600 / 0.737179 / 0.782051 / 11 of 20. The floors
    // are these.
    assert_floors(&[
        ("pappelallee_alltag", 0.7675, 0.7740, 0.8194, 0.34),
        ("lerchenberg_sport_freizeit", 0.6400, 0.6464, 0.6742, 0.43),
        ("mohnfeld_beratung", 0.7206, 0.7371, 0.7820, 0.55),
    ]);
}

#[test]
fn thirtieth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `cc7cad4`, session 24), nDCG@10 / MRR / recall@10 / no-match:
    // holunder_aussiedler 0.507185 / 0.529915 / 0.525641 / 6 of 21; schlehdorn_uebersetzt
    // 0.728567 / 0.733333 / 0.741667 / 11 of 20; hagebutten_kleinstadt 0.754405 / 0.787037 /
    // 0.754630 / 9 of 20. The floors are these.
    assert_floors(&[
        ("holunder_aussiedler", 0.5071, 0.5299, 0.5256, 0.29),
        ("schlehdorn_uebersetzt", 0.7285, 0.7333, 0.7416, 0.55),
        ("hagebutten_kleinstadt", 0.7544, 0.7870, 0.7546, 0.45),
    ]);
}

#[test]
fn thirty_first_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `c1edd0f`, session 24), nDCG@10 / MRR / recall@10 / no-match:
    // brombeer_familien 0.777686 / 0.766667 / 0.814286 / 7 of 19; weidenroeschen_nachhaltig
    // 0.708393 / 0.702703 / 0.756757 / 8 of 19; ringelblume_flyer 0.800329 / 0.803030 / 0.818182 /
    // 7 of 19. The floors are these.
    assert_floors(&[
        ("brombeer_familien", 0.7776, 0.7666, 0.8142, 0.37),
        ("weidenroeschen_nachhaltig", 0.7083, 0.7027, 0.7567, 0.43),
        ("ringelblume_flyer", 0.8003, 0.8030, 0.8181, 0.37),
    ]);
}

#[test]
fn thirty_second_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `6fbca29`, session 24), nDCG@10 / MRR / recall@10 / no-match:
    // mehlbeere_alltag 0.745545 / 0.765766 / 0.774775 / 10 of 21; faulbaum_osten 0.625236 /
    // 0.685185 / 0.643519 / 10 of 19; eibisch_jugend 0.654710 / 0.638889 / 0.708333 / 5 of 21. The
    // floors are these.
    assert_floors(&[
        ("mehlbeere_alltag", 0.7455, 0.7657, 0.7747, 0.48),
        ("faulbaum_osten", 0.6252, 0.6851, 0.6435, 0.53),
        ("eibisch_jugend", 0.6547, 0.6388, 0.7083, 0.24),
    ]);
}

#[test]
fn thirty_third_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `dd85e57`, session 24), nDCG@10 / MRR / recall@10 / no-match:
    // schafgarbe_alltag 0.783249 / 0.813063 / 0.842342 / 10 of 19; wermut_kurdisch 0.879335 /
    // 0.934211 / 0.859649 / 10 of 20; hopfen_verwaltung 0.703043 / 0.758333 / 0.683333 / 5 of 20.
    // The floors are these.
    assert_floors(&[
        ("schafgarbe_alltag", 0.7832, 0.8130, 0.8423, 0.53),
        ("wermut_kurdisch", 0.8793, 0.9342, 0.8596, 0.50),
        ("hopfen_verwaltung", 0.7030, 0.7583, 0.6833, 0.25),
    ]);
}

#[test]
fn thirty_fourth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `15a8f74`, the engine of `5aa279b`, session 24), nDCG@10 / MRR / recall@10 /
    // no-match, measured again at `2192d7f` (session 25) with the same figures: kornelkirsche_alltag
    // 0.783008 / 0.791667 / 0.805556 / 11 of 21; silberdistel_barrierefrei 0.669358 / 0.682692 /
    // 0.696581 / 6 of 19; rainfarn_hochschule 0.717238 / 0.782828 / 0.732323 / 8 of 19. The floors
    // are these.
    assert_floors(&[
        ("kornelkirsche_alltag", 0.7830, 0.7916, 0.8055, 0.53),
        ("silberdistel_barrierefrei", 0.6693, 0.6826, 0.6965, 0.32),
        ("rainfarn_hochschule", 0.7172, 0.7828, 0.7323, 0.43),
    ]);
}

#[test]
fn thirty_fifth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `3976ae2`, session 25), nDCG@10 / MRR / recall@10 / no-match:
    // wegwarte_alltag 0.706625 / 0.706250 / 0.741667 / 3 of 20; spitzwegerich_kueche 0.655300 /
    // 0.636364 / 0.787879 / 13 of 19; baldrian_suedosteuropa 0.680148 / 0.703125 / 0.729167 / 9 of
    // 20. The floors are these.
    assert_floors(&[
        ("wegwarte_alltag", 0.7066, 0.7062, 0.7416, 0.15),
        ("spitzwegerich_kueche", 0.6553, 0.6363, 0.7878, 0.69),
        ("baldrian_suedosteuropa", 0.6801, 0.7031, 0.7291, 0.45),
    ]);
}

#[test]
fn thirty_sixth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `02698f1`, session 25), nDCG@10 / MRR / recall@10 / no-match:
    // beifuss_grossstadt 0.777193 / 0.778571 / 0.785714 / 7 of 20; knoeterich_unterkunft 0.575351 /
    // 0.587963 / 0.627315 / 11 of 20; klatschmohn_kultur 0.696631 / 0.684524 / 0.750000 / 11 of 19.
    // The floors are these.
    assert_floors(&[
        ("beifuss_grossstadt", 0.7771, 0.7785, 0.7857, 0.35),
        ("knoeterich_unterkunft", 0.5753, 0.5879, 0.6273, 0.55),
        ("klatschmohn_kultur", 0.6966, 0.6845, 0.7500, 0.58),
    ]);
}

#[test]
fn thirty_seventh_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `089a3c0`, session 25), nDCG@10 / MRR / recall@10 / no-match:
    // schneeball_kleinstadt 0.710256 / 0.706863 / 0.764706 / 11 of 18; wiesenknopf_mehrsprachig
    // 0.847869 / 0.837719 / 0.881579 / 11 of 20; wegerich_vereinsgruendung 0.669432 / 0.685417 /
    // 0.697917 / 10 of 20. The floors are these.
    assert_floors(&[
        ("schneeball_kleinstadt", 0.7102, 0.7068, 0.7647, 0.62),
        ("wiesenknopf_mehrsprachig", 0.8478, 0.8377, 0.8815, 0.55),
        ("wegerich_vereinsgruendung", 0.6694, 0.6854, 0.6979, 0.50),
    ]);
}

#[test]
fn thirty_eighth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `296b760`, session 25), nDCG@10 / MRR / recall@10 / no-match:
    // holzapfel_alltag 0.664303 / 0.675833 / 0.670833 / 8 of 19; hirtentaeschel_nachbarschaft
    // 0.664433 / 0.673810 / 0.671429 / 8 of 19; gundermann_felder 0.773261 / 0.777778 / 0.818182 / 6
    // of 22. The floors are these.
    assert_floors(&[
        ("holzapfel_alltag", 0.6643, 0.6758, 0.6708, 0.43),
        ("hirtentaeschel_nachbarschaft", 0.6644, 0.6738, 0.6714, 0.43),
        ("gundermann_felder", 0.7732, 0.7777, 0.8181, 0.28),
    ]);
}

#[test]
fn thirty_ninth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `012b231`, the engine of `296b760`, session 25), measured again at `5d94fb3`
    // (session 26) with the same figures, nDCG@10 / MRR / recall@10 / no-match:
    // sauerampfer_alltag 0.808280 / 0.825000 / 0.800000 / 7 of 20; engelwurz_jugendhilfe 0.747560 /
    // 0.770833 / 0.775000 / 6 of 20; bitterklee_termine 0.643070 / 0.639640 / 0.689189 / 9 of 19.
    // The floors are these.
    assert_floors(&[
        ("sauerampfer_alltag", 0.8082, 0.8250, 0.8000, 0.35),
        ("engelwurz_jugendhilfe", 0.7475, 0.7708, 0.7750, 0.30),
        ("bitterklee_termine", 0.6430, 0.6396, 0.6891, 0.48),
    ]);
}

#[test]
fn fortieth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `758a591`, session 26), nDCG@10 / MRR / recall@10 / no-match:
    // wiesensalbei_alltag 0.669615 / 0.685714 / 0.690476 / 7 of 19; ackerwinde_arbeit 0.654777 /
    // 0.666905 / 0.675000 / 13 of 20; frauenmantel_frauen 0.732085 / 0.737500 / 0.725000 / 6 of 20.
    // The floors are these.
    assert_floors(&[
        ("wiesensalbei_alltag", 0.6696, 0.6857, 0.6904, 0.37),
        ("ackerwinde_arbeit", 0.6547, 0.6669, 0.6750, 0.65),
        ("frauenmantel_frauen", 0.7320, 0.7375, 0.7250, 0.30),
    ]);
}

#[test]
fn forty_first_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `bc3103a`, session 26), nDCG@10 / MRR / recall@10 / no-match:
    // kamille_alltag 0.766248 / 0.805556 / 0.750000 / 7 of 19; kerbel_sport 0.731267 / 0.741228 /
    // 0.776316 / 13 of 19; beinwell_gesundheit 0.756815 / 0.751488 / 0.825000 / 11 of 20. The
    // floors are these.
    assert_floors(&[
        ("kamille_alltag", 0.7662, 0.8055, 0.7500, 0.37),
        ("kerbel_sport", 0.7312, 0.7412, 0.7763, 0.69),
        ("beinwell_gesundheit", 0.7568, 0.7514, 0.8250, 0.55),
    ]);
}

#[test]
fn forty_second_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `ef36786`, session 26), nDCG@10 / MRR / recall@10 / no-match:
    // malve_alltag 0.717345 / 0.745614 / 0.750000 / 9 of 20; labkraut_senioren 0.730182 / 0.750000
    // / 0.769231 / 7 of 20; gamander_formal 0.707143 / 0.708333 / 0.708333 / 13 of 18. The floors
    // are these.
    assert_floors(&[
        ("malve_alltag", 0.7173, 0.7456, 0.7500, 0.45),
        ("labkraut_senioren", 0.7301, 0.7500, 0.7692, 0.35),
        ("gamander_formal", 0.70714, 0.7083, 0.7083, 0.73),
    ]);
}

#[test]
fn forty_third_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `b85b40b`, session 26), nDCG@10 / MRR / recall@10 / no-match: ysop_alltag
    // 0.760518 / 0.791667 / 0.777778 / 7 of 19; hauhechel_karten 0.736540 / 0.750000 / 0.802632 / 7
    // of 22; baerlauch_mehrsprachig 0.791681 / 0.812500 / 0.847222 / 10 of 19. The floors are these.
    assert_floors(&[
        ("ysop_alltag", 0.7605, 0.7916, 0.7777, 0.37),
        ("hauhechel_karten", 0.7365, 0.7500, 0.8026, 0.32),
        ("baerlauch_mehrsprachig", 0.7916, 0.8125, 0.8472, 0.53),
    ]);
}

#[test]
fn forty_fourth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `bc7ad7e`, the engine of `51ecff3`, session 26), nDCG@10 / MRR / recall@10
    // / no-match: augentrost_alltag 0.727121 / 0.724359 / 0.794872 / 13 of 21;
    // rainkohl_raeume_material 0.628004 / 0.602778 / 0.722222 / 11 of 19;
    // wiesenklee_tuerkisch_arabisch 0.670220 / 0.692982 / 0.723684 / 10 of 20. The floors are these.
    assert_floors(&[
        ("augentrost_alltag", 0.7271, 0.7243, 0.7948, 0.62),
        ("rainkohl_raeume_material", 0.6280, 0.6027, 0.7222, 0.58),
        ("wiesenklee_tuerkisch_arabisch", 0.6702, 0.6929, 0.7236, 0.50),
    ]);
}

#[test]
fn forty_fifth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `ff58004`, session 27), nDCG@10 / MRR / recall@10 / no-match:
    // mariendistel_alltag 0.653520 / 0.679167 / 0.700000 / 9 of 20; odermennig_bildung 0.730329 /
    // 0.745614 / 0.767544 / 10 of 20; lungenkraut_englisch_farsi 0.643349 / 0.640351 / 0.657895 /
    // 13 of 20. The floors are these.
    assert_floors(&[
        ("mariendistel_alltag", 0.6535, 0.6791, 0.7000, 0.45),
        ("odermennig_bildung", 0.7303, 0.7456, 0.7675, 0.50),
        ("lungenkraut_englisch_farsi", 0.6433, 0.6403, 0.6578, 0.65),
    ]);
}

#[test]
fn forty_sixth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `2c438a0`, the engine of `ff58004`, session 27), nDCG@10 / MRR / recall@10
    // / no-match: hasenklee_alltag 0.763677 / 0.777778 / 0.769231 / 6 of 20;
    // sumpfdotterblume_beratung 0.643270 / 0.675032 / 0.711712 / 10 of 18;
    // natternkopf_karten_mehrsprachig 0.852154 / 0.881579 / 0.868421 / 7 of 20. The floors are
    // these.
    assert_floors(&[
        ("hasenklee_alltag", 0.7636, 0.7777, 0.7692, 0.30),
        ("sumpfdotterblume_beratung", 0.6432, 0.6750, 0.7117, 0.56),
        ("natternkopf_karten_mehrsprachig", 0.8521, 0.8815, 0.8684, 0.35),
    ]);
}

#[test]
fn forty_seventh_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `2b66940`, session 27), nDCG@10 / MRR / recall@10 / no-match:
    // wasserdost_alltag 0.875588 / 0.865766 / 0.909910 / 6 of 20; zittergras_frauen_familie
    // 0.794497 / 0.804688 / 0.812500 / 6 of 20; kreuzkraut_arabisch_kurdisch 0.791648 / 0.768519 /
    // 0.847222 / 9 of 19. The floors are these.
    assert_floors(&[
        ("wasserdost_alltag", 0.8755, 0.8657, 0.9099, 0.30),
        ("zittergras_frauen_familie", 0.7944, 0.8046, 0.8125, 0.30),
        ("kreuzkraut_arabisch_kurdisch", 0.7916, 0.7685, 0.8472, 0.48),
    ]);
}

#[test]
fn forty_eighth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `24e6167`, the engine of `7b83179`, session 27), nDCG@10 / MRR /
    // recall@10 / no-match: wiesenkerbel_alltag 0.678528 / 0.708333 / 0.712500 / 6 of 20;
    // goldrute_jugend_arbeit 0.719854 / 0.686569 / 0.820513 / 14 of 21; storchschnabel_handy
    // 0.765384 / 0.777027 / 0.815315 / 12 of 20. The floors are these.
    assert_floors(&[
        ("wiesenkerbel_alltag", 0.6785, 0.7083, 0.7125, 0.30),
        ("goldrute_jugend_arbeit", 0.7198, 0.6865, 0.8205, 0.67),
        ("storchschnabel_handy", 0.7653, 0.7770, 0.8153, 0.60),
    ]);
}

#[test]
fn forty_ninth_former_test_sets_stay_above_the_measured_floor() {
    // First runs (main `ea1e209`, session 27), nDCG@10 / MRR / recall@10 / no-match:
    // ehrenpreis_alltag 0.794328 / 0.805556 / 0.794872 / 8 of 20; tausendgulden_kultur_feste
    // 0.533624 / 0.527269 / 0.641026 / 12 of 19; sumpfkresse_ukrainisch_russisch 0.765805 /
    // 0.776423 / 0.821138 / 9 of 19. The floors are these.
    assert_floors(&[
        ("ehrenpreis_alltag", 0.7943, 0.8055, 0.7948, 0.40),
        ("tausendgulden_kultur_feste", 0.5336, 0.5272, 0.6410, 0.64),
        ("sumpfkresse_ukrainisch_russisch", 0.7658, 0.7764, 0.8211, 0.48),
    ]);
}

#[path = "../../examples/support/eval_sets.rs"]
mod eval_sets;
// All 145 training sets, in the order over which the guards of the mean were measured: the first 28
// are those of branch `match13`, the first 31 those of branch `match14`, the first 34 those of
// branch `match16`, the first 43 those of branch `match21`, the first 55 those of session 20, the
// first 58 and 61 those of session 21, the first 67, 70, 73 and 76 those of session 22, the first 79, 82 and 85 those of session 23, the first 88, 91, 94 and 97 those of session 24 and the first 100, 103, 106 and 109 and 112 those of session 25 and the first 115, 118, 121, 124, 127 and 130 those of session 26 and the first 133, 136, 139 and 142 and all 145 those of session 27; sets 44 to 55 are the sixteenth to nineteenth former
// blind triples, training sets since 2026-12-07 (session 20), sets 56 to 61 the twentieth and
// twenty-first (session 21), sets 62 to 67 the twenty-second and twenty-third, sets 68 to 70 the twenty-fourth, sets 71 to 73 the twenty-fifth, sets 74 to 76 the twenty-sixth (session 22), sets 77 to 79 the twenty-seventh, 80 to 82 the twenty-eighth and 83 to 85 the twenty-ninth (session 23), 86 to 88 the thirtieth, 89 to 91 the thirty-first, 92 to 94 the thirty-second 95 to 97 the thirty-third (session 24) 98 to 100 the thirty-fourth , 101 to 103 the thirty-fifth , 104 to 106 the thirty-sixth , 107 to 109 the thirty-seventh and 110 to 112 the thirty-eighth (session 25), 113 to 115 the thirty-ninth, 116 to 118 the fortieth, 119 to 121 the forty-first, 122 to 124 the forty-second, 125 to 127 the forty-third and 128 to 130 the forty-fourth (session 26), 131 to 133 the forty-fifth, 134 to 136 the forty-sixth, 137 to 139 the forty-seventh, 140 to 142 the forty-eighth and 143 to 145 the forty-ninth (session 27).
use eval_sets::SETS;

/// Mean nDCG@10, recall@10 and no-match share over `sets` (a start of `SETS`), measured in `mode`.
fn means(sets: &[(&str, (&str, &str))], mode: Mode) -> (f64, f64, f64) {
    let ms: Vec<Metrics> = sets.iter().map(|(name, _)| run(name).metrics(mode)).collect();
    let n = ms.len() as f64;
    let mean = |f: fn(&Metrics) -> f64| ms.iter().map(f).sum::<f64>() / n;
    (mean(|m| m.ndcg_at_10), mean(|m| m.recall_at_10), mean(|m| m.no_match_suggested))
}

/// Checks the means over the first `n` sets of `SETS` in `mode`: at least `ndcg` nDCG@10 and
/// `recall` recall@10, at most `no_match` of the needs without a match with a suggestion.
fn assert_means(n: usize, mode: Mode, ndcg: f64, recall: f64, no_match: f64) {
    let (m_ndcg, m_recall, m_no_match) = means(&SETS[..n], mode);
    assert!(m_ndcg >= ndcg, "mean nDCG@10 over {n} sets {m_ndcg:.4}");
    assert!(m_recall >= recall, "mean recall@10 over {n} sets {m_recall:.4}");
    assert!(m_no_match <= no_match, "mean no-match share over {n} sets {m_no_match:.4}");
}

/// The per-need model deciding every need alone (`data/fit.txt`, not the default, see
/// `Params::fit`) keeps the level it was fitted at, over the 28 training sets of branch `match13`,
/// the 31 of branch `match14`, the 34 of branch `match16`, the 43 of branch `match21`, the 55 of session 20, the 58 and 61 of session 21 and the 67, 70, 73 and 76 of session 22 and the 79, 82 and 85 of session 23 and the 88, 91, 94 and 97 of session 24 and the 100, 103, 106, 109 and 112 of session 25 and the 115, 118, 121, 124, 127 and all 130 of session 26.
#[test]
fn the_per_need_decision_stays_above_its_measured_floor() {
    // Measured when fitted on the 25 sets of branch `match12`: nDCG@10 0.778, recall@10 0.799,
    // no-match share 0.291 (173 of 566); the global threshold on the same sets: 0.761 / 0.759 /
    // 0.328. Refitted on 28 sets (branch `match13`, the tenth triple added, whose sets are the
    // weakest: the mean over 28 is lower for the same engine) and measured on them: 0.765 / 0.785 /
    // 0.306 (200 of 629); the global threshold on the same 28 sets: 0.747 / 0.744 / 0.346.
    // Refitted on 31 sets (branch `match14`), on the same 28: 0.765 / 0.784 / 0.296; refitted
    // again after the step-2 changes of that branch: 0.764 / 0.784 / 0.289.
    assert_means(28, Mode::PerNeed, 0.76, 0.78, 0.31);
    // Refitted on the 31 sets (branch `match14`) and measured on them: 0.762 / 0.782 / 0.322 (226
    // of 686); the global threshold on the same 31 sets: 0.741 / 0.739 / 0.372. Refitted again
    // after that branch's step-2 changes: 0.761 / 0.782 / 0.317 (222 of 686).
    assert_means(31, Mode::PerNeed, 0.76, 0.78, 0.325);
    // Over the 34 sets of branch `match16` (the twelfth triple added; `data/fit.txt` still the
    // one fitted on 31 sets, since the refit on 34 moved its cut to 0.475 and broke the guard over
    // 31 sets above: no-match 0.330): 0.758 / 0.780 / 0.329 (mean of the sets' shares).
    assert_means(34, Mode::PerNeed, 0.755, 0.775, 0.33);
    // Over the 43 sets of branch `match21` (the thirteenth to fifteenth triples added; `data/fit.txt`
    // still the one fitted on 31 sets, since the refit on 43 moved its cut to 0.475 and broke the
    // guard over 34 sets above: no-match 0.335): 0.737 / 0.776 / 0.366 (mean of the sets' shares).
    assert_means(43, Mode::PerNeed, 0.735, 0.775, 0.37);
    // Over all 55 sets (the sixteenth to nineteenth former blind triples added on 2026-12-07,
    // session 20), measured at commit `8c23b51`: 0.7400 / 0.7866 / 0.4134 (mean of the sets'
    // shares); with the two reading fixes of `76cf09f` and `236de65`, merged with these guards
    // before they were first run: 0.7417 / 0.7884 / 0.4157 (three no-fit needs more get a
    // suggestion from this model, not from the default decision: texts read that were misread
    // before, e.g. a programme booklet to translate). Guarded at the merge's figures. The fitted
    // files were not refitted on the 55 sets: `data/fit.txt` is still the one fitted on 31 sets,
    // `data/fit_below.txt` the one fitted on 43.
    assert_means(55, Mode::PerNeed, 0.741, 0.788, 0.416);
    // Over all 58 sets (the twentieth former blind triple added on 2026-12-07, session 21), measured
    // at commit `6945f11`: 0.7452 / 0.7921 / 0.4171; over the 55 sets 0.7419 / 0.7883 / 0.4157.
    assert_means(58, Mode::PerNeed, 0.745, 0.792, 0.418);
    // Over all 61 sets (the twenty-first former blind triple added, session 21), measured at
    // `32b1931`: 0.7487 / 0.7956 / 0.4075; over the 58 sets there 0.7473 / 0.7944 / 0.4086.
    assert_means(61, Mode::PerNeed, 0.748, 0.795, 0.408);
    // Over all 67 sets (the twenty-second and twenty-third former blind triples added, session
    // 22), measured at `df924fc`: 0.7482 / 0.7941 / 0.4093; over the 61 sets there 0.7508 / 0.7969 /
    // 0.4035.
    assert_means(67, Mode::PerNeed, 0.748, 0.794, 0.410);
    // Over all 70 sets (the twenty-fourth former blind triple added, session 22), measured at
    // `6a98481`: 0.7480 / 0.7932 / 0.4094; over the 67 sets there 0.7493 / 0.7945 / 0.4064.
    assert_means(70, Mode::PerNeed, 0.748, 0.793, 0.410);
    // Over all 73 sets (the twenty-fifth former blind triple added, session 22), measured at
    // `abaf8fc`: 0.7459 / 0.7926 / 0.4095; over the 70 sets there 0.7484 / 0.7935 / 0.4094.
    assert_means(73, Mode::PerNeed, 0.745, 0.792, 0.410);
    // Over all 76 sets (the twenty-sixth former blind triple added, session 22), measured at
    // `3faeb63`: 0.7481 / 0.7948 / 0.4096; over the 73 sets there 0.7462 / 0.7930 / 0.4095.
    assert_means(76, Mode::PerNeed, 0.748, 0.794, 0.410);
    // Over all 79 sets (the twenty-seventh former blind triple added, session 23), measured at
    // `f343cb1`: 0.7478 / 0.7938 / 0.4071; over the 76 sets there 0.7481 / 0.7948 / 0.4096.
    assert_means(79, Mode::PerNeed, 0.747, 0.793, 0.408);
    // Over all 82 sets (the twenty-eighth former blind triple added, session 23), measured at
    // `e98fa65`: 0.74698 / 0.79402 / 0.41059; over the 79 sets there 0.75392 / 0.80066 / 0.40103.
    assert_means(82, Mode::PerNeed, 0.7469, 0.7940, 0.4106);
    // Over all 85 sets (the twenty-ninth former blind triple added, session 23), measured at
    // `4640861`: 0.74659 / 0.79381 / 0.41150 (just over, the ceiling rounded up); over the 82 sets there 0.74721 / 0.79402 / 0.41059.
    assert_means(85, Mode::PerNeed, 0.7465, 0.7938, 0.4116);
    // Over all 88 sets (the thirtieth former blind triple added, session 24), measured at
    // `cc7cad4`: 0.74680 / 0.79340 / 0.40924; over the 85 sets there 0.74898 / 0.79644 / 0.41091.
    assert_means(88, Mode::PerNeed, 0.7467, 0.7933, 0.4093);
    // Over all 91 sets (the thirty-first former blind triple added, session 24), measured at
    // `c1edd0f`: 0.75027 / 0.79671 / 0.40745; over the 88 sets there 0.74987 / 0.79672 / 0.40818.
    assert_means(91, Mode::PerNeed, 0.7502, 0.7967, 0.4075);
    // Over all 94 sets (the thirty-second former blind triple added, session 24), measured at
    // `6fbca29`: 0.74993 / 0.79625 / 0.40474; over the 91 sets there 0.75113 / 0.79732 / 0.40555.
    assert_means(94, Mode::PerNeed, 0.7499, 0.7962, 0.4048);
    // Over all 97 sets (the thirty-third former blind triple added, session 24), measured at
    // `dd85e57`: 0.75228 / 0.79804 / 0.40472; over the 94 sets there 0.75106 / 0.79738 / 0.40464.
    assert_means(97, Mode::PerNeed, 0.7522, 0.7980, 0.4048);
    // Over all 100 sets (the thirty-fourth former blind triple added, session 25), measured at
    // `2192d7f`: 0.75236 / 0.79784 / 0.40360; over the 97 sets there 0.75313 / 0.79889 / 0.40418.
    assert_means(100, Mode::PerNeed, 0.7523, 0.7978, 0.4037);
    // Over all 103 sets (the thirty-fifth former blind triple added, session 25), measured at
    // `3976ae2`: 0.75073 / 0.79732 / 0.40035; over the 100 sets there 0.75236 / 0.79784 / 0.40007.
    assert_means(103, Mode::PerNeed, 0.7507, 0.7973, 0.4004);
    // Over all 106 sets (the thirty-sixth former blind triple added, session 25), measured at
    // `02698f1`: 0.75200 / 0.79843 / 0.39854; over the 103 sets there 0.75283 / 0.79879 / 0.39577.
    assert_means(106, Mode::PerNeed, 0.7520, 0.7984, 0.3986);
    // Over all 109 sets (the thirty-seventh former blind triple added, session 25), measured at
    // `089a3c0`: 0.752045 / 0.798489 / 0.402814; over the 106 sets there 0.752265 / 0.798695 /
    // 0.398544.
    assert_means(109, Mode::PerNeed, 0.7520, 0.7984, 0.4029);
    // Over all 112 sets (the thirty-eighth former blind triple added, session 25), measured at
    // `296b760`: 0.751438 / 0.797586 / 0.401126; over the 109 sets there 0.752045 / 0.798489 /
    // 0.402355.
    assert_means(112, Mode::PerNeed, 0.7514, 0.7975, 0.4012);
    // Over all 115 sets (the thirty-ninth former blind triple added, session 26), measured at
    // `5d94fb3`: 0.749939 / 0.795916 / 0.399541; over the 112 sets there 0.751438 / 0.797586 /
    // 0.401126.
    assert_means(115, Mode::PerNeed, 0.7499, 0.7959, 0.3996);
    // Over all 118 sets (the fortieth former blind triple added, session 26), measured at
    // `676afb4`: 0.748741 / 0.794521 / 0.400132; over the 115 sets there 0.750163 / 0.796386 /
    // 0.399541.
    assert_means(118, Mode::PerNeed, 0.7487, 0.7945, 0.4002);
    // Over all 121 sets (the forty-first former blind triple added, session 26), measured at
    // `2e94932`: 0.749725 / 0.795337 / 0.400020; over the 118 sets there 0.749437 / 0.794978 /
    // 0.400132.
    assert_means(121, Mode::PerNeed, 0.7497, 0.7953, 0.4001);
    // Over all 124 sets (the forty-second former blind triple added, session 26), measured at
    // `7959ab5`: 0.750163 / 0.794921 / 0.400555; over the 121 sets there 0.750674 / 0.795770 /
    // 0.398732.
    assert_means(124, Mode::PerNeed, 0.7501, 0.7949, 0.4006);
    // Over all 127 sets (the forty-third former blind triple added, session 26), measured at
    // `5c70ea6`: 0.750042 / 0.794630 / 0.400700; over the 124 sets there 0.750457 / 0.795145 /
    // 0.400555.
    assert_means(127, Mode::PerNeed, 0.7500, 0.7946, 0.4008);
    // Over all 130 sets (the forty-fourth former blind triple added, session 26), measured at
    // `96b1778`: 0.750267 / 0.794990 / 0.402430; over the 127 sets there 0.752021 / 0.796243 /
    // 0.399770.
    assert_means(130, Mode::PerNeed, 0.7502, 0.7949, 0.4025);
    // Over all 133 sets (the forty-fifth former blind triple added, session 27), measured at
    // `ed6d51e`: 0.749358 / 0.794340 / 0.402013; over the 130 sets there 0.750504 / 0.795147 /
    // 0.401291.
    assert_means(133, Mode::PerNeed, 0.7493, 0.7943, 0.4021);
    // Over all 136 sets (the forty-sixth former blind triple added, session 27), measured at
    // `faf4601`: 0.749394 / 0.794080 / 0.402010; over the 133 sets there 0.749358 / 0.794340 /
    // 0.402013.
    assert_means(136, Mode::PerNeed, 0.7493, 0.7940, 0.4021);
    // Over all 139 sets (the forty-seventh former blind triple added, session 27), measured at
    // `5b53df1`: 0.755445 / 0.799991 / 0.400698; over the 136 sets there 0.753864 / 0.798697 /
    // 0.401255.
    assert_means(139, Mode::PerNeed, 0.7554, 0.7999, 0.4007);
    // Over all 142 sets (the forty-eighth former blind triple added, session 27), measured at
    // `63821cb`: 0.755216 / 0.800238 / 0.402578; over the 139 sets there 0.755953 / 0.800515 /
    // 0.400698.
    assert_means(142, Mode::PerNeed, 0.7552, 0.8002, 0.4026);
    // Over all 145 sets (the forty-ninth former blind triple added, session 27), measured at
    // `d2ecb6a`: 0.754646 / 0.800141 / 0.403957; over the 142 sets there 0.755289 / 0.800433 /
    // 0.402243.
    assert_means(SETS.len(), Mode::PerNeed, 0.7546, 0.8001, 0.4040);
}

/// The engine's default decision (`data/fit_below.txt`: the global threshold, and below it the
/// per-need model) keeps the level measured when it became the default, over the 28 training sets
/// of branch `match13`, and the levels measured over the 31 of branch `match14`, the 34 of branch
/// `match16`, the 43 of branch `match21`, the 55 of session 20, the 58 and 61 of session 21 and the 67, 70, 73 and 76 of session 22 and the 79, 82 and 85 of session 23 and the 88, 91, 94 and 97 of session 24 and the 100, 103, 106, 109 and 112 of session 25 and the 115, 118, 121, 124, 127 and all 130 of session 26.
#[test]
fn the_default_decision_stays_above_its_measured_floor() {
    // Measured when it became the default (branch `match13`, on these sets, not held out): nDCG@10
    // 0.764, recall@10 0.776, no-match share 0.346 (227 of 629), the same no-match share as the
    // global threshold alone (0.747 / 0.744 / 0.346), since it never takes a need's suggestions away.
    // (Before candidates below the threshold were limited to the need's category field it measured
    // 0.772 / 0.792; that version was never the default on main: it listed other categories.)
    // Refitted on 31 sets (branch `match14`), on the same 28: 0.764 / 0.776 / 0.346.
    assert_means(28, Mode::Default, 0.76, 0.775, 0.35);
    // Refitted on the 31 sets (branch `match14`) and measured on them: 0.758 / 0.770 / 0.372 (262
    // of 686), the no-match share of the global threshold alone on the same sets; after that
    // branch's step-2 changes, refitted: 0.758 / 0.770 / 0.370 (262 of 686; over the 28 sets of
    // `match13` 0.764 / 0.776 / 0.344).
    assert_means(31, Mode::Default, 0.755, 0.77, 0.375);
    // Refitted on the 34 sets (branch `match16`) and measured on them: 0.756 / 0.769 / 0.383 (294
    // of 748), the no-match share of the global threshold alone; over the 31 sets of `match14`
    // 0.759 / 0.771 / 0.370, over the 28 of `match13` 0.765 / 0.777 / 0.344.
    assert_means(34, Mode::Default, 0.755, 0.765, 0.385);
    // Refitted on the 43 sets (branch `match21`) and measured on them: 0.738 / 0.767 / 0.420 (395
    // of 928), the no-match share of the global threshold alone; over the 34 sets of `match16`
    // 0.767 / 0.787 / 0.381, over the 31 of `match14` 0.771 / 0.790 / 0.367, over the 28 of
    // `match13` 0.777 / 0.797 / 0.341.
    assert_means(43, Mode::Default, 0.735, 0.765, 0.42);
    // Over all 55 sets (the sixteenth to nineteenth former blind triples added on 2026-12-07,
    // session 20), measured at commit `8c23b51`: 0.7403 / 0.7745 / 0.4523 (mean of the sets'
    // shares). The fitted files were not refitted on the 55 sets: `data/fit_below.txt` is still the
    // one fitted on 43 sets, `data/fit.txt` the one fitted on 31.
    assert_means(55, Mode::Default, 0.740, 0.774, 0.453);
    // Over all 58 sets (the twentieth former blind triple added on 2026-12-07, session 21), measured
    // at commit `6945f11`: 0.7451 / 0.7795 / 0.4557; over the 55 sets 0.7430 / 0.7771 / 0.4529.
    assert_means(58, Mode::Default, 0.745, 0.779, 0.456);
    // Over all 61 sets (the twenty-first former blind triple added, session 21), measured at
    // `32b1931`: 0.7491 / 0.7835 / 0.4494; over the 58 sets there 0.7472 / 0.7817 / 0.4489.
    assert_means(61, Mode::Default, 0.749, 0.783, 0.450);
    // Over all 67 sets (the twenty-second and twenty-third former blind triples added, session
    // 22), measured at `df924fc`: 0.7515 / 0.7854 / 0.4522; over the 61 sets there 0.7527 / 0.7865 /
    // 0.4495.
    assert_means(67, Mode::Default, 0.751, 0.785, 0.453);
    // Over all 70 sets (the twenty-fourth former blind triple added, session 22), measured at
    // `6a98481`: 0.7526 / 0.7858 / 0.4485; over the 67 sets there 0.7528 / 0.7860 / 0.4478.
    assert_means(70, Mode::Default, 0.752, 0.785, 0.449);
    // Over all 73 sets (the twenty-fifth former blind triple added, session 22), measured at
    // `abaf8fc`: 0.7517 / 0.7866 / 0.4485; over the 70 sets there 0.7530 / 0.7862 / 0.4485.
    assert_means(73, Mode::Default, 0.751, 0.786, 0.449);
    // Over all 76 sets (the twenty-sixth former blind triple added, session 22), measured at
    // `3faeb63`: 0.7523 / 0.7872 / 0.4468; over the 73 sets there 0.7519 / 0.7870 / 0.4485.
    assert_means(76, Mode::Default, 0.752, 0.787, 0.447);
    // Over all 79 sets (the twenty-seventh former blind triple added, session 23), measured at
    // `f343cb1`: 0.7520 (just under 0.752, guarded at 0.7519) / 0.7869 / 0.4449; over the 76 sets there 0.7523 / 0.7872 / 0.4468.
    assert_means(79, Mode::Default, 0.7519, 0.786, 0.445);
    // Over all 82 sets (the twenty-eighth former blind triple added, session 23), measured at
    // `e98fa65`: 0.75155 / 0.78704 / 0.44869; over the 79 sets there 0.75968 / 0.79516 / 0.43937
    // (session 23's readings: 0.7520 / 0.7869 / 0.4449 when the 79 were first guarded).
    assert_means(82, Mode::Default, 0.7515, 0.7870, 0.4487);
    // Over all 85 sets (the twenty-ninth former blind triple added, session 23), measured at
    // `4640861`: 0.75042 / 0.78618 / 0.44829; over the 82 sets there 0.75192 / 0.78719 / 0.44869.
    assert_means(85, Mode::Default, 0.7504, 0.7861, 0.4483);
    // Over all 88 sets (the thirtieth former blind triple added, session 24), measured at
    // `cc7cad4`: 0.75031 / 0.78560 / 0.44761; over the 85 sets there 0.75338 / 0.78953 / 0.44829.
    assert_means(88, Mode::Default, 0.7503, 0.7855, 0.4477);
    // Over all 91 sets (the thirty-first former blind triple added, session 24), measured at
    // `c1edd0f`: 0.75363 / 0.78926 / 0.44403; over the 88 sets there 0.75334 / 0.78901 / 0.44601
    // (0.75031 / 0.78560 / 0.44761 when the 88 were first guarded at `cc7cad4`).
    assert_means(91, Mode::Default, 0.7536, 0.7892, 0.4441);
    // Over all 94 sets (the thirty-second former blind triple added, session 24), measured at
    // `6fbca29`: 0.75196 / 0.78728 / 0.44169; over the 91 sets there 0.75449 / 0.78986 / 0.44262.
    assert_means(94, Mode::Default, 0.7519, 0.7872, 0.4417);
    // Over all 97 sets (the thirty-third former blind triple added, session 24), measured at
    // `dd85e57`: 0.75430 / 0.78876 / 0.44064; over the 94 sets there 0.75320 / 0.78856 / 0.44113.
    assert_means(97, Mode::Default, 0.7542, 0.7887, 0.4407);
    // Over all 100 sets (the thirty-fourth former blind triple added, session 25), measured at
    // `2192d7f`: 0.75419 / 0.78827 / 0.43950; over the 97 sets there 0.75515 / 0.78961 / 0.44010.
    assert_means(100, Mode::Default, 0.7541, 0.7882, 0.4396);
    // Over all 103 sets (the thirty-fifth former blind triple added, session 25), measured at
    // `3976ae2`: 0.75205 / 0.78724 / 0.43574; over the 100 sets there 0.75419 / 0.78827 / 0.43597.
    assert_means(103, Mode::Default, 0.7520, 0.7872, 0.4358);
    // Over all 106 sets (the thirty-sixth former blind triple added, session 25), measured at
    // `02698f1`: 0.75220 / 0.78709 / 0.43403; over the 103 sets there 0.75421 / 0.78902 / 0.43231.
    assert_means(106, Mode::Default, 0.7521, 0.7870, 0.4341);
    // Over all 109 sets (the thirty-seventh former blind triple added, session 25), measured at
    // `089a3c0`: 0.752188 / 0.787189 / 0.437322; over the 106 sets there 0.752462 / 0.787353 /
    // 0.434028.
    assert_means(109, Mode::Default, 0.7521, 0.7871, 0.4374);
    // Over all 112 sets (the thirty-eighth former blind triple added, session 25), measured at
    // `296b760`: 0.750808 / 0.785394 / 0.435562; over the 109 sets there 0.752188 / 0.787189 /
    // 0.437322.
    assert_means(112, Mode::Default, 0.7508, 0.78535, 0.4356);
    // Over all 115 sets (the thirty-ninth former blind triple added, session 26), measured at
    // `5d94fb3`: 0.750343 / 0.784594 / 0.433970; over the 112 sets there 0.750808 / 0.785394 /
    // 0.435562.
    assert_means(115, Mode::Default, 0.7503, 0.7845, 0.4340);
    // Over all 118 sets (the fortieth former blind triple added, session 26), measured at
    // `676afb4`: 0.748980 / 0.782820 / 0.434110; over the 115 sets there 0.750636 / 0.785064 /
    // 0.433970.
    assert_means(118, Mode::Default, 0.7489, 0.7828, 0.43412);
    // Over all 121 sets (the forty-first former blind triple added, session 26), measured at
    // `2e94932`: 0.749708 / 0.783290 / 0.436592; over the 118 sets there 0.749664 / 0.783278 /
    // 0.434110.
    assert_means(121, Mode::Default, 0.7497, 0.7832, 0.4366);
    // Over all 124 sets (the forty-second former blind triple added, session 26), measured at
    // `7959ab5`: 0.750151 / 0.783067 / 0.437049; over the 121 sets there 0.750942 / 0.784072 /
    // 0.435304.
    assert_means(124, Mode::Default, 0.7501, 0.7830, 0.4371);
    // Over all 127 sets (the forty-third former blind triple added, session 26), measured at
    // `5c70ea6`: 0.750740 / 0.783903 / 0.436275; over the 124 sets there 0.750445 / 0.783291 /
    // 0.437049.
    assert_means(127, Mode::Default, 0.7507, 0.7839, 0.4363);
    // Over all 130 sets (the forty-fourth former blind triple added, session 26), measured at
    // `96b1778`: 0.751434 / 0.785240 / 0.438765; over the 127 sets there 0.753236 / 0.786145 /
    // 0.435759.
    assert_means(130, Mode::Default, 0.7514, 0.7852, 0.4388);
    // Over all 133 sets (the forty-fifth former blind triple added, session 27), measured at
    // `ed6d51e`: 0.750262 / 0.783980 / 0.439784; over the 130 sets there 0.751982 / 0.785723 /
    // 0.437626.
    assert_means(133, Mode::Default, 0.7502, 0.7839, 0.4398);
    // Over all 136 sets (the forty-sixth former blind triple added, session 27), measured at
    // `faf4601`: 0.750323 / 0.783961 / 0.438948; over the 133 sets there 0.750262 / 0.783980 /
    // 0.439784.
    assert_means(136, Mode::Default, 0.7503, 0.7839, 0.4390);
    // Over all 139 sets (the forty-seventh former blind triple added, session 27), measured at
    // `5b53df1`: 0.755939 / 0.789571 / 0.434602; over the 136 sets there 0.754513 / 0.788093 /
    // 0.436295.
    assert_means(139, Mode::Default, 0.7559, 0.7895, 0.4347);
    // Over all 142 sets (the forty-eighth former blind triple added, session 27), measured at
    // `63821cb`: 0.755542 / 0.789842 / 0.436454; over the 139 sets there 0.756282 / 0.789994 /
    // 0.434602.
    assert_means(142, Mode::Default, 0.7555, 0.7898, 0.4365);
    // Over all 145 sets (the forty-ninth former blind triple added, session 27), measured at
    // `d2ecb6a`: 0.754435 / 0.789258 / 0.437805; over the 142 sets there 0.755629 / 0.790037 /
    // 0.436454.
    assert_means(SETS.len(), Mode::Default, 0.7544, 0.7892, 0.4379);
}

/// The default decision never reorders or removes what the global threshold alone shows: on every
/// training set, each need's list with the threshold alone is the start of its default list.
#[test]
fn the_default_decision_only_adds_to_what_the_threshold_shows() {
    for (name, _) in SETS {
        let r = run(name);
        for ((need, with), (same, without)) in r.default_lists.iter().zip(&r.alone_lists) {
            assert_eq!(need, same);
            assert!(with.starts_with(without), "{need:?}: {without:?} is not the start of {with:?}");
        }
    }
}

/// A set of `SETS` with its floors: name, then the least nDCG@10, MRR and recall@10 and the
/// largest share of needs without a match that may get a suggestion.
type Floor = (&'static str, f64, f64, f64, f64);

/// Measures each set and checks it against its floors.
fn assert_floors(sets: &[Floor]) {
    for &(name, ndcg, mrr, recall, no_match) in sets {
        let m = measure(name);
        assert!(m.ndcg_at_10 >= ndcg, "{name}: nDCG@10 {:.3}", m.ndcg_at_10);
        assert!(m.mrr >= mrr, "{name}: MRR {:.3}", m.mrr);
        assert!(m.recall_at_10 >= recall, "{name}: recall@10 {:.3}", m.recall_at_10);
        assert!(m.no_match_suggested <= no_match, "{name}: needs without match suggested {:.3}", m.no_match_suggested);
    }
}
