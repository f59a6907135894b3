//! Reading the mail outbox (mail written to a folder instead of sent), for the
//! administrators' outbox page. The `gateways` crate implements the port.

use async_trait::async_trait;

/// One mail of the outbox, as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// Names the mail for [`OutboxReader::read`].
    pub file_name: String,
    /// When the mail was written, RFC 3339 in UTC.
    pub time_utc: String,
    /// The `To` header, decoded.
    pub to: String,
    /// The `Subject` header, decoded.
    pub subject: String,
}

/// One mail in full; only the text part, so that nothing of a mail is ever rendered as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    pub item: OutboxItem,
    pub text_body: Option<String>,
}

/// Why the outbox could not be read.
#[derive(Debug, thiserror::Error)]
pub enum OutboxReadError {
    /// No mail of the outbox has this name.
    #[error("no such mail in the outbox")]
    NotFound,
    #[error("outbox unreadable: {0}")]
    Unavailable(String),
}

/// Lists and reads the mails of the outbox.
#[async_trait]
pub trait OutboxReader: Send + Sync + 'static {
    /// The mails, newest first.
    async fn list(&self) -> Result<Vec<OutboxItem>, OutboxReadError>;
    /// One mail by its file name, as [`OutboxReader::list`] gave it; other names are not found.
    async fn read(&self, file_name: &str) -> Result<OutboxMessage, OutboxReadError>;
}
