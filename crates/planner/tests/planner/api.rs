//! The public API end to end: locks, absence, determinism, re-planning, the report.

use std::time::Duration;

use planner::{plan, replan, verify, Compromise, Instance, PlanOptions};

fn options(seed: u64) -> PlanOptions {
    PlanOptions { time_limit: Duration::from_secs(2), seed, threads: 2 }
}

fn people(n: usize, org_size: usize) -> String {
    (0..n).map(|i| format!(r#"{{"id":"p{i}","org":"o{}"}}"#, i / org_size)).collect::<Vec<_>>().join(",")
}

#[test]
fn keeps_locks_and_leaves_absent_people_out() {
    let json = format!(
        r#"{{"tables": 3, "rounds": 3, "capacity": 4,
            "participants": [{}, {{"id":"late","org":"z","absent_rounds":[0]}}],
            "locked": [{{"participant":"p0","round":1,"table":2}},
                       {{"participant":"late","round":2,"table":0}}]}}"#,
        people(9, 1)
    );
    let inst = Instance::from_json(&json).expect("valid");
    let sol = plan(&inst, &options(3)).expect("plan");
    assert_eq!(verify(&inst, &sol.plan), Ok(()));
    assert!(sol.plan.rounds[1][2].contains(&"p0".to_string()));
    assert!(sol.plan.rounds[2][0].contains(&"late".to_string()));
    assert!(sol.plan.rounds[0].iter().all(|t| !t.contains(&"late".to_string())));
    for round in &sol.report.table_sizes {
        let (min, max) = (round.iter().min(), round.iter().max());
        assert!(max.zip(min).is_some_and(|(a, b)| a - b <= 1), "{round:?}");
    }
}

#[test]
fn same_seed_same_plan_when_optimality_is_proven() {
    let json = format!(r#"{{"tables": 5, "rounds": 7, "capacity": 3, "participants": [{}]}}"#, people(15, 1));
    let inst = Instance::from_json(&json).expect("valid");
    let a = plan(&inst, &options(11)).expect("plan");
    let b = plan(&inst, &options(11)).expect("plan");
    assert!(a.report.optimal, "{}", a.report.summary());
    assert_eq!(a.plan, b.plan);
    assert_eq!(a.report.repeats, 0);
}

#[test]
fn reports_unavoidable_repeats_of_the_real_meeting() {
    let json = format!(r#"{{"tables": 4, "rounds": 3, "capacity": 10, "participants": [{}]}}"#, people(40, 2));
    let inst = Instance::from_json(&json).expect("valid");
    let sol = plan(&inst, &options(1)).expect("plan");
    assert_eq!(sol.report.lower_bound, 64);
    assert!(sol.report.repeats >= 64);
    assert_eq!(sol.report.distinct_pairs + sol.report.repeats, 3 * 4 * 45);
    let explained = sol
        .report
        .compromises
        .iter()
        .any(|c| matches!(c, Compromise::RepeatsUnavoidable { lower_bound: 64 } | Compromise::RepeatsAboveBound { .. }));
    assert!(explained, "{:?}", sol.report.compromises);
}

#[test]
fn replans_no_shows_and_walk_ins_keeping_held_rounds() {
    let base = format!(r#"{{"tables": 4, "rounds": 3, "capacity": 6, "participants": [{}]}}"#, people(20, 2));
    let inst = Instance::from_json(&base).expect("valid");
    let first = plan(&inst, &options(5)).expect("plan");
    let changed = format!(
        r#"{{"tables": 4, "rounds": 3, "capacity": 6,
            "participants": [{}, {{"id":"new","org":"walk-in","absent_rounds":[0]}}]}}"#,
        people(20, 2).replace(r#""id":"p4","org":"o2""#, r#""id":"p4","org":"o2","absent_rounds":[1,2]"#)
    );
    let changed = Instance::from_json(&changed).expect("valid");
    let second = replan(&changed, &first.plan, 1, &options(5)).expect("replan");
    assert_eq!(verify(&changed, &second.plan), Ok(()));
    assert_eq!(second.plan.rounds[0], first.plan.rounds[0]);
    let seated: Vec<&String> = second.plan.rounds[1..].iter().flatten().flatten().collect();
    assert!(!seated.contains(&&"p4".to_string()));
    assert_eq!(seated.iter().filter(|id| id.as_str() == "new").count(), 2);
    assert!(second.report.repeats >= second.report.lower_bound);
}

#[test]
fn replan_rejects_a_plan_of_another_shape() {
    let inst =
        Instance::from_json(&format!(r#"{{"tables": 2, "rounds": 2, "capacity": 4, "participants": [{}]}}"#, people(4, 1))).expect("valid");
    let wrong = planner::Plan { rounds: vec![vec![vec![]; 2]] };
    assert!(replan(&inst, &wrong, 0, &options(1)).is_err());
}
