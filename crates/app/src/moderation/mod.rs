//! Moderation: representatives' edits, the office's review queue, history and restore,
//! archiving and trusted organisations, proposals of new associations by anyone, and the yearly "still active?" check. Every use case checks who may act itself and records
//! the office's decisions in the audit log.

pub mod confirm_active;
mod edit_state;
mod history;
mod inactive_entries;
mod name_author;
mod notify_author;
mod propose;
pub mod purge_logos;
mod restore;
mod review;
mod review_queue;
mod set_archived;
mod set_logo;
mod set_trusted;
mod submit_edit;

pub use edit_state::{edit_state, EditState};
pub use history::{history, HistoryEntry};
pub use inactive_entries::inactive_entries;
pub use name_author::{name_author, name_author_label, AuthorName};
pub use notify_author::notify_author;
pub use propose::{
    duplicates_for, propose, read_proposal, verify_proposal, Proposal, ProposalError, ProposalOutcome, Request, StoredProposal,
    WaitingProposal, MAX_NOTE, VERIFY_PROPOSAL_SECS,
};
pub use restore::{restore, restore_and_tell, restore_preview, Restored};
pub use review::{review, Decision, ReviewOutcome};
pub use review_queue::{review_queue, PossibleDuplicate, ReviewItem};
pub use set_archived::set_archived;
pub use set_logo::{remove_logo, upload_logo, LogoError, LogoUploadError, BOX_SIDE, MAX_BYTES, MAX_SIDE, QUOTA_BYTES, QUOTA_LOGOS};
pub use set_trusted::set_trusted;
pub use submit_edit::{submit_edit, EditOutcome};

use domain::ids::OrgId;

use crate::accounts::sign_in::Viewer;
use crate::directory::Directory;
use crate::ports::{AuditEvent, AuditLog, Author, OrgRecord, StoreError};

/// Why a moderation use case did nothing.
#[derive(Debug, thiserror::Error)]
pub enum ModerationError {
    /// The viewer may not do this (not staff, not a representative of the organisation, or
    /// the second factor is still to be entered).
    #[error("not allowed")]
    Forbidden,
    /// No such organisation or revision.
    #[error("not found")]
    NotFound,
    /// Rejecting a revision needs a comment for its author.
    #[error("a comment is required")]
    CommentRequired,
    /// The revision is no longer pending (someone else reviewed it, or a newer one was published).
    #[error("the revision was already reviewed")]
    Conflict,
    #[error(transparent)]
    Store(StoreError),
}

impl ModerationError {
    /// Stable code that the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            ModerationError::Forbidden => "forbidden",
            ModerationError::NotFound => "not_found",
            ModerationError::CommentRequired => "comment_required",
            ModerationError::Conflict => "conflict",
            ModerationError::Store(_) => "unavailable",
        }
    }
}

impl From<StoreError> for ModerationError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound(_) => ModerationError::NotFound,
            StoreError::Conflict(_) => ModerationError::Conflict,
            other => ModerationError::Store(other),
        }
    }
}

/// The viewer as the author of a revision or review.
fn author(viewer: &Viewer) -> Author {
    Author::User(viewer.user.id)
}

/// Refuses anyone but a complete session of office staff.
fn require_staff(viewer: &Viewer) -> Result<(), ModerationError> {
    if viewer.is_staff() {
        Ok(())
    } else {
        Err(ModerationError::Forbidden)
    }
}

/// The organisation, archived and unpublished ones included.
async fn record(directory: &Directory, org: OrgId) -> Result<OrgRecord, ModerationError> {
    directory.store().organisation_record(org).await?.ok_or(ModerationError::NotFound)
}

/// Records a staff action on an organisation in the audit log.
async fn audit(accounts: &dyn AuditLog, viewer: &Viewer, action: &str, org: OrgId, detail: String) -> Result<(), ModerationError> {
    let event = AuditEvent {
        actor: author(viewer).label(),
        action: action.into(),
        target: format!("organisation:{org}"),
        detail,
        at: String::new(),
    };
    accounts.record_audit(&event).await?;
    Ok(())
}

/// Brings this process's search index up to date after a change of published content.
async fn refresh(directory: &Directory) -> Result<(), ModerationError> {
    directory.refresh_if_changed().await?;
    Ok(())
}
