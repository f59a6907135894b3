//! Decoding rows that a storage adapter read into entities, shared by the SQLite and the
//! PostgreSQL adapter so that both read stored data the same way and report the same errors.

use domain::accounts::{EmailAddress, Role, UserId};
use domain::ids::OrgId;
use domain::marketplace::{Item, ItemContent, ItemId, ItemKind};
use domain::organisation::{Organisation, Profile};
use domain::slug::Slug;

use crate::ports::{StoreError, User};

fn corrupt(error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(error.to_string())
}

/// An organisation from its id, slug, approved revision content (JSON) and change time.
pub fn organisation(id: i64, slug: &str, content: &str, updated_at: String) -> Result<Organisation, StoreError> {
    let profile: Profile = serde_json::from_str(content).map_err(corrupt)?;
    Ok(Organisation { id: OrgId(id), slug: Slug::parse(slug).map_err(corrupt)?, profile, updated_at })
}

/// An offer or need from its id, organisation, kind key and content (JSON).
pub fn item(id: i64, org: i64, kind: &str, content: &str) -> Result<Item, StoreError> {
    let kind = match kind {
        "offer" => ItemKind::Offer,
        "need" => ItemKind::Need,
        other => return Err(StoreError::Corrupt(format!("unknown item kind {other}"))),
    };
    let content: ItemContent = serde_json::from_str(content).map_err(corrupt)?;
    Ok(Item { id: ItemId(id), org: OrgId(org), kind, content })
}

/// A user account from its stored columns.
pub fn user(id: i64, email: &str, role: &str, password_hash: String, disabled: bool, created_at: String) -> Result<User, StoreError> {
    Ok(User {
        id: UserId(id),
        email: EmailAddress::parse(email).map_err(corrupt)?,
        role: Role::from_key(role).map_err(corrupt)?,
        password_hash,
        disabled,
        created_at,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn bad_stored_data_is_reported_as_corrupt() {
        assert!(super::item(1, 1, "gift", "{}").is_err());
        assert!(super::organisation(1, "Not A Slug", r#"{"name":"x","legal_form":"other"}"#, String::new()).is_err());
        assert!(super::user(1, "no-at-sign", "administrator", String::new(), false, String::new()).is_err());
        assert!(super::organisation(1, "ok", r#"{"name":"x","legal_form":"other"}"#, String::new()).is_ok());
    }
}
