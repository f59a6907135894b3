//! Benchmark suite of the table planner: plans every instance under `instances/`, re-plans
//! the real meeting after no-shows and a walk-in, and writes the "Table planner" section of
//! `docs/benchmarks.md`.
//!
//! Run from the repository root: `cargo run -p planner --release --example bench_suite`
//! (`-- --quick` uses a tenth of the time limits, for a smoke test).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use planner::{plan, replan, Instance, InstanceSpec, ParticipantSpec, PlanOptions, Solution};

struct Case {
    file: &'static str,
    what: &'static str,
    /// A plan without repeats is known to exist.
    perfect_exists: bool,
    limit_secs: u64,
}

const CASES: &[Case] = &[
    Case { file: "kirkman-5-3-7", what: "Kirkman's schoolgirls: 15 at 5 tables of 3, 7 rounds", perfect_exists: true, limit_secs: 10 },
    Case { file: "golf-6-3-8", what: "18 at 6 tables of 3, 8 rounds", perfect_exists: true, limit_secs: 10 },
    Case { file: "golf-5-5-6", what: "25 at 5 tables of 5, 6 rounds (affine plane)", perfect_exists: true, limit_secs: 10 },
    Case { file: "golf-8-4-9", what: "32 golfers at 8 tables of 4, 9 rounds", perfect_exists: true, limit_secs: 10 },
    Case { file: "golf-8-4-10", what: "32 golfers at 8 tables of 4, 10 rounds", perfect_exists: true, limit_secs: 10 },
    Case {
        file: "golf-6-6-4",
        what: "36 at 6 tables of 6, 4 rounds (no perfect plan: no 2 MOLS(6))",
        perfect_exists: false,
        limit_secs: 10,
    },
    Case {
        file: "meeting-40",
        what: "real meeting: 40 from 20 associations, 4 tables of 10, 3 rounds",
        perfect_exists: false,
        limit_secs: 10,
    },
    Case {
        file: "meeting-40-known-interests",
        what: "real meeting with 40 known pairs and 40 interests",
        perfect_exists: false,
        limit_secs: 10,
    },
    Case { file: "network-60", what: "60 from 12 associations, 6 tables of 10, 4 rounds", perfect_exists: false, limit_secs: 10 },
    Case { file: "uneven-37", what: "37 from 17 associations, 5 tables of 8, 4 rounds", perfect_exists: false, limit_secs: 10 },
    Case {
        file: "large-200",
        what: "200 from 80 associations, 20 tables of 10, 6 rounds, 300 known pairs, 200 interests",
        perfect_exists: true,
        limit_secs: 30,
    },
];

const SEED: u64 = 1;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut table = String::new();
    table.push_str("| instance | people × tables × rounds | repeats | lower bound | optimal | distinct pairs | known-pair meetings | interests met | pairs 3+ | time to best (s) | time used (s) | target |\n");
    table.push_str("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    let mut meeting: Option<(Instance, Solution)> = None;
    for case in CASES {
        let path = root.join("instances").join(format!("{}.json", case.file));
        let inst = match read(&path) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                std::process::exit(2);
            }
        };
        let secs = if quick { case.limit_secs as f64 / 10.0 } else { case.limit_secs as f64 };
        let options = options(Duration::from_secs_f64(secs));
        let started = Instant::now();
        let sol = match plan(&inst, &options) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}: {e}", case.file);
                std::process::exit(1);
            }
        };
        let used = started.elapsed();
        let r = &sol.report;
        let target = target_verdict(case, r.repeats, r.lower_bound, r.time_to_best);
        eprintln!("{:<28} {}", case.file, r.summary());
        let _ = writeln!(
            table,
            "| `{}` — {} | {} × {} × {} | {} | {} | {} | {} | {} | {}/{} | {} | {:.3} | {:.3} | {} |",
            case.file,
            case.what,
            inst.participants(),
            inst.tables(),
            inst.rounds(),
            r.repeats,
            r.lower_bound,
            optimal_label(r.optimal, r.repeats_optimal),
            r.distinct_pairs,
            r.known_pair_meetings,
            r.interests_met,
            r.interests_total,
            r.pairs_meeting_three_plus,
            r.time_to_best.as_secs_f64(),
            used.as_secs_f64(),
            target
        );
        if case.file == "meeting-40-known-interests" {
            meeting = Some((inst, sol));
        }
    }
    let mut replans = String::new();
    if let Some((inst, sol)) = meeting {
        replans = replan_rows(&inst, &sol);
    }
    let section = render(&table, &replans, quick, &load);
    let doc = root.join("../../docs/benchmarks.md");
    if let Err(e) = write_section(&doc, &section) {
        eprintln!("{}: {e}", doc.display());
        std::process::exit(1);
    }
    eprintln!("wrote {}", doc.display());
}

fn read(path: &PathBuf) -> Result<Instance, String> {
    let json = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    Instance::from_json(&json).map_err(|e| e.to_string())
}

fn options(limit: Duration) -> PlanOptions {
    PlanOptions { time_limit: limit, seed: SEED, threads: 2 }
}

fn optimal_label(optimal: bool, repeats_optimal: bool) -> &'static str {
    match (optimal, repeats_optimal) {
        (true, _) => "yes",
        (false, true) => "repeats",
        _ => "no",
    }
}

fn target_verdict(case: &Case, repeats: usize, bound: usize, to_best: Duration) -> String {
    if case.file.starts_with("meeting-40") {
        let ok = repeats == bound && to_best <= Duration::from_secs(1);
        return format!("{} (at bound within 1 s)", if ok { "reached" } else { "missed" });
    }
    if case.perfect_exists {
        let ok = repeats == 0 && to_best <= Duration::from_secs(case.limit_secs);
        return format!("{} (0 repeats within {} s)", if ok { "reached" } else { "missed" }, case.limit_secs);
    }
    if repeats == bound {
        "at bound".into()
    } else {
        format!("gap {}", repeats - bound.min(repeats))
    }
}

/// Two people who do not come and one who walks in, before round 0 and after round 0.
fn replan_rows(inst: &Instance, sol: &Solution) -> String {
    let mut out = String::new();
    out.push_str("| scenario | repeats | lower bound | moves | known-pair meetings | interests met | time (s) | target |\n");
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    let spec_json = match std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/meeting-40-known-interests.json")) {
        Ok(j) => j,
        Err(_) => return out,
    };
    let Ok(base) = serde_json::from_str::<InstanceSpec>(&spec_json) else {
        return out;
    };
    for held in [0usize, 1] {
        let mut spec = base.clone();
        let rounds: Vec<usize> = (held..spec.rounds).collect();
        for id in ["p3", "p17"] {
            if let Some(p) = spec.participants.iter_mut().find(|p| p.id == id) {
                p.absent_rounds = rounds.clone();
            }
        }
        spec.participants.push(ParticipantSpec { id: "walk-in".into(), org: "new-association".into(), absent_rounds: (0..held).collect() });
        let Ok(changed) = Instance::new(spec) else {
            continue;
        };
        let started = Instant::now();
        let Ok(new) = replan(&changed, &sol.plan, held, &options(Duration::from_secs(1))) else {
            continue;
        };
        let used = started.elapsed();
        let r = &new.report;
        eprintln!("replan held={held}: {}", r.summary());
        let _ = writeln!(
            out,
            "| 2 no-shows, 1 walk-in, {} | {} | {} | {} | {} | {}/{} | {:.3} | {} |",
            if held == 0 { "before round 0" } else { "after round 0 was held" },
            r.repeats,
            r.lower_bound,
            r.moves,
            r.known_pair_meetings,
            r.interests_met,
            r.interests_total,
            used.as_secs_f64(),
            if used <= Duration::from_secs(1) { "reached (within 1 s)" } else { "missed" }
        );
    }
    let _ = inst;
    out
}

fn render(table: &str, replans: &str, quick: bool, load: &str) -> String {
    let mut s = String::new();
    s.push_str("## Table planner\n\n");
    s.push_str(
        "Produced by `cargo run -p planner --release --example bench_suite` (from the repository root; \
it rewrites this section). Seed 1, two search threads, time limit 10 s per instance (30 s for 200 people). \
\"time to best\" is when the returned plan was found; the planner returns as soon as it proves optimality \
(repeats at the lower bound and nothing else to improve) or after an extra search budget on the secondary \
objectives once repeats reached the bound. \"optimal\": `yes` = nothing can improve, `repeats` = repeats proven \
minimal (secondary objectives may still be improvable), `no` = repeats above the lower bound (not proven).\n\n",
    );
    if quick {
        s.push_str("**Quick run (a tenth of the time limits): not the reference figures.**\n\n");
    }
    s.push_str(table);
    s.push_str("\nRe-planning the real meeting (with known pairs and interests), time limit 1 s:\n\n");
    s.push_str(replans);
    let _ = write!(s, "\nMachine: 2 cores shared with other work (load average {load} when the run started); figures vary with load. ");
    s.push_str(
        "Lower bounds: pigeonhole \
between rounds (combined over round subsets) and pair counting; see `crates/planner/src/bound.rs`. \
Criterion benches of one solve of the real meeting and of the re-plan: `cargo bench -p planner`.\n",
    );
    s
}

/// Replaces the "## Table planner" section of the document (or appends it).
fn write_section(doc: &Path, section: &str) -> std::io::Result<()> {
    let current = std::fs::read_to_string(doc).unwrap_or_else(|_| "# Benchmarks\n\n".to_string());
    let start = current.find("## Table planner");
    let updated = match start {
        Some(begin) => {
            let rest = &current[begin + 3..];
            let end = rest.find("\n## ").map(|i| begin + 3 + i + 1).unwrap_or(current.len());
            format!("{}{}{}", &current[..begin], section, &current[end..])
        }
        None => format!("{}\n\n{section}", current.trim_end()),
    };
    if let Some(dir) = doc.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(doc, updated)
}
