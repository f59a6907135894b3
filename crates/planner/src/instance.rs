//! The planning problem: the JSON shape it arrives in and the validated form the solver uses.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::error::PlanError;

/// Most rounds a meeting may have (meeting counts are stored in a byte).
pub const MAX_ROUNDS: usize = 250;

/// Table capacity: one number for every table, or one per table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CapacitySpec {
    /// Every table seats this many.
    Uniform(usize),
    /// Table `t` seats `list[t]`.
    PerTable(Vec<usize>),
}

/// One participant as given in the instance file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantSpec {
    pub id: String,
    pub org: String,
    #[serde(default)]
    pub absent_rounds: Vec<usize>,
}

/// "`offer` offers something `need` is looking for."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterestSpec {
    pub offer: String,
    pub need: String,
}

/// "`participant` sits at `table` in `round`", kept by every (re-)plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockSpec {
    pub participant: String,
    pub round: usize,
    pub table: usize,
}

/// The instance exactly as read from JSON (unknown fields are ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceSpec {
    pub tables: usize,
    pub rounds: usize,
    pub capacity: CapacitySpec,
    pub participants: Vec<ParticipantSpec>,
    #[serde(default)]
    pub known_pairs: Vec<[String; 2]>,
    #[serde(default)]
    pub interests: Vec<InterestSpec>,
    #[serde(default)]
    pub locked: Vec<LockSpec>,
}

/// A validated instance. Participants, associations and tables are referred to by index.
#[derive(Debug, Clone)]
pub struct Instance {
    pub(crate) tables: usize,
    pub(crate) rounds: usize,
    pub(crate) capacities: Vec<usize>,
    pub(crate) ids: Vec<String>,
    pub(crate) orgs: Vec<String>,
    pub(crate) org_of: Vec<usize>,
    /// `present[r][p]`
    pub(crate) present: Vec<Vec<bool>>,
    /// Unordered, deduplicated, `a < b`.
    pub(crate) known: Vec<(usize, usize)>,
    /// Unordered, deduplicated, `a < b`.
    pub(crate) interests: Vec<(usize, usize)>,
    /// `lock[r][p]`
    pub(crate) lock: Vec<Vec<Option<usize>>>,
    pub(crate) index: HashMap<String, usize>,
}

impl Instance {
    /// Parses and validates an instance file.
    pub fn from_json(json: &str) -> Result<Self, PlanError> {
        let spec: InstanceSpec = serde_json::from_str(json).map_err(|e| PlanError::Malformed(e.to_string()))?;
        Self::new(spec)
    }

    /// Validates a specification; every hard constraint that can be checked up front is.
    pub fn new(spec: InstanceSpec) -> Result<Self, PlanError> {
        let tables = spec.tables;
        let rounds = spec.rounds;
        if tables == 0 {
            return Err(PlanError::Invalid("there must be at least one table".into()));
        }
        if rounds > MAX_ROUNDS {
            return Err(PlanError::Invalid(format!("{rounds} rounds requested, at most {MAX_ROUNDS} supported")));
        }
        let capacities = match spec.capacity {
            CapacitySpec::Uniform(c) => vec![c; tables],
            CapacitySpec::PerTable(list) => {
                if list.len() != tables {
                    return Err(PlanError::Invalid(format!("{} capacities given for {tables} tables", list.len())));
                }
                list
            }
        };
        let mut index = HashMap::new();
        let mut ids = Vec::new();
        let mut orgs: Vec<String> = Vec::new();
        let mut org_index: HashMap<String, usize> = HashMap::new();
        let mut org_of = Vec::new();
        let mut present = vec![vec![true; spec.participants.len()]; rounds];
        for (p, part) in spec.participants.iter().enumerate() {
            if part.id.is_empty() {
                return Err(PlanError::Invalid(format!("participant #{p} has an empty id")));
            }
            if index.insert(part.id.clone(), p).is_some() {
                return Err(PlanError::Invalid(format!("participant id \"{}\" appears twice", part.id)));
            }
            ids.push(part.id.clone());
            let next = orgs.len();
            let o = *org_index.entry(part.org.clone()).or_insert(next);
            if o == next {
                orgs.push(part.org.clone());
            }
            org_of.push(o);
            for &r in &part.absent_rounds {
                if r >= rounds {
                    return Err(PlanError::Invalid(format!(
                        "participant \"{}\" is absent in round {r}, but rounds are 0..{rounds}",
                        part.id
                    )));
                }
                present[r][p] = false;
            }
        }
        let lookup = |id: &str, context: &str| {
            index.get(id).copied().ok_or_else(|| PlanError::UnknownParticipant { id: id.to_string(), context: context.to_string() })
        };
        let mut known = BTreeSet::new();
        for [a, b] in &spec.known_pairs {
            let (a, b) = (lookup(a, "known_pairs")?, lookup(b, "known_pairs")?);
            if a != b {
                known.insert((a.min(b), a.max(b)));
            }
        }
        let mut interests = BTreeSet::new();
        for i in &spec.interests {
            let (a, b) = (lookup(&i.offer, "interests")?, lookup(&i.need, "interests")?);
            if a != b {
                interests.insert((a.min(b), a.max(b)));
            }
        }
        let n = ids.len();
        let mut lock = vec![vec![None; n]; rounds];
        for l in &spec.locked {
            let p = lookup(&l.participant, "locked")?;
            if l.round >= rounds {
                return Err(PlanError::BadLock(format!("\"{}\" locked in round {}, but rounds are 0..{rounds}", l.participant, l.round)));
            }
            if l.table >= tables {
                return Err(PlanError::BadLock(format!(
                    "\"{}\" locked to table {} in round {}, but tables are 0..{tables}",
                    l.participant, l.table, l.round
                )));
            }
            if !present[l.round][p] {
                return Err(PlanError::BadLock(format!("\"{}\" locked in round {} but absent in that round", l.participant, l.round)));
            }
            match lock[l.round][p] {
                Some(t) if t != l.table => {
                    return Err(PlanError::BadLock(format!(
                        "\"{}\" locked to tables {t} and {} in round {}",
                        l.participant, l.table, l.round
                    )))
                }
                _ => lock[l.round][p] = Some(l.table),
            }
        }
        let inst = Instance {
            tables,
            rounds,
            capacities,
            ids,
            orgs,
            org_of,
            present,
            known: known.into_iter().collect(),
            interests: interests.into_iter().collect(),
            lock,
            index,
        };
        inst.check_rounds()?;
        Ok(inst)
    }

    /// Per-round checks: association sizes, capacity, locks against capacity and the org rule.
    fn check_rounds(&self) -> Result<(), PlanError> {
        let total_capacity: usize = self.capacities.iter().sum();
        for r in 0..self.rounds {
            let mut per_org = vec![0usize; self.orgs.len()];
            let mut locked_at = vec![0usize; self.tables];
            let mut org_at: HashMap<(usize, usize), usize> = HashMap::new();
            let mut present = 0;
            for p in 0..self.participants() {
                if !self.present[r][p] {
                    continue;
                }
                present += 1;
                per_org[self.org_of[p]] += 1;
                if let Some(t) = self.lock[r][p] {
                    locked_at[t] += 1;
                    if let Some(&q) = org_at.get(&(t, self.org_of[p])) {
                        return Err(PlanError::BadLock(format!(
                            "\"{}\" and \"{}\" of association \"{}\" are both locked to table {t} in round {r}",
                            self.ids[q], self.ids[p], self.orgs[self.org_of[p]]
                        )));
                    }
                    org_at.insert((t, self.org_of[p]), p);
                }
            }
            if let Some((o, &count)) = per_org.iter().enumerate().find(|(_, &c)| c > self.tables) {
                return Err(PlanError::OrgLargerThanTables { org: self.orgs[o].clone(), round: r, present: count, tables: self.tables });
            }
            if present > total_capacity {
                return Err(PlanError::CapacityTooSmall { round: r, present, capacity: total_capacity });
            }
            for (t, &count) in locked_at.iter().enumerate() {
                if count > self.capacities[t] {
                    return Err(PlanError::BadLock(format!(
                        "{count} people locked to table {t} in round {r}, which seats {}",
                        self.capacities[t]
                    )));
                }
            }
            let mut demand = vec![0usize; self.orgs.len()];
            let mut blocked = vec![vec![false; self.tables]; self.orgs.len()];
            for p in (0..self.participants()).filter(|&p| self.present[r][p]) {
                match self.lock[r][p] {
                    Some(t) => blocked[self.org_of[p]][t] = true,
                    None => demand[self.org_of[p]] += 1,
                }
            }
            let room: Vec<usize> = (0..self.tables).map(|t| self.capacities[t] - locked_at[t]).collect();
            if !crate::feasibility::seatable(&demand, &blocked, &room) {
                return Err(PlanError::Unseatable { round: r });
            }
        }
        Ok(())
    }

    /// Number of participants.
    pub fn participants(&self) -> usize {
        self.ids.len()
    }

    /// Number of tables.
    pub fn tables(&self) -> usize {
        self.tables
    }

    /// Number of rounds.
    pub fn rounds(&self) -> usize {
        self.rounds
    }

    /// Capacity of each table.
    pub fn capacities(&self) -> &[usize] {
        &self.capacities
    }

    /// Participant ids in the order given.
    pub fn participant_ids(&self) -> &[String] {
        &self.ids
    }

    /// Whether participant `p` (by index) is present in round `r`.
    pub fn is_present(&self, round: usize, p: usize) -> bool {
        self.present[round][p]
    }

    /// Index of the participant with this id.
    pub fn participant_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Number of people present in round `r`.
    pub fn present_count(&self, r: usize) -> usize {
        self.present[r].iter().filter(|&&x| x).count()
    }

    /// Whether `a` and `b` belong to the same association.
    pub(crate) fn same_org(&self, a: usize, b: usize) -> bool {
        self.org_of[a] == self.org_of[b]
    }
}

#[cfg(test)]
#[path = "instance_tests.rs"]
mod tests;
