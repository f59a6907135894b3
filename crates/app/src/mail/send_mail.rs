//! The job handler behind [`SEND_MAIL`](crate::mail::enqueue_mail::SEND_MAIL): hands the queued mail to the mailer.

use std::sync::Arc;

use async_trait::async_trait;
use domain::accounts::EmailAddress;

use crate::jobs::{JobError, JobHandler};
use crate::mail::enqueue_mail::MailPayload;
use crate::mail::{Mailer, OutgoingMail};

/// Sends queued mail through a [`Mailer`].
pub struct SendMail {
    mailer: Arc<dyn Mailer>,
}

impl SendMail {
    pub fn new(mailer: Arc<dyn Mailer>) -> Self {
        SendMail { mailer }
    }
}

#[async_trait]
impl JobHandler for SendMail {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError> {
        let payload: MailPayload =
            serde_json::from_value(payload.clone()).map_err(|e| JobError::Permanent(format!("bad mail payload: {e}")))?;
        let to = EmailAddress::parse(&payload.to).map_err(|e| JobError::Permanent(format!("bad recipient: {e}")))?;
        let mail = OutgoingMail {
            to,
            subject: payload.subject,
            text_body: payload.text_body,
            html_body: payload.html_body,
            attachments: payload.attachments,
        };
        let sent = self.mailer.send(&mail).await;
        let counter = if sent.is_ok() { &crate::metrics::COUNTERS.mails_sent } else { &crate::metrics::COUNTERS.mails_failed };
        crate::metrics::Counters::count(counter);
        sent.map_err(|e| if e.is_permanent() { JobError::Permanent(e.to_string()) } else { JobError::Retry(e.to_string()) })
    }
}
