//! Every version of an organisation's profile, with what each changed.

use domain::ids::OrgId;
use domain::moderation::{diff_profiles, FieldChange};

use super::{record, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::RevisionInfo;

/// One revision and what it changed against the revision before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub info: RevisionInfo,
    /// Against the previous revision (whatever its review state); every field for the first.
    pub changes: Vec<FieldChange>,
}

/// The organisation's revisions, newest first. Office staff and the organisation's
/// representatives ([`Viewer::may_edit`]).
pub async fn history(directory: &Directory, viewer: &Viewer, org: OrgId) -> Result<Vec<HistoryEntry>, ModerationError> {
    if !viewer.may_edit(org) {
        return Err(ModerationError::Forbidden);
    }
    record(directory, org).await?;
    let revisions = directory.revisions().revision_history(org).await?;
    let mut entries: Vec<HistoryEntry> = revisions
        .iter()
        .enumerate()
        .map(|(i, revision)| {
            let previous = i.checked_sub(1).and_then(|p| revisions.get(p)).map(|p| &p.profile);
            HistoryEntry { info: revision.info.clone(), changes: diff_profiles(previous, &revision.profile) }
        })
        .collect();
    entries.reverse();
    Ok(entries)
}
