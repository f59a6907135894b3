//! A representative (or the office) gives the association a logo or removes it. The picture is
//! checked and re-encoded first (`logo::prepare_logo`), stored by its hash, and the profile
//! naming it goes through the same moderation as any edit: published at once for the office
//! and trusted associations, otherwise pending while the public keeps the approved logo.
//! Each association may keep [`QUOTA_LOGOS`] pictures of together [`QUOTA_BYTES`]: what it
//! uploaded and is still stored (in use, or not yet purged by `purge_logos`).

use domain::ids::OrgId;
use domain::organisation::Profile;
use logo::prepare_logo;
pub use logo::{LogoError, BOX_SIDE, MAX_BYTES, MAX_SIDE};
use tokio::sync::Semaphore;

use super::{edit_state, submit_edit, EditOutcome, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AccountStore, LogoStore, StoredLogo};

/// Pictures an association may have stored at a time (see [`super::purge_logos`]).
pub const QUOTA_LOGOS: u64 = 10;
/// Bytes of stored pictures an association may have at a time.
pub const QUOTA_BYTES: u64 = 8 * 1024 * 1024;

/// Pictures decoded at the same time in this process: each may take up to 128 MB while it is
/// decoded, and a CPU core.
static DECODING: Semaphore = Semaphore::const_new(2);

/// Why a logo was not set.
#[derive(Debug, thiserror::Error)]
pub enum LogoUploadError {
    /// The file is not accepted as a logo; the user can choose another.
    #[error(transparent)]
    Picture(#[from] LogoError),
    /// The association has as many pictures stored as it may; older ones it no longer uses
    /// are purged after the grace period.
    #[error("the association's logo quota is used up")]
    QuotaExceeded,
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
    if !logos.uploaded_logo(org, &stored.hash).await.map_err(ModerationError::from)? {
        let usage = logos.logo_usage(org).await.map_err(ModerationError::from)?;
        if usage.logos + 1 > QUOTA_LOGOS || usage.bytes + stored.png.len() as u64 > QUOTA_BYTES {
            return Err(LogoUploadError::QuotaExceeded);
        }
    }
    logos.save_logo(&stored, org, directory.clock().now().unix_secs()).await.map_err(ModerationError::from)?;
    let profile = Profile { logo: Some(prepared.hash), ..draft };
    Ok(submit_edit(directory, accounts, viewer, org, profile).await?)
}

/// Removes the logo from the association's profile (the picture stays stored for the grace
/// period, then `purge_logos` deletes it unless a revision awaiting review names it).
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
