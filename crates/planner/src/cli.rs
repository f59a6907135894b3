//! `knotenpunkt plan --instance FILE [--time-limit S] [--seed N]`, minus the file reading.

use std::time::Duration;

use crate::instance::Instance;
use crate::solver::{plan, PlanOptions};

/// What the command prints: the plan as JSON on stdout, one summary line on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliOutput {
    pub stdout: String,
    pub summary: String,
}

/// Why the command failed; the binary prints `message` and exits with code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    pub message: String,
}

/// Plans the instance given as JSON and renders the command's output.
pub fn run_plan_command(instance_json: &str, time_limit: Duration, seed: u64) -> Result<CliOutput, CliError> {
    let fail = |e: crate::error::PlanError| CliError { message: format!("error [{}]: {e}", e.code()) };
    let instance = Instance::from_json(instance_json).map_err(fail)?;
    let threads = std::thread::available_parallelism().map(|n| n.get().min(2)).unwrap_or(1);
    let options = PlanOptions { time_limit, seed, threads };
    let solution = plan(&instance, &options).map_err(fail)?;
    Ok(CliOutput { stdout: solution.plan.to_json(), summary: solution.report.summary() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(json: &str) -> Result<CliOutput, CliError> {
        run_plan_command(json, Duration::from_millis(200), 1)
    }

    #[test]
    fn plans_a_small_instance() {
        let json = r#"{"tables": 2, "rounds": 2, "capacity": 2, "extra": true,
            "participants": [{"id": "a", "org": "x"}, {"id": "b", "org": "y"},
                             {"id": "c", "org": "z"}, {"id": "d", "org": "w"}]}"#;
        let out = run(json).expect("plan");
        let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
        assert_eq!(v["rounds"].as_array().map(Vec::len), Some(2));
        assert!(out.summary.contains("repeats=0"), "{}", out.summary);
        assert!(out.summary.contains("lower_bound=0"));
    }

    #[test]
    fn rejects_too_large_association() {
        let people: Vec<String> = (0..8).map(|i| format!(r#"{{"id": "p{i}", "org": "same"}}"#)).collect();
        let json = format!(r#"{{"tables": 4, "rounds": 2, "capacity": 10, "participants": [{}]}}"#, people.join(","));
        let err = run(&json).expect_err("infeasible");
        assert!(err.message.contains("same"), "{}", err.message);
        assert!(err.message.contains("only 4 tables"), "{}", err.message);
    }

    #[test]
    fn rejects_malformed_json() {
        let err = run("{\"tables\": 2,").expect_err("malformed");
        assert!(err.message.contains("malformed"));
    }

    #[test]
    fn rejects_lock_to_missing_table() {
        let json = r#"{"tables": 2, "rounds": 1, "capacity": 2,
            "participants": [{"id": "a", "org": "x"}],
            "locked": [{"participant": "a", "round": 0, "table": 5}]}"#;
        let err = run(json).expect_err("bad lock");
        assert!(err.message.contains("table 5"), "{}", err.message);
    }
}
