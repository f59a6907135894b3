//! Forms kept across an ended session: a long form sent after the session had timed out is
//! parked under a random secret (a browser cookie; only its hash is stored) instead of being
//! lost, and given back once, prefilled, when its author is on the form page again.

pub mod clean_up;
pub mod park_form;
pub mod take_parked_form;

pub use clean_up::{schedule_clean_up, CleanUpParkedForms, CLEAN_UP_JOB};
pub use park_form::{park_form, ParkError, Parking};
pub use take_parked_form::take_parked_form;

/// How long a parked form is kept: a working day, enough to sign in again after a break.
pub const KEEP_SECS: i64 = 24 * 60 * 60;

/// The largest form body that is kept, in bytes.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

#[cfg(test)]
pub(crate) mod fake {
    use std::sync::Mutex;

    use async_trait::async_trait;

    use crate::ports::{ParkedForm, ParkedFormStore, StoreError};

    /// Parked forms in memory.
    #[derive(Default)]
    pub struct InMemoryParkedForms(pub Mutex<Vec<ParkedForm>>);

    impl InMemoryParkedForms {
        pub fn len(&self) -> usize {
            self.0.lock().map_or(0, |f| f.len())
        }
    }

    fn poisoned<T>(_: T) -> StoreError {
        StoreError::Unavailable("lock poisoned".into())
    }

    #[async_trait]
    impl ParkedFormStore for InMemoryParkedForms {
        async fn park_form(&self, form: &ParkedForm) -> Result<(), StoreError> {
            let mut forms = self.0.lock().map_err(poisoned)?;
            forms.retain(|f| (&f.secret_hash, &f.path) != (&form.secret_hash, &form.path));
            forms.push(form.clone());
            Ok(())
        }

        async fn take_parked_form(&self, secret_hash: &str, path: &str, now: i64) -> Result<Option<ParkedForm>, StoreError> {
            let mut forms = self.0.lock().map_err(poisoned)?;
            let found = forms.iter().position(|f| f.secret_hash == secret_hash && f.path == path).map(|i| forms.remove(i));
            Ok(found.filter(|f| f.expires_at > now))
        }

        async fn discard_parked_forms(&self, secret_hash: &str) -> Result<(), StoreError> {
            self.0.lock().map_err(poisoned)?.retain(|f| f.secret_hash != secret_hash);
            Ok(())
        }

        async fn delete_expired_parked_forms(&self, now: i64) -> Result<u64, StoreError> {
            let mut forms = self.0.lock().map_err(poisoned)?;
            let before = forms.len();
            forms.retain(|f| f.expires_at > now);
            Ok((before - forms.len()) as u64)
        }
    }
}
