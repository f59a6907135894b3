//! Mail adapters for the [`Mailer`](app::mail::Mailer) port, and the message they both build.

mod message;
pub mod outbox;
pub mod smtp;

pub use message::{sender, MailConfigError};
pub use outbox::{list_outbox, read_outbox_mail, OutboxEntry, OutboxError, OutboxFolder, OutboxMail, OutboxMailer};
pub use smtp::{SmtpMailer, SmtpSettings, SmtpTls};
