//! Turns an [`OutgoingMail`] into an RFC 5322 message (UTF-8 headers encoded, bodies in UTF-8).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use app::mail::{MailError, OutgoingMail};
use lettre::message::header::ContentType;
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

/// The configured sender cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("mail sender {0:?} is not an address like \"Knotenpunkt <office@example.org>\"")]
    Sender(String),
    #[error("SMTP relay {host:?} cannot be used: {message}")]
    Relay { host: String, message: String },
}

/// Parses the sender, e.g. `Knotenpunkt Ludwigsburg <noreply@example.org>`.
pub fn sender(from: &str) -> Result<Mailbox, MailConfigError> {
    from.parse().map_err(|_| MailConfigError::Sender(from.to_owned()))
}

/// The message for `mail`: text only, or text with an HTML alternative; attached files make it
/// `multipart/mixed`.
pub(crate) fn build(from: &Mailbox, mail: &OutgoingMail) -> Result<Message, MailError> {
    let to: Mailbox = mail.to.as_str().parse().map_err(|e| MailError::Invalid(format!("recipient: {e}")))?;
    let builder = Message::builder().from(from.clone()).to(to).subject(mail.subject.as_str()).message_id(Some(message_id(from)));
    let built = match (&mail.html_body, mail.attachments.is_empty()) {
        (None, true) => builder.singlepart(SinglePart::plain(mail.text_body.clone())),
        (Some(html), true) => builder.multipart(MultiPart::alternative_plain_html(mail.text_body.clone(), html.clone())),
        (html, false) => {
            let body = match html {
                None => MultiPart::mixed().singlepart(SinglePart::plain(mail.text_body.clone())),
                Some(html) => MultiPart::mixed().multipart(MultiPart::alternative_plain_html(mail.text_body.clone(), html.clone())),
            };
            let mut mixed = body;
            for file in &mail.attachments {
                let content_type =
                    ContentType::parse(&file.content_type).map_err(|e| MailError::Invalid(format!("attachment type: {e}")))?;
                let attachment = LettreAttachment::new(file.file_name.clone());
                mixed = mixed.singlepart(match file.as_text() {
                    Some(text) => attachment.body(text.to_owned(), content_type),
                    None => attachment.body(file.content.clone(), content_type),
                });
            }
            builder.multipart(mixed)
        }
    };
    built.map_err(|e| MailError::Invalid(e.to_string()))
}

/// A unique `Message-ID` in the sender's domain.
fn message_id(from: &Mailbox) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("<{nanos}.{}.{n}@{}>", std::process::id(), from.email.domain())
}
