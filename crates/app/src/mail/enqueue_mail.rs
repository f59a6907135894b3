//! Queues a mail for sending by the job runner.

use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::mail::{Attachment, OutgoingMail};
use crate::ports::{JobId, JobStore, StoreError};

/// The job kind that sends one mail.
pub const SEND_MAIL: &str = "mail.send";

/// The payload of a [`SEND_MAIL`] job, as stored in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct MailPayload {
    pub to: String,
    pub subject: String,
    pub text_body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_body: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

impl From<&OutgoingMail> for MailPayload {
    fn from(mail: &OutgoingMail) -> Self {
        MailPayload {
            to: mail.to.as_str().to_owned(),
            subject: mail.subject.clone(),
            text_body: mail.text_body.clone(),
            html_body: mail.html_body.clone(),
            attachments: mail.attachments.clone(),
        }
    }
}

/// Stores a job that sends `mail` as soon as a worker is free.
pub async fn enqueue_mail(jobs: &dyn JobStore, mail: &OutgoingMail) -> Result<JobId, StoreError> {
    let payload = serde_json::to_value(MailPayload::from(mail)).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    jobs.enqueue(SEND_MAIL, &payload, SystemTime::now()).await
}
