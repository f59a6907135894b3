//! A representative (or the office) changes an organisation's profile.

use domain::ids::OrgId;
use domain::organisation::Profile;

use super::{audit, author, record, refresh, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AccountStore, ReviewState};

/// What became of an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditOutcome {
    /// Published at once: an edit by the office or of a trusted organisation.
    Published { number: i64 },
    /// Waiting in the office's review queue; the public keeps seeing the approved profile.
    Pending { number: i64 },
    /// The same as the newest revision (pending or approved); nothing was stored.
    Unchanged,
}

/// Stores the profile as a new revision. Needs [`Viewer::may_edit`]; an archived organisation
/// can be edited by the office only. Edits by the office are recorded as `revision.publish`.
pub async fn submit_edit(
    directory: &Directory,
    accounts: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    profile: Profile,
) -> Result<EditOutcome, ModerationError> {
    if !viewer.may_edit(org) {
        return Err(ModerationError::Forbidden);
    }
    let record = record(directory, org).await?;
    if record.archived && !viewer.is_staff() {
        return Err(ModerationError::Forbidden);
    }
    let store = directory.revisions();
    let newest = store.revision_history(org).await?.into_iter().rev().find(|r| r.info.review_state != ReviewState::Rejected);
    if newest.as_ref().is_some_and(|r| r.profile == profile) {
        return Ok(EditOutcome::Unchanged);
    }
    let publish = viewer.is_staff() || record.trusted;
    if !publish {
        // Withdrawn consent takes effect at once, on the published version; the rest of a
        // pending change still waits for review.
        let draft = newest.as_ref().map(|r| r.profile.clone());
        let withdrawal = match (&record.profile, &draft) {
            (Some(published), Some(draft)) => domain::moderation::withdrawal_applied_to(published, draft, &profile),
            _ => None,
        };
        if let Some(reduced) = withdrawal {
            let pending_elsewhere = record.profile.as_ref() != draft.as_ref();
            let number = store.add_revision(org, &reduced, &author(viewer), true).await?;
            refresh(directory).await?;
            if pending_elsewhere && reduced != profile {
                let number = store.add_revision(org, &profile, &author(viewer), false).await?;
                return Ok(EditOutcome::Pending { number });
            }
            return Ok(EditOutcome::Published { number });
        }
    }
    let number = store.add_revision(org, &profile, &author(viewer), publish).await?;
    if !publish {
        return Ok(EditOutcome::Pending { number });
    }
    if viewer.is_staff() {
        audit(accounts, viewer, "revision.publish", org, format!("revision {number}")).await?;
    }
    refresh(directory).await?;
    Ok(EditOutcome::Published { number })
}
