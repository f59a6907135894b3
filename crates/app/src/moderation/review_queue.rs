//! The office's review queue: pending changes with what they change, and possible duplicates
//! of proposed organisations.

use domain::duplicates::{duplicate_candidates, Candidate, MatchReason};
use domain::ids::OrgId;
use domain::moderation::{diff_profiles, FieldChange};
use domain::slug::Slug;

use super::{require_staff, ModerationError};
use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{OrgPosition, PendingReview};

/// How many possible duplicates a proposal lists at most.
const MAX_DUPLICATES: usize = 5;

/// An existing organisation that may be the same as a proposed one.
#[derive(Debug, Clone, PartialEq)]
pub struct PossibleDuplicate {
    pub org: OrgId,
    pub slug: Slug,
    pub name: String,
    /// One or both reasons, the name first.
    pub reasons: Vec<MatchReason>,
    /// See [`domain::duplicates::DuplicateMatch::strength`].
    pub strength: f64,
}

/// One entry of the review queue.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    pub pending: PendingReview,
    /// What the pending revision changes against the approved one (every field for a proposal).
    pub changes: Vec<FieldChange>,
    /// For proposals only: existing organisations with a similar name or within 100 m, strongest first.
    pub duplicates: Vec<PossibleDuplicate>,
}

/// Every organisation's newest pending revision, oldest first. Office staff only.
pub async fn review_queue(directory: &Directory, viewer: &Viewer) -> Result<Vec<ReviewItem>, ModerationError> {
    require_staff(viewer)?;
    let (store, revisions) = (directory.store(), directory.revisions());
    let queue = revisions.pending_reviews().await?;
    let positions = if queue.iter().any(|p| p.is_new) { store.all_positions().await? } else { Vec::new() };
    let mut items = Vec::with_capacity(queue.len());
    for pending in queue {
        let Some(revision) = revisions.revision(pending.org, pending.number).await? else { continue };
        let approved = store.organisation_record(pending.org).await?.and_then(|r| r.profile);
        let changes = diff_profiles(approved.as_ref(), &revision.profile);
        let duplicates = if pending.is_new {
            let proposal = Candidate {
                id: Some(pending.org),
                slug: Some(&pending.slug),
                name: &revision.profile.name,
                position: revision.profile.position,
            };
            possible_duplicates(&proposal, &positions)
        } else {
            Vec::new()
        };
        items.push(ReviewItem { pending, changes, duplicates });
    }
    Ok(items)
}

/// Entries among `positions` that may be the proposed organisation, strongest first, at most
/// [`MAX_DUPLICATES`].
pub(super) fn possible_duplicates(proposal: &Candidate<'_>, positions: &[OrgPosition]) -> Vec<PossibleDuplicate> {
    let existing =
        positions.iter().map(|(id, slug, name, position)| Candidate { id: Some(*id), slug: Some(slug), name, position: *position });
    duplicate_candidates(proposal, existing, MAX_DUPLICATES)
        .into_iter()
        .filter_map(|m| {
            let strength = m.strength();
            Some(PossibleDuplicate {
                org: m.candidate.id?,
                slug: m.candidate.slug?.clone(),
                name: m.candidate.name.to_owned(),
                reasons: m.reasons,
                strength,
            })
        })
        .collect()
}
