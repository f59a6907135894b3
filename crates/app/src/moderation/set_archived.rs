//! The office archives an organisation (hides it from the public) or brings it back.

use domain::ids::OrgId;

use super::{audit, record, refresh, require_staff, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::AccountStore;

/// Archives or restores the organisation; nothing is deleted. Office staff only.
pub async fn set_archived(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    archived: bool,
) -> Result<(), ModerationError> {
    require_staff(viewer)?;
    record(directory, org).await?;
    directory.store().set_archived(org, archived).await?;
    let action = if archived { "organisation.archive" } else { "organisation.unarchive" };
    audit(accounts, viewer, action, org, String::new()).await?;
    refresh(directory).await
}
