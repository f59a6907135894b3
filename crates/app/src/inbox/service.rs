//! What the inbox use cases reach, why they refuse, and the limits against abuse.

use std::sync::Arc;
use std::time::Duration;

use domain::inbox::TransitionError;
use domain::profile_form::FieldError;

use crate::accounts::rate_limit::{RateLimitPolicy, RateLimiter};
use crate::jobs::JobRunner;
use crate::mail::compose::MailText;
use crate::ports::{AccountStore, InboxStore, RateLimitStore, StoreError};

/// Cases (or confirmation mails) per client address, per typed email address and per hour.
pub const PER_ADDRESS: RateLimitPolicy = RateLimitPolicy::new(5, Duration::from_secs(3600));
/// Cases and replies per account and hour.
pub const PER_ACCOUNT: RateLimitPolicy = RateLimitPolicy::new(20, Duration::from_secs(3600));
/// Replies by private link per case and hour.
pub const PER_LINK: RateLimitPolicy = RateLimitPolicy::new(10, Duration::from_secs(3600));

/// The inbox store, the accounts (tokens, audit), the job queue with the mail texts, the
/// public address for links, and the limiters (counted in the database, like the login throttle).
pub struct Inbox {
    pub store: Arc<dyn InboxStore>,
    pub accounts: Arc<dyn AccountStore>,
    pub jobs: Arc<JobRunner>,
    pub mail: Arc<dyn MailText>,
    /// `https://knotenpunkt.example` without a trailing slash.
    pub public_url: String,
    pub per_address: RateLimiter,
    pub per_account: RateLimiter,
    pub per_link: RateLimiter,
}

impl Inbox {
    pub fn new(
        store: Arc<dyn InboxStore>,
        accounts: Arc<dyn AccountStore>,
        jobs: Arc<JobRunner>,
        mail: Arc<dyn MailText>,
        public_url: String,
        rate_limits: Arc<dyn RateLimitStore>,
    ) -> Inbox {
        Inbox {
            store,
            accounts,
            jobs,
            mail,
            public_url,
            per_address: RateLimiter::new("inbox.address", PER_ADDRESS, rate_limits.clone()),
            per_account: RateLimiter::new("inbox.account", PER_ACCOUNT, rate_limits.clone()),
            per_link: RateLimiter::new("inbox.link", PER_LINK, rate_limits),
        }
    }

    /// The sender's private page.
    pub fn link(&self, secret: &str) -> String {
        format!("{}/inbox/{secret}", self.public_url)
    }

    /// Counts one use of each key and refuses when any is used up.
    pub(crate) async fn limit(&self, limiter: &RateLimiter, keys: &[String], at: i64) -> Result<(), InboxError> {
        for key in keys {
            limiter.check(key, at).await.map_err(|r| r.into_error(|retry_after_secs| InboxError::RateLimited { retry_after_secs }))?;
        }
        for key in keys {
            limiter.record_failure(key, at).await?;
        }
        Ok(())
    }
}

/// Who asks, from where, and when.
pub struct RequestFrom<'a> {
    /// The client address (`ClientAddress`), for the rate limit.
    pub ip: &'a str,
    /// Unix seconds, from the clock.
    pub now: i64,
}

/// Why an inbox use case did nothing; `message_id()` names the translated message.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The form has problems, by field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("too many requests; try again in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("the link is invalid, used or expired")]
    InvalidLink,
    #[error("status change refused: {0}")]
    Transition(TransitionError),
    /// Someone else changed the case in between.
    #[error("the case changed meanwhile")]
    Conflict,
    #[error(transparent)]
    Store(StoreError),
}

impl InboxError {
    /// The message shown for a refusal of the whole action (`None`: the error page's or the fields').
    pub fn message_id(&self) -> Option<&'static str> {
        match self {
            InboxError::RateLimited { .. } => Some("inbox-refused-rate"),
            InboxError::InvalidLink => Some("inbox-refused-link"),
            InboxError::Transition(t) => Some(t.code()),
            InboxError::Conflict => Some("inbox-refused-conflict"),
            _ => None,
        }
    }
}

impl From<StoreError> for InboxError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict(_) => InboxError::Conflict,
            StoreError::NotFound(_) => InboxError::NotFound,
            other => InboxError::Store(other),
        }
    }
}

impl From<TransitionError> for InboxError {
    fn from(error: TransitionError) -> Self {
        InboxError::Transition(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_name_their_messages() {
        assert_eq!(InboxError::RateLimited { retry_after_secs: 3 }.message_id(), Some("inbox-refused-rate"));
        assert_eq!(InboxError::Transition(TransitionError::Closed).message_id(), Some("inbox-refused-closed"));
        assert_eq!(InboxError::from(StoreError::Conflict("x".into())).message_id(), Some("inbox-refused-conflict"));
        assert_eq!(InboxError::Forbidden.message_id(), None);
    }
}
