//! Logo pictures: stored once by hash, never changed, counted per association, purged once no
//! revision uses them; and setting or removing a logo as a moderated profile change, on a real
//! store.

use app::directory::Directory;
use app::moderation::{
    edit_state, history, remove_logo, restore, review, upload_logo, Decision, EditOutcome, LogoError, LogoUploadError, ModerationError,
};
use std::sync::Arc;
use std::time::SystemTime;

use app::jobs::JobRunner;
use app::moderation::purge_logos::{schedule_purge_logos, PurgeLogos, GRACE_SECS, PURGE_LOGOS_JOB};
use app::ports::{Author, JobState, LogoUsage, StoredLogo};
use domain::accounts::Role;
use domain::ids::OrgId;
use domain::logo::LogoHash;
use domain::moderation::ProfileField;
use domain::organisation::Profile;

use crate::directory::{full_profile, new_org};
use crate::moderation_use_cases::viewer;
use crate::TestStores;

/// A 1 × 1 transparent PNG, as an upload.
const ONE_PIXEL_PNG: [u8; 70] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73,
    68, 65, 84, 120, 218, 99, 100, 96, 248, 95, 15, 0, 2, 135, 1, 128, 235, 71, 186, 146, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

/// Some Unix time, and a day in seconds.
const NOW: i64 = 1_780_000_000;
const DAY: i64 = 24 * 60 * 60;

fn stored(digit: char, png: &[u8]) -> StoredLogo {
    StoredLogo { hash: LogoHash::parse(&digit.to_string().repeat(64)).unwrap(), png: png.to_vec(), width: 512, height: 128 }
}

/// An association to upload logos for, and its id.
async fn association(stores: &TestStores, slug: &str) -> OrgId {
    stores.directory.create_organisations(&[new_org(slug, "Verein")], &Author::system("test")).await.unwrap()[0]
}

/// Names the picture in a new revision of the association: published or awaiting review.
async fn name_in_revision(stores: &TestStores, org: OrgId, logo: Option<&StoredLogo>, publish: bool) {
    let profile = Profile { logo: logo.map(|l| l.hash.clone()), ..full_profile("Verein") };
    stores.revisions.add_revision(org, &profile, &Author::system("test"), publish).await.unwrap();
}

pub async fn a_logo_is_stored_once_under_its_hash(stores: TestStores) {
    let org = association(&stores, "verein-a").await;
    let logos = stores.logos.clone();
    let first = stored('a', &[0, 1, 2, 255]);
    assert_eq!(logos.logo(&first.hash).await.unwrap(), None);
    logos.save_logo(&first, org, NOW).await.unwrap();
    assert_eq!(logos.logo(&first.hash).await.unwrap(), Some(first.clone()), "bytes and size round-trip");
    logos.save_logo(&StoredLogo { png: vec![9; 10], ..first.clone() }, org, NOW).await.unwrap();
    assert_eq!(logos.logo(&first.hash).await.unwrap(), Some(first.clone()), "the first picture under a hash stays");
    let big = stored('b', &vec![7u8; 600_000]);
    logos.save_logo(&big, org, NOW).await.unwrap();
    assert_eq!(logos.logo(&big.hash).await.unwrap().map(|l| l.png.len()), Some(600_000));
    assert_eq!(logos.logo(&first.hash).await.unwrap(), Some(first));
}

pub async fn an_associations_uploads_are_counted_for_its_quota(stores: TestStores) {
    let (a, b) = (association(&stores, "verein-a").await, association(&stores, "verein-b").await);
    let logos = stores.logos.clone();
    assert_eq!(logos.logo_usage(a).await.unwrap(), LogoUsage::default());
    let (one, two) = (stored('1', &[1; 1000]), stored('2', &[2; 500]));
    logos.save_logo(&one, a, NOW).await.unwrap();
    logos.save_logo(&one, a, NOW + 5).await.unwrap();
    logos.save_logo(&two, a, NOW).await.unwrap();
    assert_eq!(logos.logo_usage(a).await.unwrap(), LogoUsage { logos: 2, bytes: 1500 }, "the same picture again counts once");
    assert!(logos.uploaded_logo(a, &one.hash).await.unwrap());
    assert!(!logos.uploaded_logo(b, &one.hash).await.unwrap());
    logos.save_logo(&one, b, NOW).await.unwrap();
    assert_eq!(logos.logo_usage(b).await.unwrap(), LogoUsage { logos: 1, bytes: 1000 }, "each association counts its own");
    assert!(logos.uploaded_logo(b, &one.hash).await.unwrap());
}

pub async fn pictures_no_revision_uses_are_purged_after_the_grace_period(stores: TestStores) {
    let (a, b) = (association(&stores, "verein-a").await, association(&stores, "verein-b").await);
    let logos = stores.logos.clone();
    let old = NOW - 40 * DAY;
    let [replaced, fresh, published, waiting, shared] = ['a', 'b', 'c', 'd', 'e'].map(|d| stored(d, &[d as u8; 100]));
    for logo in [&replaced, &published, &waiting, &shared] {
        logos.save_logo(logo, a, old).await.unwrap();
    }
    logos.save_logo(&fresh, a, NOW).await.unwrap();
    logos.save_logo(&shared, b, NOW - DAY).await.unwrap();
    name_in_revision(&stores, a, Some(&replaced), true).await;
    name_in_revision(&stores, a, Some(&published), true).await;
    name_in_revision(&stores, a, Some(&waiting), false).await;
    assert_eq!(logos.logo_usage(a).await.unwrap().logos, 5);

    assert_eq!(logos.purge_unused_logos(NOW - 30 * DAY).await.unwrap(), 1);
    assert_eq!(logos.logo(&replaced.hash).await.unwrap(), None, "replaced and past the grace period: erased");
    for kept in [&fresh, &published, &waiting, &shared] {
        assert!(logos.logo(&kept.hash).await.unwrap().is_some(), "{:?} is kept", kept.hash);
    }
    assert_eq!(logos.logo_usage(a).await.unwrap(), LogoUsage { logos: 4, bytes: 400 }, "a purged picture leaves the quota");
    assert!(!logos.uploaded_logo(a, &replaced.hash).await.unwrap());
    assert_eq!(logos.purge_unused_logos(NOW - 30 * DAY).await.unwrap(), 0, "nothing more to purge");

    // The pending revision is published without the picture: the waiting one goes too, once
    // its upload is old enough; the published one stays while the profile shows it.
    name_in_revision(&stores, a, None, true).await;
    assert_eq!(logos.purge_unused_logos(NOW + 31 * DAY).await.unwrap(), 4);
    assert_eq!(logos.logo_usage(a).await.unwrap(), LogoUsage::default());
    assert_eq!(logos.logo_usage(b).await.unwrap(), LogoUsage::default());
}

pub async fn stored_logos_cannot_be_changed_nor_deleted_while_in_use(stores: TestStores) {
    let org = association(&stores, "verein-a").await;
    let (logo, unused) = (stored('c', b"png"), stored('f', b"png"));
    stores.logos.save_logo(&logo, org, NOW).await.unwrap();
    stores.logos.save_logo(&unused, org, NOW).await.unwrap();
    name_in_revision(&stores, org, Some(&logo), true).await;
    assert!(stores.execute_raw("UPDATE logo SET width = 1").await.is_err(), "an update is refused");
    // The hashes are 'ccc…' and 'fff…'.
    let in_use = stores.execute_raw("DELETE FROM logo WHERE hash LIKE 'c%'").await;
    assert!(in_use.is_err(), "deleting a logo a published revision names is refused");
    assert_eq!(stores.execute_raw("DELETE FROM logo WHERE hash LIKE 'f%'").await, Ok(1), "a picture no revision uses may go");
    let bad_hash = "INSERT INTO logo (hash, png, width, height) VALUES ('../x', X'00', 1, 1)";
    let bad_hash = if stores.database_url.as_deref().is_some_and(|u| u.starts_with("postgres")) {
        "INSERT INTO logo (hash, png, width, height) VALUES ('../x', '\\x00', 1, 1)"
    } else {
        bad_hash
    };
    assert!(stores.execute_raw(bad_hash).await.is_err(), "only hashes are names");
    assert_eq!(stores.logos.logo(&logo.hash).await.unwrap(), Some(logo));
}

pub async fn the_purge_job_erases_unused_pictures_and_queues_its_next_run(stores: TestStores) {
    let org = association(&stores, "verein-a").await;
    let (unused, published) = (stored('a', b"png"), stored('b', b"png"));
    stores.logos.save_logo(&unused, org, stores.clock.now().unix_secs() - GRACE_SECS - 60).await.unwrap();
    stores.logos.save_logo(&published, org, stores.clock.now().unix_secs() - GRACE_SECS - 60).await.unwrap();
    name_in_revision(&stores, org, Some(&published), true).await;
    assert!(schedule_purge_logos(stores.jobs.as_ref(), SystemTime::now()).await.unwrap());
    assert!(!schedule_purge_logos(stores.jobs.as_ref(), SystemTime::now()).await.unwrap(), "one chain only");
    let runner = JobRunner::new(stores.jobs.clone()).with_handler(
        PURGE_LOGOS_JOB,
        Arc::new(PurgeLogos { logos: stores.logos.clone(), jobs: stores.jobs.clone(), clock: stores.clock.clone() }),
    );
    runner.drain().await.unwrap();
    assert_eq!(stores.logos.logo(&unused.hash).await.unwrap(), None);
    assert!(stores.logos.logo(&published.hash).await.unwrap().is_some());
    let jobs = stores.jobs.recent_jobs(10).await.unwrap();
    let next = jobs.iter().filter(|j| j.kind == PURGE_LOGOS_JOB && j.state == JobState::Queued).count();
    assert_eq!(next, 1, "the next run a day later");
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
    assert_eq!(directory.index().by_id(a).and_then(|l| l.logo()), Some(hash.clone()), "result lists show it");
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

pub async fn restoring_a_revision_whose_logo_was_purged_restores_it_without_one(stores: TestStores) {
    let org = association(&stores, "verein-a").await;
    let (kept, purged) = (stored('a', b"png"), stored('b', b"png"));
    stores.logos.save_logo(&kept, org, NOW - 40 * DAY).await.unwrap();
    stores.logos.save_logo(&purged, org, NOW - 40 * DAY).await.unwrap();
    name_in_revision(&stores, org, Some(&purged), true).await;
    name_in_revision(&stores, org, Some(&kept), true).await;
    assert_eq!(stores.logos.purge_unused_logos(NOW - 30 * DAY).await.unwrap(), 1);
    let office = viewer(&stores.accounts, "k@stadt.example", Role::Coordinator, None, true).await;
    let directory = Directory::load(&stores).await.unwrap();
    let restored = restore(&directory, stores.accounts.as_ref(), &office, org, 2).await.unwrap();
    let profile = stores.directory.organisation_record(org).await.unwrap().unwrap().profile.unwrap();
    assert_eq!((restored, profile.logo), (4, None), "no name of a picture that is gone");
    restore(&directory, stores.accounts.as_ref(), &office, org, 3).await.unwrap();
    let profile = stores.directory.organisation_record(org).await.unwrap().unwrap().profile.unwrap();
    assert_eq!(profile.logo, Some(kept.hash), "a stored picture comes back with its revision");
}
