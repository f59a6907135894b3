//! Contract of [`ParkedFormStore`](app::ports::ParkedFormStore): forms kept after a session
//! ended are found by secret hash and path, given back once, never after they expire.

use app::ports::ParkedForm;

use crate::TestStores;

fn form(secret_hash: &str, path: &str, body: &str, expires_at: i64) -> ParkedForm {
    ParkedForm { secret_hash: secret_hash.into(), path: path.into(), body: body.into(), expires_at }
}

pub async fn a_parked_form_is_given_back_once(stores: TestStores) {
    let store = stores.parked.as_ref();
    let body = "name=Br%C3%BCckenschlag&summary.de=Wir+treffen+uns+%E2%80%93+jeden+Freitag&summary.ar=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7";
    store.park_form(&form("aaa", "/organisations/x/edit", body, 2_000)).await.unwrap();
    assert_eq!(store.take_parked_form("bbb", "/organisations/x/edit", 1_000).await.unwrap(), None, "another cookie");
    assert_eq!(store.take_parked_form("aaa", "/organisations/y/edit", 1_000).await.unwrap(), None, "another form page");
    let taken = store.take_parked_form("aaa", "/organisations/x/edit", 1_000).await.unwrap();
    assert_eq!(taken, Some(form("aaa", "/organisations/x/edit", body, 2_000)));
    assert_eq!(store.take_parked_form("aaa", "/organisations/x/edit", 1_001).await.unwrap(), None, "single use");
}

pub async fn parking_again_replaces_the_form_of_that_page(stores: TestStores) {
    let store = stores.parked.as_ref();
    store.park_form(&form("aaa", "/organisations/x/edit", "name=first", 2_000)).await.unwrap();
    store.park_form(&form("aaa", "/organisations/x/edit", "name=second", 3_000)).await.unwrap();
    store.park_form(&form("aaa", "/organisations/x/items/new", "title=Raum", 2_000)).await.unwrap();
    let taken = store.take_parked_form("aaa", "/organisations/x/edit", 1_000).await.unwrap();
    assert_eq!(taken.map(|f| (f.body, f.expires_at)), Some(("name=second".to_owned(), 3_000)));
    store.discard_parked_forms("aaa").await.unwrap();
    assert_eq!(store.take_parked_form("aaa", "/organisations/x/items/new", 1_000).await.unwrap(), None, "discarded with its cookie");
}

pub async fn an_expired_form_is_not_given_back(stores: TestStores) {
    let store = stores.parked.as_ref();
    store.park_form(&form("aaa", "/p", "a=1", 2_000)).await.unwrap();
    assert_eq!(store.take_parked_form("aaa", "/p", 2_000).await.unwrap(), None, "expired at expires_at");
    store.park_form(&form("bbb", "/p", "a=1", 2_000)).await.unwrap();
    assert_eq!(store.take_parked_form("bbb", "/p", 5_000).await.unwrap(), None);
    assert_eq!(store.delete_expired_parked_forms(0).await.unwrap(), 0, "the expired ones were deleted when asked for");
}

pub async fn expired_forms_are_cleaned_up(stores: TestStores) {
    let store = stores.parked.as_ref();
    store.park_form(&form("aaa", "/old", "a=1", 1_000)).await.unwrap();
    store.park_form(&form("bbb", "/old", "a=2", 1_500)).await.unwrap();
    store.park_form(&form("ccc", "/new", "a=3", 3_000)).await.unwrap();
    assert_eq!(store.delete_expired_parked_forms(1_500).await.unwrap(), 2);
    assert_eq!(store.delete_expired_parked_forms(1_500).await.unwrap(), 0);
    assert!(store.take_parked_form("ccc", "/new", 1_500).await.unwrap().is_some(), "a form still valid stays");
}

pub async fn a_large_form_is_kept_whole(stores: TestStores) {
    let store = stores.parked.as_ref();
    let body = format!("description={}", "%C3%A4".repeat(40_000));
    store.park_form(&form("aaa", "/p", &body, 2_000)).await.unwrap();
    assert_eq!(store.take_parked_form("aaa", "/p", 1_000).await.unwrap().map(|f| f.body.len()), Some(body.len()));
}
