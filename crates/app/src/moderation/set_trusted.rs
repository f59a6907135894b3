//! The office trusts an organisation: its representatives' edits are published without review.

use domain::ids::OrgId;

use super::{audit, record, require_staff, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::AccountStore;

/// Marks the organisation as trusted or not. Office staff only.
pub async fn set_trusted(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    trusted: bool,
) -> Result<(), ModerationError> {
    require_staff(viewer)?;
    record(directory, org).await?;
    directory.store().set_trusted(org, trusted).await?;
    let action = if trusted { "organisation.trust" } else { "organisation.untrust" };
    audit(accounts, viewer, action, org, String::new()).await
}
