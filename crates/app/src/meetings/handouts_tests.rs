#![allow(clippy::unwrap_used)]

use super::*;
use crate::meetings::plan_tables::tests::{fixture, r};
use crate::meetings::Seats;
use domain::language::LanguageCode;
use domain::meetings::{MeetingId, RegistrationState};
use domain::organisation::Consent;

fn consent() -> Option<Consent> {
    Some(Consent { given_at: "2026-01-01T00:00:00Z".into(), text_version: "v1".into(), recorded_by: None })
}

pub(crate) struct World {
    pub(crate) record: MeetingRecord,
    pub(crate) regs: Vec<Registration>,
    pub(crate) plan: StoredPlan,
    associations: BTreeMap<OrgId, String>,
    items: BTreeMap<OrgId, Vec<ItemLine>>,
    suggestions: Vec<Suggestion>,
}

/// Six people of three associations (1: persons 1, 4; 2: 2, 5; 3: 3, 6) at two tables over two
/// rounds; everyone but person 2 consented.
pub(crate) fn world() -> World {
    let (meeting, mut regs) = fixture(6, 3, 2, 3, 2);
    for reg in &mut regs {
        reg.consent = consent();
    }
    regs[1].consent = None;
    regs[0].languages = vec![LanguageCode::parse("ku").unwrap(), LanguageCode::parse("ar").unwrap()];
    regs[2].languages = vec![LanguageCode::parse("en").unwrap()];
    let ids = |v: &[i64]| v.iter().map(|&i| r(i)).collect::<Vec<_>>();
    let seats = Seats { rounds: vec![vec![ids(&[1, 2, 3]), ids(&[4, 5, 6])], vec![ids(&[1, 5, 6]), ids(&[4, 2, 3])]] };
    let plan = StoredPlan { seats, locks: Vec::new(), held_rounds: 0, version: 1 };
    let record = MeetingRecord {
        id: MeetingId(1),
        slug: "netzwerktreffen-2026-01-11".into(),
        meeting,
        held: false,
        results_published: false,
        public_summary: None,
        updated_at: String::new(),
    };
    let associations: BTreeMap<OrgId, String> =
        [(OrgId(1), "Elternverein".to_owned()), (OrgId(2), "Kulturverein".to_owned()), (OrgId(3), "Sportverein".to_owned())].into();
    let items: BTreeMap<OrgId, Vec<ItemLine>> = [
        (OrgId(1), vec![ItemLine { kind: ItemKind::Need, title: "Räume für Hausaufgabenhilfe".into() }]),
        (OrgId(2), vec![ItemLine { kind: ItemKind::Offer, title: "Saal für 80 Personen".into() }]),
        (OrgId(3), vec![ItemLine { kind: ItemKind::Offer, title: "Turnhalle samstags".into() }]),
    ]
    .into();
    let suggestions = vec![
        Suggestion {
            offer_org: OrgId(2),
            need_org: OrgId(1),
            offer: "Saal für 80 Personen".into(),
            need: "Räume für Hausaufgabenhilfe".into(),
            score: 0.9,
        },
        Suggestion {
            offer_org: OrgId(3),
            need_org: OrgId(1),
            offer: "Turnhalle samstags".into(),
            need: "Räume für Hausaufgabenhilfe".into(),
            score: 0.6,
        },
        Suggestion {
            offer_org: OrgId(9),
            need_org: OrgId(1),
            offer: "Absent".into(),
            need: "Räume für Hausaufgabenhilfe".into(),
            score: 1.0,
        },
    ];
    World { record, regs, plan, associations, items, suggestions }
}

pub(crate) fn set(w: &World) -> PrintSet {
    print_set(&HandoutInput {
        record: &w.record,
        registrations: &w.regs,
        plan: &w.plan,
        associations: &w.associations,
        items: &w.items,
        suggestions: &w.suggestions,
        meeting_url: "https://k.example/meetings/netzwerktreffen-2026-01-11",
        utc_offset_secs: 3600,
    })
}

#[test]
fn everyone_seated_gets_a_handout_and_a_badge_in_name_order() {
    let mut w = world();
    w.regs[0].name = "Zeynep".into();
    w.regs[3].state = RegistrationState::Cancelled;
    let s = set(&w);
    let names: Vec<&str> = s.handouts.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, vec!["Person 2", "Person 3", "Person 5", "Person 6", "Zeynep"], "cancelled left out, sorted by name");
    assert_eq!(s.badges.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), names);
}

#[test]
fn a_handout_has_the_meeting_its_rounds_tables_and_tablemates() {
    let w = world();
    let s = set(&w);
    let h = s.handouts.iter().find(|h| h.registration == r(1)).unwrap();
    assert_eq!((h.association.as_str(), h.meeting.venue.as_str()), ("Elternverein", "Kulturzentrum"));
    assert_eq!(h.meeting.starts, "2026-01-11 11:00");
    assert_eq!(h.meeting.ends, "15:00");
    assert!(h.meeting.url.ends_with("/netzwerktreffen-2026-01-11"));
    assert_eq!(h.rounds.len(), 2);
    assert_eq!((h.rounds[0].number, h.rounds[0].topic.as_str(), h.rounds[0].table.as_deref()), (1, "Runde 1", Some("Tisch 1")));
    let mates: Vec<(Option<&str>, &str)> = h.rounds[0].tablemates.iter().map(|m| (m.name.as_deref(), m.association.as_str())).collect();
    assert_eq!(mates, vec![(None, "Kulturverein"), (Some("Person 3"), "Sportverein")], "no consent: association only");
    assert_eq!(h.rounds[0].tablemates[0].offers, vec!["Saal für 80 Personen".to_owned()]);
    assert!(h.rounds[0].tablemates[0].needs.is_empty());
    assert_eq!(h.rounds[1].table.as_deref(), Some("Tisch 1"));
}

#[test]
fn people_to_talk_to_are_the_best_suggestions_among_those_present() {
    let w = world();
    let s = set(&w);
    let h = s.handouts.iter().find(|h| h.registration == r(1)).unwrap();
    let found: Vec<(&str, ItemKind, &str, &[usize])> =
        h.contacts.iter().map(|c| (c.association.as_str(), c.they, c.theirs.as_str(), c.shared_rounds.as_slice())).collect();
    assert_eq!(
        found,
        vec![
            ("Kulturverein", ItemKind::Offer, "Saal für 80 Personen", &[1, 2][..]),
            ("Sportverein", ItemKind::Offer, "Turnhalle samstags", &[1, 2][..]),
        ],
        "absent association left out, best first"
    );
    assert_eq!(h.contacts[0].people, vec!["Person 5".to_owned()], "only consenting names");
    let k = s.handouts.iter().find(|h| h.registration == r(2)).unwrap();
    assert_eq!(k.contacts.len(), 1);
    assert_eq!(
        (k.contacts[0].they, k.contacts[0].theirs.as_str(), k.contacts[0].yours.as_str()),
        (ItemKind::Need, "Räume für Hausaufgabenhilfe", "Saal für 80 Personen")
    );
    assert_eq!(k.contacts[0].shared_rounds, vec![1, 2], "person 1 in round 1, person 4 in round 2");
}

#[test]
fn language_is_the_first_of_the_seven_with_german_as_fallback() {
    let w = world();
    let s = set(&w);
    let lang = |id: i64| s.handouts.iter().find(|h| h.registration == r(id)).map(|h| (h.language, h.rtl)).unwrap();
    assert_eq!(lang(1), (UiLocale::Ar, true), "Kurdish is not one of the seven: Arabic next");
    assert_eq!(lang(3), (UiLocale::En, false));
    assert_eq!(lang(2), (UiLocale::De, false));
    assert!(s.badges.iter().find(|b| b.name == "Person 1").unwrap().rtl);
}

#[test]
fn table_sheets_per_round_and_table_with_the_pairs_brought_together() {
    let w = world();
    let s = set(&w);
    assert_eq!(s.table_sheets.len(), 4);
    let first = &s.table_sheets[0];
    assert_eq!((first.round, first.table.as_str(), first.topic.as_str()), (1, "Tisch 1", "Runde 1"));
    assert_eq!(first.people.len(), 3);
    assert_eq!(first.people.iter().filter(|p| p.name.is_none()).count(), 1, "person 2 without consent");
    let pairs: Vec<(&str, &str)> = first.pairs.iter().map(|p| (p.offering.as_str(), p.needing.as_str())).collect();
    assert_eq!(pairs, vec![("Kulturverein", "Elternverein"), ("Sportverein", "Elternverein")]);
    let b = s.badges.iter().find(|b| b.name == "Person 4").unwrap();
    assert_eq!(b.tables, vec![Some("Tisch 2".to_owned()), Some("Tisch 2".to_owned())]);
}
