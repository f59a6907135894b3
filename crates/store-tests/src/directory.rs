//! Contract of `DirectoryStore`.

use app::ports::{Author, NewOrganisation, StoreError};
use domain::category::Category;
use domain::district::District;
use domain::geo::GeoPoint;
use domain::localized::LocalizedText;
use domain::organisation::Profile;
use domain::slug::Slug;

use crate::TestStores;

const AUTHOR: Author = Author::system("contract");

/// A profile with every field set, so that a round trip proves nothing is lost.
pub fn full_profile(name: &str) -> Profile {
    serde_json::from_value(serde_json::json!({
        "name": name,
        "short_name": "Kurz",
        "legal_form": "registered_association",
        "mso": true,
        "founded": 1994,
        "summary": {"de": "Kurz gesagt", "en": "In short"},
        "description": {"de": "**Beschreibung** mit Umlauten: äöüß", "ar": "وصف"},
        "categories": ["culture", "language"],
        "target_groups": ["women", "families"],
        "languages": ["de", "tr", "ti"],
        "origins": ["Türkei"],
        "address": {"street": "Beispielstraße 1", "postcode": "71634", "city": "Ludwigsburg"},
        "district": "mitte",
        "position": {"lat": 48.8951, "lon": 9.1921},
        "wheelchair": "partial",
        "meeting_times": {"de": "Samstags 10–13 Uhr"},
        "contact": {"email": "info@verein.example.org", "phone": "07141 555-010", "website": "https://verein.example.org", "social": ["https://social.example.net/@verein"]},
        "contact_persons": [
            {"name": "Erika Beispiel", "function": "Vorsitzende", "email": "erika@verein.example.org", "phone": null,
             "consent": {"given_at": "2026-01-01T10:00:00Z", "text_version": "consent-v1"}},
            {"name": "Max Muster", "function": null, "email": null, "phone": "07141 555-011", "consent": null}
        ]
    }))
    .unwrap()
}

pub fn new_org(slug: &str, name: &str) -> NewOrganisation {
    NewOrganisation { slug: Slug::parse(slug).unwrap(), profile: full_profile(name) }
}

pub async fn a_new_store_is_empty(stores: TestStores) {
    let store = &stores.directory;
    store.ping().await.unwrap();
    assert!(store.is_empty().await.unwrap());
    assert!(store.categories().await.unwrap().is_empty());
    assert!(store.districts().await.unwrap().is_empty());
    assert!(store.published_organisations().await.unwrap().is_empty());
    assert_eq!(store.directory_stamp().await.unwrap().organisations, 0);
}

pub async fn categories_are_upserted_and_ordered(stores: TestStores) {
    let store = &stores.directory;
    let label = |de: &str| LocalizedText::new().with("de", de).with("ar", "عربي");
    store.save_category(&Category { key: "sport".into(), labels: label("Sport"), position: 2 }).await.unwrap();
    store.save_category(&Category { key: "culture".into(), labels: label("Kultur"), position: 1 }).await.unwrap();
    store.save_category(&Category { key: "sport".into(), labels: label("Sport & Bewegung"), position: 0 }).await.unwrap();
    let list = store.categories().await.unwrap();
    let keys: Vec<_> = list.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["sport", "culture"]);
    assert_eq!(list[0].label("de"), "Sport & Bewegung");
    assert_eq!(list[0].labels.exact("ar"), Some("عربي"));
}

pub async fn districts_keep_centre_and_neighbours(stores: TestStores) {
    let store = &stores.directory;
    let district = District {
        key: "gruenbuehl-sonnenberg".into(),
        name: "Grünbühl-Sonnenberg".into(),
        centre: Some(GeoPoint::new(48.879, 9.214).unwrap()),
        postcodes: vec!["71638".into()],
        neighbours: vec!["suedstadt".into(), "oststadt".into()],
    };
    store.save_district(&district).await.unwrap();
    store
        .save_district(&District { key: "mitte".into(), name: "Mitte".into(), centre: None, postcodes: vec![], neighbours: vec![] })
        .await
        .unwrap();
    let list = store.districts().await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0], district);
    assert_eq!(list[1].centre, None);
}

pub async fn organisations_round_trip_with_a_first_approved_revision(stores: TestStores) {
    let store = &stores.directory;
    let ids = store.create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &AUTHOR).await.unwrap();
    assert_eq!(ids.len(), 2);
    assert!(!store.is_empty().await.unwrap());
    let a = store.organisation(&Slug::parse("verein-a").unwrap()).await.unwrap().unwrap();
    assert_eq!(a.id, ids[0]);
    assert_eq!(a.profile, full_profile("Verein A"));
    assert!(a.updated_at.starts_with("20"), "ISO timestamp: {}", a.updated_at);
    assert!(store.organisation(&Slug::parse("nope").unwrap()).await.unwrap().is_none());
    let all = store.published_organisations().await.unwrap();
    assert_eq!(all.iter().map(|o| o.slug.as_str()).collect::<Vec<_>>(), ["verein-a", "verein-b"]);
    let mut streamed = Vec::new();
    store.each_published_organisation(&mut |o| streamed.push(o)).await.unwrap();
    assert_eq!(streamed, all, "streamed: the same organisations in the same order");
    let among = store.published_organisations_among(&[ids[1], ids[1], domain::ids::OrgId(ids[1].0 + 100)]).await.unwrap();
    assert_eq!(among.iter().map(|o| o.slug.as_str()).collect::<Vec<_>>(), ["verein-b"], "by id, once, unknown ids ignored");
    assert!(store.published_organisations_among(&[]).await.unwrap().is_empty());
    let revisions = stores.revisions.revisions(ids[1]).await.unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!((revisions[0].number, revisions[0].review_state.key()), (1, "approved"));
    assert_eq!(revisions[0].author.label(), "system:contract");
}

pub async fn a_taken_slug_rejects_the_whole_batch(stores: TestStores) {
    let store = &stores.directory;
    store.create_organisations(&[new_org("verein-a", "Verein A")], &AUTHOR).await.unwrap();
    let err = store.create_organisations(&[new_org("verein-c", "Verein C"), new_org("verein-a", "Doppelt")], &AUTHOR).await.unwrap_err();
    assert!(matches!(err, StoreError::SlugTaken(ref s) if s == "verein-a"), "{err:?}");
    assert!(store.organisation(&Slug::parse("verein-c").unwrap()).await.unwrap().is_none(), "batch must be atomic");
    assert_eq!(store.published_organisations().await.unwrap().len(), 1);
}

pub async fn the_stamp_changes_with_every_write(stores: TestStores) {
    let store = &stores.directory;
    let first = store.directory_stamp().await.unwrap();
    assert_eq!(store.directory_stamp().await.unwrap(), first, "reading does not change the stamp");
    store.save_category(&Category { key: "x".into(), labels: LocalizedText::new().with("de", "X"), position: 0 }).await.unwrap();
    let second = store.directory_stamp().await.unwrap();
    assert_ne!(second, first);
    store.create_organisations(&[new_org("verein-a", "Verein A")], &AUTHOR).await.unwrap();
    let third = store.directory_stamp().await.unwrap();
    assert_ne!(third, second);
    assert_eq!(third.organisations, 1);
}

pub async fn many_organisations_in_one_batch(stores: TestStores) {
    let store = &stores.directory;
    let batch: Vec<_> = (0..500).map(|i| new_org(&format!("verein-{i}"), &format!("Verein {i}"))).collect();
    let ids = store.create_organisations(&batch, &AUTHOR).await.unwrap();
    assert_eq!(ids.len(), 500);
    assert_eq!(store.published_organisations().await.unwrap().len(), 500);
}
