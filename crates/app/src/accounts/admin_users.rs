//! Administrators manage accounts: the list of all users, changing a role, disabling and
//! enabling. Every use case checks that the viewer is an administrator, keeps at least one
//! active administrator, and records its change in the audit log.

use domain::accounts::{Role, UserId};

use crate::accounts::sign_in::Viewer;
use crate::ports::{AccountStore, AdminGuard, AuditEvent, AuditLog, Author, Membership, StoreError, User, UserStore};

/// Why an account was not changed.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// The viewer is not an administrator with a complete session.
    #[error("not allowed")]
    Forbidden,
    /// No such account (or a deleted one).
    #[error("no such account")]
    NotFound,
    /// The change would leave no active administrator.
    #[error("the last active administrator cannot be demoted, disabled or deleted")]
    LastAdministrator,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AdminError {
    /// Stable code that the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            AdminError::Forbidden => "forbidden",
            AdminError::NotFound => "not_found",
            AdminError::LastAdministrator => "last_administrator",
            AdminError::Store(_) => "unavailable",
        }
    }
}

/// An account with its memberships, as the administrators' list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserOverview {
    pub user: User,
    pub memberships: Vec<Membership>,
}

fn require_admin(viewer: &Viewer) -> Result<(), AdminError> {
    if viewer.is_admin() {
        Ok(())
    } else {
        Err(AdminError::Forbidden)
    }
}

/// Every account that was not deleted, by email, with its memberships. Administrators only.
pub async fn list_users(store: &dyn AccountStore, viewer: &Viewer) -> Result<Vec<UserOverview>, AdminError> {
    require_admin(viewer)?;
    let mut list = Vec::new();
    for user in store.users().await? {
        let memberships = store.memberships_of(user.id).await?;
        list.push(UserOverview { user, memberships });
    }
    Ok(list)
}

async fn target(store: &dyn UserStore, id: UserId) -> Result<User, AdminError> {
    store.user(id).await?.ok_or(AdminError::NotFound)
}

async fn audit(store: &dyn AuditLog, viewer: &Viewer, action: &str, id: UserId, detail: String) -> Result<(), AdminError> {
    let event = AuditEvent {
        actor: Author::User(viewer.user.id).label(),
        action: action.into(),
        target: format!("user:{id}"),
        detail,
        at: String::new(),
    };
    store.record_audit(&event).await?;
    Ok(())
}

/// Gives the account another role (audit `user.role`, detail `old → new`) and ends its sessions.
/// Administrators only; the last active administrator keeps the role.
pub async fn change_role(store: &dyn AccountStore, viewer: &Viewer, id: UserId, role: Role) -> Result<(), AdminError> {
    require_admin(viewer)?;
    let user = target(store, id).await?;
    if user.role == role {
        return Ok(());
    }
    if store.set_role(id, role).await? == AdminGuard::LastAdministrator {
        return Err(AdminError::LastAdministrator);
    }
    // The account signs in again under its new role, so that a promoted one passes the second
    // factor its role requires before acting with it. An administrator changing their own role
    // can only step down and keeps the session they did it in.
    if id != viewer.user.id {
        store.delete_sessions_of(id).await?;
    }
    audit(store, viewer, "user.role", id, format!("{} → {}", user.role.key(), role.key())).await
}

/// Disables the account and ends its sessions (audit `user.disable`), or enables it again
/// (`user.enable`). Administrators only; the last active administrator stays enabled.
pub async fn set_disabled(store: &dyn AccountStore, viewer: &Viewer, id: UserId, disabled: bool) -> Result<(), AdminError> {
    require_admin(viewer)?;
    target(store, id).await?;
    if store.set_disabled(id, disabled).await? == AdminGuard::LastAdministrator {
        return Err(AdminError::LastAdministrator);
    }
    if disabled {
        store.delete_sessions_of(id).await?;
    }
    let action = if disabled { "user.disable" } else { "user.enable" };
    audit(store, viewer, action, id, String::new()).await
}

/// The newest entries of the audit log, for office staff (coordinators and administrators).
pub async fn audit_log(store: &dyn AuditLog, viewer: &Viewer, limit: i64) -> Result<Vec<AuditEvent>, AdminError> {
    if !viewer.is_staff() {
        return Err(AdminError::Forbidden);
    }
    Ok(store.audit_events(limit).await?)
}
