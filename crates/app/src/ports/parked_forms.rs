//! Forms kept across an ended session.

use super::StoreError;
use async_trait::async_trait;

/// A form kept for a browser whose session had ended when it was sent, until its author has
/// signed in again and is back on the form page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParkedForm {
    /// SHA-256 of the secret in the browser's `kp_parked` cookie; the secret is not stored.
    pub secret_hash: String,
    /// The form page that gives it back, e.g. `/organisations/x/edit`.
    pub path: String,
    /// The urlencoded form body, without the CSRF field.
    pub body: String,
    /// Unix seconds; from then on it is no longer given back.
    pub expires_at: i64,
}

/// Storage of parked forms: single use, expiring, found only by the hash of the cookie's secret.
#[async_trait]
pub trait ParkedFormStore: Send + Sync + 'static {
    /// Keeps a form; one kept before under the same secret hash and path is replaced.
    async fn park_form(&self, form: &ParkedForm) -> Result<(), StoreError>;
    /// Takes the form kept under the secret hash for the path, atomically: it is deleted, so of
    /// two requests only one gets it. An expired form is deleted as well but not returned.
    async fn take_parked_form(&self, secret_hash: &str, path: &str, now: i64) -> Result<Option<ParkedForm>, StoreError>;
    /// Deletes every form kept under the secret hash (the browser got a new secret).
    async fn discard_parked_forms(&self, secret_hash: &str) -> Result<(), StoreError>;
    /// Deletes the forms expired at `now`; returns how many.
    async fn delete_expired_parked_forms(&self, now: i64) -> Result<u64, StoreError>;
}
