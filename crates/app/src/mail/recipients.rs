//! Who gets an association's mail, each in their own language: its editors (in the language
//! each chose), else its public address (in the instance's language).

use domain::accounts::{EmailAddress, UserId};
use domain::ids::OrgId;
use domain::language::UiLocale;

use crate::ports::{AccountStore, DirectoryStore};

/// The language a user's mails are written in, when they chose one.
pub async fn language_of(accounts: &dyn AccountStore, user: Option<UserId>) -> Option<UiLocale> {
    accounts.user(user?).await.ok().flatten()?.language
}

/// Where mail for an association goes: its editors, else its public address. A store
/// failure yields fewer recipients, never an error: the decision behind the mail stands.
pub async fn association_recipients(
    accounts: &dyn AccountStore,
    directory: &dyn DirectoryStore,
    org: OrgId,
) -> Vec<(EmailAddress, Option<UiLocale>)> {
    let mut out = Vec::new();
    for (membership, email) in accounts.members_of(org).await.unwrap_or_default() {
        out.push((email, language_of(accounts, Some(membership.user)).await));
    }
    if out.is_empty() {
        if let Ok(Some(record)) = directory.organisation_record(org).await {
            out.extend(record.profile.and_then(|p| p.contact.email).and_then(|e| EmailAddress::parse(&e).ok()).map(|e| (e, None)));
        }
    }
    out
}
