//! The account's own settings on the account page: the weekly digest of strong new matches and
//! the language of the account's mails. Each acts on the viewer's own account only.

use domain::language::UiLocale;

use crate::accounts::sign_in::Viewer;
use crate::ports::{AccountStore, StoreError};

/// What the account page shows of the settings, read from the store (not the session's copy:
/// they may have changed since sign-in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSettings {
    /// Subscribed to the weekly digest.
    pub digest: bool,
    /// The language of the account's mails; `None`: the instance's.
    pub mail_language: Option<UiLocale>,
}

/// The viewer's settings.
pub async fn account_settings(accounts: &dyn AccountStore, viewer: &Viewer) -> Result<AccountSettings, StoreError> {
    let mail_language = accounts.user(viewer.user.id).await?.and_then(|u| u.language);
    let digest = accounts.is_digest_subscriber(viewer.user.id).await?;
    Ok(AccountSettings { digest, mail_language })
}

/// Subscribes the viewer to the weekly digest, or unsubscribes.
pub async fn set_digest(accounts: &dyn AccountStore, viewer: &Viewer, on: bool) -> Result<(), StoreError> {
    accounts.set_digest(viewer.user.id, on).await
}

/// Sets the language of the viewer's mails (`None`: the instance's).
pub async fn set_mail_language(accounts: &dyn AccountStore, viewer: &Viewer, language: Option<UiLocale>) -> Result<(), StoreError> {
    accounts.set_language(viewer.user.id, language).await
}
