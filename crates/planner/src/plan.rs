//! A seating plan: public form with participant ids, internal form with indices.

use serde::{Deserialize, Serialize};

use crate::error::PlanError;
use crate::instance::Instance;

/// Marks a participant who is not seated in a round (absent).
pub(crate) const NO_TABLE: usize = usize::MAX;

/// `seat[r][p]`: the table of participant `p` in round `r`, or [`NO_TABLE`].
pub(crate) type Seating = Vec<Vec<usize>>;

/// A plan: rounds → tables → participant ids, in the order of the instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub rounds: Vec<Vec<Vec<String>>>,
}

impl Plan {
    /// Builds the public plan from an internal seating.
    pub(crate) fn from_seating(inst: &Instance, seat: &Seating) -> Plan {
        let rounds = seat
            .iter()
            .map(|round| {
                let mut tables = vec![Vec::new(); inst.tables];
                for (p, &t) in round.iter().enumerate() {
                    if t != NO_TABLE {
                        tables[t].push(inst.ids[p].clone());
                    }
                }
                tables
            })
            .collect();
        Plan { rounds }
    }

    /// Reads this plan against an instance. Ids unknown to the instance are ignored (they
    /// left the meeting); a participant seated twice in one round is an error.
    pub(crate) fn to_seating(&self, inst: &Instance) -> Result<Seating, PlanError> {
        if self.rounds.len() != inst.rounds {
            return Err(PlanError::BadPreviousPlan(format!("{} rounds, the instance has {}", self.rounds.len(), inst.rounds)));
        }
        let mut seat = vec![vec![NO_TABLE; inst.participants()]; inst.rounds];
        for (r, tables) in self.rounds.iter().enumerate() {
            if tables.len() != inst.tables {
                return Err(PlanError::BadPreviousPlan(format!("round {r} has {} tables, the instance has {}", tables.len(), inst.tables)));
            }
            for (t, people) in tables.iter().enumerate() {
                for id in people {
                    let Some(p) = inst.participant_index(id) else {
                        continue;
                    };
                    if seat[r][p] != NO_TABLE {
                        return Err(PlanError::BadPreviousPlan(format!("\"{id}\" is seated twice in round {r}")));
                    }
                    seat[r][p] = t;
                }
            }
        }
        Ok(seat)
    }

    /// The plan as the JSON the command line prints: `{"rounds": [[[ids…], …], …]}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{\"rounds\":[]}"))
    }
}
