//! Contract of `ReportStore`: the counts the office's reports take from the database.

use std::sync::Arc;

use app::ports::{Author, FixedClock, ItemTally, Narrative, NewIntroduction, NewItem, NewUser};
use domain::accounts::{EmailAddress, Role};
use domain::marketplace::{IntroductionState, ItemContent, ItemKind, ItemVisibility};
use domain::timestamp::Timestamp;

use crate::directory::{full_profile, new_org};
use crate::TestStores;

const IMPORT: Author = Author::system("import");
const OFFICE: Author = Author::system("office");
const DAY: i64 = 86_400;

fn item(category: &str) -> ItemContent {
    ItemContent {
        title: "Raum".into(),
        description: "Ein Raum für 20 Personen am Abend.".into(),
        category: category.into(),
        languages: Vec::new(),
        weekdays: None,
        time: None,
        district: None,
        end_date: None,
        text_lang: "de".into(),
        visibility: ItemVisibility::Public,
    }
}

pub async fn first_publications_count_published_associations_by_day(stores: TestStores) {
    // Imports are published at once, on the day the database stored them (its own clock).
    let today = stores.clock.now().unix_secs() / DAY * DAY;
    let ids = stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &IMPORT).await.unwrap();
    let archived = stores.directory.create_organisations(&[new_org("d", "D")], &IMPORT).await.unwrap();
    stores.directory.set_archived(archived[0], true).await.unwrap();
    // Reviewed entries count from their first approval, a time the store takes from the clock.
    let clock = Arc::new(FixedClock::at(Timestamp::from_unix_secs(1_578_733_200)));
    let stores = stores.on_clock(clock.clone());
    let c = stores.revisions.create_proposal(&domain::slug::Slug::parse("c").unwrap(), &full_profile("C"), &IMPORT).await.unwrap();
    let days = stores.reports.first_publication_days().await.unwrap();
    assert_eq!(days, vec![(today, 2)], "a proposal and an archived entry do not count");
    clock.advance(DAY);
    stores.revisions.review_revision(c, 1, true, "", &OFFICE, stores.clock.now().unix_secs()).await.unwrap();
    clock.advance(DAY);
    stores.revisions.add_revision(c, &full_profile("C neu"), &OFFICE, true).await.unwrap();
    // An edit published later moves neither an import nor a reviewed entry.
    stores.revisions.add_revision(ids[0], &full_profile("A neu"), &OFFICE, true).await.unwrap();
    let approved = 1_578_733_200 / DAY * DAY + DAY;
    assert_eq!(stores.reports.first_publication_days().await.unwrap(), vec![(approved, 1), (today, 2)]);
    assert_eq!(stores.reports.confirmed_since(today).await.unwrap(), 1, "A's and C's edits confirmed them on the test's clock, in 2020");
    assert_eq!(stores.reports.confirmed_since(0).await.unwrap(), 3);
    assert_eq!(stores.reports.confirmed_since(today + 2 * DAY).await.unwrap(), 0);
}

pub async fn items_are_counted_by_kind_field_state_and_match(stores: TestStores) {
    let orgs = stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &IMPORT).await.unwrap();
    let batch = [
        NewItem { org: orgs[0], kind: ItemKind::Need, content: item("rooms") },
        NewItem { org: orgs[0], kind: ItemKind::Need, content: item("rooms") },
        NewItem { org: orgs[1], kind: ItemKind::Offer, content: item("rooms") },
        NewItem { org: orgs[1], kind: ItemKind::Offer, content: item("<b>odd</b>") },
    ];
    let ids = stores.items.create_items(&batch, &IMPORT).await.unwrap();
    stores.items.close_item(ids[3], &IMPORT).await.unwrap();
    let user = stores
        .accounts
        .create_user(&NewUser {
            email: EmailAddress::parse("a@verein.example").unwrap(),
            role: Role::Representative,
            password_hash: "x".into(),
            email_verified: true,
            language: None,
        })
        .await
        .unwrap();
    let intro = |need, offer, state| NewIntroduction {
        need,
        offer,
        requester_org: orgs[0],
        responder_org: orgs[1],
        requested_by: user,
        state,
        message: String::new(),
    };
    stores.introductions.create_introduction(&intro(ids[0], ids[2], IntroductionState::Agreed)).await.unwrap();
    stores.introductions.create_introduction(&intro(ids[1], ids[2], IntroductionState::Requested)).await.unwrap();
    let now = stores.clock.now().unix_secs();
    let tally =
        |kind: &str, category: &str, open, matched, count| ItemTally { kind: kind.into(), category: category.into(), open, matched, count };
    let mut got = stores.reports.item_tallies(now - DAY, now + DAY).await.unwrap();
    got.sort_by(|a, b| (&a.kind, &a.category, a.open, a.matched).cmp(&(&b.kind, &b.category, b.open, b.matched)));
    assert_eq!(
        got,
        vec![
            tally("need", "rooms", true, false, 1),
            tally("need", "rooms", true, true, 1),
            tally("offer", "<b>odd</b>", false, false, 1),
            tally("offer", "rooms", true, true, 1),
        ]
    );
    assert!(stores.reports.item_tallies(now + DAY, now + 2 * DAY).await.unwrap().is_empty(), "posted before the period");
    let seconds = stores.reports.need_match_seconds(now - DAY, now + DAY).await.unwrap();
    assert_eq!(seconds.len(), 1, "one need has an agreed introduction");
    assert!((0..DAY).contains(&seconds[0]), "{seconds:?}");
    assert!(stores.reports.need_match_seconds(now + DAY, now + 2 * DAY).await.unwrap().is_empty());
}

pub async fn a_narrative_is_kept_per_period_and_replaced(stores: TestStores) {
    assert_eq!(stores.reports.narrative("2020-01-01", "2022-12-31").await.unwrap(), None);
    let first =
        Narrative { text: "Drei Jahre <Netzwerk> & mehr\n\nZweiter Absatz".into(), saved_by: "user:1".into(), saved_at: 1_700_000_000 };
    stores.reports.save_narrative("2020-01-01", "2022-12-31", &first).await.unwrap();
    assert_eq!(stores.reports.narrative("2020-01-01", "2022-12-31").await.unwrap(), Some(first.clone()));
    assert_eq!(stores.reports.narrative("2020-01-01", "2021-12-31").await.unwrap(), None, "another period has its own");
    let second = Narrative { text: "Neu".into(), saved_by: "user:2".into(), saved_at: 1_700_000_100 };
    stores.reports.save_narrative("2020-01-01", "2022-12-31", &second).await.unwrap();
    assert_eq!(stores.reports.narrative("2020-01-01", "2022-12-31").await.unwrap(), Some(second));
}

pub async fn a_need_is_matched_when_its_first_introduction_was_agreed(stores: TestStores) {
    // Needs and agreements are both stamped by the store's clock: posted in 2021, agreed later.
    let posted = 1_620_000_000;
    let clock = Arc::new(FixedClock::at(Timestamp::from_unix_secs(posted)));
    let stores = stores.on_clock(clock.clone());
    let orgs = stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &IMPORT).await.unwrap();
    let batch = [
        NewItem { org: orgs[0], kind: ItemKind::Need, content: item("rooms") },
        NewItem { org: orgs[1], kind: ItemKind::Offer, content: item("rooms") },
        NewItem { org: orgs[1], kind: ItemKind::Offer, content: item("rooms") },
    ];
    let ids = stores.items.create_items(&batch, &IMPORT).await.unwrap();
    clock.advance(3 * DAY);
    let user = stores
        .accounts
        .create_user(&NewUser {
            email: EmailAddress::parse("b@verein.example").unwrap(),
            role: Role::Representative,
            password_hash: "x".into(),
            email_verified: true,
            language: None,
        })
        .await
        .unwrap();
    let request = |offer| NewIntroduction {
        need: ids[0],
        offer,
        requester_org: orgs[0],
        responder_org: orgs[1],
        requested_by: user,
        state: IntroductionState::Requested,
        message: String::new(),
    };
    let first = stores.introductions.create_introduction(&request(ids[1])).await.unwrap();
    let second = stores.introductions.create_introduction(&request(ids[2])).await.unwrap();
    let period = (posted - DAY, posted + DAY);
    assert!(stores.reports.need_match_seconds(period.0, period.1).await.unwrap().is_empty(), "requested is not agreed");
    assert_eq!(stores.introductions.introduction(first).await.unwrap().unwrap().agreed_at, None);
    // The second request is agreed on day 3, the first on day 5 and done on day 9.
    assert!(stores.introductions.move_introduction(second, IntroductionState::Requested, IntroductionState::Agreed, user).await.unwrap());
    clock.advance(2 * DAY);
    assert!(stores.introductions.move_introduction(first, IntroductionState::Requested, IntroductionState::Agreed, user).await.unwrap());
    clock.advance(4 * DAY);
    assert!(stores.introductions.move_introduction(second, IntroductionState::Agreed, IntroductionState::Done, user).await.unwrap());
    let done = stores.introductions.introduction(second).await.unwrap().unwrap();
    assert_eq!((done.state, done.agreed_at), (IntroductionState::Done, Some(posted + 3 * DAY)), "done keeps the agreement's time");
    assert_eq!(stores.introductions.introduction(first).await.unwrap().unwrap().agreed_at, Some(posted + 5 * DAY));
    let seconds = stores.reports.need_match_seconds(period.0, period.1).await.unwrap();
    assert_eq!(seconds.len(), 1, "one need, counted once: {seconds:?}");
    assert_eq!(seconds, vec![3 * DAY], "to the first agreement, not the last change");
    let moved = stores.introductions.introduction(second).await.unwrap().unwrap();
    assert!(moved.updated_at.starts_with("2021-05-12T"), "last changed on the store's clock: {}", moved.updated_at);
    // An introduction stored as agreed at once is agreed at that moment.
    let offer =
        stores.items.create_items(&[NewItem { org: orgs[1], kind: ItemKind::Offer, content: item("rooms") }], &IMPORT).await.unwrap();
    let direct =
        stores.introductions.create_introduction(&NewIntroduction { state: IntroductionState::Agreed, ..request(offer[0]) }).await.unwrap();
    assert_eq!(stores.introductions.introduction(direct).await.unwrap().unwrap().agreed_at, Some(posted + 9 * DAY));
}

/// The inbox figures counted in the database agree with the cases read whole: arrived in the
/// period, merged duplicates left out, by kind and status; the response times of the answered
/// or closed ones.
pub async fn inbox_cases_are_counted_by_kind_and_status_with_their_response_times(stores: TestStores) {
    use app::ports::{CaseChange, CaseFilter, CaseTally, NewCase};
    use domain::inbox::{CaseKind, CaseStatus, ResponseTimes};
    use domain::language::UiLocale;

    const T0: i64 = 1_650_000_000;
    let store = stores.inbox.as_ref();
    let case = |hash: &str, kind, at| NewCase {
        kind,
        topic: None,
        text: "Wir suchen einen Raum.".into(),
        email: EmailAddress::parse("absender@example.org").unwrap(),
        language: UiLocale::De,
        concerns: Vec::new(),
        sender: None,
        on_behalf: None,
        access_hash: hash.into(),
        at,
    };
    let change = |expected, status, answered, at| CaseChange {
        expected,
        status,
        entries: Vec::new(),
        assignee: None,
        outcome: None,
        answered,
        new_link: None,
        at,
    };
    let before = store.create_case(&case("h0", CaseKind::Idea, T0 - 10)).await.unwrap();
    let a = store.create_case(&case("h1", CaseKind::Question, T0)).await.unwrap();
    let b = store.create_case(&case("h2", CaseKind::Question, T0 + 100)).await.unwrap();
    let c = store.create_case(&case("h3", CaseKind::Concern, T0 + 200)).await.unwrap();
    let duplicate = store.create_case(&case("h4", CaseKind::Concern, T0 + 300)).await.unwrap();
    store.create_case(&case("h5", CaseKind::Idea, T0 + 1_000)).await.unwrap();
    store.change_case(before, &change(CaseStatus::New, CaseStatus::WaitingForSender, true, T0 + 5)).await.unwrap();
    store.change_case(a, &change(CaseStatus::New, CaseStatus::WaitingForSender, true, T0 + 3_600)).await.unwrap();
    store.change_case(a, &change(CaseStatus::WaitingForSender, CaseStatus::Done, false, T0 + 86_400)).await.unwrap();
    store.change_case(b, &change(CaseStatus::New, CaseStatus::InProgress, false, T0 + 150)).await.unwrap();
    store.merge_cases(duplicate, c, "user:1", T0 + 400).await.unwrap();
    store.change_case(c, &change(CaseStatus::New, CaseStatus::Done, false, T0 + 500)).await.unwrap();

    let (from, until) = (T0, T0 + 1_000);
    let mut tallies = stores.reports.case_tallies(from, until).await.unwrap();
    tallies.sort_by(|x, y| (&x.kind, &x.status).cmp(&(&y.kind, &y.status)));
    let tally = |kind: CaseKind, status: CaseStatus, count| CaseTally { kind: kind.key().into(), status: status.key().into(), count };
    assert_eq!(
        tallies,
        vec![
            tally(CaseKind::Concern, CaseStatus::Done, 1),
            tally(CaseKind::Question, CaseStatus::Done, 1),
            tally(CaseKind::Question, CaseStatus::InProgress, 1),
        ],
        "the merged duplicate, the case before and the one at the period's end are left out"
    );
    let times = stores.reports.case_response_times(from, until).await.unwrap();
    assert_eq!(
        times,
        vec![
            ResponseTimes { to_first_answer: Some(3_600), to_close: Some(86_400) },
            ResponseTimes { to_first_answer: None, to_close: Some(300) },
        ]
    );
    // The same as reading every case through the queue.
    let whole: Vec<_> = store
        .queue(&CaseFilter::default())
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.merged_into.is_none() && (from..until).contains(&r.created_at))
        .collect();
    assert_eq!(whole.len() as u64, tallies.iter().map(|t| t.count).sum::<u64>());
    let answered: Vec<ResponseTimes> =
        whole.iter().map(|r| r.response_times()).filter(|t| t.to_first_answer.is_some() || t.to_close.is_some()).collect();
    assert_eq!(answered, times);
    assert!(stores.reports.case_tallies(T0 + 1_001, T0 + 2_000).await.unwrap().is_empty());
}
