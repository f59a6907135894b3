//! The office restores an earlier version of a profile.

use domain::ids::OrgId;

use super::{audit, author, refresh, require_staff, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::AccountStore;

/// Publishes the content of revision `number` again as a new revision (history is never
/// rewritten) and returns the new number. Office staff only.
pub async fn restore(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    number: i64,
) -> Result<i64, ModerationError> {
    require_staff(viewer)?;
    let store = directory.revisions();
    let old = store.revision(org, number).await?.ok_or(ModerationError::NotFound)?;
    let restored = store.add_revision(org, &old.profile, &author(viewer), true).await?;
    audit(accounts, viewer, "revision.restore", org, format!("revision {number} as revision {restored}")).await?;
    refresh(directory).await?;
    Ok(restored)
}
