//! Mail: what the application sends, the port that delivers it, and the use case that
//! queues it. Mail is never sent from a request; it goes through the job queue.

pub mod compose;
pub mod enqueue_mail;
pub mod outbox;
pub mod send_mail;

use async_trait::async_trait;
use domain::accounts::EmailAddress;

/// A message to one recipient. The sender is the mailer's to choose (configuration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: EmailAddress,
    pub subject: String,
    pub text_body: String,
    /// An HTML alternative to the text body.
    pub html_body: Option<String>,
    /// Files sent along (a meeting's `.ics`).
    pub attachments: Vec<Attachment>,
}

/// A text file attached to a mail.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    /// `netzwerktreffen.ics`
    pub file_name: String,
    /// `text/calendar; charset=utf-8`
    pub content_type: String,
    pub content: String,
}

/// Why a mail was not delivered.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The mail cannot be built (an address or header the transport refuses); retrying will not help.
    #[error("mail cannot be built: {0}")]
    Invalid(String),
    /// The server refused the mail for good (a permanent SMTP answer).
    #[error("mail refused: {0}")]
    Rejected(String),
    /// The transport is unreachable or answered with a temporary failure; worth retrying.
    #[error("mail transport unavailable: {0}")]
    Unavailable(String),
}

impl MailError {
    /// Whether sending the same mail again cannot succeed.
    pub fn is_permanent(&self) -> bool {
        matches!(self, MailError::Invalid(_) | MailError::Rejected(_))
    }
}

/// Delivers mail: over SMTP, or into an outbox folder.
#[async_trait]
pub trait Mailer: Send + Sync + 'static {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError>;
}
