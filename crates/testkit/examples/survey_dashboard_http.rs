//! Times the office's survey dashboard as a browser gets it — HTTP request, session, store
//! reads, aggregation, SVG charts, template — for 2,000 invited associations and 1,500
//! responses: the demo app on SQLite (the test server on a loopback port), 2,000 synthetic
//! associations added, a survey with the demo questionnaire, every one of them invited and
//! 1,500 answered like the demo's. `cargo run -p testkit --example survey_dashboard_http
//! [--release] [-- INVITED RESPONSES ROUNDS]`.

use std::time::{Duration, Instant};

use app::ports::{Author, NewSurvey, SaveResponse};
use domain::accounts::Role;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let invited = args.next().transpose()?.unwrap_or(2_000);
    let answered = args.next().transpose()?.unwrap_or(1_500).min(invited);
    let rounds = args.next().transpose()?.unwrap_or(20).max(1);

    let app = testkit::spawn_app().await;
    let stores = app.state.stores.clone();
    let setup = Instant::now();
    let districts = stores.directory.districts().await?;
    let batch = knotenpunkt::generate::synthetic(invited, 10_000, &districts);
    let profiles: Vec<_> = batch.organisations.iter().map(|o| o.profile.clone()).collect();
    let ids = app::directory::import_organisations::store_batch(
        stores.directory.as_ref(),
        stores.items.as_ref(),
        batch,
        &Author::system("benchmark"),
    )
    .await?;
    app.state.directory.rebuild().await?;
    let now = app.state.clock.now().unix_secs();
    let mut survey = knotenpunkt::demo_survey::survey();
    survey.opens_at = Some(now - 30 * 86_400);
    survey.closes_at = Some(now + 30 * 86_400);
    let id = stores.survey.create_survey(&NewSurvey { slug: "messung".into(), survey, at: now }).await?;
    for (n, (org, profile)) in ids.iter().zip(&profiles).enumerate() {
        stores.survey.invite(id, *org, &format!("benchmark-link-{n}"), now).await?;
        if n < answered {
            let languages: Vec<String> = profile.languages.iter().map(|l| l.as_str().to_owned()).collect();
            let answers = knotenpunkt::demo_survey::answers_of(n, &profile.categories, &languages);
            let save = SaveResponse { answers: &answers, section: 3, at: now, submit: true, profile_consent: false };
            stores.survey.save_response(id, *org, &save).await?;
        }
    }
    println!("{invited} invited, {answered} responses (setup {:.1} s)", setup.elapsed().as_secs_f64());

    let office_id = app.user("messung@stadt.example", Role::Coordinator).await;
    let secret = app.with_totp(office_id).await;
    let mut office = app.signed_in("messung@stadt.example", Some(&secret)).await;
    let views = [
        ("all responses", "/office/surveys/messung"),
        ("MSO only, cross-tab by field of activity", "/office/surveys/messung?mso=yes&by=field"),
        ("free-text search, cross-tab by a question", "/office/surveys/messung?q=raum&by=q%3Ahas_room"),
        ("all responses in Arabic", "/office/surveys/messung?lang=ar"),
    ];
    for (name, path) in views {
        // One request first: the page's templates and the connection warm.
        let first = office.get(path).await;
        assert_eq!(first.status, 200, "{path}: {}", first.body);
        assert!(first.body.contains(&format!("id=\"survey-invited\">{invited}<")), "{path} counts the invited");
        let mut times: Vec<Duration> = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            let start = Instant::now();
            let page = office.get(path).await;
            times.push(start.elapsed());
            assert_eq!(page.status, 200);
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{name}: median {:.1} ms, min {:.1} ms, max {:.1} ms ({rounds} requests, {} KB of HTML)",
            ms(times[rounds / 2]),
            ms(times[0]),
            ms(times[rounds - 1]),
            first.body.len() / 1024
        );
    }
    app.cleanup().await;
    Ok(())
}
