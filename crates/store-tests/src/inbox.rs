//! Contract of [`InboxStore`](app::ports::InboxStore): cases found by id, private link, sender
//! and association; the queue's filters; changes checked against the status they were decided
//! on, with their history; merges; the times for the reports.

use app::ports::{Author, CaseChange, CaseEntry, CaseFilter, EntryKind, NewCase, NewUser, StoreError};
use domain::accounts::{EmailAddress, Role, UserId};
use domain::ids::OrgId;
use domain::inbox::{CaseId, CaseKind, CaseStatus, Outcome};
use domain::language::UiLocale;

use crate::directory::new_org;
use crate::TestStores;

const T0: i64 = 1_800_000_000;

fn case(hash: &str, kind: CaseKind, at: i64) -> NewCase {
    NewCase {
        kind,
        topic: Some("bildung".into()),
        text: "نحتاج إلى قاعة للاجتماعات مساء الجمعة".into(),
        email: EmailAddress::parse("Sender@Example.org").unwrap(),
        language: UiLocale::Ar,
        concerns: vec!["verein-0".into()],
        sender: None,
        on_behalf: None,
        access_hash: hash.into(),
        at,
    }
}

async fn user(stores: &TestStores, email: &str) -> UserId {
    let new = NewUser {
        email: EmailAddress::parse(email).unwrap(),
        role: Role::Coordinator,
        password_hash: "$argon2id$v=19$test".into(),
        email_verified: true,
        language: None,
    };
    stores.accounts.create_user(&new).await.unwrap()
}

async fn org(stores: &TestStores) -> OrgId {
    stores.directory.create_organisations(&[new_org("verein-0", "Verein 0")], &Author::system("contract")).await.unwrap()[0]
}

fn entry(kind: EntryKind, body: &str, at: i64) -> CaseEntry {
    CaseEntry { kind, author: "user:1".into(), body: body.into(), at }
}

fn change(expected: CaseStatus, status: CaseStatus, at: i64) -> CaseChange {
    CaseChange { expected, status, entries: Vec::new(), assignee: None, outcome: None, answered: false, new_link: None, at }
}

pub async fn a_case_is_found_by_id_and_private_link_and_starts_new(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let id = store.create_case(&case("hash-a", CaseKind::Concern, T0)).await.unwrap();
    let stored = store.case(id).await.unwrap().unwrap();
    assert_eq!(stored.status, CaseStatus::New);
    assert_eq!(stored.email.as_str(), "sender@example.org");
    assert_eq!(stored.language, UiLocale::Ar);
    assert_eq!(stored.text, "نحتاج إلى قاعة للاجتماعات مساء الجمعة");
    assert_eq!(stored.concerns, vec!["verein-0".to_owned()]);
    assert_eq!((stored.created_at, stored.first_answer_at, stored.closed_at), (T0, None, None));
    assert_eq!(store.case_by_access("hash-a").await.unwrap(), Some(stored));
    assert_eq!(store.case_by_access("hash-b").await.unwrap(), None);
    assert_eq!(store.case(CaseId(id.0 + 100)).await.unwrap(), None);
    let history = store.entries(id).await.unwrap();
    assert_eq!(
        history.iter().map(|e| (e.kind, e.body.as_str(), e.author.as_str())).collect::<Vec<_>>(),
        vec![(EntryKind::Event, "created", "sender")]
    );
}

pub async fn a_change_stores_a_further_private_link_and_a_refused_change_does_not(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let id = store.create_case(&case("hash-receipt", CaseKind::Concern, T0)).await.unwrap();
    let other = store.create_case(&case("hash-other", CaseKind::Idea, T0)).await.unwrap();
    let mut reply = change(CaseStatus::New, CaseStatus::WaitingForSender, T0 + 60);
    reply.entries = vec![entry(EntryKind::Reply, "Gern, kommen Sie vorbei.", T0 + 60)];
    reply.answered = true;
    reply.new_link = Some("hash-reply-1".into());
    store.change_case(id, &reply).await.unwrap();
    let found = |hash: &'static str| async move { store.case_by_access(hash).await.unwrap().map(|c| c.id) };
    assert_eq!(found("hash-receipt").await, Some(id), "the receipt's link keeps working");
    assert_eq!(found("hash-reply-1").await, Some(id));
    assert_eq!(found("hash-other").await, Some(other));
    let mut stale = change(CaseStatus::New, CaseStatus::InProgress, T0 + 120);
    stale.new_link = Some("hash-reply-2".into());
    assert!(matches!(store.change_case(id, &stale).await, Err(StoreError::Conflict(_))));
    assert_eq!(found("hash-reply-2").await, None, "a refused change stores no link");
    let mut again = change(CaseStatus::WaitingForSender, CaseStatus::WaitingForSender, T0 + 180);
    again.new_link = Some("hash-reply-1".into());
    assert!(store.change_case(id, &again).await.is_err(), "a link's hash is unique");
    assert_eq!(store.case(id).await.unwrap().unwrap().changed_at, T0 + 60, "nothing of the refused change is kept");
}

pub async fn cases_are_listed_for_their_sender_and_association(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let vera = user(&stores, "vera@verein.example").await;
    let association = org(&stores).await;
    let mut own = case("h1", CaseKind::Idea, T0);
    own.sender = Some(vera);
    let mut for_association = case("h2", CaseKind::Support, T0 + 10);
    for_association.sender = Some(vera);
    for_association.on_behalf = Some(association);
    let a = store.create_case(&own).await.unwrap();
    let b = store.create_case(&for_association).await.unwrap();
    store.create_case(&case("h3", CaseKind::Question, T0 + 20)).await.unwrap();
    let mine: Vec<_> = store.cases_of_sender(vera).await.unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(mine, vec![b, a], "newest first");
    let theirs: Vec<_> = store.cases_of_association(association).await.unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(theirs, vec![b]);
    assert_eq!(store.entries(a).await.unwrap()[0].author, format!("user:{vera}"));
}

pub async fn the_queue_filters_by_status_kind_topic_assignee_and_age(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let anna = user(&stores, "anna@stadt.example").await;
    let old = store.create_case(&case("h1", CaseKind::Concern, T0)).await.unwrap();
    let mut other_topic = case("h2", CaseKind::Idea, T0 + 86_400);
    other_topic.topic = None;
    let idea = store.create_case(&other_topic).await.unwrap();
    let newest = store.create_case(&case("h3", CaseKind::Concern, T0 + 2 * 86_400)).await.unwrap();
    let mut assign = change(CaseStatus::New, CaseStatus::InProgress, T0 + 3 * 86_400);
    assign.assignee = Some(Some(anna));
    store.change_case(newest, &assign).await.unwrap();
    let ids = |cases: Vec<app::ports::CaseRecord>| cases.into_iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids(store.queue(&CaseFilter::default()).await.unwrap()), vec![old, idea, newest], "oldest first");
    assert_eq!(ids(store.queue(&CaseFilter { status: Some(CaseStatus::New), ..CaseFilter::default() }).await.unwrap()), vec![old, idea]);
    assert_eq!(ids(store.queue(&CaseFilter { kind: Some(CaseKind::Idea), ..CaseFilter::default() }).await.unwrap()), vec![idea]);
    assert_eq!(ids(store.queue(&CaseFilter { topic: Some("bildung".into()), ..CaseFilter::default() }).await.unwrap()), vec![old, newest]);
    assert_eq!(ids(store.queue(&CaseFilter { assignee: Some(anna), ..CaseFilter::default() }).await.unwrap()), vec![newest]);
    assert_eq!(
        ids(store.queue(&CaseFilter { arrived_before: Some(T0 + 86_400), ..CaseFilter::default() }).await.unwrap()),
        vec![old, idea]
    );
    let mut close = change(CaseStatus::New, CaseStatus::Done, T0 + 4 * 86_400);
    close.outcome = Some(Outcome::Resolved);
    store.change_case(old, &close).await.unwrap();
    assert_eq!(ids(store.queue(&CaseFilter { open_only: true, ..CaseFilter::default() }).await.unwrap()), vec![idea, newest]);
}

pub async fn a_change_records_times_and_history_once_and_refuses_a_stale_status(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let id = store.create_case(&case("h1", CaseKind::Question, T0)).await.unwrap();
    let mut reply = change(CaseStatus::New, CaseStatus::WaitingForSender, T0 + 3_600);
    reply.answered = true;
    reply.entries = vec![entry(EntryKind::Reply, "مرحبا، نعم", T0 + 3_600), entry(EntryKind::Event, "status:waiting", T0 + 3_600)];
    store.change_case(id, &reply).await.unwrap();
    let stale = store.change_case(id, &change(CaseStatus::New, CaseStatus::InProgress, T0 + 3_700)).await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    let mut second = change(CaseStatus::WaitingForSender, CaseStatus::InProgress, T0 + 7_200);
    second.answered = true;
    second.entries = vec![entry(EntryKind::Note, "intern: Raum im Rathaus fragen", T0 + 7_200)];
    store.change_case(id, &second).await.unwrap();
    let stored = store.case(id).await.unwrap().unwrap();
    assert_eq!(stored.status, CaseStatus::InProgress);
    assert_eq!(stored.first_answer_at, Some(T0 + 3_600), "the first answer's time stays");
    assert_eq!(stored.changed_at, T0 + 7_200);
    let mut close = change(CaseStatus::InProgress, CaseStatus::Done, T0 + 86_400);
    close.outcome = Some(Outcome::TakenUp);
    store.change_case(id, &close).await.unwrap();
    let closed = store.case(id).await.unwrap().unwrap();
    assert_eq!((closed.outcome, closed.closed_at), (Some(Outcome::TakenUp), Some(T0 + 86_400)));
    assert_eq!(closed.response_times().to_first_answer, Some(3_600));
    assert_eq!(closed.response_times().to_close, Some(86_400));
    store.change_case(id, &change(CaseStatus::Done, CaseStatus::InProgress, T0 + 90_000)).await.unwrap();
    let reopened = store.case(id).await.unwrap().unwrap();
    assert_eq!((reopened.outcome, reopened.closed_at), (None, None), "reopening clears the outcome");
    let kinds: Vec<_> = store.entries(id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec![EntryKind::Event, EntryKind::Reply, EntryKind::Event, EntryKind::Note]);
    let unknown = store.change_case(CaseId(id.0 + 50), &change(CaseStatus::New, CaseStatus::InProgress, T0)).await;
    assert!(matches!(unknown, Err(StoreError::NotFound(_))), "{unknown:?}");
}

pub async fn assigning_and_unassigning_keep_the_other_fields(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let anna = user(&stores, "anna@stadt.example").await;
    let id = store.create_case(&case("h1", CaseKind::Concern, T0)).await.unwrap();
    let mut assign = change(CaseStatus::New, CaseStatus::New, T0 + 5);
    assign.assignee = Some(Some(anna));
    store.change_case(id, &assign).await.unwrap();
    store.change_case(id, &change(CaseStatus::New, CaseStatus::InProgress, T0 + 6)).await.unwrap();
    assert_eq!(store.case(id).await.unwrap().unwrap().assignee, Some(anna), "a change without assignee keeps it");
    let mut unassign = change(CaseStatus::InProgress, CaseStatus::InProgress, T0 + 7);
    unassign.assignee = Some(None);
    store.change_case(id, &unassign).await.unwrap();
    assert_eq!(store.case(id).await.unwrap().unwrap().assignee, None);
}

pub async fn a_duplicate_is_merged_into_another_case_with_both_histories(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let first = store.create_case(&case("h1", CaseKind::Concern, T0)).await.unwrap();
    let again = store.create_case(&case("h2", CaseKind::Concern, T0 + 60)).await.unwrap();
    assert!(matches!(store.merge_cases(again, again, "user:1", T0 + 100).await, Err(StoreError::Conflict(_))));
    store.merge_cases(again, first, "user:1", T0 + 120).await.unwrap();
    let merged = store.case(again).await.unwrap().unwrap();
    assert_eq!((merged.status, merged.outcome, merged.merged_into), (CaseStatus::Done, Some(Outcome::Duplicate), Some(first)));
    assert_eq!(merged.closed_at, Some(T0 + 120));
    assert_eq!(store.entries(again).await.unwrap().last().map(|e| e.body.clone()), Some(format!("merged_into:{first}")));
    assert_eq!(store.entries(first).await.unwrap().last().map(|e| e.body.clone()), Some(format!("merged_from:{again}")));
    assert_eq!(store.case(first).await.unwrap().unwrap().status, CaseStatus::New, "the kept case is unchanged");
    assert!(matches!(store.merge_cases(again, first, "user:1", T0 + 130).await, Err(StoreError::Conflict(_))), "merged once");
    assert!(matches!(store.merge_cases(CaseId(first.0 + 99), first, "user:1", T0).await, Err(StoreError::NotFound(_))));
}

pub async fn case_times_cover_the_period_asked_for(stores: TestStores) {
    let store = stores.inbox.as_ref();
    let a = store.create_case(&case("h1", CaseKind::Concern, T0)).await.unwrap();
    let b = store.create_case(&case("h2", CaseKind::Idea, T0 + 100)).await.unwrap();
    store.create_case(&case("h3", CaseKind::Idea, T0 + 200)).await.unwrap();
    let mut reply = change(CaseStatus::New, CaseStatus::WaitingForSender, T0 + 50);
    reply.answered = true;
    store.change_case(a, &reply).await.unwrap();
    let times = store.case_times(T0, T0 + 200).await.unwrap();
    assert_eq!(times.iter().map(|t| t.id).collect::<Vec<_>>(), vec![a, b]);
    assert_eq!(times[0].times.to_first_answer, Some(50));
    assert_eq!(times[1].times.to_first_answer, None);
}

pub async fn history_entries_cannot_be_changed(stores: TestStores) {
    let id = stores.inbox.create_case(&case("h1", CaseKind::Concern, T0)).await.unwrap();
    let refused = stores.execute_raw(&format!("UPDATE inbox_entry SET body = 'anders' WHERE case_id = {}", id.0)).await;
    assert!(refused.is_err(), "{refused:?}");
}
