//! Checks every hard constraint of a plan: the last line of defence before returning it.

use crate::instance::Instance;
use crate::plan::{Plan, Seating, NO_TABLE};
use crate::problem::Problem;

/// Checks a plan against every hard constraint of the instance: everyone present seated
/// exactly once per round, nobody absent seated, capacities, the association rule, locks.
pub fn verify(instance: &Instance, plan: &Plan) -> Result<(), String> {
    let seat = plan.to_seating(instance).map_err(|e| e.to_string())?;
    let seated: usize = plan.rounds.iter().flatten().map(Vec::len).sum();
    let known: usize = seat.iter().flatten().filter(|&&t| t != NO_TABLE).count();
    if seated != known {
        return Err("the plan seats people who are not participants".into());
    }
    check(instance, &seat, &instance.present, &vec![true; instance.rounds])
}

/// Checks a seating the solver produced (held rounds are taken as they happened).
pub(crate) fn verify_seating(inst: &Instance, seat: &Seating, pb: &Problem<'_>) -> Result<(), String> {
    check(inst, seat, &pb.present, &pb.free)
}

fn check(inst: &Instance, seat: &Seating, present: &[Vec<bool>], free: &[bool]) -> Result<(), String> {
    for (r, round) in seat.iter().enumerate() {
        let mut sizes = vec![0usize; inst.tables];
        let mut org_at = std::collections::HashMap::new();
        for (p, &t) in round.iter().enumerate() {
            let id = &inst.ids[p];
            if !present[r][p] {
                if t != NO_TABLE {
                    return Err(format!("\"{id}\" is seated in round {r} but absent"));
                }
                continue;
            }
            if t == NO_TABLE || t >= inst.tables {
                return Err(format!("\"{id}\" has no table in round {r}"));
            }
            sizes[t] += 1;
            if let Some(other) = org_at.insert((t, inst.org_of[p]), p) {
                return Err(format!("\"{}\" and \"{id}\" of one association share table {t} in round {r}", inst.ids[other]));
            }
            if free[r] {
                if let Some(lock) = inst.lock[r][p] {
                    if lock != t {
                        return Err(format!("\"{id}\" is locked to table {lock} in round {r} but sits at {t}"));
                    }
                }
            }
        }
        if free[r] {
            for (t, &s) in sizes.iter().enumerate() {
                if s > inst.capacities[t] {
                    return Err(format!("table {t} seats {s} in round {r}, capacity {}", inst.capacities[t]));
                }
            }
        }
    }
    Ok(())
}
