//! A representative (or the office) gives the association a logo or removes it. The picture is
//! checked and re-encoded first (`logo::prepare_logo`), stored by its hash, and the profile
//! naming it goes through the same moderation as any edit: published at once for the office
//! and trusted associations, otherwise pending while the public keeps the approved logo.

use domain::ids::OrgId;
use domain::organisation::Profile;
use logo::prepare_logo;
pub use logo::{LogoError, BOX_SIDE, MAX_BYTES, MAX_SIDE};
use tokio::sync::Semaphore;

use super::{edit_state, submit_edit, EditOutcome, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AccountStore, LogoStore, StoredLogo};

/// Pictures decoded at the same time in this process: each may take up to 128 MB while it is
/// decoded, and a CPU core.
static DECODING: Semaphore = Semaphore::const_new(2);

/// Why a logo was not set.
#[derive(Debug, thiserror::Error)]
pub enum LogoUploadError {
    /// The file is not accepted as a logo; the user can choose another.
    #[error(transparent)]
    Picture(#[from] LogoError),
    #[error(transparent)]
    Moderation(#[from] ModerationError),
}

/// Makes the upload the association's logo: checks who may (before looking at the file),
/// prepares the picture, stores it and submits the profile with it, starting from the draft
/// the edit form shows (a pending change stays part of it).
pub async fn upload_logo(
    directory: &Directory,
    accounts: &dyn AccountStore,
    logos: &dyn LogoStore,
    viewer: &Viewer,
    org: OrgId,
    upload: Vec<u8>,
) -> Result<EditOutcome, LogoUploadError> {
    let draft = editable_draft(directory, viewer, org).await?;
    let prepared = {
        let _permit = DECODING.acquire().await.map_err(|_| LogoError::NotAnImage)?;
        tokio::task::spawn_blocking(move || prepare_logo(&upload)).await.map_err(|_| LogoError::NotAnImage)??
    };
    let stored = StoredLogo { hash: prepared.hash.clone(), png: prepared.png, width: prepared.width, height: prepared.height };
    logos.save_logo(&stored).await.map_err(ModerationError::from)?;
    let profile = Profile { logo: Some(prepared.hash), ..draft };
    Ok(submit_edit(directory, accounts, viewer, org, profile).await?)
}

/// Removes the logo from the association's profile (the picture stays stored for the history).
pub async fn remove_logo(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
) -> Result<EditOutcome, ModerationError> {
    let draft = editable_draft(directory, viewer, org).await?;
    if draft.logo.is_none() {
        return Ok(EditOutcome::Unchanged);
    }
    submit_edit(directory, accounts, viewer, org, Profile { logo: None, ..draft }).await
}

/// The draft the edit form shows, when the viewer may change it now.
async fn editable_draft(directory: &Directory, viewer: &Viewer, org: OrgId) -> Result<Profile, ModerationError> {
    let state = edit_state(directory, viewer, org).await?;
    if state.record.archived && !viewer.is_staff() {
        return Err(ModerationError::Forbidden);
    }
    Ok(state.draft)
}
