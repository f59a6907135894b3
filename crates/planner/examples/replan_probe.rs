//! Probe: re-plan the real meeting after 2 no-shows and a walk-in with a given time limit.

use std::time::Duration;

use planner::{plan, replan, Instance, InstanceSpec, ParticipantSpec, PlanOptions};

fn main() {
    let secs: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let json = include_str!("../instances/meeting-40-known-interests.json");
    let Ok(inst) = Instance::from_json(json) else {
        return;
    };
    let opts = |s: f64| PlanOptions {
        time_limit: Duration::from_secs_f64(s),
        seed: 1,
        threads: 2,
    };
    let Ok(first) = plan(&inst, &opts(2.0)) else {
        return;
    };
    let Ok(mut spec) = serde_json::from_str::<InstanceSpec>(json) else {
        return;
    };
    for id in ["p3", "p17"] {
        if let Some(p) = spec.participants.iter_mut().find(|p| p.id == id) {
            p.absent_rounds = vec![0, 1, 2];
        }
    }
    spec.participants.push(ParticipantSpec {
        id: "w".into(),
        org: "new".into(),
        absent_rounds: vec![],
    });
    let Ok(changed) = Instance::new(spec) else {
        return;
    };
    match replan(&changed, &first.plan, 0, &opts(secs)) {
        Ok(s) => eprintln!(
            "{} to_best={:.3}",
            s.report.summary(),
            s.report.time_to_best.as_secs_f64()
        ),
        Err(e) => eprintln!("{e}"),
    }
}
