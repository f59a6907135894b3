//! Single-use tokens mailed as links.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;

/// What a single-use token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenPurpose {
    /// Confirms a new account's email address.
    VerifyEmail,
    /// Sets a new password.
    ResetPassword,
    /// Lets an invited representative set a password and join an association.
    Invitation,
    /// Confirms that an association is still active, without logging in.
    ConfirmActive,
    /// Confirms the address of someone who sent the office a case (Anliegen) without signing in.
    VerifyInboxCase,
    /// Confirms the address of someone who proposed a new association.
    VerifyProposal,
}

impl TokenPurpose {
    pub const ALL: [TokenPurpose; 6] = [
        TokenPurpose::VerifyEmail,
        TokenPurpose::ResetPassword,
        TokenPurpose::Invitation,
        TokenPurpose::ConfirmActive,
        TokenPurpose::VerifyProposal,
        TokenPurpose::VerifyInboxCase,
    ];

    /// Stable key, as stored.
    pub fn key(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::Invitation => "invitation",
            TokenPurpose::ConfirmActive => "confirm_active",
            TokenPurpose::VerifyProposal => "verify_proposal",
            TokenPurpose::VerifyInboxCase => "verify_inbox_case",
        }
    }
}

/// A single-use token to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub token_hash: String,
    pub purpose: TokenPurpose,
    pub user: Option<UserId>,
    pub email: Option<EmailAddress>,
    pub organisation: Option<OrgId>,
    /// Purpose-specific data as JSON.
    pub payload: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// A token that was just used up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedToken {
    pub user: Option<UserId>,
    pub email: Option<EmailAddress>,
    pub organisation: Option<OrgId>,
    pub payload: String,
}

/// An invitation to an association that is not used, expired or revoked yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingInvitation {
    pub email: EmailAddress,
    /// The invitation's data as JSON (the role it gives).
    pub payload: String,
    /// Unix seconds.
    pub expires_at: i64,
}

/// Storage of single-use tokens, by their hash.
#[async_trait]
pub trait TokenStore: Send + Sync + 'static {
    async fn create_token(&self, token: &NewToken) -> Result<(), StoreError>;
    /// Uses up a token of the purpose that is unused and not expired at `now`, atomically:
    /// of two requests with the same token only one gets it.
    async fn consume_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError>;
    /// An unused, unexpired token of the purpose, without using it (to show a form first).
    async fn valid_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<Option<UsedToken>, StoreError>;
    /// The association's invitations that can still be accepted at `now`, oldest first (an
    /// address invited twice appears twice).
    async fn pending_invitations(&self, organisation: OrgId, now: i64) -> Result<Vec<PendingInvitation>, StoreError>;
    /// Makes every invitation of the address to the association unusable (as used at `now`);
    /// returns how many there were.
    async fn revoke_invitations(&self, organisation: OrgId, email: &EmailAddress, now: i64) -> Result<u64, StoreError>;
}
