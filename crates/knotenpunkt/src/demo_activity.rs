//! The demo network's everyday activity in the funded years 2020–2022, dated: contact requests
//! between a need and an offer of the same field (most agreed within days, some done later,
//! a few declined), and the office's inbox cases of those years, all answered and closed. The
//! times are fixed (no randomness), so the funding report for 2020–2022 shows the same
//! marketplace and inbox figures on every load. The requests are made by the demo's disabled
//! account (see [`crate::demo_projects`]); the last eight associations (joined late in 2022)
//! take no part, so the graph still lists associations without a tie.

use app::ports::{CaseChange, CaseEntry, EntryKind, NewCase, NewIntroduction, ShiftedClock, Stores};
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::inbox::{CaseKind, CaseStatus, Outcome};
use domain::language::UiLocale;
use domain::marketplace::{IntroductionState, ItemKind};
use domain::timestamp::Timestamp;

use crate::demo::Posted;
use crate::demo_meetings::DemoMeetingsError;

const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;
/// 28 December 2022: nothing of the demo's history happens later.
const HISTORY_ENDS: i64 = 1_672_185_600;
/// The last associations in file order that take no part (they stay without a tie).
const BYSTANDERS: usize = 8;

/// What becomes of a demo contact request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Agreed,
    /// Agreed, and marked done a month later.
    Done,
    Declined,
}

/// A planned contact request: need and offer (indices into the posted list), when it was asked,
/// when it was answered, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub need: usize,
    pub offer: usize,
    pub asked: i64,
    pub answered: i64,
    pub fate: Fate,
}

/// The demo's contact requests: every third need of the taking part associations (not the
/// first association's, whose request [`crate::demo_projects`] makes) is asked of the offer of
/// the same field by another association posted last before it (or else first after it), 2 to
/// 11 days after both were posted, answered 1 to 9 days later; every fifth is declined, every
/// third of the others done a month after the agreement.
pub fn requests(posted: &[Posted], associations: &[OrgId]) -> Vec<Request> {
    let taking_part = &associations[..associations.len().saturating_sub(BYSTANDERS)];
    let joins = |org: OrgId| taking_part.contains(&org) && associations.first() != Some(&org);
    let needs: Vec<usize> = (0..posted.len()).filter(|&i| posted[i].kind == ItemKind::Need && joins(posted[i].org)).collect();
    let mut out = Vec::new();
    for (j, &need) in needs.iter().enumerate().filter(|(j, _)| j % 3 == 0) {
        let n = &posted[need];
        let offers: Vec<usize> = (0..posted.len())
            .filter(|&i| {
                let o = &posted[i];
                o.kind == ItemKind::Offer && o.category == n.category && o.org != n.org && taking_part.contains(&o.org)
            })
            .collect();
        let before = offers.iter().copied().filter(|&i| posted[i].at <= n.at).max_by_key(|&i| posted[i].at);
        let Some(offer) = before.or_else(|| offers.iter().copied().min_by_key(|&i| posted[i].at)) else { continue };
        let j = (j / 3) as i64;
        let asked = n.at.max(posted[offer].at) + (2 + j % 10) * DAY + (j % 5) * HOUR;
        let answered = asked + (1 + j * 7 % 9) * DAY + 3 * HOUR;
        if answered + 31 * DAY > HISTORY_ENDS {
            continue;
        }
        let fate = match j % 5 {
            4 => Fate::Declined,
            _ if j % 3 == 2 => Fate::Done,
            _ => Fate::Agreed,
        };
        out.push(Request { need, offer, asked, answered, fate });
    }
    out
}

/// A demo inbox case: kind, topic, language, text, when it arrived, hours to the first answer,
/// days to the close, and the outcome.
struct DemoCase {
    kind: CaseKind,
    topic: Option<&'static str>,
    language: &'static str,
    text: &'static str,
    arrived: i64,
    answer_hours: i64,
    close_days: i64,
    outcome: Outcome,
}

/// 10:00 UTC on the day `days` after 1 January 2020.
fn day_of_2020(days: i64) -> i64 {
    1_577_836_800 + days * DAY + 10 * HOUR
}

fn cases() -> Vec<DemoCase> {
    use CaseKind::{Concern, Idea, Question, Support};
    use Outcome::{NotPossible, Referred, Resolved, TakenUp};
    let case = |kind, topic, language, text, days, answer_hours, close_days, outcome| DemoCase {
        kind,
        topic,
        language,
        text,
        arrived: day_of_2020(days),
        answer_hours,
        close_days,
        outcome,
    };
    vec![
        case(
            Idea,
            Some("rooms"),
            "de",
            "Könnten die Vereine einen gemeinsamen Raumkalender für das Kulturzentrum bekommen?",
            24,
            20,
            35,
            TakenUp,
        ),
        case(Question, Some("funding"), "de", "Welche Fristen gelten für den Förderantrag Ehrenamt im Herbst?", 51, 6, 3, Resolved),
        case(Support, Some("language"), "tr", "Derneğimiz için Almanca bir dilekçe yazmakta yardım arıyoruz.", 97, 28, 14, Resolved),
        case(Concern, None, "de", "Unsere Anmeldung zum Netzwerktreffen kam nicht an.", 160, 4, 2, Resolved),
        case(Idea, Some("events"), "de", "Ein Fest der Kulturen im Blühenden Barock, gemeinsam mit allen Vereinen.", 230, 46, 60, TakenUp),
        case(Question, Some("digital"), "uk", "Як додати логотип нашої організації до профілю?", 301, 9, 1, Resolved),
        case(Support, Some("rooms"), "ar", "نبحث عن قاعة لدروس اللغة العربية للأطفال يوم السبت.", 389, 22, 40, Referred),
        case(Concern, Some("volunteers"), "de", "Die Versicherung unserer Ehrenamtlichen ist uns unklar.", 455, 30, 21, Referred),
        case(Idea, Some("education"), "de", "Hausaufgabenhilfe vereinsübergreifend in der Weststadt anbieten.", 540, 18, 75, TakenUp),
        case(Question, Some("publicity"), "fa", "آیا می‌توانیم خبر رویداد انجمن را در سایت منتشر کنیم؟", 611, 5, 4, Resolved),
        case(Support, Some("funding"), "de", "Wir brauchen Hilfe beim Verwendungsnachweis für 2021.", 702, 26, 30, Resolved),
        case(Concern, Some("rooms"), "ru", "Зал в Эглосхайме снова занят без предупреждения.", 790, 52, 12, NotPossible),
        case(Idea, Some("youth"), "de", "Ein Jugendforum der Migrantenorganisationen einmal im Jahr.", 860, 70, 90, TakenUp),
        case(Question, Some("work"), "de", "Gibt es Kontakte zu Betrieben für Praktika unserer Jugendlichen?", 925, 12, 9, Referred),
        case(Support, Some("digital"), "de", "Schulung für unsere Vorstände: Online-Sitzungen leiten.", 990, 36, 45, Resolved),
        case(Idea, Some("language"), "tr", "Sprachcafé auch in Grünbühl, abwechselnd bei den Vereinen.", 1040, 15, 28, TakenUp),
    ]
}

/// The office's answers in the demo cases.
const ANSWER: &str = "Vielen Dank für Ihre Nachricht. Wir kümmern uns darum und melden uns.";
const CLOSED: &str = "Wir schließen das Anliegen. Bei Fragen antworten Sie gern auf diese Nachricht.";

/// Stores the dated contact requests and inbox cases; `associations` in file order, `posted` the
/// offers and needs as stored. The clock is shown at each request's times and reset afterwards.
pub async fn load(stores: &Stores, clock: &ShiftedClock, associations: &[OrgId], posted: &[Posted]) -> Result<(), DemoMeetingsError> {
    let email = EmailAddress::parse("demo-kontakt@knotenpunkt.example").map_err(|e| DemoMeetingsError::Refused(e.to_string()))?;
    let user = stores
        .accounts
        .user_by_email(&email)
        .await?
        .ok_or_else(|| DemoMeetingsError::Refused("the demo's contact account is missing".into()))?
        .id;
    let plan = requests(posted, associations);
    let result = introductions(stores, clock, user, posted, &plan).await;
    clock.reset();
    result?;
    for (n, case) in cases().into_iter().enumerate() {
        inbox_case(stores, n, &case).await?;
    }
    tracing::info!(requests = plan.len(), "demo contact requests and inbox cases loaded");
    Ok(())
}

async fn introductions(
    stores: &Stores,
    clock: &ShiftedClock,
    user: UserId,
    posted: &[Posted],
    plan: &[Request],
) -> Result<(), DemoMeetingsError> {
    const MESSAGES: [&str; 3] = [
        "Wir haben Ihr Angebot gesehen und würden uns gern kennenlernen.",
        "Passt das bei Ihnen zeitlich? Wir freuen uns auf Ihre Antwort.",
        "Wir könnten uns ein gemeinsames Vorhaben gut vorstellen.",
    ];
    for (k, r) in plan.iter().enumerate() {
        let (need, offer) = (&posted[r.need], &posted[r.offer]);
        clock.show(Timestamp::from_unix_secs(r.asked));
        let id = stores
            .introductions
            .create_introduction(&NewIntroduction {
                need: need.id,
                offer: offer.id,
                requester_org: need.org,
                responder_org: offer.org,
                requested_by: user,
                state: IntroductionState::Requested,
                message: MESSAGES[k % MESSAGES.len()].into(),
            })
            .await?;
        clock.show(Timestamp::from_unix_secs(r.answered));
        let to = if r.fate == Fate::Declined { IntroductionState::Declined } else { IntroductionState::Agreed };
        stores.introductions.move_introduction(id, IntroductionState::Requested, to, user).await?;
        if r.fate == Fate::Done {
            clock.show(Timestamp::from_unix_secs(r.answered + 30 * DAY));
            stores.introductions.move_introduction(id, IntroductionState::Agreed, IntroductionState::Done, user).await?;
        }
    }
    Ok(())
}

async fn inbox_case(stores: &Stores, n: usize, case: &DemoCase) -> Result<(), DemoMeetingsError> {
    let refused = |e: String| DemoMeetingsError::Refused(e);
    let email = EmailAddress::parse(&format!("anliegen{}@demo-verein.example", n + 1)).map_err(|e| refused(e.to_string()))?;
    let language = UiLocale::parse(case.language).ok_or_else(|| refused(format!("language {}", case.language)))?;
    let id = stores
        .inbox
        .create_case(&NewCase {
            kind: case.kind,
            topic: case.topic.map(str::to_owned),
            text: case.text.into(),
            email,
            language,
            concerns: Vec::new(),
            sender: None,
            on_behalf: None,
            // Not the hash of any secret handed out: nobody opens these cases by a private link.
            access_hash: format!("demo-case-{}", n + 1),
            at: case.arrived,
        })
        .await?;
    let answered = case.arrived + case.answer_hours * HOUR;
    let entry = |kind, body: &str, at| CaseEntry { kind, author: "system:demo".into(), body: body.into(), at };
    let change = |expected, status, entries, outcome, answered: bool, at| CaseChange {
        expected,
        status,
        entries,
        assignee: None,
        outcome,
        answered,
        new_link: None,
        at,
    };
    let reply = change(CaseStatus::New, CaseStatus::InProgress, vec![entry(EntryKind::Reply, ANSWER, answered)], None, true, answered);
    stores.inbox.change_case(id, &reply).await?;
    let closed = answered.max(case.arrived + case.close_days * DAY);
    let close =
        change(CaseStatus::InProgress, CaseStatus::Done, vec![entry(EntryKind::Reply, CLOSED, closed)], Some(case.outcome), true, closed);
    stores.inbox.change_case(id, &close).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::collections::{BTreeSet, HashMap};

    use super::*;

    fn stored() -> (Vec<Posted>, Vec<OrgId>) {
        let batch = crate::demo::batch().unwrap();
        let history = crate::demo::dated(batch);
        let ids: Vec<OrgId> = (1..=history.associations.len() as i64).map(OrgId).collect();
        let slugs: HashMap<_, _> =
            history.associations.iter().zip(&ids).map(|((_, b), id)| (b.organisations[0].slug.clone(), *id)).collect();
        let posted = history
            .posts
            .into_iter()
            .enumerate()
            .map(|(i, (at, item))| Posted {
                id: domain::marketplace::ItemId(i as i64 + 1),
                org: slugs[&item.org_slug],
                kind: item.kind,
                category: item.content.category,
                at,
            })
            .collect();
        (posted, ids)
    }

    #[test]
    fn demo_requests_come_after_their_need_and_offer_and_stay_in_2020_to_2022() {
        let (posted, ids) = stored();
        let plan = requests(&posted, &ids);
        assert!(plan.len() >= 15, "enough to count: {}", plan.len());
        let pairs: BTreeSet<_> = plan.iter().map(|r| (r.need, r.offer)).collect();
        assert_eq!(pairs.len(), plan.len(), "each pair once");
        for r in &plan {
            let (need, offer) = (&posted[r.need], &posted[r.offer]);
            assert_eq!((need.kind, offer.kind), (ItemKind::Need, ItemKind::Offer));
            assert_eq!(need.category, offer.category);
            assert_ne!(need.org, offer.org);
            assert_ne!(need.org, ids[0], "the first association's request is the projects' one");
            assert!(r.asked > need.at && r.asked > offer.at && r.answered > r.asked);
            let last = if r.fate == Fate::Done { r.answered + 30 * DAY } else { r.answered };
            assert!(domain::date::iso_date(r.asked).as_str() >= "2020-01-01" && last < HISTORY_ENDS);
            for org in [need.org, offer.org] {
                assert!(!ids[ids.len() - BYSTANDERS..].contains(&org), "the last eight stay without a tie");
            }
        }
        let fates = |f: Fate| plan.iter().filter(|r| r.fate == f).count();
        assert!(fates(Fate::Agreed) > 0 && fates(Fate::Done) > 0 && fates(Fate::Declined) > 0);
        assert_eq!(plan, requests(&posted, &ids), "the same every time");
    }

    #[test]
    fn demo_cases_arrive_in_2020_to_2022_and_close_in_order() {
        let cases = cases();
        let kinds: BTreeSet<&str> = cases.iter().map(|c| c.kind.key()).collect();
        assert_eq!(kinds.len(), 4, "every kind");
        for c in &cases {
            let date = domain::date::iso_date(c.arrived);
            assert!(("2020-01-01".."2022-12-31").contains(&date.as_str()), "{date}");
            assert!(c.arrived + c.close_days * DAY < HISTORY_ENDS, "{date}");
            assert!(UiLocale::parse(c.language).is_some(), "{}", c.language);
            if let Some(topic) = c.topic {
                assert!(domain::marketplace::item_category_key(topic).is_some(), "{topic}");
            }
        }
    }
}
