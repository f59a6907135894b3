//! The office restores an earlier version of a profile.

use domain::ids::OrgId;

use super::{audit, author, refresh, require_staff, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AccountStore, LogoStore};

/// Publishes the content of revision `number` again as a new revision (history is never
/// rewritten) and returns the new number. Office staff only. A logo purged since (see
/// [`super::purge_logos`]) is not restored: the profile comes back without one.
pub async fn restore(
    directory: &Directory,
    accounts: &dyn AccountStore,
    logos: &dyn LogoStore,
    viewer: &Viewer,
    org: OrgId,
    number: i64,
) -> Result<i64, ModerationError> {
    require_staff(viewer)?;
    let store = directory.revisions();
    let old = store.revision(org, number).await?.ok_or(ModerationError::NotFound)?;
    let mut profile = old.profile;
    if let Some(hash) = &profile.logo {
        if logos.logo(hash).await?.is_none() {
            profile.logo = None;
        }
    }
    let restored = store.add_revision(org, &profile, &author(viewer), true).await?;
    audit(accounts, viewer, "revision.restore", org, format!("revision {number} as revision {restored}")).await?;
    refresh(directory).await?;
    Ok(restored)
}
