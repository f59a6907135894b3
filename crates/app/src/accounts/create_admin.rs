//! Creates an administrator account (`knotenpunkt admin create`).

use domain::accounts::{EmailAddress, Password, PasswordError, Role, UserId};

use crate::accounts::password_hash::{hash_password, HashError};
use crate::ports::{NewUser, StoreError, UserStore};

/// Why no administrator was created.
#[derive(Debug, thiserror::Error)]
pub enum CreateAdminError {
    #[error("invalid email address")]
    InvalidEmail,
    #[error(transparent)]
    WeakPassword(PasswordError),
    #[error("an account with this email address already exists")]
    EmailTaken,
    #[error(transparent)]
    Hashing(HashError),
    #[error(transparent)]
    Store(StoreError),
}

impl CreateAdminError {
    /// Stable identifier of the error.
    pub fn code(&self) -> &'static str {
        match self {
            CreateAdminError::InvalidEmail => "invalid_email",
            CreateAdminError::WeakPassword(e) => e.code(),
            CreateAdminError::EmailTaken => "email_taken",
            CreateAdminError::Hashing(_) => "hashing_failed",
            CreateAdminError::Store(_) => "storage_failed",
        }
    }
}

/// Checks the email and password against the policy and stores a new administrator.
/// An existing account with the same address (in any case) is refused, never changed.
pub async fn create_administrator(store: &dyn UserStore, email: &str, password: &str) -> Result<UserId, CreateAdminError> {
    let email = EmailAddress::parse(email).map_err(|_| CreateAdminError::InvalidEmail)?;
    let password = Password::parse(password, &email).map_err(CreateAdminError::WeakPassword)?;
    // Checked before hashing, which is deliberately slow; the store still refuses a racing duplicate.
    if store.user_by_email(&email).await.map_err(CreateAdminError::Store)?.is_some() {
        return Err(CreateAdminError::EmailTaken);
    }
    let password_hash = hash_password(&password).map_err(CreateAdminError::Hashing)?;
    match store.create_user(&NewUser { email, role: Role::Administrator, password_hash, email_verified: true, language: None }).await {
        Ok(id) => Ok(id),
        Err(StoreError::EmailTaken) => Err(CreateAdminError::EmailTaken),
        Err(e) => Err(CreateAdminError::Store(e)),
    }
}
