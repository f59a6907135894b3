//! Contract of the yearly "still active?" check in `DirectoryStore`: which entries are due,
//! reminders, the inactivity flag and the office's list of flagged entries.

use app::ports::{Author, StoreError};
use domain::accounts::UserId;
use domain::ids::OrgId;
use domain::slug::Slug;

use crate::directory::{full_profile, new_org};
use crate::TestStores;

const IMPORT: Author = Author::system("contract");

fn slugs(records: &[app::ports::OrgRecord]) -> Vec<&str> {
    records.iter().map(|r| r.slug.as_str()).collect()
}

pub async fn entries_are_due_when_their_confirmation_is_old(stores: TestStores) {
    let store = &stores.directory;
    let batch = [new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B"), new_org("verein-c", "Verein C")];
    let ids = store.create_organisations(&batch, &IMPORT).await.unwrap();
    let (a, b, c) = (ids[0], ids[1], ids[2]);
    let proposal = Slug::parse("neu").unwrap();
    stores.revisions.create_proposal(&proposal, &full_profile("Neuer Verein"), &Author::User(UserId(7))).await.unwrap();
    stores.confirm_active.set_confirmed(a, 1_000).await.unwrap();
    stores.confirm_active.set_confirmed(b, 5_000).await.unwrap();
    stores.confirm_active.set_confirmed(c, 1_500).await.unwrap();
    store.set_archived(c, true).await.unwrap();

    assert_eq!(slugs(&stores.confirm_active.confirm_active_due(2_000).await.unwrap()), ["verein-a"], "archived entries are not asked");
    assert!(stores.confirm_active.confirm_active_due(1_000).await.unwrap().is_empty(), "the cut is exclusive");
    assert_eq!(
        slugs(&stores.confirm_active.confirm_active_due(i64::MAX).await.unwrap()),
        ["verein-a", "verein-b"],
        "proposals are not asked"
    );
    let first = stores.confirm_active.confirm_active_due_page(i64::MAX, OrgId(i64::MIN), 1).await.unwrap();
    assert_eq!(slugs(&first), ["verein-a"], "pages by id");
    let next = stores.confirm_active.confirm_active_due_page(i64::MAX, a, 10).await.unwrap();
    assert_eq!(slugs(&next), ["verein-b"], "the next page starts after the last id");
    assert!(stores.confirm_active.confirm_active_due_page(i64::MAX, b, 10).await.unwrap().is_empty());

    stores.confirm_active.set_inactive_flag(a, Some(3_000)).await.unwrap();
    assert_eq!(
        slugs(&stores.confirm_active.confirm_active_due(i64::MAX).await.unwrap()),
        ["verein-b"],
        "flagged entries wait for the office"
    );
}

pub async fn reminders_and_flags_are_recorded_and_cleared_by_a_confirmation(stores: TestStores) {
    let store = &stores.directory;
    let ids = store.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &IMPORT).await.unwrap();
    let (a, b) = (ids[0], ids[1]);
    let stamp = store.directory_stamp().await.unwrap();

    stores.confirm_active.set_confirmation_sent(a, Some(2_000)).await.unwrap();
    let record = store.organisation_record(a).await.unwrap().unwrap();
    assert_eq!((record.confirmation_sent_at, record.inactive_flagged_at), (Some(2_000), None));
    assert!(stores.confirm_active.flagged_inactive().await.unwrap().is_empty());

    stores.confirm_active.set_inactive_flag(b, Some(4_000)).await.unwrap();
    stores.confirm_active.set_inactive_flag(a, Some(3_000)).await.unwrap();
    let flagged = stores.confirm_active.flagged_inactive().await.unwrap();
    assert_eq!(slugs(&flagged), ["verein-a", "verein-b"], "longest flagged first");
    assert_eq!((flagged[0].inactive_flagged_at, flagged[0].confirmation_sent_at), (Some(3_000), Some(2_000)));
    assert_eq!(store.directory_stamp().await.unwrap(), stamp, "reminders and flags change nothing public");

    stores.confirm_active.set_confirmed(a, 5_000).await.unwrap();
    let record = store.organisation_record(a).await.unwrap().unwrap();
    assert_eq!((record.confirmed_at, record.confirmation_sent_at, record.inactive_flagged_at), (Some(5_000), None, None));
    stores.confirm_active.set_inactive_flag(b, None).await.unwrap();
    assert!(stores.confirm_active.flagged_inactive().await.unwrap().is_empty());

    stores.confirm_active.set_inactive_flag(b, Some(6_000)).await.unwrap();
    store.set_archived(b, true).await.unwrap();
    assert!(stores.confirm_active.flagged_inactive().await.unwrap().is_empty(), "archived entries leave the list");

    let unknown = domain::ids::OrgId(9_999);
    assert!(matches!(stores.confirm_active.set_inactive_flag(unknown, Some(1)).await, Err(StoreError::NotFound(_))));
    assert!(matches!(stores.confirm_active.set_confirmation_sent(unknown, Some(1)).await, Err(StoreError::NotFound(_))));
}

pub async fn many_confirmations_are_recorded_together_or_not_at_all(stores: TestStores) {
    let store = &stores.directory;
    let ids = store.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &IMPORT).await.unwrap();
    let (a, b) = (ids[0], ids[1]);
    stores.confirm_active.set_inactive_flag(a, Some(3_000)).await.unwrap();
    stores.confirm_active.set_confirmation_sent(b, Some(2_000)).await.unwrap();
    let stamp = store.directory_stamp().await.unwrap();

    stores.confirm_active.set_confirmed_many(&[]).await.unwrap();
    stores.confirm_active.set_confirmed_many(&[(a, 5_000), (b, 6_000)]).await.unwrap();
    for (id, at) in [(a, 5_000), (b, 6_000)] {
        let record = store.organisation_record(id).await.unwrap().unwrap();
        assert_eq!(
            (record.confirmed_at, record.confirmation_sent_at, record.inactive_flagged_at),
            (Some(at), None, None),
            "as set_confirmed records each"
        );
    }
    assert_eq!(store.directory_stamp().await.unwrap(), stamp, "confirmations change nothing public");

    let unknown = OrgId(9_999);
    let refused = stores.confirm_active.set_confirmed_many(&[(a, 7_000), (unknown, 7_000)]).await;
    assert!(matches!(refused, Err(StoreError::NotFound(_))));
    let record = store.organisation_record(a).await.unwrap().unwrap();
    assert_eq!(record.confirmed_at, Some(5_000), "nothing of a refused batch is recorded");
}
