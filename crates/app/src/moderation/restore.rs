//! The office restores an earlier version of a profile, and the association's editors are told.

use domain::ids::OrgId;
use domain::moderation::{diff_profiles, FieldChange};

use super::{audit, author, record, refresh, require_staff, ModerationError};
use crate::accounts::registration::Mailing;
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::mail::compose::{send, MailKind};
use crate::ports::AccountStore;

/// A restore that happened: the version whose content is public again, and the new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    pub from: i64,
    pub number: i64,
    /// How many of the association's editors were sent a mail about it.
    pub editors_told: usize,
}

/// Publishes the content of revision `number` again as a new revision marked "restored from
/// `number`" (history is never rewritten) and returns the new number. Office staff only. A
/// logo purged since (see [`super::purge_logos`]) is not restored: the profile comes back
/// without one (the store checks in the same transaction).
pub async fn restore(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    number: i64,
) -> Result<i64, ModerationError> {
    require_staff(viewer)?;
    let store = directory.revisions();
    let restored = store.restore_revision(org, number, &author(viewer)).await?;
    audit(accounts, viewer, "revision.restore", org, format!("revision {number} as revision {restored}")).await?;
    refresh(directory).await?;
    Ok(restored)
}

/// [`restore`], then a mail to each editor of the association (in their language) saying
/// which version the office restored, with a link to the history. A mail that cannot be
/// queued is logged; the restore stands.
pub async fn restore_and_tell(
    directory: &Directory,
    accounts: &dyn AccountStore,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    org: OrgId,
    number: i64,
) -> Result<Restored, ModerationError> {
    let restored = restore(directory, accounts, viewer, org, number).await?;
    let record = record(directory, org).await?;
    let kind = MailKind::RevisionRestored {
        organisation: record.name.clone(),
        number: number.to_string(),
        link: format!("{}/organisations/{}/history", mailing.base_url, record.slug),
    };
    let mut editors_told = 0;
    for (membership, email) in accounts.members_of(org).await? {
        let language = accounts.user(membership.user).await?.and_then(|u| u.language);
        match send(mailing.jobs, mailing.text, &email, language, &kind).await {
            Ok(()) => editors_told += 1,
            Err(error) => tracing::error!(%error, "could not queue the restore mail"),
        }
    }
    Ok(Restored { from: number, number: restored, editors_told })
}

/// What restoring revision `number` would change on the public entry, field by field (the
/// office confirms with this in view). Office staff only.
pub async fn restore_preview(directory: &Directory, viewer: &Viewer, org: OrgId, number: i64) -> Result<Vec<FieldChange>, ModerationError> {
    require_staff(viewer)?;
    let store = directory.revisions();
    let old = store.revision(org, number).await?.ok_or(ModerationError::NotFound)?;
    let current = match record(directory, org).await?.approved {
        Some(approved) => store.revision(org, approved).await?.map(|r| r.profile),
        None => None,
    };
    Ok(diff_profiles(current.as_ref(), &old.profile))
}
