//! "This is our association": a signed-in representative claims a listed association; the
//! office approves (the claimant becomes its owner) or rejects. Both decisions are audited.

use domain::ids::OrgId;

use crate::accounts::sign_in::Viewer;
use crate::ports::{AccountStore, AuditEvent, Claim, ClaimStore, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    #[error("not allowed")]
    Forbidden,
    #[error("a claim is already open")]
    AlreadyOpen,
    #[error("already edits the association")]
    AlreadyEditor,
    #[error("the claim was already decided")]
    NotOpen,
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for ClaimError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(_) => ClaimError::AlreadyOpen,
            other => ClaimError::Store(other),
        }
    }
}

/// Records a claim of a signed-in user who does not yet edit the association.
pub async fn claim(accounts: &dyn ClaimStore, viewer: &Viewer, org: OrgId, message: &str) -> Result<i64, ClaimError> {
    if !viewer.is_complete() {
        return Err(ClaimError::Forbidden);
    }
    if viewer.may_edit(org) {
        return Err(ClaimError::AlreadyEditor);
    }
    let message: String = message.trim().chars().take(1000).collect();
    Ok(accounts.create_claim(viewer.user.id, org, &message).await?)
}

/// The viewer's own open claim of the association, if they made one (a newcomer's guided path
/// shows "the office checks it" instead of the claim form).
pub async fn own_open_claim(accounts: &dyn ClaimStore, viewer: &Viewer, org: OrgId) -> Result<Option<Claim>, ClaimError> {
    let open = accounts.pending_claims().await?;
    Ok(open.into_iter().find(|c| c.user == viewer.user.id && c.organisation == org))
}

/// Open claims, for the office.
pub async fn pending_claims(accounts: &dyn ClaimStore, viewer: &Viewer) -> Result<Vec<Claim>, ClaimError> {
    if !viewer.is_staff() {
        return Err(ClaimError::Forbidden);
    }
    Ok(accounts.pending_claims().await?)
}

/// The office approves or rejects a claim.
pub async fn decide_claim(accounts: &dyn AccountStore, viewer: &Viewer, id: i64, approve: bool) -> Result<Claim, ClaimError> {
    if !viewer.is_staff() {
        return Err(ClaimError::Forbidden);
    }
    let actor = format!("user:{}", viewer.user.id);
    let claim = accounts.decide_claim(id, approve, &actor).await?.ok_or(ClaimError::NotOpen)?;
    let action = if approve { "claim.approve" } else { "claim.reject" };
    let event = AuditEvent {
        actor,
        action: action.into(),
        target: format!("organisation:{}", claim.organisation),
        detail: claim.email.to_string(),
        at: String::new(),
    };
    accounts.record_audit(&event).await?;
    Ok(claim)
}
