//! Mail: what the application sends, the port that delivers it, and the use case that
//! queues it. Mail is never sent from a request; it goes through the job queue.

pub mod compose;
pub mod enqueue_mail;
pub mod outbox;
pub mod recipients;
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

/// A file attached to a mail: a meeting's `.ics`, a participant's handout as PDF.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "AttachmentWire", into = "AttachmentWire")]
pub struct Attachment {
    /// `netzwerktreffen.ics`
    pub file_name: String,
    /// `text/calendar; charset=utf-8`, `application/pdf`
    pub content_type: String,
    /// The file's bytes (UTF-8 for text files).
    pub content: Vec<u8>,
}

impl Attachment {
    /// A text file (UTF-8).
    pub fn text(file_name: String, content_type: &str, content: String) -> Attachment {
        Attachment { file_name, content_type: content_type.to_owned(), content: content.into_bytes() }
    }

    /// The content as text, when it is a text file in UTF-8.
    pub fn as_text(&self) -> Option<&str> {
        self.content_type.starts_with("text/").then(|| std::str::from_utf8(&self.content).ok()).flatten()
    }
}

/// An attachment in the job queue: a text file as `content` (as queued before binary files
/// were sent), anything else in base64 as `data`.
#[derive(serde::Serialize, serde::Deserialize)]
struct AttachmentWire {
    file_name: String,
    content_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<String>,
}

impl From<Attachment> for AttachmentWire {
    fn from(a: Attachment) -> Self {
        use base64::Engine;
        let (content, data) = match a.as_text() {
            Some(text) => (Some(text.to_owned()), None),
            None => (None, Some(base64::engine::general_purpose::STANDARD.encode(&a.content))),
        };
        AttachmentWire { file_name: a.file_name, content_type: a.content_type, content, data }
    }
}

impl From<AttachmentWire> for Attachment {
    fn from(w: AttachmentWire) -> Self {
        use base64::Engine;
        let content = match (w.content, w.data) {
            (Some(text), _) => text.into_bytes(),
            // Only our own encoder writes `data`; a broken one would send an empty file.
            (None, Some(data)) => base64::engine::general_purpose::STANDARD.decode(data).unwrap_or_default(),
            (None, None) => Vec::new(),
        };
        Attachment { file_name: w.file_name, content_type: w.content_type, content }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::Attachment;

    #[test]
    fn attachments_survive_the_job_queue_as_text_or_base64() {
        let ics = Attachment::text("a.ics".into(), "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\nSUMMARY:Café".into());
        let json = serde_json::to_value(&ics).unwrap();
        assert_eq!(json["content"], "BEGIN:VCALENDAR\r\nSUMMARY:Café", "text stays readable: {json}");
        assert_eq!(serde_json::from_value::<Attachment>(json).unwrap(), ics);
        let pdf =
            Attachment { file_name: "a.pdf".into(), content_type: "application/pdf".into(), content: vec![0x25, 0x50, 0xff, 0x00, 0x0a] };
        let json = serde_json::to_value(&pdf).unwrap();
        assert_eq!(json["data"], "JVD/AAo=", "{json}");
        assert!(json.get("content").is_none());
        assert_eq!(serde_json::from_value::<Attachment>(json).unwrap(), pdf);
        let old = serde_json::json!({"file_name": "b.ics", "content_type": "text/calendar", "content": "X"});
        assert_eq!(serde_json::from_value::<Attachment>(old).unwrap().content, b"X".to_vec(), "queued before this change");
    }
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
