//! Who is invited to an association and who edits it: the pending invitations with resend
//! and revoke, and removing a member. The office manages everyone; an association's owners
//! manage its co-editors.

use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;

use super::registration::{invite, AccountError, Mailing};
use super::sign_in::Viewer;
use crate::ports::{AccountStore, AuditEvent, MemberRole};

/// An invitation waiting to be accepted, as the members page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingInvitationView {
    pub email: EmailAddress,
    pub role: MemberRole,
    /// Unix seconds; the latest invitation to the address counts.
    pub expires_at: i64,
}

/// Whether the viewer may manage an invitation or membership of `role`: the office always,
/// owners for co-editors.
fn may_manage(viewer: &Viewer, org: OrgId, role: MemberRole) -> bool {
    viewer.is_staff() || (role == MemberRole::Editor && viewer.may_manage_members(org))
}

fn role_of(payload: &str) -> MemberRole {
    serde_json::from_str::<serde_json::Value>(payload)
        .ok()
        .and_then(|v| v.get("role").and_then(|r| r.as_str()).and_then(MemberRole::from_key))
        .unwrap_or(MemberRole::Editor)
}

async fn audit(store: &dyn AccountStore, viewer: &Viewer, action: &str, org: OrgId, detail: String) -> Result<(), AccountError> {
    let event = AuditEvent {
        actor: format!("user:{}", viewer.user.id),
        action: action.into(),
        target: format!("organisation:{org}"),
        detail,
        at: String::new(),
    };
    store.record_audit(&event).await?;
    Ok(())
}

/// The association's pending invitations, one per address (its latest), oldest first. For
/// everyone who edits the association.
pub async fn pending_invitations(
    store: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    now: i64,
) -> Result<Vec<PendingInvitationView>, AccountError> {
    if !viewer.may_edit(org) {
        return Err(AccountError::Forbidden);
    }
    let mut out: Vec<PendingInvitationView> = Vec::new();
    for invitation in store.pending_invitations(org, now).await? {
        let view = PendingInvitationView { role: role_of(&invitation.payload), email: invitation.email, expires_at: invitation.expires_at };
        match out.iter_mut().find(|v| v.email == view.email) {
            Some(existing) => *existing = view,
            None => out.push(view),
        }
    }
    Ok(out)
}

/// The pending invitation of an address, if the viewer may manage it.
async fn managed_invitation(
    store: &dyn AccountStore,
    viewer: &Viewer,
    org: OrgId,
    email: &str,
    now: i64,
) -> Result<PendingInvitationView, AccountError> {
    let address = EmailAddress::parse(email).map_err(|_| AccountError::InvalidEmail)?;
    let pending = pending_invitations(store, viewer, org, now).await?;
    let invitation = pending.into_iter().find(|p| p.email == address).ok_or(AccountError::InvalidLink)?;
    if !may_manage(viewer, org, invitation.role) {
        return Err(AccountError::Forbidden);
    }
    Ok(invitation)
}

/// Withdraws the pending invitation of `email`: its link stops working.
pub async fn revoke_invitation(store: &dyn AccountStore, viewer: &Viewer, org: OrgId, email: &str, now: i64) -> Result<(), AccountError> {
    let invitation = managed_invitation(store, viewer, org, email, now).await?;
    store.revoke_invitations(org, &invitation.email, now).await?;
    audit(store, viewer, "invitation.revoke", org, invitation.email.to_string()).await
}

/// Sends the invitation of `email` again with a fresh link (for the same role); the old link
/// stops working.
pub async fn resend_invitation(
    store: &dyn AccountStore,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    organisation: (OrgId, &str),
    email: &str,
    now: i64,
) -> Result<(), AccountError> {
    let (org, _) = organisation;
    let invitation = managed_invitation(store, viewer, org, email, now).await?;
    store.revoke_invitations(org, &invitation.email, now).await?;
    invite(store, mailing, viewer, organisation, invitation.email.as_str(), invitation.role, mailing.locale, now).await
}

/// Removes `user` from the association's editors. The office removes anyone, owners remove
/// co-editors; nobody removes a membership that does not exist.
pub async fn remove_member(store: &dyn AccountStore, viewer: &Viewer, org: OrgId, user: UserId) -> Result<(), AccountError> {
    if !viewer.may_edit(org) {
        return Err(AccountError::Forbidden);
    }
    let members = store.members_of(org).await?;
    let Some((membership, email)) = members.into_iter().find(|(m, _)| m.user == user) else {
        return Err(AccountError::InvalidLink);
    };
    if !may_manage(viewer, org, membership.role) {
        return Err(AccountError::Forbidden);
    }
    store.remove_membership(user, org).await?;
    audit(store, viewer, "membership.remove", org, format!("{email} ({})", membership.role.key())).await
}
