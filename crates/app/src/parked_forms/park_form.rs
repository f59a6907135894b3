//! Parks a form whose sender's session had ended: a fresh secret for the browser's cookie,
//! the body stored under the secret's hash for [`KEEP_SECS`](super::KEEP_SECS).

use crate::accounts::rate_limit::RateLimiter;
use crate::accounts::tokens::{hash_secret, looks_like_secret, new_secret};
use crate::ports::{ParkedForm, ParkedFormStore, StoreError};

use super::{KEEP_SECS, MAX_BODY_BYTES};

/// A form to park.
pub struct Parking<'a> {
    /// The form page that gives it back.
    pub path: &'a str,
    /// The urlencoded body, without the CSRF field.
    pub body: &'a str,
    /// The secret of the browser's earlier cookie, if it sent one: the forms kept under it are
    /// dropped, since the browser now gets a new secret.
    pub previous_secret: Option<&'a str>,
    /// The client's address, for the limit per address.
    pub ip: &'a str,
    /// Unix seconds.
    pub now: i64,
}

/// Why a form was not parked.
#[derive(Debug, thiserror::Error)]
pub enum ParkError {
    /// Too many forms parked from this address lately (each one is stored for a day).
    #[error("too many parked forms from this address")]
    RateLimited,
    #[error("form too large to keep")]
    TooLarge,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Stores the form and returns the secret for the browser's cookie. Each form parked counts
/// against the sender's address (`park:<ip>`), since anyone can send a form without a session.
pub async fn park_form(store: &dyn ParkedFormStore, per_ip: &RateLimiter, parking: &Parking<'_>) -> Result<String, ParkError> {
    if parking.body.len() > MAX_BODY_BYTES {
        return Err(ParkError::TooLarge);
    }
    let key = format!("park:{}", parking.ip);
    per_ip.count(&key, parking.now).await.map_err(|r| r.into_error(|_| ParkError::RateLimited))?;
    if let Some(previous) = parking.previous_secret.filter(|s| looks_like_secret(s)) {
        store.discard_parked_forms(&hash_secret(previous)).await?;
    }
    let secret = new_secret();
    let form = ParkedForm {
        secret_hash: hash_secret(&secret),
        path: parking.path.to_owned(),
        body: parking.body.to_owned(),
        expires_at: parking.now + KEEP_SECS,
    };
    store.park_form(&form).await?;
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    use crate::accounts::rate_limit::RateLimitPolicy;
    use crate::fakes::InMemoryRateLimits;
    use crate::parked_forms::fake::InMemoryParkedForms;
    use crate::parked_forms::take_parked_form;

    fn parking<'a>(body: &'a str, previous_secret: Option<&'a str>, ip: &'a str) -> Parking<'a> {
        Parking { path: "/organisations/x/edit", body, previous_secret, ip, now: 1_000 }
    }

    #[tokio::test]
    async fn a_parked_form_is_given_back_once_to_the_cookie_for_a_day() {
        let store = InMemoryParkedForms::default();
        let limiter = RateLimiter::new("test", RateLimitPolicy::PER_IP, Arc::new(InMemoryRateLimits::default()));
        let secret = park_form(&store, &limiter, &parking("name=Verein", None, "10.0.0.1")).await.unwrap_or_default();
        assert!(looks_like_secret(&secret));
        let stored = store.0.lock().map(|f| f[0].clone()).ok();
        assert_eq!(stored.as_ref().map(|f| f.secret_hash.as_str()), Some(hash_secret(&secret).as_str()), "only the hash is stored");
        assert_eq!(stored.map(|f| f.expires_at), Some(1_000 + KEEP_SECS));
        let take = |secret: Option<String>, path: &'static str, now: i64| {
            let store = &store;
            async move { take_parked_form(store, secret.as_deref(), path, now).await.ok().flatten() }
        };
        assert_eq!(take(Some(new_secret()), "/organisations/x/edit", 1_001).await, None, "another browser");
        assert_eq!(take(Some(secret.clone()), "/organisations/y/edit", 1_001).await, None, "another form");
        assert_eq!(take(Some(secret.clone()), "/organisations/x/edit", 1_001).await.as_deref(), Some("name=Verein"));
        assert_eq!(take(Some(secret), "/organisations/x/edit", 1_002).await, None, "single use");
    }

    #[tokio::test]
    async fn a_new_parking_drops_what_the_old_cookie_held() {
        let store = InMemoryParkedForms::default();
        let limiter = RateLimiter::new("test", RateLimitPolicy::PER_IP, Arc::new(InMemoryRateLimits::default()));
        let first = park_form(&store, &limiter, &parking("a=1", None, "10.0.0.1")).await.unwrap_or_default();
        let second = park_form(&store, &limiter, &parking("a=2", Some(&first), "10.0.0.1")).await.unwrap_or_default();
        assert_ne!(first, second, "every parking gets a fresh secret");
        assert_eq!(store.len(), 1);
        assert_eq!(take_parked_form(&store, Some(&second), "/organisations/x/edit", 1_001).await.ok().flatten().as_deref(), Some("a=2"));
    }

    #[tokio::test]
    async fn parking_is_limited_per_address_and_in_size() {
        let store = InMemoryParkedForms::default();
        let limiter =
            RateLimiter::new("test", RateLimitPolicy::new(2, std::time::Duration::from_secs(900)), Arc::new(InMemoryRateLimits::default()));
        for _ in 0..2 {
            assert!(park_form(&store, &limiter, &parking("a=1", None, "10.0.0.1")).await.is_ok());
        }
        assert!(matches!(park_form(&store, &limiter, &parking("a=1", None, "10.0.0.1")).await, Err(ParkError::RateLimited)));
        assert!(park_form(&store, &limiter, &parking("a=1", None, "10.0.0.2")).await.is_ok(), "other addresses are not affected");
        let huge = "a".repeat(MAX_BODY_BYTES + 1);
        assert!(matches!(park_form(&store, &limiter, &parking(&huge, None, "10.0.0.3")).await, Err(ParkError::TooLarge)));
        assert_eq!(store.len(), 3);
    }
}
