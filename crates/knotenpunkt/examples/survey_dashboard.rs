//! Times the survey dashboard's aggregation for 2,000 invited associations and 1,500
//! responses (the demo questionnaire, answers made like the demo's), without the database and
//! without HTTP: unfiltered, filtered by MSO with a cross-tab by field of activity, and with a
//! free-text search. `cargo run --release -p knotenpunkt --example survey_dashboard [INVITED RESPONSES]`.

use std::time::Instant;

use app::ports::{ResponseRecord, SurveyRecord};
use app::survey::{build_dashboard, Facets, Filter, Grouping};
use domain::ids::OrgId;
use domain::organisation::Organisation;
use domain::survey::SurveyId;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let invited = args.next().transpose()?.unwrap_or(2_000);
    let answered = args.next().transpose()?.unwrap_or(1_500).min(invited);
    let districts = knotenpunkt::demo::districts()?;
    let batch = knotenpunkt::generate::synthetic(invited, 0, &districts);
    let orgs: Vec<Organisation> = batch
        .organisations
        .into_iter()
        .enumerate()
        .map(|(i, o)| Organisation { id: OrgId(i as i64 + 1), slug: o.slug, profile: o.profile, updated_at: "2026-01-01T00:00:00Z".into() })
        .collect();
    let responses: Vec<ResponseRecord> = orgs
        .iter()
        .take(answered)
        .enumerate()
        .map(|(n, o)| {
            let languages: Vec<String> = o.profile.languages.iter().map(|l| l.as_str().to_owned()).collect();
            ResponseRecord {
                organisation: o.id,
                answers: knotenpunkt::demo_survey::answers_of(n, &o.profile.categories, &languages),
                section: 3,
                saved_at: 0,
                submitted_at: Some(0),
                profile_consent: false,
            }
        })
        .collect();
    let record =
        SurveyRecord { id: SurveyId(1), slug: "bench".into(), survey: knotenpunkt::demo_survey::survey(), version: 1, changed_at: 0 };
    let views: [(&str, Filter, Option<Grouping>); 3] = [
        ("all responses", Filter::default(), None),
        ("MSO only, cross-tab by field", Filter { mso: Some(true), ..Filter::default() }, Some(Grouping::Field)),
        (
            "search in free texts, cross-tab by a question",
            Filter { search: Some("raum".into()), ..Filter::default() },
            Some(Grouping::Question("has_room".into())),
        ),
    ];
    let facets: Vec<Facets> = orgs.iter().map(Facets::from).collect();
    println!("{invited} invited, {answered} responses, {} questions", record.survey.questionnaire.questions().count());
    for (name, filter, by) in views {
        let rounds = 20;
        let start = Instant::now();
        let mut shown = 0;
        for _ in 0..rounds {
            let dashboard = build_dashboard(record.clone(), invited, &responses, &facets, &filter, by.as_ref());
            shown += dashboard.shown;
        }
        let each = start.elapsed() / rounds;
        println!("{name}: {:.2} ms per dashboard ({} responses shown)", each.as_secs_f64() * 1000.0, shown / rounds as usize);
    }
    Ok(())
}
