//! Mail over SMTP (lettre), to a relay with STARTTLS, implicit TLS (rustls, webpki roots) or,
//! for a relay on the same host, no TLS.

use std::time::Duration;

use app::mail::{MailError, Mailer, OutgoingMail};
use async_trait::async_trait;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::mail::message::{build, sender, MailConfigError};

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connection upgraded with STARTTLS, which is required (usually port 587).
    StartTls,
    /// TLS from the first byte (usually port 465).
    Tls,
    /// No encryption: only for a relay on the same host or a trusted network.
    None,
}

/// Where and how to deliver mail. `Debug` leaves the password out.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    /// Log in when given (with `password`).
    pub username: Option<String>,
    pub password: Option<String>,
    pub tls: SmtpTls,
    /// Sender, e.g. `Knotenpunkt <noreply@example.org>`.
    pub from: String,
    /// Longest wait for the relay's answers.
    pub timeout: Duration,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("tls", &self.tls)
            .field("from", &self.from)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// Sends mail through an SMTP relay, one connection per mail.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    /// A mailer for the relay; nothing is connected until the first mail.
    pub fn new(settings: &SmtpSettings) -> Result<Self, MailConfigError> {
        let relay = |e: lettre::transport::smtp::Error| MailConfigError::Relay { host: settings.host.clone(), message: e.to_string() };
        let builder = match settings.tls {
            SmtpTls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host).map_err(relay)?,
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host).map_err(relay)?,
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.as_str()),
        };
        let mut builder = builder.port(settings.port).timeout(Some(settings.timeout));
        if let Some(username) = settings.username.as_ref().filter(|u| !u.is_empty()) {
            builder = builder.credentials(Credentials::new(username.clone(), settings.password.clone().unwrap_or_default()));
        }
        Ok(SmtpMailer { transport: builder.build(), from: sender(&settings.from)? })
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let message = build(&self.from, mail)?;
        match self.transport.send(message).await {
            Ok(response) => {
                // The address is personal data: named at debug level only.
                tracing::info!(answer = ?response.first_line(), "mail sent");
                tracing::debug!(to = mail.to.as_str(), "mail recipient");
                Ok(())
            }
            Err(e) if e.is_permanent() => Err(MailError::Rejected(e.to_string())),
            Err(e) => Err(MailError::Unavailable(e.to_string())),
        }
    }
}
