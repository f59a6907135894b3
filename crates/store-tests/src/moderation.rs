//! Contract of the moderation part of `DirectoryStore`: records, revisions, review, archive,
//! trust, proposals and positions.

use std::sync::Arc;

use app::ports::{Author, FixedClock, ReviewState, StoreError};
use domain::accounts::UserId;
use domain::geo::GeoPoint;
use domain::ids::OrgId;
use domain::organisation::Profile;
use domain::slug::Slug;
use domain::timestamp::Timestamp;

use crate::directory::{full_profile, new_org};
use crate::TestStores;

const IMPORT: Author = Author::system("contract");
const REPRESENTATIVE: Author = Author::User(UserId(7));
const COORDINATOR: Author = Author::User(UserId(9));
const NOW: i64 = 1_800_000_000;

fn slug(raw: &str) -> Slug {
    Slug::parse(raw).unwrap()
}

fn renamed(name: &str) -> Profile {
    Profile { name: name.into(), ..full_profile("Verein A") }
}

async fn one_published(stores: &TestStores) -> OrgId {
    stores.directory.create_organisations(&[new_org("verein-a", "Verein A")], &IMPORT).await.unwrap()[0]
}

async fn published_names(stores: &TestStores) -> Vec<String> {
    stores.directory.published_organisations().await.unwrap().into_iter().map(|o| o.profile.name).collect()
}

async fn state_of(stores: &TestStores, org: OrgId) -> Vec<(i64, String, Option<String>)> {
    stores.revisions.revisions(org).await.unwrap().into_iter().map(|r| (r.number, r.review_state.key().to_owned(), r.comment)).collect()
}

pub async fn a_record_includes_archived_and_unpublished_organisations(stores: TestStores) {
    let store = &stores.directory;
    let a = one_published(&stores).await;
    let record = store.organisation_record(a).await.unwrap().unwrap();
    assert_eq!((record.slug.as_str(), record.name.as_str(), record.approved), ("verein-a", "Verein A", Some(1)));
    assert!(!record.archived && !record.trusted && record.inactive_flagged_at.is_none());
    assert!(record.confirmed_at.is_some_and(|t| t > 1_700_000_000), "published counts as confirmed: {:?}", record.confirmed_at);
    assert_eq!(record.profile, Some(full_profile("Verein A")));
    assert_eq!(store.organisation_record_by_slug(&slug("verein-a")).await.unwrap(), Some(record));

    let proposed = stores.revisions.create_proposal(&slug("neu"), &full_profile("Neuer Verein"), &REPRESENTATIVE).await.unwrap();
    let record = store.organisation_record(proposed).await.unwrap().unwrap();
    assert_eq!((record.name.as_str(), record.approved, record.profile, record.confirmed_at), ("Neuer Verein", None, None, None));

    store.set_archived(a, true).await.unwrap();
    assert!(store.organisation_record(a).await.unwrap().unwrap().archived);
    assert!(store.organisation_record(OrgId(9_999)).await.unwrap().is_none());
    assert!(store.organisation_record_by_slug(&slug("nope")).await.unwrap().is_none());
}

pub async fn an_edit_is_published_only_on_approval(stores: TestStores) {
    let store = &stores.directory;
    let a = one_published(&stores).await;
    let before = store.directory_stamp().await.unwrap();
    let number = stores.revisions.add_revision(a, &renamed("Verein A neu"), &REPRESENTATIVE, false).await.unwrap();
    assert_eq!(number, 2);
    assert_eq!(published_names(&stores).await, ["Verein A"], "the public keeps the approved version");
    assert_eq!(store.directory_stamp().await.unwrap(), before, "a pending edit changes nothing public");
    let pending = stores.revisions.revision(a, 2).await.unwrap().unwrap();
    assert_eq!(pending.profile, renamed("Verein A neu"));
    assert_eq!((pending.info.author.label().as_str(), pending.info.review_state.key()), ("user:7", "pending"));
    assert!(pending.info.created_at.starts_with("20") && pending.info.created_at.ends_with('Z'), "{}", pending.info.created_at);
    assert_eq!((pending.info.reviewed_by, pending.info.reviewed_at, pending.info.comment), (None, None, None));
    assert!(stores.revisions.revision(a, 3).await.unwrap().is_none());

    stores.revisions.review_revision(a, 2, true, "", &COORDINATOR, NOW).await.unwrap();
    assert_eq!(published_names(&stores).await, ["Verein A neu"]);
    assert_ne!(store.directory_stamp().await.unwrap(), before);
    let record = store.organisation_record(a).await.unwrap().unwrap();
    assert_eq!((record.name.as_str(), record.approved, record.confirmed_at), ("Verein A neu", Some(2), Some(NOW)));
    let approved = stores.revisions.revision(a, 2).await.unwrap().unwrap().info;
    assert_eq!(
        (approved.review_state.key(), approved.reviewed_by.as_ref().map(Author::label).as_deref(), approved.reviewed_at),
        ("approved", Some("user:9"), Some(NOW))
    );
    assert_eq!(approved.comment, None);
    assert_eq!(stores.revisions.revision_history(a).await.unwrap().iter().map(|r| r.info.number).collect::<Vec<_>>(), [1, 2]);
}

/// The store sets review and confirmation times from the clock its bundle carries: a test's
/// fixed clock governs them as it governs the use cases.
pub async fn review_times_the_store_sets_come_from_the_clock_of_the_bundle(stores: TestStores) {
    let clock = Arc::new(FixedClock::at(Timestamp::from_unix_secs(1_600_000_000)));
    let stores = stores.on_clock(clock.clone());
    let ids = stores.directory.create_organisations(&[new_org("verein-uhr", "Verein Uhr")], &IMPORT).await.unwrap();
    let record = stores.directory.organisation_record(ids[0]).await.unwrap().unwrap();
    assert_eq!(record.confirmed_at, Some(1_600_000_000));
    clock.advance(3_600);
    stores.revisions.add_revision(ids[0], &full_profile("Verein Uhr neu"), &COORDINATOR, true).await.unwrap();
    clock.advance(3_600);
    stores.revisions.restore_revision(ids[0], 1, &COORDINATOR).await.unwrap();
    let reviewed: Vec<Option<i64>> =
        stores.revisions.revision_history(ids[0]).await.unwrap().into_iter().map(|r| r.info.reviewed_at).collect();
    assert_eq!(reviewed, [None, Some(1_600_003_600), Some(1_600_007_200)], "an import is not reviewed");
    let record = stores.directory.organisation_record(ids[0]).await.unwrap().unwrap();
    assert_eq!(record.confirmed_at, Some(1_600_007_200));
    assert_eq!(stores.clock.now(), Timestamp::from_unix_secs(1_600_007_200), "the use cases read the same clock");
}

pub async fn publishing_supersedes_older_pending_revisions(stores: TestStores) {
    let store = &stores.directory;
    let a = one_published(&stores).await;
    stores.revisions.add_revision(a, &renamed("Zwei"), &REPRESENTATIVE, false).await.unwrap();
    stores.revisions.add_revision(a, &renamed("Drei"), &REPRESENTATIVE, false).await.unwrap();
    let before = store.directory_stamp().await.unwrap();
    assert_eq!(stores.revisions.add_revision(a, &renamed("Vier"), &COORDINATOR, true).await.unwrap(), 4);
    assert_ne!(store.directory_stamp().await.unwrap(), before);
    let superseded = Some("superseded".to_owned());
    assert_eq!(
        state_of(&stores, a).await,
        [
            (1, "approved".into(), None),
            (2, "rejected".into(), superseded.clone()),
            (3, "rejected".into(), superseded),
            (4, "approved".into(), None)
        ]
    );
    let published = stores.revisions.revision(a, 4).await.unwrap().unwrap().info;
    assert_eq!(published.reviewed_by.as_ref().map(Author::label).as_deref(), Some("user:9"), "published at once: reviewed by its author");
    assert_eq!(store.organisation_record(a).await.unwrap().unwrap().approved, Some(4));
    assert_eq!(published_names(&stores).await, ["Vier"]);
    assert!(stores.revisions.pending_reviews().await.unwrap().is_empty());
}

pub async fn a_source_replaces_its_own_pending_revision_and_leaves_the_others(stores: TestStores) {
    let a = one_published(&stores).await;
    let survey = Author::System(std::borrow::Cow::Borrowed("survey:befragung"));
    assert_eq!(stores.revisions.replace_pending_revision(a, &renamed("Zwei"), &survey).await.unwrap(), 2);
    stores.revisions.add_revision(a, &renamed("Drei"), &REPRESENTATIVE, false).await.unwrap();
    assert_eq!(stores.revisions.replace_pending_revision(a, &renamed("Vier"), &survey).await.unwrap(), 4);
    let superseded = Some("superseded".to_owned());
    assert_eq!(
        state_of(&stores, a).await,
        [(1, "approved".into(), None), (2, "rejected".into(), superseded), (3, "pending".into(), None), (4, "pending".into(), None)],
        "only the source's own earlier proposal is closed; the representative's edit stays for review"
    );
    let closed = stores.revisions.revision(a, 2).await.unwrap().unwrap().info;
    assert_eq!(closed.reviewed_by.as_ref().map(Author::label).as_deref(), Some("system:survey:befragung"));
    assert!(closed.reviewed_at.is_some());
    assert_eq!(published_names(&stores).await, ["Verein A"], "nothing is published");
    let missing = stores.revisions.replace_pending_revision(OrgId(999_999), &renamed("X"), &survey).await;
    assert!(matches!(missing, Err(StoreError::NotFound(_))), "{missing:?}");
}

pub async fn only_a_pending_revision_can_be_reviewed(stores: TestStores) {
    let store = &stores.directory;
    let a = one_published(&stores).await;
    stores.revisions.add_revision(a, &renamed("Zwei"), &REPRESENTATIVE, false).await.unwrap();
    stores.revisions.add_revision(a, &renamed("Drei"), &REPRESENTATIVE, false).await.unwrap();
    let before = store.directory_stamp().await.unwrap();
    stores.revisions.review_revision(a, 3, false, "  Bitte Quelle angeben  ", &COORDINATOR, NOW).await.unwrap();
    assert_eq!(published_names(&stores).await, ["Verein A"]);
    assert_eq!(store.directory_stamp().await.unwrap(), before, "a rejection changes nothing public");
    assert_eq!(
        state_of(&stores, a).await,
        [
            (1, "approved".into(), None),
            (2, "rejected".into(), Some("superseded".into())),
            (3, "rejected".into(), Some("Bitte Quelle angeben".into()))
        ]
    );
    for (number, approve) in [(3, true), (3, false), (1, true), (2, true)] {
        let err = stores.revisions.review_revision(a, number, approve, "x", &COORDINATOR, NOW).await.unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)), "revision {number}: {err:?}");
    }
    let err = stores.revisions.review_revision(a, 99, true, "", &COORDINATOR, NOW).await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    let err = stores.revisions.review_revision(OrgId(9_999), 1, true, "", &COORDINATOR, NOW).await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    let err = stores.revisions.add_revision(OrgId(9_999), &renamed("x"), &REPRESENTATIVE, true).await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
}

pub async fn the_history_is_append_only(stores: TestStores) {
    let a = one_published(&stores).await;
    stores.revisions.add_revision(a, &renamed("Zwei"), &REPRESENTATIVE, false).await.unwrap();
    let id = a.0;
    for sql in [
        format!("UPDATE organisation_revision SET content = (SELECT content FROM organisation_revision WHERE organisation_id = {id} AND number = 2) WHERE organisation_id = {id} AND number = 1"),
        format!("UPDATE organisation_revision SET author = 'user:1' WHERE organisation_id = {id} AND number = 2"),
        format!("UPDATE organisation_revision SET number = 5 WHERE organisation_id = {id} AND number = 2"),
        format!("DELETE FROM organisation_revision WHERE organisation_id = {id} AND number = 2"),
    ] {
        let err = stores.execute_raw(&sql).await.unwrap_err();
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    let review =
        format!("UPDATE organisation_revision SET reviewed_by = 'user:3', reviewed_at = 5 WHERE organisation_id = {id} AND number = 2");
    assert_eq!(stores.execute_raw(&review).await, Ok(1), "the review columns may change");
    assert_eq!(stores.revisions.revision(a, 1).await.unwrap().unwrap().profile, full_profile("Verein A"));
    assert_eq!(
        stores.revisions.revision(a, 2).await.unwrap().unwrap().info.reviewed_by.as_ref().map(Author::label).as_deref(),
        Some("user:3")
    );
}

pub async fn a_restore_adds_a_revision(stores: TestStores) {
    let a = one_published(&stores).await;
    stores.revisions.add_revision(a, &renamed("Zwei"), &COORDINATOR, true).await.unwrap();
    let old = stores.revisions.revision(a, 1).await.unwrap().unwrap();
    assert_eq!(stores.revisions.add_revision(a, &old.profile, &COORDINATOR, true).await.unwrap(), 3);
    assert_eq!(state_of(&stores, a).await.len(), 3, "history is kept");
    assert_eq!(stores.revisions.revision(a, 2).await.unwrap().unwrap().profile, renamed("Zwei"));
    assert_eq!(stores.revisions.revision(a, 3).await.unwrap().unwrap().profile, full_profile("Verein A"));
    assert_eq!(published_names(&stores).await, ["Verein A"]);
}

pub async fn a_restore_is_marked_with_the_version_it_restores(stores: TestStores) {
    let a = one_published(&stores).await;
    stores.revisions.add_revision(a, &renamed("Zwei"), &COORDINATOR, true).await.unwrap();
    stores.revisions.add_revision(a, &renamed("Drei"), &COORDINATOR, false).await.unwrap();
    assert_eq!(stores.revisions.restore_revision(a, 1, &COORDINATOR).await.unwrap(), 4);
    let infos = stores.revisions.revisions(a).await.unwrap();
    let restored: Vec<_> = infos.iter().map(|i| (i.number, i.restored_from, i.comment.clone())).collect();
    assert_eq!(
        restored,
        [(1, None, None), (2, None, None), (3, None, Some("superseded".into())), (4, Some(1), None)],
        "only the new revision is marked, and the mark is no reviewer's comment"
    );
    assert_eq!(infos[3].review_state, ReviewState::Approved);
    assert_eq!(stores.revisions.revision(a, 4).await.unwrap().unwrap().profile, full_profile("Verein A"));
    assert_eq!(published_names(&stores).await, ["Verein A"]);
    assert!(matches!(stores.revisions.restore_revision(a, 99, &COORDINATOR).await.unwrap_err(), StoreError::NotFound(_)));
    assert!(matches!(stores.revisions.restore_revision(OrgId(9_999), 1, &COORDINATOR).await.unwrap_err(), StoreError::NotFound(_)));
    assert_eq!(stores.revisions.revisions(a).await.unwrap().len(), 4, "a failed restore adds nothing");
}

pub async fn archiving_hides_an_organisation_from_the_public(stores: TestStores) {
    let store = &stores.directory;
    let ids = store.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &IMPORT).await.unwrap();
    let before = store.directory_stamp().await.unwrap();
    store.set_archived(ids[0], true).await.unwrap();
    let archived = store.directory_stamp().await.unwrap();
    assert_ne!(archived, before);
    assert_eq!(archived.organisations, 1);
    assert_eq!(published_names(&stores).await, ["Verein B"]);
    assert!(store.organisation(&slug("verein-a")).await.unwrap().is_none());
    store.set_archived(ids[0], false).await.unwrap();
    assert_ne!(store.directory_stamp().await.unwrap(), archived);
    assert_eq!(published_names(&stores).await, ["Verein A", "Verein B"]);
    assert!(matches!(store.set_archived(OrgId(9_999), true).await.unwrap_err(), StoreError::NotFound(_)));
}

pub async fn trust_and_confirmation_are_recorded(stores: TestStores) {
    let store = &stores.directory;
    let a = one_published(&stores).await;
    let before = store.directory_stamp().await.unwrap();
    store.set_trusted(a, true).await.unwrap();
    stores.confirm_active.set_confirmed(a, NOW).await.unwrap();
    let record = store.organisation_record(a).await.unwrap().unwrap();
    assert!(record.trusted);
    assert_eq!(record.confirmed_at, Some(NOW));
    assert_eq!(store.directory_stamp().await.unwrap(), before, "nothing public changed");
    store.set_trusted(a, false).await.unwrap();
    assert!(!store.organisation_record(a).await.unwrap().unwrap().trusted);
    assert!(matches!(store.set_trusted(OrgId(9_999), true).await.unwrap_err(), StoreError::NotFound(_)));
    assert!(matches!(stores.confirm_active.set_confirmed(OrgId(9_999), NOW).await.unwrap_err(), StoreError::NotFound(_)));
}

pub async fn a_proposal_is_published_only_when_approved(stores: TestStores) {
    let store = &stores.directory;
    one_published(&stores).await;
    let before = store.directory_stamp().await.unwrap();
    let proposed = stores.revisions.create_proposal(&slug("neu"), &full_profile("Neuer Verein"), &REPRESENTATIVE).await.unwrap();
    assert_eq!(store.directory_stamp().await.unwrap(), before);
    assert_eq!(published_names(&stores).await, ["Verein A"]);
    assert!(store.organisation(&slug("neu")).await.unwrap().is_none());
    let err = stores.revisions.create_proposal(&slug("verein-a"), &full_profile("Doppelt"), &REPRESENTATIVE).await.unwrap_err();
    assert!(matches!(err, StoreError::SlugTaken(ref s) if s == "verein-a"), "{err:?}");
    let err = store.create_organisations(&[new_org("neu", "Noch einer")], &IMPORT).await.unwrap_err();
    assert!(matches!(err, StoreError::SlugTaken(_)), "a proposal holds its slug: {err:?}");
    stores.revisions.review_revision(proposed, 1, true, "", &COORDINATOR, NOW).await.unwrap();
    assert_eq!(published_names(&stores).await, ["Verein A", "Neuer Verein"]);
    assert_eq!(store.directory_stamp().await.unwrap().organisations, 2);
}

pub async fn the_review_queue_lists_the_newest_pending_revision_per_organisation(stores: TestStores) {
    let store = &stores.directory;
    let ids = store.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &IMPORT).await.unwrap();
    stores.revisions.add_revision(ids[0], &renamed("A zwei"), &REPRESENTATIVE, false).await.unwrap();
    let proposed = stores.revisions.create_proposal(&slug("neu"), &full_profile("Neuer Verein"), &REPRESENTATIVE).await.unwrap();
    stores.revisions.add_revision(ids[0], &renamed("A drei"), &REPRESENTATIVE, false).await.unwrap();
    stores.revisions.add_revision(ids[1], &renamed("B zwei"), &REPRESENTATIVE, false).await.unwrap();
    let queue = stores.revisions.pending_reviews().await.unwrap();
    let listed: Vec<_> = queue.iter().map(|p| (p.org, p.number, p.is_new)).collect();
    assert_eq!(listed, [(proposed, 1, true), (ids[0], 3, false), (ids[1], 2, false)], "oldest first, newest pending per organisation");
    assert_eq!((queue[1].slug.as_str(), queue[1].name.as_str(), queue[1].author.label().as_str()), ("verein-a", "Verein A", "user:7"));
    assert_eq!(queue[0].name, "Neuer Verein");
    assert!(queue[0].created_at.ends_with('Z'));
    store.set_archived(ids[1], true).await.unwrap();
    stores.revisions.review_revision(ids[0], 3, false, "nein", &COORDINATOR, NOW).await.unwrap();
    let queue = stores.revisions.pending_reviews().await.unwrap();
    assert_eq!(queue.iter().map(|p| p.org).collect::<Vec<_>>(), [proposed], "reviewed and archived ones leave the queue");
}

pub async fn positions_cover_published_and_proposed_organisations(stores: TestStores) {
    let store = &stores.directory;
    let ids = store.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &IMPORT).await.unwrap();
    let elsewhere = Profile { position: Some(GeoPoint::new(48.9, 9.2).unwrap()), ..full_profile("Neuer Verein") };
    let proposed = stores.revisions.create_proposal(&slug("neu"), &elsewhere, &REPRESENTATIVE).await.unwrap();
    let nowhere = Profile { position: None, ..full_profile("Ohne Ort") };
    stores.revisions.create_proposal(&slug("ohne-ort"), &nowhere, &REPRESENTATIVE).await.unwrap();
    store.set_archived(ids[1], true).await.unwrap();
    let positions = store.all_positions().await.unwrap();
    let names: Vec<_> = positions.iter().map(|(_, slug, name, _)| (slug.as_str(), name.as_str())).collect();
    assert_eq!(names, [("verein-a", "Verein A"), ("neu", "Neuer Verein"), ("ohne-ort", "Ohne Ort")]);
    assert_eq!(positions[0].3, full_profile("x").position);
    assert_eq!((positions[1].0, positions[1].3), (proposed, elsewhere.position));
    assert_eq!(positions[2].3, None);
}

pub async fn revisions_are_found_by_their_author(stores: TestStores) {
    let a = one_published(&stores).await;
    let proposed = stores.revisions.create_proposal(&slug("neu"), &full_profile("Neuer Verein"), &REPRESENTATIVE).await.unwrap();
    stores.revisions.add_revision(a, &renamed("Verein A neu"), &REPRESENTATIVE, false).await.unwrap();
    stores.revisions.add_revision(a, &renamed("Verein A anders"), &COORDINATOR, true).await.unwrap();
    let mine = stores.revisions.revisions_by_author(&REPRESENTATIVE.label()).await.unwrap();
    let got: Vec<_> = mine.iter().map(|r| (r.org, r.slug.as_str(), r.number, r.review_state.key())).collect();
    assert_eq!(got, [(proposed, "neu", 1, "pending"), (a, "verein-a", 2, "rejected")]);
    assert_eq!(mine[1].organisation, "Verein A anders", "the organisation's current name");
    assert!(mine.iter().all(|r| r.created_at.starts_with("20") && r.created_at.ends_with('Z')), "{mine:?}");
    assert_eq!(stores.revisions.revisions_by_author(&COORDINATOR.label()).await.unwrap().len(), 1);
    assert!(stores.revisions.revisions_by_author("user:12345").await.unwrap().is_empty());
}
