#![allow(clippy::unwrap_used)]

use super::*;

/// 1 December 2025, 12:00 UTC.
const NOW: i64 = 1_764_590_400;

fn ctx(moderators: &[RegistrationId]) -> MeetingContext<'_> {
    MeetingContext { now: NOW, utc_offset_secs: 3600, is_new: true, moderators }
}

fn filled() -> MeetingInput {
    MeetingInput {
        title: "  1.  Netzwerktreffen ".into(),
        starts_at: "2026-01-11T10:00".into(),
        ends_at: "2026-01-11T14:00".into(),
        registration_deadline: "2026-01-04T23:59".into(),
        venue_name: "Kulturzentrum".into(),
        venue_address: "Wilhelmstraße 9/1, 71638 Ludwigsburg".into(),
        lat: "48,8955".into(),
        lon: "9.1899".into(),
        agenda: "## Ablauf\r\n- Begrüßung\r\n".into(),
        capacity: "40".into(),
        per_association_limit: String::new(),
        rounds: vec![
            RoundInput { topic: "Vereine bieten".into(), minutes: "45".into() },
            RoundInput { topic: "Vereine suchen".into(), minutes: "45".into() },
            RoundInput::default(),
            RoundInput { topic: "Offene Runde".into(), minutes: "30".into() },
        ],
        tables: (1..=4).map(|i| TableInput { name: format!("Tisch {i}"), capacity: "10".into(), moderator: String::new() }).collect(),
    }
}

fn codes(errors: &[FieldError]) -> Vec<(&str, &str)> {
    errors.iter().map(|e| (e.field.as_str(), e.code)).collect()
}

#[test]
fn a_complete_form_becomes_a_meeting() {
    let m = filled().validate(&ctx(&[])).unwrap();
    assert_eq!(m.title, "1. Netzwerktreffen");
    assert_eq!(m.starts_at, 1_768_122_000, "10:00 at UTC+1 is 09:00 UTC");
    assert_eq!(m.ends_at - m.starts_at, 4 * 3600);
    assert_eq!(m.registration_deadline, parse_local("2026-01-04T23:59", 3600).unwrap());
    assert_eq!(m.per_association_limit, DEFAULT_PER_ASSOCIATION_LIMIT, "empty means the default");
    assert_eq!(m.rounds.len(), 3, "blank rows are skipped");
    assert_eq!(m.rounds[2], Round { topic: "Offene Runde".into(), minutes: 30 });
    assert_eq!(m.tables.len(), 4);
    assert_eq!(m.agenda, "## Ablauf\n- Begrüßung");
    assert!((m.venue.position.unwrap().lat() - 48.8955).abs() < 1e-9);
    assert!(!m.cancelled);
}

#[test]
fn the_stored_meeting_fills_the_form_again() {
    let m = filled().validate(&ctx(&[])).unwrap();
    let again = MeetingInput::from_meeting(&m, 3600).validate(&ctx(&[])).unwrap();
    assert_eq!(again, m);
}

#[test]
fn an_empty_deadline_means_until_the_start() {
    let mut input = filled();
    input.registration_deadline = " ".into();
    let m = input.validate(&ctx(&[])).unwrap();
    assert_eq!(m.registration_deadline, m.starts_at);
}

#[test]
fn an_empty_form_names_every_missing_field() {
    let errors = MeetingInput::default().validate(&ctx(&[])).unwrap_err();
    assert_eq!(
        codes(&errors),
        vec![
            ("title", "required"),
            ("starts_at", "required"),
            ("ends_at", "required"),
            ("venue_name", "required"),
            ("venue_address", "required"),
            ("capacity", "meeting_capacity_range"),
            ("rounds", "meeting_rounds_missing"),
            ("tables", "meeting_tables_missing"),
        ]
    );
}

#[test]
fn times_must_be_real_and_in_order() {
    let mut input = filled();
    input.starts_at = "2025-11-30T10:00".into();
    input.ends_at = "2025-11-30T09:00".into();
    input.registration_deadline = "2025-12-01T10:00".into();
    let errors = input.validate(&ctx(&[])).unwrap_err();
    assert_eq!(
        codes(&errors),
        vec![
            ("starts_at", "meeting_start_past"),
            ("ends_at", "meeting_end_before_start"),
            ("registration_deadline", "meeting_deadline_after_start")
        ]
    );
    let mut edit = ctx(&[]);
    edit.is_new = false;
    let mut input = filled();
    input.starts_at = "2025-11-30T10:00".into();
    input.ends_at = "2025-11-30T14:00".into();
    input.registration_deadline = String::new();
    assert!(input.validate(&edit).is_ok(), "an edit may keep a start that has passed");
    input.starts_at = "2025-11-31T10:00".into();
    assert_eq!(codes(&input.validate(&edit).unwrap_err()), vec![("starts_at", "meeting_datetime")]);
}

#[test]
fn numbers_stay_within_their_ranges() {
    for (capacity, ok) in [("0", false), ("1", true), ("1000", false), ("1001", false), ("-3", false), ("zehn", false)] {
        let mut input = filled();
        input.capacity = capacity.into();
        // 1000 is allowed, but four tables of ten cannot seat them.
        let expected =
            if capacity == "1000" { vec![("tables", "meeting_seats_short")] } else { vec![("capacity", "meeting_capacity_range")] };
        match input.validate(&ctx(&[])) {
            Ok(_) => assert!(ok, "{capacity}"),
            Err(e) => assert_eq!(codes(&e), expected, "{capacity}"),
        }
    }
    let mut input = filled();
    input.per_association_limit = "0".into();
    assert_eq!(codes(&input.validate(&ctx(&[])).unwrap_err()), vec![("per_association_limit", "meeting_limit_range")]);
    input.per_association_limit = "5".into();
    assert_eq!(codes(&input.validate(&ctx(&[])).unwrap_err()), vec![("per_association_limit", "meeting_limit_over_tables")]);
    input.per_association_limit = "4".into();
    assert_eq!(input.validate(&ctx(&[])).unwrap().per_association_limit, 4);
}

#[test]
fn rounds_need_a_topic_and_a_sensible_length() {
    let mut input = filled();
    input.rounds[0].topic = " ".into();
    input.rounds[1].minutes = "4".into();
    input.rounds[3].minutes = "241".into();
    let errors = input.validate(&ctx(&[])).unwrap_err();
    assert_eq!(
        codes(&errors),
        vec![("rounds.0.topic", "required"), ("rounds.1.minutes", "meeting_round_minutes"), ("rounds.3.minutes", "meeting_round_minutes")]
    );
    let mut input = filled();
    input.rounds = (0..13).map(|i| RoundInput { topic: format!("Runde {i}"), minutes: "5".into() }).collect();
    assert_eq!(codes(&input.validate(&ctx(&[])).unwrap_err()), vec![("rounds", "meeting_rounds_too_many")]);
    let mut input = filled();
    input.rounds = (0..3).map(|i| RoundInput { topic: format!("Runde {i}"), minutes: "90".into() }).collect();
    assert_eq!(codes(&input.validate(&ctx(&[])).unwrap_err()), vec![("rounds", "meeting_rounds_too_long")], "270 minutes in 4 hours");
}

#[test]
fn tables_must_seat_everyone_and_be_told_apart() {
    let mut input = filled();
    input.tables[0].capacity = "1".into();
    input.tables[1].name = "tisch 1".into();
    input.tables[2].capacity = "51".into();
    let errors = input.validate(&ctx(&[])).unwrap_err();
    assert_eq!(
        codes(&errors),
        vec![
            ("tables.0.capacity", "meeting_table_capacity"),
            ("tables.1.name", "meeting_table_name_twice"),
            ("tables.2.capacity", "meeting_table_capacity")
        ],
        "no seat count while a capacity is wrong"
    );
    let mut input = filled();
    input.tables[3].capacity = "9".into();
    assert_eq!(codes(&input.validate(&ctx(&[])).unwrap_err()), vec![("tables", "meeting_seats_short")], "39 seats for 40");
}

#[test]
fn moderators_are_confirmed_registrations_at_one_table() {
    let known = [RegistrationId(7), RegistrationId(8)];
    let mut input = filled();
    input.tables[0].moderator = "7".into();
    input.tables[1].moderator = "7".into();
    input.tables[2].moderator = "99".into();
    input.tables[3].moderator = "acht".into();
    let errors = input.validate(&ctx(&known)).unwrap_err();
    assert_eq!(
        codes(&errors),
        vec![
            ("tables.1.moderator", "meeting_moderator_twice"),
            ("tables.2.moderator", "meeting_moderator_unknown"),
            ("tables.3.moderator", "meeting_moderator_unknown")
        ]
    );
    input.tables[1].moderator = "8".into();
    input.tables[2].moderator = String::new();
    input.tables[3].moderator = String::new();
    let m = input.validate(&ctx(&known)).unwrap();
    assert_eq!(m.tables[1].moderator, Some(RegistrationId(8)));
}

#[test]
fn hostile_and_overlong_text_is_refused_or_cleaned() {
    let mut input = filled();
    input.title = "a\u{0}b\n<script>".into();
    input.venue_name = "x".repeat(MAX_LINE + 1);
    input.agenda = "y".repeat(MAX_AGENDA + 1);
    input.lat = "91".into();
    let errors = input.validate(&ctx(&[])).unwrap_err();
    assert_eq!(codes(&errors), vec![("venue_name", "too_long"), ("position", "position"), ("agenda", "too_long")]);
    input.venue_name = "Kulturzentrum".into();
    input.agenda = String::new();
    input.lat = "48.9".into();
    assert_eq!(input.validate(&ctx(&[])).unwrap().title, "ab <script>", "markup is escaped when shown, not here");
}
