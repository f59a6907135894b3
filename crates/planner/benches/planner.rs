//! Criterion benches: one solve of the real meeting, one re-plan after no-shows and a walk-in.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use planner::{plan, replan, Instance, InstanceSpec, ParticipantSpec, PlanOptions};

const MEETING: &str = include_str!("../instances/meeting-40-known-interests.json");

fn options() -> PlanOptions {
    PlanOptions { time_limit: Duration::from_secs(2), seed: 1, threads: 2 }
}

fn meeting() -> Instance {
    Instance::from_json(MEETING).unwrap_or_else(|e| panic!("instance: {e}"))
}

fn changed_attendance() -> Instance {
    let mut spec: InstanceSpec = serde_json::from_str(MEETING).unwrap_or_else(|e| panic!("instance: {e}"));
    for id in ["p3", "p17"] {
        if let Some(p) = spec.participants.iter_mut().find(|p| p.id == id) {
            p.absent_rounds = (0..spec.rounds).collect();
        }
    }
    spec.participants.push(ParticipantSpec { id: "walk-in".into(), org: "new-association".into(), absent_rounds: Vec::new() });
    Instance::new(spec).unwrap_or_else(|e| panic!("instance: {e}"))
}

fn bench(c: &mut Criterion) {
    let inst = meeting();
    let mut group = c.benchmark_group("planner");
    group.sample_size(10);
    group
        .bench_function("plan real meeting (40 people, 4×10, 3 rounds)", |b| b.iter(|| plan(&inst, &options()).map(|s| s.report.repeats)));
    let first = plan(&inst, &options()).unwrap_or_else(|e| panic!("plan: {e}"));
    let changed = changed_attendance();
    group.bench_function("replan after 2 no-shows and 1 walk-in", |b| {
        b.iter(|| replan(&changed, &first.plan, 0, &options()).map(|s| s.report.moves))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
