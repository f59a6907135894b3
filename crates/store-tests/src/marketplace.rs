//! Contract of `ItemStore` and `IntroductionStore`.

use app::ports::{Author, NewItem};
use domain::ids::OrgId;
use domain::language::LanguageCode;
use domain::marketplace::{ItemContent, ItemKind, ItemVisibility, Weekday};

use crate::directory::new_org;
use crate::TestStores;

const AUTHOR: Author = Author::system("contract");

fn content(title: &str) -> ItemContent {
    ItemContent {
        title: title.into(),
        description: "Unser Saal für 80 Personen, samstags frei.".into(),
        category: "rooms".into(),
        languages: vec![LanguageCode::parse("de").unwrap(), LanguageCode::parse("ar").unwrap()],
        weekdays: Some(vec![Weekday::Sa, Weekday::So]),
        time: Some("10–18 Uhr".into()),
        district: Some("weststadt".into()),
        end_date: Some("2027-06-30".into()),
        text_lang: "de".into(),
        visibility: ItemVisibility::Network,
    }
}

pub async fn items_round_trip_in_order(stores: TestStores) {
    let orgs =
        stores.directory.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &AUTHOR).await.unwrap();
    let batch = [
        NewItem { org: orgs[0], kind: ItemKind::Offer, content: content("Saal") },
        NewItem { org: orgs[1], kind: ItemKind::Need, content: content("Raum gesucht") },
    ];
    let ids = stores.items.create_items(&batch, &AUTHOR).await.unwrap();
    assert_eq!(ids.len(), 2);
    let items = stores.items.open_items().await.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!((items[0].id, items[0].org, items[0].kind), (ids[0], orgs[0], ItemKind::Offer));
    assert_eq!(items[0].content, content("Saal"));
    assert_eq!((items[1].org, items[1].kind), (orgs[1], ItemKind::Need));
}

pub async fn an_item_of_an_unknown_organisation_rejects_the_batch(stores: TestStores) {
    let orgs = stores.directory.create_organisations(&[new_org("verein-a", "Verein A")], &AUTHOR).await.unwrap();
    let batch = [
        NewItem { org: orgs[0], kind: ItemKind::Offer, content: content("Saal") },
        NewItem { org: OrgId(999_999), kind: ItemKind::Need, content: content("Raum") },
    ];
    assert!(stores.items.create_items(&batch, &AUTHOR).await.is_err());
    assert!(stores.items.open_items().await.unwrap().is_empty(), "batch must be atomic");
}

pub async fn new_items_change_the_stamp(stores: TestStores) {
    let orgs = stores.directory.create_organisations(&[new_org("verein-a", "Verein A")], &AUTHOR).await.unwrap();
    let before = stores.directory.directory_stamp().await.unwrap();
    stores.items.create_items(&[NewItem { org: orgs[0], kind: ItemKind::Offer, content: content("Saal") }], &AUTHOR).await.unwrap();
    assert_ne!(stores.directory.directory_stamp().await.unwrap(), before);
}

pub async fn a_closed_item_leaves_the_lists_but_stays_stored(stores: TestStores) {
    let orgs = stores.directory.create_organisations(&[new_org("verein-a", "Verein A")], &AUTHOR).await.unwrap();
    let ids =
        stores.items.create_items(&[NewItem { org: orgs[0], kind: ItemKind::Need, content: content("Raum") }], &AUTHOR).await.unwrap();
    let stamp = stores.directory.directory_stamp().await.unwrap();
    assert!(stores.items.close_item(ids[0], &AUTHOR).await.unwrap());
    assert!(!stores.items.close_item(ids[0], &AUTHOR).await.unwrap(), "closing twice changes nothing");
    assert!(stores.items.open_items().await.unwrap().is_empty());
    let (item, open) = stores.items.item(ids[0]).await.unwrap().unwrap();
    assert_eq!((item.content, open), (content("Raum"), false));
    assert_ne!(stores.directory.directory_stamp().await.unwrap(), stamp, "servers notice the change");
    assert_eq!(stores.items.item(domain::marketplace::ItemId(999_999)).await.unwrap(), None);
}

pub async fn an_open_item_is_changed_in_place_and_a_closed_one_is_not(stores: TestStores) {
    let orgs = stores.directory.create_organisations(&[new_org("verein-a", "Verein A")], &AUTHOR).await.unwrap();
    let ids =
        stores.items.create_items(&[NewItem { org: orgs[0], kind: ItemKind::Offer, content: content("Saal") }], &AUTHOR).await.unwrap();
    let stamp = stores.directory.directory_stamp().await.unwrap();
    let changed = ItemContent { title: "Saal mit Küche".into(), category: "events".into(), weekdays: None, ..content("Saal") };
    assert!(stores.items.update_item(ids[0], &changed, &AUTHOR).await.unwrap());
    let (item, open) = stores.items.item(ids[0]).await.unwrap().unwrap();
    assert_eq!((item.content, item.kind, item.org, open), (changed.clone(), ItemKind::Offer, orgs[0], true));
    assert_eq!(stores.items.open_items().await.unwrap()[0].content.title, "Saal mit Küche");
    assert_ne!(stores.directory.directory_stamp().await.unwrap(), stamp, "servers notice the change");
    stores.items.close_item(ids[0], &AUTHOR).await.unwrap();
    assert!(!stores.items.update_item(ids[0], &content("Zu spät"), &AUTHOR).await.unwrap(), "a closed item stays as it was");
    assert_eq!(stores.items.item(ids[0]).await.unwrap().unwrap().0.content, changed);
    assert!(!stores.items.update_item(domain::marketplace::ItemId(999_999), &changed, &AUTHOR).await.unwrap());
}

pub async fn introductions_move_once_and_are_found_from_both_sides(stores: TestStores) {
    use app::ports::NewIntroduction;
    use domain::marketplace::IntroductionState;
    let orgs = stores.directory.create_organisations(&[new_org("a", "A"), new_org("b", "B")], &AUTHOR).await.unwrap();
    let items = [
        NewItem { org: orgs[0], kind: ItemKind::Need, content: content("Raum") },
        NewItem { org: orgs[1], kind: ItemKind::Offer, content: content("Saal") },
    ];
    let ids = stores.items.create_items(&items, &AUTHOR).await.unwrap();
    let user = stores
        .accounts
        .create_user(&app::ports::NewUser {
            email: domain::accounts::EmailAddress::parse("a@verein.example").unwrap(),
            role: domain::accounts::Role::Representative,
            password_hash: "x".into(),
            email_verified: true,
            language: None,
        })
        .await
        .unwrap();
    let new = NewIntroduction {
        need: ids[0],
        offer: ids[1],
        requester_org: orgs[0],
        responder_org: orgs[1],
        requested_by: user,
        state: IntroductionState::Requested,
        message: "Hallo".into(),
    };
    let id = stores.introductions.create_introduction(&new).await.unwrap();
    assert!(matches!(stores.introductions.create_introduction(&new).await.unwrap_err(), app::ports::StoreError::Conflict(_)));
    for org in [orgs[0], orgs[1]] {
        let found = stores.introductions.introductions_of(org).await.unwrap();
        assert_eq!((found.len(), found[0].id, found[0].message.as_str()), (1, id, "Hallo"), "{org:?}");
    }
    assert!(stores.introductions.move_introduction(id, IntroductionState::Requested, IntroductionState::Agreed, user).await.unwrap());
    assert!(!stores.introductions.move_introduction(id, IntroductionState::Requested, IntroductionState::Declined, user).await.unwrap());
    let stored = stores.introductions.introduction(id).await.unwrap().unwrap();
    assert_eq!((stored.state, stored.responded_by), (IntroductionState::Agreed, Some(user)));
    assert_eq!(stores.introductions.recent_introductions(10).await.unwrap().iter().map(|i| i.id).collect::<Vec<_>>(), [id]);
}
