//! Contract of `AccountStore`.

use app::ports::{NewUser, StoreError};
use domain::accounts::{EmailAddress, Role};

use crate::Stores;

fn new_user(email: &str, role: Role) -> NewUser {
    NewUser { email: EmailAddress::parse(email).unwrap(), role, password_hash: format!("$argon2id$v=19$test${email}") }
}

pub async fn users_round_trip(stores: Stores) {
    let email = EmailAddress::parse("amira@example.de").unwrap();
    assert_eq!(stores.accounts.user_by_email(&email).await.unwrap(), None);
    let id = stores.accounts.create_user(&new_user("amira@example.de", Role::Coordinator)).await.unwrap();
    let user = stores.accounts.user_by_email(&email).await.unwrap().unwrap();
    assert_eq!(user.id, id);
    assert_eq!(user.email, email);
    assert_eq!(user.role, Role::Coordinator);
    assert_eq!(user.password_hash, "$argon2id$v=19$test$amira@example.de");
    assert!(!user.disabled);
    assert!(user.created_at.starts_with("20") && user.created_at.ends_with('Z'), "{}", user.created_at);
    assert_eq!(stores.accounts.user_by_email(&EmailAddress::parse("other@example.de").unwrap()).await.unwrap(), None);
}

pub async fn a_registered_email_is_refused_whatever_its_case(stores: Stores) {
    stores.accounts.create_user(&new_user("amira@example.de", Role::Representative)).await.unwrap();
    let err = stores.accounts.create_user(&new_user(" Amira@Example.DE ", Role::Administrator)).await.unwrap_err();
    assert!(matches!(err, StoreError::EmailTaken), "{err:?}");
    assert_eq!(stores.accounts.count_users_with_role(Role::Administrator).await.unwrap(), 0);
}

pub async fn users_are_counted_by_role(stores: Stores) {
    for role in Role::ALL {
        assert_eq!(stores.accounts.count_users_with_role(role).await.unwrap(), 0);
    }
    stores.accounts.create_user(&new_user("a@example.de", Role::Administrator)).await.unwrap();
    stores.accounts.create_user(&new_user("b@example.de", Role::Representative)).await.unwrap();
    stores.accounts.create_user(&new_user("c@example.de", Role::Representative)).await.unwrap();
    assert_eq!(stores.accounts.count_users_with_role(Role::Administrator).await.unwrap(), 1);
    assert_eq!(stores.accounts.count_users_with_role(Role::Coordinator).await.unwrap(), 0);
    assert_eq!(stores.accounts.count_users_with_role(Role::Representative).await.unwrap(), 2);
}
