//! The training sets of `eval/` by name, in the order over which the guards of the mean in
//! `tests/it/eval_floor.rs` were measured (the first 28 are those of branch `match13`, the first 31
//! of `match14`, the first 34 of `match16`, the first 43 of `match21`, the first 55 of session 20, the first 58 and all 61 of session 21). Shared
//! by `examples/evaluate.rs`, `examples/why.rs` and the floors.

/// A set `eval/NAME.json` with its judgments `eval/NAME_judgments.txt`.
macro_rules! set {
    ($name:literal) => {
        ($name, (include_str!(concat!("../../eval/", $name, ".json")), include_str!(concat!("../../eval/", $name, "_judgments.txt"))))
    };
}

/// Name, input and judgments of every training set; the main set's judgments are `eval/judgments.txt`.
pub const SETS: [(&str, (&str, &str)); 61] = [
    ("lindenau", (include_str!("../../eval/lindenau.json"), include_str!("../../eval/judgments.txt"))),
    set!("holdout"),
    set!("rivershire"),
    set!("auenfeld"),
    set!("hafenstadt"),
    set!("marktkarten"),
    set!("weltweit"),
    set!("flussau"),
    set!("bergheim"),
    set!("steppenweg"),
    set!("lindwurm"),
    set!("kesselbach"),
    set!("morgenhafen"),
    set!("lindenbrueck_karten"),
    set!("hohenstade_profile"),
    set!("westerkamp_mehrsprachig"),
    set!("kesselbrueck_umfrage"),
    set!("brackenstedt_hart"),
    set!("falkenried_handy"),
    set!("tannhoff_flipchart"),
    set!("ostermoor_mails"),
    set!("quellental_alltag"),
    set!("birkenau_telefon"),
    set!("moorwinkel_jugend"),
    set!("sandhagen_vielsprachig"),
    set!("rabenau_diktat"),
    set!("eichwald_landkreis"),
    set!("sonnberg_leicht"),
    set!("amtshausen_antrag"),
    set!("kornfeld_tippfehler"),
    set!("weidenbach_termine"),
    set!("grenzfeld_zahlen"),
    set!("altbrunn_vage"),
    set!("hafenring_fachsprache"),
    set!("seeblick_senioren"),
    set!("lohmark_vereinsleben"),
    set!("riedstadt_eltern"),
    set!("auwald_alltagshilfe"),
    set!("muehlbach_nachbarschaft"),
    set!("rosenhain_gemeinden"),
    set!("nordhafen_ehrenamt"),
    set!("lindholm_digital"),
    set!("wiesental_foerderung"),
    set!("brunnenfeld_festival"),
    set!("kranichsee_sprachkurse"),
    set!("talweg_frauengesundheit"),
    set!("hirschberg_arbeit"),
    set!("steinfurt_oeffentlichkeit"),
    set!("ulmenhof_sport"),
    set!("eschenhain_wohnen"),
    set!("fichtenau_material"),
    set!("wolfsgrund_beratung"),
    set!("weidenau_alltag"),
    set!("kastanienhof_lernen"),
    set!("seewinkel_karten"),
    set!("birkenhof_netzwerk"),
    set!("lerngarten_zweitsprache"),
    set!("schlossberg_raeume"),
    set!("ahornweiler_stadtteil"),
    set!("rosenhang_mehrsprachig"),
    set!("kiesgrube_fallstricke"),
];
