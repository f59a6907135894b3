//! The demo network's meetings: the first network meeting, held on 11 January 2020 in the
//! Kulturzentrum (40 people of 20 associations at 4 tables over 3 rounds, planned by the
//! planner, everyone checked in, results recorded and published), and the next one six weeks
//! ahead with registration open, partly the same people (so known pairs exist) and one
//! association on the waiting list. All people are fictional; addresses end in `.example`.

use std::collections::BTreeSet;
use std::time::Duration;

use app::marketplace::MarketView;
use app::meetings::{plan_tables, PlanOptions, PlanningData, PlanningFailed, Seats, DEFAULT_MIN_INTEREST_WEIGHT};
use app::ports::{NewRegistration, StoreError, StoredPlan, Stores};
use domain::accounts::EmailAddress;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::meetings::{
    Attendance, Meeting, MeetingId, PlannedProject, Registrar, Registration, RegistrationId, Round, Table, TableResult, Venue,
    LIST_CONSENT_TEXT_VERSION,
};
use domain::organisation::Consent;

/// 11 January 2020, 10:00 in Ludwigsburg (09:00 UTC).
pub(crate) const FIRST_START: i64 = 1_578_733_200;
/// 8 January 2020, 23:59 in Ludwigsburg.
pub(crate) const FIRST_DEADLINE: i64 = 1_578_524_340;
pub const FIRST_SLUG: &str = "netzwerktreffen-2020-01-11";

const FIRST_NAMES: [&str; 40] = [
    "Ayşe", "Marco", "Olena", "Reza", "Fatma", "Giulia", "Dmytro", "Leyla", "Amira", "Jonas", "Nadia", "Piotr", "Zeynep", "Elif", "Nikos",
    "Sofia", "Dilan", "Tesfaye", "Hanna", "Linh", "Yusuf", "Mariam", "Kemal", "Tamara", "Ravi", "Anja", "Samir", "Irina", "Bashir",
    "Eleni", "Tomasz", "Lucia", "Hamid", "Svetlana", "Arben", "Selam", "Minh", "Kateryna", "Ali", "Paula",
];
const SURNAMES: [&str; 40] = [
    "Demirtaş",
    "Ferraro",
    "Kovalenko",
    "Ahmadi",
    "Yıldırım",
    "Conti",
    "Shevchuk",
    "Karimi",
    "Haddad",
    "Brenner",
    "Saleh",
    "Nowicki",
    "Aksoy",
    "Kaya",
    "Papadakis",
    "Marinova",
    "Zana",
    "Bekele",
    "Vogler",
    "Nguyen",
    "Öztürk",
    "Nasser",
    "Arslan",
    "Petrenko",
    "Selvaraj",
    "Hofmann",
    "Mansour",
    "Volkova",
    "Rahimi",
    "Georgiou",
    "Zieliński",
    "Romano",
    "Sadeghi",
    "Orlova",
    "Krasniqi",
    "Tesfay",
    "Tran",
    "Bondarenko",
    "Hassan",
    "Reinhardt",
];

#[derive(Debug, thiserror::Error)]
pub enum DemoMeetingsError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("demo meeting could not be planned: {0}")]
    Planning(#[from] PlanningFailed),
    #[error("demo meeting data refused: {0}")]
    Refused(String),
}

fn venue() -> Result<Venue, DemoMeetingsError> {
    let position = GeoPoint::new(48.8940, 9.1921).map_err(|e| DemoMeetingsError::Refused(e.to_string()))?;
    Ok(Venue {
        name: "Kulturzentrum Ludwigsburg".into(),
        address: "Kulturzentrum, Wilhelmstraße 9/1, 71638 Ludwigsburg".into(),
        position: Some(position),
    })
}

fn rounds(minutes: [u32; 3]) -> Vec<Round> {
    ["Vereine bieten", "Vereine suchen", "Offene Runde: Ideen und Projekte"]
        .iter()
        .zip(minutes)
        .map(|(topic, minutes)| Round { topic: (*topic).into(), minutes })
        .collect()
}

fn tables(capacity: u32) -> Vec<Table> {
    ["Tisch Marktplatz", "Tisch Favorite", "Tisch Seeschloss", "Tisch Blühendes Barock"]
        .iter()
        .map(|name| Table { name: (*name).into(), moderator: None, capacity })
        .collect()
}

fn first_meeting() -> Result<Meeting, DemoMeetingsError> {
    Ok(Meeting {
        title: "1. Netzwerktreffen der Migrantenorganisationen".into(),
        starts_at: FIRST_START,
        ends_at: FIRST_START + 4 * 3600,
        venue: venue()?,
        agenda: "**10:00** Begrüßung durch das Integrationsbüro\n\n\
                 **10:20** Ergebnisse der Umfrage unter den Vereinen: vielfältige Angebote, ähnliche Herausforderungen\n\n\
                 **11:00** Tischrunden: *Vereine bieten*, *Vereine suchen*, offene Runde\n\n\
                 **13:30** Ausblick: digitale Stadtkarte Integration, nächste Schritte"
            .into(),
        capacity: 40,
        registration_deadline: FIRST_DEADLINE,
        per_association_limit: 2,
        rounds: rounds([45, 45, 40]),
        tables: tables(10),
        cancelled: false,
    })
}

/// Offset of German time from UTC at `unix` (CET, or CEST from the last Sunday in March to
/// the last Sunday in October), good enough for a demo evening at 18:00.
pub(crate) fn german_offset(unix: i64) -> i64 {
    let days = unix.div_euclid(86_400);
    let (_, month, day) = domain::date::civil_from_days(days);
    let weekday = (days + 4).rem_euclid(7); // 1970-01-01 was a Thursday; 0 is Sunday.
    let last_sunday_passed = day - weekday >= 25;
    let summer = match month {
        4..=9 => true,
        3 => last_sunday_passed,
        10 => !last_sunday_passed,
        _ => false,
    };
    if summer {
        7200
    } else {
        3600
    }
}

/// 18:00 German time on the day six weeks after `now`.
fn six_weeks_ahead_at_six(now: i64) -> i64 {
    let day = (now + 42 * 86_400).div_euclid(86_400) * 86_400;
    let local = day + 18 * 3600;
    local - german_offset(local)
}

/// The address of the next demo meeting loaded at `now`.
pub fn second_slug(now: i64) -> String {
    format!("netzwerktreffen-{}", domain::date::iso_date(six_weeks_ahead_at_six(now)))
}

fn second_meeting(now: i64) -> Result<Meeting, DemoMeetingsError> {
    let starts_at = six_weeks_ahead_at_six(now);
    Ok(Meeting {
        title: "2. Netzwerktreffen der Migrantenorganisationen".into(),
        starts_at,
        ends_at: starts_at + 3 * 3600,
        venue: venue()?,
        agenda: "**18:00** Begrüßung und Rückblick auf das erste Netzwerktreffen\n\n\
                 **18:20** Tischrunden: *Vereine bieten*, *Vereine suchen*, offene Runde zu gemeinsamen Projekten\n\n\
                 **20:30** Ausklang mit Buffet der Vereine"
            .into(),
        // 14 associations get their places; the 15th waits.
        capacity: 28,
        registration_deadline: starts_at - 3 * 86_400,
        per_association_limit: 2,
        rounds: rounds([40, 40, 30]),
        tables: tables(8),
        cancelled: false,
    })
}

/// Person `i` (0–39) of the first meeting, of `association`; from 40 on, new people.
fn person(i: usize, association: OrgId, registered_at: i64) -> Result<NewRegistration, DemoMeetingsError> {
    let (first, last) = (FIRST_NAMES[i % 40], SURNAMES[(i * 7 + i / 40) % 40]);
    let local: String = format!("{first}.{last}{}", if i >= 40 { format!("{}", i / 40) } else { String::new() })
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            'ş' => 's',
            'ı' => 'i',
            'ń' => 'n',
            c if c.is_ascii_alphanumeric() || c == '.' => c,
            _ => 'x',
        })
        .collect();
    let email = EmailAddress::parse(&format!("{local}@demo-verein-{}.example", association.0))
        .map_err(|e| DemoMeetingsError::Refused(format!("{local}: {e}")))?;
    // Every other person names their own language first, so that their handout, badge and mails
    // come in Turkish, Ukrainian, Farsi or Arabic (right to left); the others read German first.
    let own = ["tr", "it", "uk", "fa", "ar"][i % 5];
    let order = if i % 2 == 1 { [own, "de"] } else { ["de", own] };
    let languages = order.iter().filter_map(|c| LanguageCode::parse(c).ok()).collect();
    Ok(NewRegistration {
        association,
        name: format!("{first} {last}"),
        email,
        account: None,
        languages,
        accessibility: (i % 13 == 5).then(|| "Rollstuhlgerechter Platz".to_owned()),
        consent: Some(Consent {
            given_at: domain::date::rfc3339(registered_at),
            text_version: LIST_CONSENT_TEXT_VERSION.to_owned(),
            recorded_by: Some("demo".into()),
        }),
        registered_by: "demo".into(),
    })
}

async fn register(stores: &Stores, meeting: MeetingId, person: &NewRegistration, now: i64) -> Result<RegistrationId, DemoMeetingsError> {
    match stores.meetings.register(meeting, person, Registrar::Representative, now).await? {
        Ok((id, _)) => Ok(id),
        Err(refusal) => Err(DemoMeetingsError::Refused(format!("{}: {refusal}", person.name))),
    }
}

/// What one table recorded in one round of the first meeting.
fn table_result(round: usize, table: usize, at_table: &[OrgId]) -> TableResult {
    const IDEAS: [&str; 6] = [
        "Räume der Vereine gemeinsam nutzen und einen Belegungskalender führen",
        "Dolmetscherpool der Vereine für Behördengänge",
        "Gemeinsamer Stand beim Stadtfest",
        "Hausaufgabenhilfe vereinsübergreifend anbieten",
        "Fortbildung zu Förderanträgen für Ehrenamtliche",
        "Sprachcafé mit wechselnden Gastgebern",
    ];
    const VISIONS: [&str; 3] = [
        "Ein Haus der Vereine in Ludwigsburg",
        "Jede neue Familie findet in ihrer Sprache eine Ansprechperson",
        "Ein jährliches Fest der Kulturen",
    ];
    let idea = |k: usize| IDEAS[(round * 4 + table + k) % IDEAS.len()].to_owned();
    let contacts: Vec<OrgId> = at_table.iter().copied().collect::<BTreeSet<_>>().into_iter().collect();
    let projects = if round == 2 && contacts.len() >= 2 {
        let titles = ["Sprachcafé im Kulturzentrum", "Gemeinsamer Förderantrag Ehrenamt", "Hausaufgabenhilfe West", "Fest der Kulturen"];
        vec![PlannedProject {
            title: titles[table % titles.len()].into(),
            partners: contacts.iter().take(3).copied().collect(),
            next_step: Some("Erstes Treffen im Integrationsbüro vereinbaren".into()),
        }]
    } else {
        Vec::new()
    };
    TableResult { ideas: vec![idea(0), idea(1)], visions: vec![VISIONS[(round + table) % VISIONS.len()].into()], contacts, projects }
}

fn associations_at(seats: &Seats, registrations: &[Registration], round: usize, table: usize) -> Vec<OrgId> {
    seats.at(round, table).iter().filter_map(|id| registrations.iter().find(|r| r.id == *id).map(|r| r.association)).collect()
}

/// Plans a stored meeting from scratch with the real planner, as "Tische planen" does.
async fn plan(stores: &Stores, view: &MarketView, id: MeetingId) -> Result<Seats, DemoMeetingsError> {
    let data = PlanningData::load(stores.meetings.as_ref(), view, id)
        .await?
        .ok_or_else(|| DemoMeetingsError::Refused(format!("meeting {id} vanished")))?;
    let options = PlanOptions { time_limit: Duration::from_secs(1), seed: 2020, threads: 1 };
    // A second at most, once, while the demo is loaded.
    Ok(plan_tables(&data.input(DEFAULT_MIN_INTEREST_WEIGHT), &options)?.seats)
}

/// Loads both demo meetings; `associations` are the demo associations in file order (the
/// first 20 take part in 2020, the first 15 register for the next meeting).
pub async fn load(stores: &Stores, view: &MarketView, associations: &[OrgId], now: i64) -> Result<(), DemoMeetingsError> {
    if associations.len() < 20 {
        return Err(DemoMeetingsError::Refused(format!("20 associations needed, {} found", associations.len())));
    }
    // The first meeting: registered in December 2019, all confirmed.
    let mut form = first_meeting()?;
    let first = stores.meetings.create_meeting(FIRST_SLUG, &form).await?;
    let mut ids = Vec::with_capacity(40);
    for i in 0..40 {
        let registered_at = FIRST_DEADLINE - (40 - i as i64) * 7 * 3600;
        ids.push(register(stores, first, &person(i, associations[i / 2], registered_at)?, registered_at).await?);
    }
    for (t, table) in form.tables.iter_mut().enumerate() {
        table.moderator = Some(ids[t * 10]);
    }
    stores.meetings.update_meeting(first, &form, FIRST_DEADLINE).await?;
    let seats = plan(stores, view, first).await?;
    for id in &ids {
        stores.meetings.set_attendance(*id, Attendance::CheckedIn).await?;
    }
    let stored = StoredPlan { seats: seats.clone(), locks: Vec::new(), held_rounds: form.rounds.len(), version: 0 };
    stores.meetings.save_plan(first, &stored, 0).await?;
    stores.meetings.set_held(first, true).await?;
    let registrations = stores.meetings.registrations(first).await?;
    for round in 0..form.rounds.len() {
        for table in 0..form.tables.len() {
            let result = table_result(round, table, &associations_at(&seats, &registrations, round, table));
            stores.meetings.save_table_result(first, round, table, &result, "demo").await?;
        }
    }
    let summary = "40 Vertreterinnen und Vertreter von 20 Vereinen haben sich im Kulturzentrum getroffen. An vier Tischen \
                   ging es um das, was Vereine **bieten**, und das, was sie **suchen**. Es entstanden viele neue Kontakte, \
                   Ideen für gemeinsame Räume und Dolmetscherdienste und vier konkrete Projektvorhaben.";
    stores.meetings.publish_results(first, true, Some(summary)).await?;

    // The next meeting: 30 registrations over the last days; 20 of them came in 2020 too.
    let form = second_meeting(now)?;
    let slug = second_slug(now);
    let second = stores.meetings.create_meeting(&slug, &form).await?;
    for k in 0..30 {
        let registered_at = now - (30 - k as i64) * 5 * 3600;
        let association = associations[k / 2];
        // People of the first ten associations are the same as in 2020; the others are new.
        let who = if k < 20 { person(k, association, registered_at)? } else { person(k + 40, association, registered_at)? };
        register(stores, second, &who, registered_at).await?;
    }
    tracing::info!(first = FIRST_SLUG, second = %slug, "demo meetings loaded");
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn german_time_follows_summer_time() {
        // 2026-03-28 is a Saturday (CET), 2026-03-29 a Sunday (CEST from 02:00).
        assert_eq!(german_offset(1_774_656_000 + 12 * 3600), 3600);
        assert_eq!(german_offset(1_774_742_400 + 12 * 3600), 7200);
        assert_eq!(german_offset(1_783_000_000), 7200, "July");
        assert_eq!(german_offset(1_798_000_000), 3600, "December");
        let start = six_weeks_ahead_at_six(1_783_000_000);
        assert_eq!((start + german_offset(start)).rem_euclid(86_400), 18 * 3600);
        assert!(start > 1_783_000_000 + 41 * 86_400);
    }

    #[test]
    fn demo_people_of_both_meetings_read_their_handouts_in_arabic_farsi_turkish_ukrainian_and_german() {
        let language = |i: usize| {
            let p = person(i, OrgId(1), FIRST_START).unwrap();
            let registration = Registration {
                id: RegistrationId(i as i64),
                association: p.association,
                name: p.name,
                email: p.email,
                account: None,
                languages: p.languages,
                accessibility: None,
                consent: None,
                state: domain::meetings::RegistrationState::Confirmed,
                attendance: Attendance::Registered,
                registered_at: FIRST_START,
                walk_in: false,
            };
            app::meetings::handout_language(&registration).code()
        };
        for (people, what) in [((0..40).collect::<Vec<_>>(), "first meeting"), ((0..20).chain(60..70).collect(), "second meeting")] {
            let languages: BTreeSet<&str> = people.into_iter().map(language).collect();
            assert_eq!(languages, ["ar", "de", "fa", "tr", "uk"].into_iter().collect(), "{what}");
        }
    }

    #[test]
    fn demo_people_are_distinct_and_fictional() {
        let mut emails = BTreeSet::new();
        for i in (0..40).chain(60..80) {
            let p = person(i, OrgId(i as i64 / 2 + 1), FIRST_START).unwrap();
            assert!(p.email.as_str().ends_with(".example"), "{}", p.email.as_str());
            assert!(emails.insert(p.email.as_str().to_owned()), "{} twice", p.email.as_str());
        }
    }
}
