//! Contract of `PrintedStore`: what was printed for a meeting, one fingerprint per document,
//! replaced by a later print, kept apart per meeting.

use app::ports::{PrintedDocument, StoreError};
use domain::meetings::MeetingId;

use crate::meetings::meeting;
use crate::TestStores;

fn doc(key: &str, fingerprint: &str) -> PrintedDocument {
    PrintedDocument { key: key.into(), fingerprint: fingerprint.into() }
}

pub async fn printed_documents_are_recorded_and_a_reprint_replaces_them(stores: TestStores) {
    let id = stores.meetings.create_meeting("netzwerktreffen-druck", &meeting(40)).await.unwrap();
    assert_eq!(stores.printed.printed(id).await.unwrap(), Vec::new(), "nothing printed yet");
    stores.printed.record_printed(id, &[doc("handout:2", "bb"), doc("handout:1", "aa"), doc("sheet:1:Tisch 1", "cc")], 100).await.unwrap();
    assert_eq!(
        stores.printed.printed(id).await.unwrap(),
        vec![doc("handout:1", "aa"), doc("handout:2", "bb"), doc("sheet:1:Tisch 1", "cc")],
        "by key"
    );
    // Printing only what changed replaces those and keeps the rest.
    stores.printed.record_printed(id, &[doc("handout:2", "b2"), doc("handout:3", "dd")], 200).await.unwrap();
    assert_eq!(
        stores.printed.printed(id).await.unwrap(),
        vec![doc("handout:1", "aa"), doc("handout:2", "b2"), doc("handout:3", "dd"), doc("sheet:1:Tisch 1", "cc")]
    );
}

pub async fn printed_documents_belong_to_their_meeting(stores: TestStores) {
    let a = stores.meetings.create_meeting("netzwerktreffen-a", &meeting(40)).await.unwrap();
    let b = stores.meetings.create_meeting("netzwerktreffen-b", &meeting(40)).await.unwrap();
    stores.printed.record_printed(a, &[doc("handout:1", "aa")], 100).await.unwrap();
    stores.printed.record_printed(b, &[doc("handout:1", "zz")], 100).await.unwrap();
    assert_eq!(stores.printed.printed(a).await.unwrap(), vec![doc("handout:1", "aa")]);
    assert_eq!(stores.printed.printed(b).await.unwrap(), vec![doc("handout:1", "zz")]);
    let unknown = stores.printed.record_printed(MeetingId(9_999), &[doc("handout:1", "aa")], 100).await;
    assert!(matches!(unknown, Err(StoreError::NotFound(_))), "{unknown:?}");
    assert_eq!(stores.printed.printed(MeetingId(9_999)).await.unwrap(), Vec::new());
}

pub async fn recording_nothing_changes_nothing(stores: TestStores) {
    let id = stores.meetings.create_meeting("netzwerktreffen-leer", &meeting(40)).await.unwrap();
    stores.printed.record_printed(id, &[doc("handout:1", "aa")], 100).await.unwrap();
    stores.printed.record_printed(id, &[], 200).await.unwrap();
    assert_eq!(stores.printed.printed(id).await.unwrap(), vec![doc("handout:1", "aa")]);
}
