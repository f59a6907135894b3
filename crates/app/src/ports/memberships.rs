//! Representatives' memberships in associations.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;

/// How a representative belongs to an association.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemberRole {
    /// May edit and add co-editors.
    Owner,
    /// May edit.
    Editor,
}

impl MemberRole {
    pub fn key(self) -> &'static str {
        match self {
            MemberRole::Owner => "owner",
            MemberRole::Editor => "editor",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "owner" => Some(MemberRole::Owner),
            "editor" => Some(MemberRole::Editor),
            _ => None,
        }
    }
}

/// A representative's link to an association.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub user: UserId,
    pub organisation: OrgId,
    pub role: MemberRole,
}

/// Storage of memberships.
#[async_trait]
pub trait MembershipStore: Send + Sync + 'static {
    /// Adds or changes a membership.
    async fn save_membership(&self, membership: &Membership) -> Result<(), StoreError>;
    async fn remove_membership(&self, user: UserId, organisation: OrgId) -> Result<(), StoreError>;
    async fn memberships_of(&self, user: UserId) -> Result<Vec<Membership>, StoreError>;
    async fn members_of(&self, organisation: OrgId) -> Result<Vec<(Membership, EmailAddress)>, StoreError>;
}
