//! What the edit form of an organisation starts from.

use domain::ids::OrgId;
use domain::organisation::Profile;

use super::{record, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{OrgRecord, ReviewState};

/// An organisation as its editors see it.
#[derive(Debug, Clone, PartialEq)]
pub struct EditState {
    pub record: OrgRecord,
    /// The newest pending revision: its number and content.
    pub pending: Option<(i64, Profile)>,
    /// What the form shows: the pending profile if any, else the approved one (for a rejected
    /// proposal, its newest revision).
    pub draft: Profile,
}

/// The organisation, its newest pending change and the draft to edit. Needs
/// [`Viewer::may_edit`]; archived organisations are shown too (`record.archived`), but only the
/// office may change them.
pub async fn edit_state(directory: &Directory, viewer: &Viewer, org: OrgId) -> Result<EditState, ModerationError> {
    if !viewer.may_edit(org) {
        return Err(ModerationError::Forbidden);
    }
    let record = record(directory, org).await?;
    let revisions = directory.revisions().revision_history(org).await?;
    let pending = revisions.iter().rev().find(|r| r.info.review_state == ReviewState::Pending).map(|r| (r.info.number, r.profile.clone()));
    let draft = match (&pending, &record.profile) {
        (Some((_, profile)), _) | (None, Some(profile)) => profile.clone(),
        (None, None) => revisions.last().map(|r| r.profile.clone()).ok_or(ModerationError::NotFound)?,
    };
    Ok(EditState { record, pending, draft })
}
