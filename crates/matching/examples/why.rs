//! Explains one pair of the evaluation set: profiles, hard constraints and score.
//! `cargo run -p matching --example why -- n001 o002` (add `--holdout` for the held-out set,
//! `--set NAME` for another training set: rivershire, auenfeld, hafenstadt, marktkarten, weltweit, flussau, bergheim, steppenweg, lindwurm, kesselbach, morgenhafen,
//! lindenbrueck_karten, hohenstade_profile, westerkamp_mehrsprachig, kesselbrueck_umfrage, brackenstedt_hart,
//! falkenried_handy, tannhoff_flipchart, ostermoor_mails, quellental_alltag, birkenau_telefon, moorwinkel_jugend,
//! sandhagen_vielsprachig, rabenau_diktat, eichwald_landkreis, sonnberg_leicht, amtshausen_antrag, kornfeld_tippfehler,
//! weidenbach_termine, grenzfeld_zahlen, altbrunn_vage, hafenring_fachsprache, seeblick_senioren, lohmark_vereinsleben,
//! riedstadt_eltern, auwald_alltagshilfe, muehlbach_nachbarschaft, rosenhain_gemeinden, nordhafen_ehrenamt,
//! lindholm_digital, wiesental_foerderung, brunnenfeld_festival, kranichsee_sprachkurse, talweg_frauengesundheit,
//! hirschberg_arbeit, steinfurt_oeffentlichkeit, ulmenhof_sport, eschenhain_wohnen, fichtenau_material,
//! wolfsgrund_beratung, weidenau_alltag, kastanienhof_lernen, seewinkel_karten)

use matching::cli::{build_engine, parse_input};
use matching::ItemId;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(need), Some(offer)) = (args.get(1), args.get(2)) else {
        return Err("usage: why NEED OFFER".into());
    };
    let set = match args.iter().position(|a| a == "--set") {
        Some(pos) => args.get(pos + 1).map(String::as_str).unwrap_or(""),
        None if args.iter().any(|a| a == "--holdout") => "holdout",
        None => "lindenau",
    };
    let input = match set {
        "lindenau" => include_str!("../eval/lindenau.json"),
        "holdout" => include_str!("../eval/holdout.json"),
        "rivershire" => include_str!("../eval/rivershire.json"),
        "auenfeld" => include_str!("../eval/auenfeld.json"),
        "hafenstadt" => include_str!("../eval/hafenstadt.json"),
        "marktkarten" => include_str!("../eval/marktkarten.json"),
        "weltweit" => include_str!("../eval/weltweit.json"),
        "flussau" => include_str!("../eval/flussau.json"),
        "bergheim" => include_str!("../eval/bergheim.json"),
        "steppenweg" => include_str!("../eval/steppenweg.json"),
        "lindwurm" => include_str!("../eval/lindwurm.json"),
        "kesselbach" => include_str!("../eval/kesselbach.json"),
        "morgenhafen" => include_str!("../eval/morgenhafen.json"),
        "lindenbrueck_karten" => include_str!("../eval/lindenbrueck_karten.json"),
        "hohenstade_profile" => include_str!("../eval/hohenstade_profile.json"),
        "westerkamp_mehrsprachig" => include_str!("../eval/westerkamp_mehrsprachig.json"),
        "kesselbrueck_umfrage" => include_str!("../eval/kesselbrueck_umfrage.json"),
        "brackenstedt_hart" => include_str!("../eval/brackenstedt_hart.json"),
        "falkenried_handy" => include_str!("../eval/falkenried_handy.json"),
        "tannhoff_flipchart" => include_str!("../eval/tannhoff_flipchart.json"),
        "ostermoor_mails" => include_str!("../eval/ostermoor_mails.json"),
        "quellental_alltag" => include_str!("../eval/quellental_alltag.json"),
        "birkenau_telefon" => include_str!("../eval/birkenau_telefon.json"),
        "moorwinkel_jugend" => include_str!("../eval/moorwinkel_jugend.json"),
        "sandhagen_vielsprachig" => include_str!("../eval/sandhagen_vielsprachig.json"),
        "rabenau_diktat" => include_str!("../eval/rabenau_diktat.json"),
        "eichwald_landkreis" => include_str!("../eval/eichwald_landkreis.json"),
        "sonnberg_leicht" => include_str!("../eval/sonnberg_leicht.json"),
        "amtshausen_antrag" => include_str!("../eval/amtshausen_antrag.json"),
        "kornfeld_tippfehler" => include_str!("../eval/kornfeld_tippfehler.json"),
        "weidenbach_termine" => include_str!("../eval/weidenbach_termine.json"),
        "grenzfeld_zahlen" => include_str!("../eval/grenzfeld_zahlen.json"),
        "altbrunn_vage" => include_str!("../eval/altbrunn_vage.json"),
        "hafenring_fachsprache" => include_str!("../eval/hafenring_fachsprache.json"),
        "seeblick_senioren" => include_str!("../eval/seeblick_senioren.json"),
        "lohmark_vereinsleben" => include_str!("../eval/lohmark_vereinsleben.json"),
        "riedstadt_eltern" => include_str!("../eval/riedstadt_eltern.json"),
        "auwald_alltagshilfe" => include_str!("../eval/auwald_alltagshilfe.json"),
        "muehlbach_nachbarschaft" => include_str!("../eval/muehlbach_nachbarschaft.json"),
        "rosenhain_gemeinden" => include_str!("../eval/rosenhain_gemeinden.json"),
        "nordhafen_ehrenamt" => include_str!("../eval/nordhafen_ehrenamt.json"),
        "lindholm_digital" => include_str!("../eval/lindholm_digital.json"),
        "wiesental_foerderung" => include_str!("../eval/wiesental_foerderung.json"),
        "brunnenfeld_festival" => include_str!("../eval/brunnenfeld_festival.json"),
        "kranichsee_sprachkurse" => include_str!("../eval/kranichsee_sprachkurse.json"),
        "talweg_frauengesundheit" => include_str!("../eval/talweg_frauengesundheit.json"),
        "hirschberg_arbeit" => include_str!("../eval/hirschberg_arbeit.json"),
        "steinfurt_oeffentlichkeit" => include_str!("../eval/steinfurt_oeffentlichkeit.json"),
        "ulmenhof_sport" => include_str!("../eval/ulmenhof_sport.json"),
        "eschenhain_wohnen" => include_str!("../eval/eschenhain_wohnen.json"),
        "fichtenau_material" => include_str!("../eval/fichtenau_material.json"),
        "wolfsgrund_beratung" => include_str!("../eval/wolfsgrund_beratung.json"),
        "weidenau_alltag" => include_str!("../eval/weidenau_alltag.json"),
        "kastanienhof_lernen" => include_str!("../eval/kastanienhof_lernen.json"),
        "seewinkel_karten" => include_str!("../eval/seewinkel_karten.json"),
        other => {
            return Err(format!(
                "unknown set `{other}` (known: lindenau, holdout, rivershire, auenfeld, hafenstadt, marktkarten, weltweit, flussau, bergheim, steppenweg, lindwurm, kesselbach, morgenhafen, lindenbrueck_karten, hohenstade_profile, westerkamp_mehrsprachig, kesselbrueck_umfrage, brackenstedt_hart, falkenried_handy, tannhoff_flipchart, ostermoor_mails, quellental_alltag, birkenau_telefon, moorwinkel_jugend, sandhagen_vielsprachig, rabenau_diktat, eichwald_landkreis, sonnberg_leicht, amtshausen_antrag, kornfeld_tippfehler, weidenbach_termine, grenzfeld_zahlen, altbrunn_vage, hafenring_fachsprache, seeblick_senioren, lohmark_vereinsleben, riedstadt_eltern, auwald_alltagshilfe, muehlbach_nachbarschaft, rosenhain_gemeinden, nordhafen_ehrenamt, lindholm_digital, wiesental_foerderung, brunnenfeld_festival, kranichsee_sprachkurse, talweg_frauengesundheit, hirschberg_arbeit, steinfurt_oeffentlichkeit, ulmenhof_sport, eschenhain_wohnen, fichtenau_material, wolfsgrund_beratung, weidenau_alltag, kastanienhof_lernen, seewinkel_karten)"
            )
            .into())
        }
    };
    let engine = build_engine(parse_input(input)?);
    let (n, o) = (ItemId(need.clone()), ItemId(offer.clone()));
    println!("violation: {:?}", engine.violation(&n, &o)?);
    for id in [&n, &o] {
        if let Some(p) = engine.profile(id) {
            println!("{id}: {p:#?}");
        }
    }
    let found = engine.suggestions_for_need(&n, 100)?.into_iter().find(|s| s.offer == o);
    println!("suggestion: {found:?}");
    let mut low = matching::Engine::new(matching::Params { threshold: 0.0, fit: None, ..matching::Params::default() });
    let parsed = parse_input(input)?;
    low.set_districts(parsed.districts);
    for org in parsed.organisations {
        low.upsert_organisation(org);
    }
    for item in parsed.items {
        low.upsert_item(item);
    }
    let any = low.suggestions_for_need(&n, 1000)?.into_iter().find(|s| s.offer == o);
    println!("without threshold: {any:?}");
    Ok(())
}
