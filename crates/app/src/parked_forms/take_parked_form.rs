//! Gives a parked form back, once: to the browser holding the cookie's secret, on the form
//! page it was parked for, before it expires. The caller has checked that the viewer may use
//! that form.

use crate::accounts::tokens::{hash_secret, looks_like_secret};
use crate::ports::{ParkedFormStore, StoreError};

/// The urlencoded body parked for the path under the cookie's secret; taking deletes it.
pub async fn take_parked_form(
    store: &dyn ParkedFormStore,
    secret: Option<&str>,
    path: &str,
    now: i64,
) -> Result<Option<String>, StoreError> {
    let Some(secret) = secret.filter(|s| looks_like_secret(s)) else { return Ok(None) };
    Ok(store.take_parked_form(&hash_secret(secret), path, now).await?.map(|form| form.body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parked_forms::fake::InMemoryParkedForms;
    use crate::ports::ParkedForm;

    #[tokio::test]
    async fn an_expired_form_is_not_given_back_and_odd_cookies_are_ignored() {
        let store = InMemoryParkedForms::default();
        let secret = crate::accounts::tokens::new_secret();
        let form = ParkedForm { secret_hash: hash_secret(&secret), path: "/p".into(), body: "a=1".into(), expires_at: 100 };
        store.park_form(&form).await.ok();
        assert_eq!(take_parked_form(&store, Some("not a secret"), "/p", 50).await.ok().flatten(), None);
        assert_eq!(take_parked_form(&store, None, "/p", 50).await.ok().flatten(), None);
        assert_eq!(take_parked_form(&store, Some(&secret), "/p", 100).await.ok().flatten(), None, "expired at expires_at");
        assert_eq!(store.len(), 0, "and deleted on the way");
    }
}
