//! Logo pictures: stored once by hash, never changed; and setting or removing a logo as a
//! moderated profile change, on a real store.

use app::directory::Directory;
use app::moderation::{
    edit_state, history, remove_logo, review, upload_logo, Decision, EditOutcome, LogoError, LogoUploadError, ModerationError,
};
use app::ports::{Author, StoredLogo};
use domain::accounts::Role;
use domain::logo::LogoHash;
use domain::moderation::ProfileField;

use crate::directory::new_org;
use crate::moderation_use_cases::viewer;
use crate::TestStores;

/// A 1 × 1 transparent PNG, as an upload.
const ONE_PIXEL_PNG: [u8; 70] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73,
    68, 65, 84, 120, 218, 99, 100, 96, 248, 95, 15, 0, 2, 135, 1, 128, 235, 71, 186, 146, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

fn stored(digit: char, png: &[u8]) -> StoredLogo {
    StoredLogo { hash: LogoHash::parse(&digit.to_string().repeat(64)).unwrap(), png: png.to_vec(), width: 512, height: 128 }
}

pub async fn a_logo_is_stored_once_under_its_hash(stores: TestStores) {
    let logos = stores.logos.clone();
    let first = stored('a', &[0, 1, 2, 255]);
    assert_eq!(logos.logo(&first.hash).await.unwrap(), None);
    logos.save_logo(&first).await.unwrap();
    assert_eq!(logos.logo(&first.hash).await.unwrap(), Some(first.clone()), "bytes and size round-trip");
    logos.save_logo(&StoredLogo { png: vec![9; 10], ..first.clone() }).await.unwrap();
    assert_eq!(logos.logo(&first.hash).await.unwrap(), Some(first.clone()), "the first picture under a hash stays");
    let big = stored('b', &vec![7u8; 600_000]);
    logos.save_logo(&big).await.unwrap();
    assert_eq!(logos.logo(&big.hash).await.unwrap().map(|l| l.png.len()), Some(600_000));
    assert_eq!(logos.logo(&first.hash).await.unwrap(), Some(first));
}

pub async fn stored_logos_cannot_be_changed_or_deleted(stores: TestStores) {
    let logo = stored('c', b"png");
    stores.logos.save_logo(&logo).await.unwrap();
    assert!(stores.execute_raw("UPDATE logo SET width = 1").await.is_err(), "an update is refused");
    assert!(stores.execute_raw("DELETE FROM logo").await.is_err(), "a delete is refused");
    let bad_hash = "INSERT INTO logo (hash, png, width, height) VALUES ('../x', X'00', 1, 1)";
    let bad_hash = if stores.database_url.as_deref().is_some_and(|u| u.starts_with("postgres")) {
        "INSERT INTO logo (hash, png, width, height) VALUES ('../x', '\\x00', 1, 1)"
    } else {
        bad_hash
    };
    assert!(stores.execute_raw(bad_hash).await.is_err(), "only hashes are names");
    assert_eq!(stores.logos.logo(&logo.hash).await.unwrap(), Some(logo));
}

pub async fn a_logo_is_a_moderated_change_of_the_profile(stores: TestStores) {
    let orgs = stores
        .directory
        .create_organisations(&[new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B")], &Author::system("test"))
        .await
        .unwrap();
    let (a, _b) = (orgs[0], orgs[1]);
    let accounts = stores.accounts.clone();
    let rep_a = viewer(&accounts, "a@verein.example", Role::Representative, Some(a), true).await;
    let rep_b = viewer(&accounts, "b@verein.example", Role::Representative, Some(orgs[1]), true).await;
    let office = viewer(&accounts, "k@stadt.example", Role::Coordinator, None, true).await;
    let directory = Directory::load(&stores).await.unwrap();
    let upload = |viewer, bytes: &[u8]| upload_logo(&directory, accounts.as_ref(), stores.logos.as_ref(), viewer, a, bytes.to_vec());

    let refused = upload(&rep_b, &ONE_PIXEL_PNG).await;
    assert!(matches!(refused, Err(LogoUploadError::Moderation(ModerationError::Forbidden))), "{refused:?}");
    let refused = upload(&rep_a, b"not a picture").await;
    assert!(matches!(refused, Err(LogoUploadError::Picture(LogoError::NotAnImage))), "{refused:?}");
    assert_eq!(stores.revisions.revision_history(a).await.unwrap().len(), 1, "nothing stored for a refused file");

    assert_eq!(upload(&rep_a, &ONE_PIXEL_PNG).await.unwrap(), EditOutcome::Pending { number: 2 });
    let draft = edit_state(&directory, &rep_a, a).await.unwrap();
    let hash = draft.draft.logo.clone().unwrap();
    let picture = stores.logos.logo(&hash).await.unwrap().unwrap();
    assert_eq!((picture.width, picture.height), (1, 1));
    assert_ne!(picture.png, ONE_PIXEL_PNG.to_vec(), "the re-encoded picture is stored, not the upload");
    assert_eq!(draft.record.profile.and_then(|p| p.logo), None, "the public keeps the approved profile without a logo");
    assert_eq!(upload(&rep_a, &ONE_PIXEL_PNG).await.unwrap(), EditOutcome::Unchanged, "the same picture again");

    review(&directory, accounts.as_ref(), &office, a, 2, Decision::Approve, "").await.unwrap();
    let published = stores.directory.organisation_record(a).await.unwrap().unwrap().profile.unwrap();
    assert_eq!(published.logo.as_ref(), Some(&hash));
    assert_eq!(directory.index().by_id(a).and_then(|l| l.logo.clone()), Some(hash.clone()), "result lists show it");
    let entries = history(&directory, &office, a).await.unwrap();
    let logo_change = entries.iter().find(|e| e.info.number == 2).map(|e| e.changes.iter().map(|c| c.field.clone()).collect::<Vec<_>>());
    assert_eq!(logo_change, Some(vec![ProfileField::Logo]), "the history names the change");

    assert_eq!(remove_logo(&directory, accounts.as_ref(), &rep_b, a).await.unwrap_err().code(), "forbidden");
    assert_eq!(remove_logo(&directory, accounts.as_ref(), &rep_a, a).await.unwrap(), EditOutcome::Pending { number: 3 });
    assert_eq!(remove_logo(&directory, accounts.as_ref(), &rep_a, a).await.unwrap(), EditOutcome::Unchanged);
    assert_eq!(
        remove_logo(&directory, accounts.as_ref(), &office, a).await.unwrap(),
        EditOutcome::Unchanged,
        "already removed in the draft"
    );
    assert!(stores.logos.logo(&hash).await.unwrap().is_some(), "the picture stays for the history");
}
