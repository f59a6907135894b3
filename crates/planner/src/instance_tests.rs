//! Unit tests of instance validation.

use super::*;

fn spec(json: &str) -> Result<Instance, PlanError> {
    Instance::from_json(json)
}

#[test]
fn accepts_capacity_list_and_ignores_unknown_fields() {
    let inst = spec(
        r#"{"tables": 2, "rounds": 1, "capacity": [1, 2], "colour": "red",
            "participants": [{"id": "a", "org": "x", "age": 3}]}"#,
    )
    .expect("valid");
    assert_eq!(inst.capacities(), &[1, 2]);
}

#[test]
fn rejects_capacity_list_of_wrong_length() {
    let err = spec(r#"{"tables": 2, "rounds": 1, "capacity": [1], "participants": []}"#);
    assert!(matches!(err, Err(PlanError::Invalid(_))));
}

#[test]
fn rejects_too_little_capacity() {
    let err = spec(
        r#"{"tables": 1, "rounds": 1, "capacity": 1,
            "participants": [{"id": "a", "org": "x"}, {"id": "b", "org": "y"}]}"#,
    );
    assert!(matches!(err, Err(PlanError::CapacityTooSmall { present: 2, .. })));
}

#[test]
fn absence_lowers_the_count() {
    let inst = spec(
        r#"{"tables": 1, "rounds": 2, "capacity": 1,
            "participants": [{"id": "a", "org": "x", "absent_rounds": [0]},
                             {"id": "b", "org": "y", "absent_rounds": [1]}]}"#,
    )
    .expect("valid");
    assert_eq!(inst.present_count(0), 1);
}

#[test]
fn rejects_unknown_ids() {
    let err = spec(
        r#"{"tables": 1, "rounds": 1, "capacity": 2,
            "participants": [{"id": "a", "org": "x"}], "known_pairs": [["a", "zz"]]}"#,
    );
    assert!(matches!(err, Err(PlanError::UnknownParticipant { ref id, .. }) if id == "zz"));
    let err = spec(
        r#"{"tables": 1, "rounds": 1, "capacity": 2,
            "participants": [{"id": "a", "org": "x"}],
            "locked": [{"participant": "q", "round": 0, "table": 0}]}"#,
    );
    assert!(matches!(err, Err(PlanError::UnknownParticipant { .. })));
}

#[test]
fn rejects_locks_that_break_the_org_rule() {
    let err = spec(
        r#"{"tables": 2, "rounds": 1, "capacity": 2,
            "participants": [{"id": "a", "org": "x"}, {"id": "b", "org": "x"}],
            "locked": [{"participant": "a", "round": 0, "table": 1},
                       {"participant": "b", "round": 0, "table": 1}]}"#,
    );
    assert!(matches!(err, Err(PlanError::BadLock(_))));
}

#[test]
fn rejects_conflicting_and_impossible_locks() {
    let base = r#""tables": 2, "rounds": 2, "capacity": 2,
        "participants": [{"id": "a", "org": "x", "absent_rounds": [1]}]"#;
    for locks in [
        r#"[{"participant": "a", "round": 0, "table": 0}, {"participant": "a", "round": 0, "table": 1}]"#,
        r#"[{"participant": "a", "round": 5, "table": 0}]"#,
        r#"[{"participant": "a", "round": 1, "table": 0}]"#,
        r#"[{"participant": "a", "round": 0, "table": 2}]"#,
    ] {
        let err = spec(&format!("{{{base}, \"locked\": {locks}}}"));
        assert!(matches!(err, Err(PlanError::BadLock(_))), "{locks}: {err:?}");
    }
}

#[test]
fn rejects_duplicate_ids_and_bad_absence() {
    let err = spec(
        r#"{"tables": 1, "rounds": 1, "capacity": 2,
            "participants": [{"id": "a", "org": "x"}, {"id": "a", "org": "y"}]}"#,
    );
    assert!(matches!(err, Err(PlanError::Invalid(_))));
    let err = spec(
        r#"{"tables": 1, "rounds": 1, "capacity": 2,
            "participants": [{"id": "a", "org": "x", "absent_rounds": [3]}]}"#,
    );
    assert!(matches!(err, Err(PlanError::Invalid(_))));
}

#[test]
fn rejects_rounds_that_cannot_keep_colleagues_apart() {
    // Two pairs of colleagues, two tables of three, two outsiders locked to table 1:
    // table 0 would have to take three of the four colleagues.
    let err = spec(
        r#"{"tables": 2, "rounds": 1, "capacity": 3,
            "participants": [{"id":"a","org":"x"},{"id":"b","org":"x"},{"id":"c","org":"y"},
                             {"id":"d","org":"y"},{"id":"e","org":"z"},{"id":"f","org":"w"}],
            "locked": [{"participant":"e","round":0,"table":1},{"participant":"f","round":0,"table":1}]}"#,
    );
    assert!(matches!(err, Err(PlanError::Unseatable { round: 0 })), "{err:?}");
}
