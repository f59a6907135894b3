//! Synthetic activity for load tests, proportional to the synthetic associations:
//! `knotenpunkt demo --organisations N --activity S`. Per 1,000 associations and for each unit
//! of `S`: 500 offers and needs, 60 contact requests (most agreed, some done, some declined,
//! some still open), 4 held network meetings of 40 people from 20 associations (4 tables,
//! 3 rounds, seated without the planner, nine in ten checked in), 10 cooperation projects and
//! 20 inbox cases. Everything is dated between the association's publication and now, on the
//! shifted clock or with explicit times; nothing is random, so two runs give the same data.
//! No survey is made (the survey's figures are timed by `examples/survey_dashboard.rs`).

use app::meetings::Seats;
use app::ports::{
    CaseChange, CaseEntry, EntryKind, NewCase, NewIntroduction, NewItem, NewProject, NewRegistration, NewUser, ShiftedClock, StoreError,
    StoredPlan, Stores,
};
use domain::accounts::{EmailAddress, Role, UserId};
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::inbox::{CaseKind, CaseStatus, Outcome};
use domain::language::{LanguageCode, UiLocale};
use domain::marketplace::{IntroductionState, ItemContent, ItemId, ItemKind, ItemVisibility, ITEM_CATEGORIES};
use domain::meetings::{Attendance, Meeting, Registrar, Round, Table, Venue};
use domain::projects::{Origin, Project, ProjectStatus};
use domain::timestamp::Timestamp;

use crate::progress::Progress;

const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;
const TABLES: usize = 4;
const ROUNDS: usize = 3;
const PEOPLE: usize = 40;

/// How much was made.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Activity {
    pub items: usize,
    pub introductions: usize,
    pub meetings: usize,
    pub registrations: usize,
    pub projects: usize,
    pub cases: usize,
}

/// `per_thousand` for each 1,000 of `associations`, times `scale`.
fn count(associations: usize, per_thousand: usize, scale: u32) -> usize {
    associations * per_thousand * scale as usize / 1000
}

/// A fixed mix of the bits of `x` (SplitMix64's last step), so that associations and fields of
/// neighbouring items do not follow each other.
fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Which item `j` is: its association (index into the associations), kind and field.
fn item_plan(j: usize, associations: usize) -> (usize, ItemKind, &'static str) {
    let h = mix(j as u64 + 1);
    let a = (h % associations as u64) as usize;
    let kind = if j.is_multiple_of(2) { ItemKind::Offer } else { ItemKind::Need };
    (a, kind, ITEM_CATEGORIES[(h >> 32) as usize % ITEM_CATEGORIES.len()].0)
}

fn item_content(j: usize, kind: ItemKind, category: &str) -> Result<ItemContent, StoreError> {
    let de = LanguageCode::parse("de").map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let (title, description) = match kind {
        ItemKind::Offer => (format!("Wir bieten Unterstützung ({category}) Nr. {j}"), "Synthetisches Angebot für Lasttests."),
        ItemKind::Need => (format!("Wir suchen Unterstützung ({category}) Nr. {j}"), "Synthetischer Bedarf für Lasttests."),
    };
    Ok(ItemContent {
        title,
        description: description.into(),
        category: category.into(),
        languages: vec![de],
        weekdays: None,
        time: None,
        district: None,
        end_date: None,
        text_lang: "de".into(),
        visibility: ItemVisibility::Public,
    })
}

/// A stored synthetic item.
#[derive(Debug, Clone, Copy)]
struct Stored {
    id: ItemId,
    org: OrgId,
    need: bool,
    category: usize,
    at: i64,
}

/// Makes the activity; `associations` are the stored associations with their publication
/// times, oldest first; `now` is the clock's time before the load.
pub async fn generate(
    stores: &Stores,
    clock: &ShiftedClock,
    associations: &[(OrgId, i64)],
    scale: u32,
    now: i64,
) -> Result<Activity, StoreError> {
    let mut made = Activity::default();
    let n = associations.len();
    if n < 20 || scale == 0 {
        return Ok(made);
    }
    let result = async {
        let items = items(stores, clock, associations, scale, now, &mut made).await?;
        let user = synthetic_user(stores).await?;
        let agreed = introductions(stores, clock, &items, user, count(n, 60, scale), now, &mut made).await?;
        let meetings = meetings(stores, associations, scale, now, &mut made).await?;
        projects(stores, associations, &agreed, &meetings, scale, now, &mut made).await?;
        cases(stores, n, scale, now, &mut made).await
    }
    .await;
    clock.reset();
    result?;
    Ok(made)
}

async fn items(
    stores: &Stores,
    clock: &ShiftedClock,
    associations: &[(OrgId, i64)],
    scale: u32,
    now: i64,
    made: &mut Activity,
) -> Result<Vec<Stored>, StoreError> {
    let n = associations.len();
    let total = count(n, 500, scale);
    // Posted 3 to 62 days after the association joined (not after now), in batches of one day.
    let mut planned: Vec<(i64, usize)> = (0..total)
        .map(|j| {
            let (a, _, _) = item_plan(j, n);
            let day = (associations[a].1 / DAY + 3 + (j % 60) as i64) * DAY + 10 * HOUR;
            (day.min(now - HOUR), j)
        })
        .collect();
    planned.sort_unstable();
    let mut progress = Progress::on_stderr("Angebote und Bedarfe", total as u64);
    let mut stored = Vec::with_capacity(total);
    let author = app::ports::Author::system("synthetic");
    for day in planned.chunk_by(|a, b| a.0 == b.0) {
        for chunk in day.chunks(1000) {
            let at = chunk[0].0;
            let mut batch = Vec::with_capacity(chunk.len());
            let mut meta = Vec::with_capacity(chunk.len());
            for &(_, j) in chunk {
                let (a, kind, category) = item_plan(j, n);
                batch.push(NewItem { org: associations[a].0, kind, content: item_content(j, kind, category)? });
                let field = ITEM_CATEGORIES.iter().position(|(key, _)| *key == category).unwrap_or(0);
                meta.push((associations[a].0, kind == ItemKind::Need, field));
            }
            clock.show(Timestamp::from_unix_secs(at));
            let ids = stores.items.create_items(&batch, &author).await?;
            stored.extend(ids.into_iter().zip(meta).map(|(id, (org, need, category))| Stored { id, org, need, category, at }));
            progress.advance(chunk.len() as u64);
        }
    }
    progress.finish();
    clock.reset();
    made.items = stored.len();
    Ok(stored)
}

async fn synthetic_user(stores: &Stores) -> Result<UserId, StoreError> {
    let email = EmailAddress::parse("synthetisch@knotenpunkt.example").map_err(|e| StoreError::Corrupt(e.to_string()))?;
    if let Some(user) = stores.accounts.user_by_email(&email).await? {
        return Ok(user.id);
    }
    // No password matches "!", and disabled: this account never signs in.
    let account = NewUser { email, role: Role::Representative, password_hash: "!synthetic".into(), email_verified: false, language: None };
    let user = stores.accounts.create_user(&account).await?;
    stores.accounts.set_disabled(user, true).await?;
    Ok(user)
}

/// Contact requests between a need and an offer of the same field; the agreed ones (with
/// their time) come back for the projects.
async fn introductions(
    stores: &Stores,
    clock: &ShiftedClock,
    items: &[Stored],
    user: UserId,
    total: usize,
    now: i64,
    made: &mut Activity,
) -> Result<Vec<(i64, OrgId, OrgId, i64)>, StoreError> {
    let mut offers: Vec<Vec<&Stored>> = vec![Vec::new(); ITEM_CATEGORIES.len()];
    for item in items.iter().filter(|i| !i.need) {
        offers[item.category].push(item);
    }
    let needs: Vec<&Stored> = items.iter().filter(|i| i.need).collect();
    // About one request for every fourth need.
    let total = total.min(needs.len() / 4);
    let mut seen = std::collections::HashSet::new();
    let mut agreed = Vec::new();
    let mut progress = Progress::on_stderr("Kontaktanfragen", total as u64);
    for k in 0..total {
        progress.advance(1);
        let need = needs[k * 4 % needs.len().max(1)];
        let choices = &offers[need.category];
        if choices.is_empty() {
            continue;
        }
        let offer = choices[(k * 13 + need.id.0 as usize) % choices.len()];
        if offer.org == need.org || !seen.insert((need.id, offer.id)) {
            continue;
        }
        let k = k as i64;
        let asked = need.at.max(offer.at) + (1 + k % 14) * DAY + (k % 7) * HOUR;
        let answered = asked + (1 + k % 9) * DAY;
        if answered + 31 * DAY > now {
            continue;
        }
        clock.show(Timestamp::from_unix_secs(asked));
        let request = NewIntroduction {
            need: need.id,
            offer: offer.id,
            requester_org: need.org,
            responder_org: offer.org,
            requested_by: user,
            state: IntroductionState::Requested,
            message: "Synthetische Anfrage".into(),
        };
        let id = stores.introductions.create_introduction(&request).await?;
        made.introductions += 1;
        if k % 7 == 6 {
            continue; // still waiting for an answer
        }
        clock.show(Timestamp::from_unix_secs(answered));
        if k % 5 == 4 {
            stores.introductions.move_introduction(id, IntroductionState::Requested, IntroductionState::Declined, user).await?;
            continue;
        }
        stores.introductions.move_introduction(id, IntroductionState::Requested, IntroductionState::Agreed, user).await?;
        agreed.push((id, need.org, offer.org, answered));
        if k % 3 == 1 {
            clock.show(Timestamp::from_unix_secs(answered + 30 * DAY));
            stores.introductions.move_introduction(id, IntroductionState::Agreed, IntroductionState::Done, user).await?;
        }
    }
    progress.finish();
    clock.reset();
    Ok(agreed)
}

fn meeting_form(m: usize, starts_at: i64) -> Result<Meeting, StoreError> {
    let position = GeoPoint::new(48.8940, 9.1921).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Meeting {
        title: format!("Synthetisches Netzwerktreffen {}", m + 1),
        starts_at,
        ends_at: starts_at + 3 * HOUR,
        venue: Venue { name: "Saal".into(), address: "Marktplatz 1".into(), position: Some(position) },
        agenda: String::new(),
        capacity: PEOPLE as u32,
        registration_deadline: starts_at - 3 * DAY,
        per_association_limit: 2,
        rounds: (0..ROUNDS).map(|r| Round { topic: format!("Runde {}", r + 1), minutes: 40 }).collect(),
        tables: (0..TABLES).map(|t| Table { name: format!("Tisch {}", t + 1), moderator: None, capacity: 10 }).collect(),
        cancelled: false,
    })
}

/// Where person `i` sits in round `r`: everyone moves on by their place in a group of four, so
/// that each round mixes the tables.
fn table_of(i: usize, r: usize) -> usize {
    (i + r * (1 + i / TABLES)) % TABLES
}

/// Held meetings, evenly from the first association's publication to two weeks ago; each of 20
/// associations published before it (two people each). Returns (meeting id, start).
async fn meetings(
    stores: &Stores,
    associations: &[(OrgId, i64)],
    scale: u32,
    now: i64,
    made: &mut Activity,
) -> Result<Vec<(i64, i64)>, StoreError> {
    let n = associations.len();
    let total = count(n, 4, scale).max(1);
    let first = associations[19].1 + 30 * DAY;
    let last = now - 14 * DAY;
    let mut held = Vec::new();
    let mut progress = Progress::on_stderr("Netzwerktreffen", total as u64);
    for m in 0..total {
        progress.advance(1);
        let starts_at = first + (last - first).max(0) * m as i64 / total.max(2).saturating_sub(1) as i64;
        let known = associations.partition_point(|(_, at)| *at < starts_at - 7 * DAY);
        if known < 20 {
            continue;
        }
        let stride = known / 20;
        let start = m * 131 % known;
        let form = meeting_form(m, starts_at)?;
        let id = stores.meetings.create_meeting(&format!("synthetisches-treffen-{}", m + 1), &form).await?;
        let mut people = Vec::with_capacity(PEOPLE);
        for i in 0..PEOPLE {
            let association = associations[(start + (i / 2) * stride) % known].0;
            let registered_at = form.registration_deadline - (PEOPLE - i) as i64 * 5 * HOUR;
            let person = NewRegistration {
                association,
                name: format!("Person {} {}", m + 1, i + 1),
                email: EmailAddress::parse(&format!("person{}x{}@synthetisch.example", m + 1, i + 1))
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                account: None,
                languages: Vec::new(),
                accessibility: None,
                consent: None,
                registered_by: "synthetic".into(),
            };
            match stores.meetings.register(id, &person, Registrar::Representative, registered_at).await? {
                Ok((registration, _)) => people.push(registration),
                Err(refusal) => return Err(StoreError::Conflict(format!("synthetic registration refused: {refusal}"))),
            }
        }
        for (i, registration) in people.iter().enumerate() {
            let attendance = if i % 10 == 9 { Attendance::NoShow } else { Attendance::CheckedIn };
            stores.meetings.set_attendance(*registration, attendance).await?;
        }
        let seats = Seats {
            rounds: (0..ROUNDS)
                .map(|r| (0..TABLES).map(|t| (0..PEOPLE).filter(|i| table_of(*i, r) == t).map(|i| people[i]).collect()).collect())
                .collect(),
        };
        stores.meetings.save_plan(id, &StoredPlan { seats, locks: Vec::new(), held_rounds: ROUNDS, version: 0 }, 0).await?;
        stores.meetings.set_held(id, true).await?;
        made.meetings += 1;
        made.registrations += PEOPLE;
        held.push((id.0, starts_at));
    }
    progress.finish();
    Ok(held)
}

async fn projects(
    stores: &Stores,
    associations: &[(OrgId, i64)],
    agreed: &[(i64, OrgId, OrgId, i64)],
    meetings: &[(i64, i64)],
    scale: u32,
    now: i64,
    made: &mut Activity,
) -> Result<(), StoreError> {
    let n = associations.len();
    let total = count(n, 10, scale);
    for p in 0..total {
        // A third from agreed requests, a third from meetings, a third entered by the office.
        let (origin, partners, at) = match p % 3 {
            0 if !agreed.is_empty() => {
                let (intro, a, b, at) = agreed[p / 3 % agreed.len()];
                (Origin::Introduction { introduction: intro }, vec![a, b], at + 14 * DAY)
            }
            1 if !meetings.is_empty() => {
                let (meeting, at) = meetings[p / 3 % meetings.len()];
                let a = associations[p * 7 % n].0;
                let b = associations[(p * 7 + 1) % n].0;
                let c = associations[(p * 7 + 2) % n].0;
                (Origin::Meeting { meeting, round: 2, table: p % TABLES, index: p / 3 }, vec![a, b, c], at + 21 * DAY)
            }
            _ => {
                let a = p * 11 % n;
                let b = (a + 1 + p % 97) % n;
                let at = associations[a].1.max(associations[b].1) + 60 * DAY;
                (Origin::Office, vec![associations[a].0, associations[b].0], at)
            }
        };
        if partners.iter().collect::<std::collections::BTreeSet<_>>().len() < 2 {
            continue;
        }
        let status = [ProjectStatus::Idea, ProjectStatus::Planned, ProjectStatus::Running, ProjectStatus::Done][p % 4];
        let project = Project {
            title: format!("Synthetisches Projekt {}", p + 1),
            description: "Synthetisches Kooperationsprojekt für Lasttests.".into(),
            partners,
            origin,
            status,
            stop_reason: None,
            next_steps: Vec::new(),
            visible: p % 5 != 4,
            confirmed: true,
            proposed_by: None,
        };
        let new = NewProject {
            slug: format!("synthetisches-projekt-{}", p + 1),
            project,
            at: at.min(now - HOUR),
            actor: "system:synthetic".into(),
        };
        stores.projects.create_project(&new).await?;
        made.projects += 1;
    }
    Ok(())
}

/// Inbox cases arriving evenly over the associations' years: most answered within days and
/// closed, the most recent ones still new, in progress or waiting.
async fn cases(stores: &Stores, associations: usize, scale: u32, now: i64, made: &mut Activity) -> Result<(), StoreError> {
    const FROM: i64 = 1_546_300_800; // 2019-01-01
    let total = count(associations, 20, scale);
    let de = UiLocale::parse("de").ok_or_else(|| StoreError::Corrupt("locale de".into()))?;
    let mut progress = Progress::on_stderr("Anliegen", total as u64);
    for k in 0..total {
        progress.advance(1);
        let arrived = FROM + (now - 30 * DAY - FROM) * k as i64 / total.max(1) as i64;
        let kind = CaseKind::ALL[k % CaseKind::ALL.len()];
        let case = NewCase {
            kind,
            topic: Some(ITEM_CATEGORIES[k % ITEM_CATEGORIES.len()].0.into()),
            text: format!("Synthetisches Anliegen {}", k + 1),
            email: EmailAddress::parse(&format!("anliegen{}@synthetisch.example", k + 1))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            language: de,
            concerns: Vec::new(),
            sender: None,
            on_behalf: None,
            access_hash: format!("synthetic-case-{}", k + 1),
            at: arrived,
        };
        let id = stores.inbox.create_case(&case).await?;
        made.cases += 1;
        let recent = k * 50 >= total * 49;
        if recent && k % 3 == 0 {
            continue; // still new
        }
        let k = k as i64;
        let answered = arrived + (2 + k % 70) * HOUR;
        let reply = CaseEntry { kind: EntryKind::Reply, author: "system:synthetic".into(), body: "Antwort".into(), at: answered };
        let status = if recent && k % 3 == 1 { CaseStatus::WaitingForSender } else { CaseStatus::InProgress };
        let change = CaseChange {
            expected: CaseStatus::New,
            status,
            entries: vec![reply],
            assignee: None,
            outcome: None,
            answered: true,
            new_link: None,
            at: answered,
        };
        stores.inbox.change_case(id, &change).await?;
        if recent {
            continue;
        }
        let closed = answered + (1 + k % 40) * DAY;
        let outcome = [Outcome::Resolved, Outcome::TakenUp, Outcome::Referred, Outcome::NotPossible][k as usize % 4];
        let note = CaseEntry { kind: EntryKind::Event, author: "system:synthetic".into(), body: "done".into(), at: closed };
        let close = CaseChange {
            expected: status,
            status: CaseStatus::Done,
            entries: vec![note],
            assignee: None,
            outcome: Some(outcome),
            answered: false,
            new_link: None,
            at: closed,
        };
        stores.inbox.change_case(id, &close).await?;
    }
    progress.finish();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activity_grows_with_the_associations_and_the_scale() {
        assert_eq!(count(100_000, 500, 1), 50_000);
        assert_eq!(count(500, 4, 10), 20);
        assert_eq!(count(19, 4, 1), 0);
    }

    #[test]
    fn every_round_mixes_the_tables_and_fills_them_evenly() {
        for r in 0..ROUNDS {
            let mut at = [0; TABLES];
            for i in 0..PEOPLE {
                at[table_of(i, r)] += 1;
            }
            assert_eq!(at, [10; TABLES], "round {r}");
        }
        let moved = (0..PEOPLE).filter(|i| table_of(*i, 0) != table_of(*i, 1)).count();
        assert!(moved >= PEOPLE / 2, "{moved} change tables");
    }

    #[test]
    fn items_spread_over_associations_kinds_and_fields() {
        let plans: Vec<_> = (0..1000).map(|j| item_plan(j, 500)).collect();
        let associations: std::collections::BTreeSet<usize> = plans.iter().map(|p| p.0).collect();
        assert!(associations.len() > 400, "{}", associations.len());
        assert_eq!(plans.iter().filter(|p| p.1 == ItemKind::Need).count(), 500);
        for kind in [ItemKind::Offer, ItemKind::Need] {
            let fields: std::collections::BTreeSet<&str> = plans.iter().filter(|p| p.1 == kind).map(|p| p.2).collect();
            assert_eq!(fields.len(), ITEM_CATEGORIES.len(), "offers and needs in every field: {kind:?}");
        }
    }
}
