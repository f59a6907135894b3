//! Benchmarks of "Tische planen" through the app, as the office's pages run it: the demo's
//! meetings loaded from a real (SQLite) store with their known pairs and interests, a network
//! of 200 people at 20 tables over 6 rounds, and re-planning the 2020 meeting after 2 no-shows
//! and 1 walk-in. Every plan is checked with `planner::verify`. Prints a Markdown table.
//!
//! `cargo bench -p knotenpunkt --bench meetings` (add `--profile dev` to reuse the debug build:
//! the planner is compiled at opt-level 3 in the dev profile too). Set `MEETING_BENCH_RUNS`
//! (default 5) for the number of runs per scenario (seeds 1…n).

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use app::directory::import_organisations::{ensure_default_categories, store_batch};
use app::marketplace::Marketplace;
use app::meetings::{plan_tables, Interest, KnownPair, PersonRef, PlanOptions, PlanningData, PlanningInput, DEFAULT_MIN_INTEREST_WEIGHT};
use app::ports::{Author, Stores};
use domain::accounts::EmailAddress;
use domain::ids::OrgId;
use domain::meetings::{Attendance, Meeting, Registration, RegistrationId, RegistrationState, Round, Table, Venue};
use knotenpunkt::{demo, demo_meetings};

struct Outcome {
    times: Vec<Duration>,
    repeats: usize,
    lower_bound: usize,
    known_together: usize,
    interests: (usize, usize),
    moves: usize,
}

/// Plans `input` once per seed, verifying each plan against the planner's hard rules.
fn measure(input: &PlanningInput<'_>, limit: Duration, runs: u64) -> Outcome {
    let mut times = Vec::new();
    let mut last = None;
    for seed in 1..=runs {
        let options = PlanOptions { time_limit: limit, seed, threads: 2 };
        let started = Instant::now();
        let planned = plan_tables(input, &options).unwrap_or_else(|e| panic!("{e}"));
        times.push(started.elapsed());
        let instance = planned.translation.instance().unwrap();
        let plan = planner::Plan {
            rounds: planned
                .seats
                .rounds
                .iter()
                .map(|tables| tables.iter().map(|people| people.iter().map(|p| format!("p{p}")).collect()).collect())
                .collect(),
        };
        assert_eq!(planner::verify(&instance, &plan), Ok(()), "hard violation");
        last = Some(planned);
    }
    times.sort();
    let planned = last.unwrap();
    Outcome {
        times,
        repeats: planned.report.repeats,
        lower_bound: planned.report.lower_bound,
        known_together: planned.figures.known_pairs_together,
        interests: (planned.figures.interests_met, planned.figures.interests_total),
        moves: planned.report.moves,
    }
}

fn row(what: &str, size: &str, limit: Duration, target: f64, o: &Outcome) {
    let median = o.times[o.times.len() / 2].as_secs_f64();
    let max = o.times.last().unwrap().as_secs_f64();
    println!(
        "| {what} | {size} | {} | {:.3} | {:.3} | {} / {} | {} | {}/{} | {} | {} |",
        limit.as_secs(),
        median,
        max,
        o.repeats,
        o.lower_bound,
        o.known_together,
        o.interests.0,
        o.interests.1,
        o.moves,
        if max <= target { format!("reached (< {target} s)") } else { format!("missed ({target} s)") }
    );
}

async fn demo_stores(dir: &std::path::Path) -> Stores {
    let stores = Stores::of(store_sqlite::open(&dir.join("bench.db")).await.unwrap());
    ensure_default_categories(stores.directory.as_ref()).await.unwrap();
    let ids = store_batch(stores.directory.as_ref(), stores.items.as_ref(), demo::batch().unwrap(), &Author::system("demo")).await.unwrap();
    let marketplace = Marketplace::load(stores.directory.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone())
        .await
        .unwrap();
    demo_meetings::load(&stores, &marketplace.view(), &ids, stores.clock.now().unix_secs()).await.unwrap();
    stores
}

async fn planning_data(stores: &Stores, slug: &str) -> PlanningData {
    let marketplace = Marketplace::load(stores.directory.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone())
        .await
        .unwrap();
    let record = stores.meetings.meeting_by_slug(slug).await.unwrap().unwrap();
    PlanningData::load(stores.meetings.as_ref(), &marketplace.view(), record.id).await.unwrap().unwrap()
}

fn person(i: i64, association: i64) -> Registration {
    Registration {
        id: RegistrationId(i),
        association: OrgId(association),
        name: format!("Person {i}"),
        email: EmailAddress::parse(&format!("person{i}@bench.example")).unwrap(),
        account: None,
        languages: Vec::new(),
        accessibility: None,
        consent: None,
        state: RegistrationState::Confirmed,
        attendance: Attendance::Registered,
        registered_at: 1_700_000_000 + i,
        walk_in: false,
    }
}

/// 200 people of 80 associations (2–3 each), 20 tables of 10, 6 rounds, 300 known pairs and
/// 200 association interests.
fn large() -> (Meeting, Vec<Registration>, Vec<KnownPair>, Vec<Interest>) {
    let meeting = Meeting {
        title: "Großes Netzwerktreffen".into(),
        starts_at: 1_900_000_000,
        ends_at: 1_900_030_000,
        venue: Venue { name: "Forum am Schlosspark".into(), address: "Stuttgarter Straße 33, 71638 Ludwigsburg".into(), position: None },
        agenda: String::new(),
        capacity: 200,
        registration_deadline: 1_899_000_000,
        per_association_limit: 3,
        rounds: (0..6).map(|r| Round { topic: format!("Runde {}", r + 1), minutes: 30 }).collect(),
        tables: (0..20).map(|t| Table { name: format!("Tisch {}", t + 1), moderator: None, capacity: 10 }).collect(),
        cancelled: false,
    };
    let regs: Vec<Registration> = (1..=200).map(|i| person(i, (i - 1) % 80 + 1)).collect();
    let email = |i: i64| PersonRef::Email(regs[(i - 1) as usize].email.clone());
    let known = (0..300).map(|k| KnownPair(email(k % 200 + 1), email((k * 37 + 11) % 200 + 1))).collect();
    let interests = (0..200).map(|k| Interest { offer: OrgId(k % 80 + 1), need: OrgId((k * 13 + 7) % 80 + 1), weight: 0.8 }).collect();
    (meeting, regs, known, interests)
}

fn main() {
    let runs: u64 = std::env::var("MEETING_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let stores = runtime.block_on(demo_stores(dir.path()));
    let first = runtime.block_on(planning_data(&stores, demo_meetings::FIRST_SLUG));
    let second = runtime.block_on(planning_data(&stores, &demo_meetings::second_slug(stores.clock.now().unix_secs())));
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();

    println!("| scenario | people × tables × rounds | limit (s) | median (s) | max (s) | repeats / lower bound | known pairs together | interests met | moves | target |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    // A first plan of the 2020 demo meeting, as "Tische planen" makes it (the stored plan ignored).
    let fresh = PlanningInput { current: None, locks: &[], held_rounds: 0, ..first.input(DEFAULT_MIN_INTEREST_WEIGHT) };
    for limit in [1, 10] {
        let limit = Duration::from_secs(limit);
        row("demo meeting 2020, first plan", "40 × 4 × 3", limit, 1.0, &measure(&fresh, limit, runs));
    }
    let upcoming = second.input(DEFAULT_MIN_INTEREST_WEIGHT);
    let limit = Duration::from_secs(1);
    row("upcoming demo meeting (known pairs from 2020)", "28 × 4 × 3", limit, 1.0, &measure(&upcoming, limit, runs));

    // Re-planning 2020 after 2 no-shows and 1 walk-in, before round 1 and after it was held.
    let mut changed = first.registrations.clone();
    for r in changed.iter_mut().filter(|r| r.id.0 % 17 == 3).take(2) {
        r.attendance = Attendance::NoShow;
    }
    assert_eq!(changed.iter().filter(|r| r.attendance == Attendance::NoShow).count(), 2);
    let mut walk_in = person(100_000, 9_999);
    walk_in.walk_in = true;
    walk_in.attendance = Attendance::CheckedIn;
    changed.push(walk_in);
    for held in [0, 1] {
        let replan = PlanningInput { registrations: &changed, held_rounds: held, ..first.input(DEFAULT_MIN_INTEREST_WEIGHT) };
        let what = format!("re-plan 2020 after 2 no-shows, 1 walk-in, {held} round(s) held");
        row(&what, "41 × 4 × 3", limit, 1.0, &measure(&replan, limit, runs));
    }

    let (meeting, regs, known, interests) = large();
    let input = PlanningInput {
        meeting: &meeting,
        registrations: &regs,
        known_pairs: &known,
        interests: &interests,
        min_interest_weight: DEFAULT_MIN_INTEREST_WEIGHT,
        locks: &[],
        current: None,
        held_rounds: 0,
    };
    let limit = Duration::from_secs(30);
    row("200 people, 300 known pairs, 200 interests", "200 × 20 × 6", limit, 30.0, &measure(&input, limit, runs.min(3)));
    println!("\nRuns per scenario: {runs} (seeds 1…{runs}; 200 people: up to 3). Load average at start: {}", load.trim());
}
