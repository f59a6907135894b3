//! What a stored meeting is planned from: its registrations, the pairs who met at earlier
//! held meetings (the network's memory), the offer/need interests between the associations
//! present (from the marketplace's suggestions), and the stored plan with its locks.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use domain::ids::OrgId;
use domain::marketplace::ItemKind;
use domain::meetings::{MeetingId, Registration};
use domain::organisation::Audience;

use super::known_pairs::pairs_met;
use super::translate::{Interest, KnownPair, PlanningInput};
use crate::marketplace::MarketView;
use crate::ports::{MeetingRecord, MeetingStore, StoreError, StoredPlan};

/// The rounds of a held meeting's plan that count as having taken place: those the office
/// recorded as held, or every round when it marked the meeting held without recording any
/// (the meeting ran as planned).
pub fn rounds_met(plan: &StoredPlan) -> usize {
    if plan.held_rounds > 0 {
        plan.held_rounds
    } else {
        plan.seats.rounds.len()
    }
}

/// The pairs who shared a table at the given held meetings (each with its plan and
/// registrations), without repeats. No-shows and cancelled registrations met nobody.
pub fn remembered_pairs(held: &[(StoredPlan, Vec<Registration>)]) -> Vec<KnownPair> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (plan, registrations) in held {
        let present: Vec<Registration> = registrations.iter().filter(|r| r.is_seated()).cloned().collect();
        for pair in pairs_met(&plan.seats, rounds_met(plan), &present) {
            if seen.insert((pair.0.clone(), pair.1.clone())) {
                out.push(pair);
            }
        }
    }
    out
}

/// The known pairs for `meeting`: everyone who sat together at an earlier meeting that the
/// office marked held.
pub async fn known_pairs_for(meetings: &dyn MeetingStore, meeting: &MeetingRecord) -> Result<Vec<KnownPair>, StoreError> {
    let mut held = Vec::new();
    let mut earlier: Vec<MeetingRecord> = meetings
        .meetings()
        .await?
        .into_iter()
        .filter(|m| m.held && m.id != meeting.id && m.meeting.starts_at < meeting.meeting.starts_at)
        .collect();
    earlier.sort_by_key(|m| (m.meeting.starts_at, m.id));
    for record in earlier {
        if let Some(plan) = meetings.plan(record.id).await? {
            held.push((plan, meetings.registrations(record.id).await?));
        }
    }
    Ok(remembered_pairs(&held))
}

/// Interests from suggested pairings `(offer's association, need's association, score)`:
/// between two different associations both `present`, the best score per pair, in order.
pub fn interests_among(pairings: impl IntoIterator<Item = (OrgId, OrgId, f32)>, present: &BTreeSet<OrgId>) -> Vec<Interest> {
    let mut best: BTreeMap<(OrgId, OrgId), f64> = BTreeMap::new();
    for (offer, need, score) in pairings {
        if offer == need || !present.contains(&offer) || !present.contains(&need) {
            continue;
        }
        let weight = best.entry((offer, need)).or_insert(0.0);
        *weight = weight.max(f64::from(score));
    }
    best.into_iter().map(|((offer, need), weight)| Interest { offer, need, weight }).collect()
}

/// The offer/need interests between the `present` associations as the marketplace suggests
/// them to the network: for each open need of one, the offers of the others it is shown.
pub fn interests_between(view: &MarketView, present: &BTreeSet<OrgId>) -> Vec<Interest> {
    let mut pairings = Vec::new();
    for &org in present {
        for need in view.of_organisation(org, Audience::Network).into_iter().filter(|i| i.kind == ItemKind::Need) {
            for pairing in view.suggestions(need.id, Audience::Network) {
                pairings.push((pairing.other.org, org, pairing.score));
            }
        }
    }
    interests_among(pairings, present)
}

/// Everything a stored meeting is planned or exported from.
#[derive(Debug, Clone)]
pub struct PlanningData {
    pub record: MeetingRecord,
    pub registrations: Vec<Registration>,
    pub known_pairs: Vec<KnownPair>,
    pub interests: Vec<Interest>,
    pub plan: Option<StoredPlan>,
}

impl PlanningData {
    /// Loads the meeting `id`; `None` when there is none.
    pub async fn load(meetings: &dyn MeetingStore, view: &MarketView, id: MeetingId) -> Result<Option<PlanningData>, StoreError> {
        let Some(record) = meetings.meeting(id).await? else { return Ok(None) };
        let registrations = meetings.registrations(id).await?;
        let present: BTreeSet<OrgId> = registrations.iter().filter(|r| r.is_seated()).map(|r| r.association).collect();
        let known_pairs = known_pairs_for(meetings, &record).await?;
        let interests = interests_between(view, &present);
        let plan = meetings.plan(id).await?;
        Ok(Some(PlanningData { record, registrations, known_pairs, interests, plan }))
    }

    /// The planning input: a re-plan of the stored plan (its locks and held rounds kept) when
    /// there is one, else a first plan.
    pub fn input(&self, min_interest_weight: f64) -> PlanningInput<'_> {
        PlanningInput {
            meeting: &self.record.meeting,
            registrations: &self.registrations,
            known_pairs: &self.known_pairs,
            interests: &self.interests,
            min_interest_weight,
            locks: self.plan.as_ref().map_or(&[], |p| p.locks.as_slice()),
            current: self.plan.as_ref().map(|p| &p.seats),
            held_rounds: self.plan.as_ref().map_or(0, |p| p.held_rounds),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::plan_tables::tests::{fixture, r};
    use crate::meetings::{PersonRef, Seats};
    use domain::meetings::Attendance;

    fn plan(rounds: Vec<Vec<Vec<i64>>>, held_rounds: usize) -> StoredPlan {
        let seats = Seats { rounds: rounds.into_iter().map(|t| t.into_iter().map(|p| p.into_iter().map(r).collect()).collect()).collect() };
        StoredPlan { seats, locks: Vec::new(), held_rounds, version: 1 }
    }

    #[test]
    fn held_meetings_remember_who_sat_together_once() {
        let (_, mut regs) = fixture(6, 6, 2, 3, 2);
        regs[5].attendance = Attendance::NoShow;
        let email = |i: usize| PersonRef::Email(regs[i].email.clone());
        // Recorded held rounds count; a no-show met nobody.
        let first = plan(vec![vec![vec![1, 2, 6], vec![3, 4]], vec![vec![1, 3], vec![2, 4]]], 1);
        let pairs = remembered_pairs(&[(first.clone(), regs.clone())]);
        assert_eq!(pairs, vec![KnownPair(email(0), email(1)), KnownPair(email(2), email(3))]);
        // Marked held without a held round recorded: every round took place.
        let all = plan(first.seats.rounds.iter().map(|t| t.iter().map(|p| p.iter().map(|x| x.0).collect()).collect()).collect(), 0);
        let pairs = remembered_pairs(&[(all.clone(), regs.clone()), (all, regs.clone())]);
        assert_eq!(pairs.len(), 4, "1–2, 3–4, 1–3, 2–4, each once: {pairs:?}");
        assert!(remembered_pairs(&[]).is_empty());
    }

    #[test]
    fn interests_keep_the_best_score_between_associations_present() {
        let present: BTreeSet<OrgId> = [OrgId(1), OrgId(2), OrgId(3)].into();
        let pairings = vec![
            (OrgId(2), OrgId(1), 0.6),
            (OrgId(2), OrgId(1), 0.9),
            (OrgId(1), OrgId(1), 1.0),
            (OrgId(9), OrgId(1), 1.0),
            (OrgId(3), OrgId(2), 0.55),
            (OrgId(1), OrgId(2), 0.7),
        ];
        let found: Vec<(i64, i64, f32)> =
            interests_among(pairings, &present).iter().map(|i| (i.offer.0, i.need.0, i.weight as f32)).collect();
        assert_eq!(found, vec![(1, 2, 0.7), (2, 1, 0.9), (3, 2, 0.55)], "same association and absent ones left out");
    }

    #[test]
    fn the_input_replans_a_stored_plan_with_its_locks() {
        let (meeting, regs) = fixture(4, 4, 2, 2, 2);
        let record = MeetingRecord {
            id: MeetingId(1),
            slug: "treffen".into(),
            meeting,
            held: false,
            results_published: false,
            public_summary: None,
            updated_at: String::new(),
        };
        let mut data = PlanningData { record, registrations: regs, known_pairs: Vec::new(), interests: Vec::new(), plan: None };
        let first = data.input(0.5);
        assert!(first.current.is_none() && first.locks.is_empty() && first.held_rounds == 0);
        let mut stored = plan(vec![vec![vec![1, 2], vec![3, 4]], vec![vec![1, 3], vec![2, 4]]], 1);
        stored.locks = vec![crate::meetings::Lock::Person { registration: r(1), round: None }];
        data.plan = Some(stored.clone());
        let again = data.input(0.5);
        assert_eq!((again.current, again.locks, again.held_rounds), (Some(&stored.seats), stored.locks.as_slice(), 1));
        assert_eq!(again.min_interest_weight, 0.5);
    }
}
