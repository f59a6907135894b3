//! Creates an administrator account (`knotenpunkt admin create`).

use domain::accounts::{EmailAddress, Password, PasswordError, Role, UserId};

use crate::accounts::password_hash::{hash_password, HashError};
use crate::ports::{AccountStore, NewUser, StoreError};

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
pub async fn create_administrator(store: &dyn AccountStore, email: &str, password: &str) -> Result<UserId, CreateAdminError> {
    let email = EmailAddress::parse(email).map_err(|_| CreateAdminError::InvalidEmail)?;
    let password = Password::parse(password, &email).map_err(CreateAdminError::WeakPassword)?;
    // Checked before hashing, which is deliberately slow; the store still refuses a racing duplicate.
    if store.user_by_email(&email).await.map_err(CreateAdminError::Store)?.is_some() {
        return Err(CreateAdminError::EmailTaken);
    }
    let password_hash = hash_password(&password).map_err(CreateAdminError::Hashing)?;
    match store.create_user(&NewUser { email, role: Role::Administrator, password_hash }).await {
        Ok(id) => Ok(id),
        Err(StoreError::EmailTaken) => Err(CreateAdminError::EmailTaken),
        Err(e) => Err(CreateAdminError::Store(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::password_hash::verify_password;
    use crate::fakes::InMemoryAccounts;

    const GOOD: &str = "Lindenblüte am Marktplatz";

    fn email(raw: &str) -> EmailAddress {
        EmailAddress::parse(raw).expect("email")
    }

    #[tokio::test]
    async fn creates_an_administrator_with_an_argon2id_hash() {
        let store = InMemoryAccounts::default();
        let id = create_administrator(&store, " Admin@Stadt.Example ", GOOD).await.expect("created");
        let user = store.user_by_email(&email("admin@stadt.example")).await.expect("read").expect("stored");
        assert_eq!((user.id, user.role, user.disabled), (id, Role::Administrator, false));
        assert!(user.password_hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", user.password_hash);
        assert!(verify_password(GOOD, &user.password_hash));
        assert!(!verify_password("Lindenblüte am Marktplatz!", &user.password_hash));
    }

    #[tokio::test]
    async fn refuses_a_bad_email_and_a_weak_password() {
        let store = InMemoryAccounts::default();
        let err = create_administrator(&store, "admin", GOOD).await.expect_err("bad email");
        assert!(matches!(err, CreateAdminError::InvalidEmail), "{err:?}");
        let err = create_administrator(&store, "admin@stadt.example", "passwort1234").await.expect_err("weak");
        assert!(matches!(err, CreateAdminError::WeakPassword(PasswordError::TooCommon)), "{err:?}");
        assert_eq!(err.code(), "password_too_common");
        let err = create_administrator(&store, "admin@stadt.example", "kurz").await.expect_err("short");
        assert_eq!(err.code(), "password_too_short");
        assert_eq!(store.count_users_with_role(Role::Administrator).await.expect("count"), 0);
    }

    #[tokio::test]
    async fn refuses_an_existing_email_without_touching_the_account() {
        let store = InMemoryAccounts::default();
        let existing = NewUser { email: email("admin@stadt.example"), role: Role::Coordinator, password_hash: "old".into() };
        store.create_user(&existing).await.expect("seed");
        let err = create_administrator(&store, "ADMIN@stadt.example", GOOD).await.expect_err("taken");
        assert!(matches!(err, CreateAdminError::EmailTaken), "{err:?}");
        let user = store.user_by_email(&existing.email).await.expect("read").expect("stored");
        assert_eq!((user.role, user.password_hash.as_str()), (Role::Coordinator, "old"));
    }
}
