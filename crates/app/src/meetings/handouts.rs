//! What goes on a planned meeting's print material: per participant their handout, per table
//! and round the moderator's sheet, and the name badges — as data, before any typesetting.
//!
//! Names of people appear on other people's papers only with their consent; without it they
//! are shown by their association alone.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::marketplace::ItemKind;
use domain::meetings::{format_local, Registration, RegistrationId};

use crate::ports::{MeetingRecord, StoredPlan};

/// How many "people to talk to" a handout lists at most.
pub const MAX_CONTACTS: usize = 6;

/// An open offer or need of an association, one line on paper.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemLine {
    pub kind: ItemKind,
    pub title: String,
}

/// A marketplace suggestion between two associations present: `offer_org`'s offer fits
/// `need_org`'s need.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub offer_org: OrgId,
    pub need_org: OrgId,
    pub offer: String,
    pub need: String,
    pub score: f32,
}

/// Everything the print material is made from.
#[derive(Debug, Clone, Copy)]
pub struct HandoutInput<'a> {
    pub record: &'a MeetingRecord,
    pub registrations: &'a [Registration],
    pub plan: &'a StoredPlan,
    /// Names of the associations.
    pub associations: &'a BTreeMap<OrgId, String>,
    /// Open offers and needs per association.
    pub items: &'a BTreeMap<OrgId, Vec<ItemLine>>,
    pub suggestions: &'a [Suggestion],
    /// The meeting's page, for the QR code.
    pub meeting_url: &'a str,
    /// Local time's offset east of UTC at the meeting, in seconds.
    pub utc_offset_secs: i64,
}

/// The meeting's facts printed on every handout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintedMeeting {
    pub title: String,
    /// `YYYY-MM-DD HH:MM` local.
    pub starts: String,
    /// `HH:MM` local.
    pub ends: String,
    pub venue: String,
    pub address: String,
    pub agenda: String,
    pub url: String,
}

/// Someone at a table, as others see them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Seated {
    /// `None` without consent: shown by association only.
    pub name: Option<String>,
    pub association: String,
    pub offers: Vec<String>,
    pub needs: Vec<String>,
}

/// One round on a participant's handout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandoutRound {
    /// From 1.
    pub number: usize,
    pub topic: String,
    /// `None` when not seated in this round.
    pub table: Option<String>,
    pub tablemates: Vec<Seated>,
}

/// An association worth talking to, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub association: String,
    /// Its consenting participants' names.
    pub people: Vec<String>,
    /// `Offer`: they offer what you need; `Need`: they need what you offer.
    pub they: ItemKind,
    /// Their item and yours.
    pub theirs: String,
    pub yours: String,
    /// Rounds (from 1) in which you share a table with one of them.
    pub shared_rounds: Vec<usize>,
}

/// One participant's handout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Handout {
    pub registration: RegistrationId,
    pub name: String,
    pub association: String,
    pub language: UiLocale,
    pub rtl: bool,
    pub meeting: PrintedMeeting,
    pub rounds: Vec<HandoutRound>,
    pub contacts: Vec<Contact>,
}

/// Two associations the planner seated together on purpose (an offer meets a need).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IntendedPair {
    pub offering: String,
    pub needing: String,
    pub offer: String,
    pub need: String,
}

/// The moderator's sheet for one table in one round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableSheet {
    pub round: usize,
    pub topic: String,
    pub table: String,
    pub moderator: Option<String>,
    pub people: Vec<Seated>,
    pub pairs: Vec<IntendedPair>,
}

/// A name badge.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Badge {
    pub registration: RegistrationId,
    pub name: String,
    pub association: String,
    /// The participant's language: the table labels are in it.
    pub language: UiLocale,
    pub rtl: bool,
    /// Table name per round, `None` when not seated.
    pub tables: Vec<Option<String>>,
}

/// Everything to print, in print order: handouts by name, table sheets by round and table,
/// badges by name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrintSet {
    pub handouts: Vec<Handout>,
    pub table_sheets: Vec<TableSheet>,
    pub badges: Vec<Badge>,
}

/// A participant's language on paper: the first of their languages that is one of the seven,
/// German otherwise.
pub fn handout_language(registration: &Registration) -> UiLocale {
    registration.languages.iter().find_map(|l| UiLocale::parse(l.as_str())).unwrap_or(UiLocale::De)
}

/// The print material of a planned meeting for everyone seated in its plan.
pub fn print_set(input: &HandoutInput<'_>) -> PrintSet {
    let seated: BTreeSet<RegistrationId> = input.plan.seats.rounds.iter().flatten().flatten().copied().collect();
    let mut people: Vec<&Registration> = input.registrations.iter().filter(|r| r.is_seated() && seated.contains(&r.id)).collect();
    people.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    let by_id: BTreeMap<RegistrationId, &Registration> = people.iter().map(|r| (r.id, *r)).collect();
    let facts = meeting_facts(input);
    let handouts = people.iter().map(|r| handout(input, &by_id, &facts, r)).collect();
    let badges = people.iter().map(|r| badge(input, r)).collect();
    PrintSet { handouts, table_sheets: table_sheets(input, &by_id), badges }
}

fn meeting_facts(input: &HandoutInput<'_>) -> PrintedMeeting {
    let m = &input.record.meeting;
    let local = |t: i64| format_local(t, input.utc_offset_secs).replace('T', " ");
    let ends = local(m.ends_at);
    PrintedMeeting {
        title: m.title.clone(),
        starts: local(m.starts_at),
        ends: ends.split_once(' ').map_or(ends.clone(), |(_, time)| time.to_owned()),
        venue: m.venue.name.clone(),
        address: m.venue.address.clone(),
        agenda: m.agenda.clone(),
        url: input.meeting_url.to_owned(),
    }
}

fn association(input: &HandoutInput<'_>, org: OrgId) -> String {
    input.associations.get(&org).cloned().unwrap_or_default()
}

fn lines(input: &HandoutInput<'_>, org: OrgId, kind: ItemKind) -> Vec<String> {
    input.items.get(&org).into_iter().flatten().filter(|i| i.kind == kind).map(|i| i.title.clone()).collect()
}

fn seated_as_seen(input: &HandoutInput<'_>, r: &Registration) -> Seated {
    Seated {
        name: r.consent.as_ref().map(|_| r.name.clone()),
        association: association(input, r.association),
        offers: lines(input, r.association, ItemKind::Offer),
        needs: lines(input, r.association, ItemKind::Need),
    }
}

fn table_name(input: &HandoutInput<'_>, table: usize) -> String {
    input.record.meeting.tables.get(table).map_or_else(|| (table + 1).to_string(), |t| t.name.clone())
}

fn handout(input: &HandoutInput<'_>, by_id: &BTreeMap<RegistrationId, &Registration>, facts: &PrintedMeeting, r: &Registration) -> Handout {
    let seats = &input.plan.seats;
    let rounds = input
        .record
        .meeting
        .rounds
        .iter()
        .enumerate()
        .map(|(round, spec)| {
            let table = seats.table_of(round, r.id);
            let tablemates = table
                .map(|t| {
                    seats
                        .at(round, t)
                        .iter()
                        .filter(|&&id| id != r.id)
                        .filter_map(|id| by_id.get(id))
                        .map(|m| seated_as_seen(input, m))
                        .collect()
                })
                .unwrap_or_default();
            HandoutRound { number: round + 1, topic: spec.topic.clone(), table: table.map(|t| table_name(input, t)), tablemates }
        })
        .collect();
    let language = handout_language(r);
    Handout {
        registration: r.id,
        name: r.name.clone(),
        association: association(input, r.association),
        language,
        rtl: language.is_rtl(),
        meeting: facts.clone(),
        rounds,
        contacts: contacts(input, by_id, r),
    }
}

/// The strongest suggestions between the participant's association and the others present,
/// one per other association, best first.
fn contacts(input: &HandoutInput<'_>, by_id: &BTreeMap<RegistrationId, &Registration>, r: &Registration) -> Vec<Contact> {
    let own = r.association;
    let mut best: BTreeMap<OrgId, &Suggestion> = BTreeMap::new();
    for s in input.suggestions {
        let other = if s.need_org == own && s.offer_org != own {
            s.offer_org
        } else if s.offer_org == own && s.need_org != own {
            s.need_org
        } else {
            continue;
        };
        if !by_id.values().any(|p| p.association == other) {
            continue;
        }
        let entry = best.entry(other).or_insert(s);
        if s.score > entry.score {
            *entry = s;
        }
    }
    let mut ranked: Vec<(OrgId, &Suggestion)> = best.into_iter().collect();
    ranked.sort_by(|a, b| b.1.score.total_cmp(&a.1.score).then(a.0.cmp(&b.0)));
    let seats = &input.plan.seats;
    ranked
        .into_iter()
        .take(MAX_CONTACTS)
        .map(|(other, s)| {
            let they_offer = s.offer_org == other;
            let shared_rounds = (0..seats.rounds.len())
                .filter(|&round| {
                    seats
                        .table_of(round, r.id)
                        .is_some_and(|t| seats.at(round, t).iter().any(|id| by_id.get(id).is_some_and(|p| p.association == other)))
                })
                .map(|round| round + 1)
                .collect();
            Contact {
                association: association(input, other),
                people: by_id.values().filter(|p| p.association == other && p.consent.is_some()).map(|p| p.name.clone()).collect(),
                they: if they_offer { ItemKind::Offer } else { ItemKind::Need },
                theirs: if they_offer { s.offer.clone() } else { s.need.clone() },
                yours: if they_offer { s.need.clone() } else { s.offer.clone() },
                shared_rounds,
            }
        })
        .collect()
}

fn table_sheets(input: &HandoutInput<'_>, by_id: &BTreeMap<RegistrationId, &Registration>) -> Vec<TableSheet> {
    let meeting = &input.record.meeting;
    let mut sheets = Vec::new();
    for (round, tables) in input.plan.seats.rounds.iter().enumerate() {
        for (table, ids) in tables.iter().enumerate() {
            let present: Vec<&Registration> = ids.iter().filter_map(|id| by_id.get(id).copied()).collect();
            if present.is_empty() {
                continue;
            }
            let orgs: BTreeSet<OrgId> = present.iter().map(|p| p.association).collect();
            let mut best: BTreeMap<(OrgId, OrgId), &Suggestion> = BTreeMap::new();
            for s in
                input.suggestions.iter().filter(|s| s.offer_org != s.need_org && orgs.contains(&s.offer_org) && orgs.contains(&s.need_org))
            {
                let entry = best.entry((s.offer_org, s.need_org)).or_insert(s);
                if s.score > entry.score {
                    *entry = s;
                }
            }
            let pairs = best
                .into_values()
                .map(|s| IntendedPair {
                    offering: association(input, s.offer_org),
                    needing: association(input, s.need_org),
                    offer: s.offer.clone(),
                    need: s.need.clone(),
                })
                .collect();
            let moderator = meeting.tables.get(table).and_then(|t| t.moderator).and_then(|id| by_id.get(&id)).map(|m| m.name.clone());
            sheets.push(TableSheet {
                round: round + 1,
                topic: meeting.rounds.get(round).map(|r| r.topic.clone()).unwrap_or_default(),
                table: table_name(input, table),
                moderator,
                people: present.iter().map(|p| seated_as_seen(input, p)).collect(),
                pairs,
            });
        }
    }
    sheets
}

fn badge(input: &HandoutInput<'_>, r: &Registration) -> Badge {
    let seats = &input.plan.seats;
    let language = handout_language(r);
    Badge {
        registration: r.id,
        name: r.name.clone(),
        association: association(input, r.association),
        language,
        rtl: language.is_rtl(),
        tables: (0..seats.rounds.len()).map(|round| seats.table_of(round, r.id).map(|t| table_name(input, t))).collect(),
    }
}

#[cfg(test)]
#[path = "handouts_tests.rs"]
pub(crate) mod tests;
