//! From a meeting to the planner's instance and back. The planner sees opaque ids only
//! (`p<registration id>`, `a<association id>`): no names, no addresses, so the instance can be
//! exported and a plan stored without personal data.

use std::collections::{BTreeSet, HashMap};

use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::meetings::{Meeting, Registration, RegistrationId};
use planner::{CapacitySpec, Instance, InstanceSpec, InterestSpec, LockSpec, ParticipantSpec, Plan, PlanError};

use super::seats::{Lock, Seats};

/// Interests weaker than this are left out unless the caller says otherwise (the matching
/// engine scores from 0 to 1; the weekly digest calls 0.8 strong).
pub const DEFAULT_MIN_INTEREST_WEIGHT: f64 = 0.5;

/// How a person from an earlier meeting is recognised: by address or by account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PersonRef {
    Email(EmailAddress),
    Account(UserId),
}

/// Two people who sat at one table at an earlier held meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPair(pub PersonRef, pub PersonRef);

/// "`offer` offers something `need` is looking for", with the matching engine's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interest {
    pub offer: OrgId,
    pub need: OrgId,
    pub weight: f64,
}

/// Everything a (re-)plan starts from.
#[derive(Debug, Clone, Copy)]
pub struct PlanningInput<'a> {
    pub meeting: &'a Meeting,
    /// All registrations of the meeting; the confirmed ones not marked as no-shows are seated.
    pub registrations: &'a [Registration],
    pub known_pairs: &'a [KnownPair],
    pub interests: &'a [Interest],
    pub min_interest_weight: f64,
    pub locks: &'a [Lock],
    /// The plan so far, when re-planning.
    pub current: Option<&'a Seats>,
    /// Rounds already held (they stay as they were); only with a current plan.
    pub held_rounds: usize,
}

/// The planner's instance for a meeting, and what is needed to read its answers.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The instance as the planner reads it (also what `meeting export` prints).
    pub spec: InstanceSpec,
    /// The current plan in the planner's ids, when re-planning.
    pub previous: Option<Plan>,
    pub held_rounds: usize,
    registration_of: HashMap<String, RegistrationId>,
    association_ids: HashMap<String, OrgId>,
    pub(super) association_of: HashMap<RegistrationId, OrgId>,
    /// Known pairs among the people seated, `a < b`.
    pub(super) known: BTreeSet<(RegistrationId, RegistrationId)>,
    /// Association pairs with an interest, as given (offer, need), both present.
    pub(super) interests: BTreeSet<(OrgId, OrgId)>,
}

fn participant_id(id: RegistrationId) -> String {
    format!("p{id}")
}

fn association_id(org: OrgId) -> String {
    format!("a{org}")
}

/// Builds the planner's instance. Who is seated: confirmed registrations not marked as
/// no-shows. In held rounds, people the current plan does not seat there (walk-ins) are
/// absent. Locks become the seats they keep now; known pairs and interests are kept only
/// between people present.
pub fn translate(input: &PlanningInput<'_>) -> Translation {
    let meeting = input.meeting;
    let rounds = meeting.rounds.len();
    let held_rounds = if input.current.is_some() { input.held_rounds.min(rounds) } else { 0 };
    let seated: Vec<&Registration> = input.registrations.iter().filter(|r| r.is_seated()).collect();
    let mut registration_of = HashMap::new();
    let mut association_ids = HashMap::new();
    let mut association_of = HashMap::new();
    let participants: Vec<ParticipantSpec> = seated
        .iter()
        .map(|r| {
            registration_of.insert(participant_id(r.id), r.id);
            association_ids.insert(association_id(r.association), r.association);
            association_of.insert(r.id, r.association);
            let absent_rounds =
                (0..held_rounds).filter(|&round| input.current.is_some_and(|seats| seats.table_of(round, r.id).is_none())).collect();
            ParticipantSpec { id: participant_id(r.id), org: association_id(r.association), absent_rounds }
        })
        .collect();
    let known = known_pairs(&seated, input.known_pairs);
    let interests: BTreeSet<(OrgId, OrgId)> = input
        .interests
        .iter()
        .filter(|i| i.weight >= input.min_interest_weight && i.offer != i.need)
        .filter(|i| association_ids.contains_key(&association_id(i.offer)) && association_ids.contains_key(&association_id(i.need)))
        .map(|i| (i.offer, i.need))
        .collect();
    let mut interest_specs = Vec::new();
    for &(offer, need) in &interests {
        for a in seated.iter().filter(|r| r.association == offer) {
            for b in seated.iter().filter(|r| r.association == need) {
                interest_specs.push(InterestSpec { offer: participant_id(a.id), need: participant_id(b.id) });
            }
        }
    }
    let mut locked: Vec<LockSpec> = Vec::new();
    if let Some(seats) = input.current {
        for lock in input.locks {
            for (who, round, table) in lock.seats_kept(seats) {
                let spec = LockSpec { participant: participant_id(who), round, table };
                if round < rounds && table < meeting.tables.len() && association_of.contains_key(&who) && !locked.contains(&spec) {
                    locked.push(spec);
                }
            }
        }
    }
    let spec = InstanceSpec {
        tables: meeting.tables.len(),
        rounds,
        capacity: CapacitySpec::PerTable(meeting.tables.iter().map(|t| t.capacity as usize).collect()),
        participants,
        known_pairs: known.iter().map(|&(a, b)| [participant_id(a), participant_id(b)]).collect(),
        interests: interest_specs,
        locked,
    };
    let previous = input.current.map(|seats| Plan {
        rounds: seats
            .rounds
            .iter()
            .map(|tables| {
                tables
                    .iter()
                    .map(|people| people.iter().filter(|p| association_of.contains_key(p)).map(|&p| participant_id(p)).collect())
                    .collect()
            })
            .collect(),
    });
    Translation { spec, previous, held_rounds, registration_of, association_ids, association_of, known, interests }
}

fn known_pairs(seated: &[&Registration], pairs: &[KnownPair]) -> BTreeSet<(RegistrationId, RegistrationId)> {
    let mut by_ref: HashMap<PersonRef, RegistrationId> = HashMap::new();
    for r in seated {
        by_ref.insert(PersonRef::Email(r.email.clone()), r.id);
        if let Some(account) = r.account {
            by_ref.insert(PersonRef::Account(account), r.id);
        }
    }
    pairs
        .iter()
        .filter_map(|KnownPair(a, b)| Some((*by_ref.get(a)?, *by_ref.get(b)?)))
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect()
}

impl Translation {
    /// The validated instance, or why the meeting cannot be planned as it stands.
    pub fn instance(&self) -> Result<Instance, PlanError> {
        Instance::new(self.spec.clone())
    }

    /// The planner's plan in our ids; ids the planner does not know are left out.
    pub fn seats(&self, plan: &Plan) -> Seats {
        Seats {
            rounds: plan
                .rounds
                .iter()
                .map(|tables| {
                    tables.iter().map(|people| people.iter().filter_map(|p| self.registration_of.get(p).copied()).collect()).collect()
                })
                .collect(),
        }
    }

    /// The association behind an opaque id in a planner message.
    pub fn association(&self, opaque: &str) -> Option<OrgId> {
        self.association_ids.get(opaque).copied()
    }

    /// The association of a seated person.
    pub fn association_of(&self, who: RegistrationId) -> Option<OrgId> {
        self.association_of.get(&who).copied()
    }
}
