//! User accounts with their password hash and second factor.

use super::StoreError;
use async_trait::async_trait;
use domain::accounts::{EmailAddress, Role, UserId};
use domain::language::UiLocale;

/// An account to create; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: EmailAddress,
    pub role: Role,
    pub password_hash: String,
    /// True when the address is known to work (created by staff, or verified by a link).
    pub email_verified: bool,
    /// The language of the user's mails; `None`: the instance's.
    pub language: Option<UiLocale>,
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: EmailAddress,
    pub role: Role,
    /// PHC string of the password hash.
    pub password_hash: String,
    pub disabled: bool,
    pub email_verified: bool,
    /// Base32 TOTP secret, once the second factor is set up.
    pub totp_secret: Option<String>,
    /// The last TOTP time step accepted.
    pub totp_last_step: Option<i64>,
    /// RFC 3339 time in UTC.
    pub created_at: String,
    /// The language of the user's mails; `None`: the instance's.
    pub language: Option<UiLocale>,
}

/// What became of a change that could take away an active administrator (demoting, disabling
/// or deleting an account). The store checks and changes in one step, so that two such changes
/// at once cannot leave the network without an active administrator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminGuard {
    /// The change was made.
    Changed,
    /// Nothing changed: the account is the last active administrator.
    LastAdministrator,
}

/// Storage of user accounts, their second factor and recovery codes.
#[async_trait]
pub trait UserStore: Send + Sync + 'static {
    /// Stores a new account; an address that is already registered gives [`StoreError::EmailTaken`].
    async fn create_user(&self, user: &NewUser) -> Result<UserId, StoreError>;
    async fn user_by_email(&self, email: &EmailAddress) -> Result<Option<User>, StoreError>;
    async fn user(&self, id: UserId) -> Result<Option<User>, StoreError>;
    /// All accounts that were not deleted, ordered by email.
    async fn users(&self) -> Result<Vec<User>, StoreError>;
    /// How many accounts, disabled ones included, have the role.
    async fn count_users_with_role(&self, role: Role) -> Result<i64, StoreError>;
    async fn set_password_hash(&self, id: UserId, password_hash: &str) -> Result<(), StoreError>;
    async fn set_email_verified(&self, id: UserId) -> Result<(), StoreError>;
    /// Sets the language of the user's mails; `None`: the instance's.
    async fn set_language(&self, id: UserId, language: Option<UiLocale>) -> Result<(), StoreError>;
    /// Gives the account the role, unless that leaves no active administrator. An unknown (or
    /// deleted) account gives [`StoreError::NotFound`].
    async fn set_role(&self, id: UserId, role: Role) -> Result<AdminGuard, StoreError>;
    /// Disables or enables the account; disabling the last active administrator is refused. An
    /// unknown (or deleted) account gives [`StoreError::NotFound`].
    async fn set_disabled(&self, id: UserId, disabled: bool) -> Result<AdminGuard, StoreError>;
    /// Sets up (or, with `None`, removes) the second factor and replaces the recovery codes.
    async fn set_totp(&self, id: UserId, secret: Option<&str>, recovery_code_hashes: &[String]) -> Result<(), StoreError>;
    /// Records an accepted TOTP step; false (and nothing changed) when a step at least as new was
    /// already accepted, so that a code cannot be replayed, even by two requests at once.
    async fn advance_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError>;
    /// Marks an unused recovery code (by its stored hash) as used; false when there is no such
    /// unused code, so that of two requests with the same code only one succeeds.
    async fn use_recovery_code(&self, id: UserId, code_hash: &str, now: i64) -> Result<bool, StoreError>;
    /// The stored hashes of the account's unused recovery codes.
    async fn unused_recovery_codes(&self, id: UserId) -> Result<Vec<String>, StoreError>;
    /// Deletes the account's personal data: the address is replaced, password and second factor
    /// removed, sessions, memberships and tokens deleted. The row stays for authored revisions.
    /// The last active administrator is refused, and nothing changes.
    async fn anonymise_user(&self, id: UserId) -> Result<AdminGuard, StoreError>;
}
