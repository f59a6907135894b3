//! Sending a case. Signed in, it is stored at once (a representative may send it on behalf of
//! their association). A visitor's case waits in the payload of a single-use link mailed to the
//! address given; only using the link stores it. Both count against rate limits.

use domain::accounts::EmailAddress;
use domain::ids::OrgId;
use domain::inbox::{CaseContent, CaseId, CaseKind};
use domain::language::UiLocale;
use serde::{Deserialize, Serialize};

use super::service::{Inbox, InboxError, RequestFrom};
use crate::accounts::sign_in::Viewer;
use crate::accounts::tokens::{hash_secret, looks_like_secret, new_secret};
use crate::mail::compose::{send, MailKind};
use crate::ports::{NewCase, NewToken, StoreError, TokenPurpose};

/// How long the confirmation link stays valid, in seconds.
pub const VERIFY_SECS: i64 = 48 * 3600;

/// A valid case and, for a representative, the association it is sent for.
pub struct Submission {
    pub content: CaseContent,
    pub on_behalf: Option<OrgId>,
}

/// What became of a case sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// Stored; `secret` opens the sender's private page.
    Stored { id: CaseId, secret: String },
    /// A visitor's case: the confirmation link went to this address; nothing is stored yet.
    VerificationSent(EmailAddress),
}

/// What the confirmation link carries.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    kind: String,
    topic: Option<String>,
    text: String,
    language: String,
    concerns: Vec<String>,
}

/// Sends a case; see the module. Mails go in the language the sender chose for answers.
pub async fn submit_case(
    inbox: &Inbox,
    viewer: Option<&Viewer>,
    submission: Submission,
    request: &RequestFrom<'_>,
) -> Result<Submitted, InboxError> {
    let content = submission.content;
    match viewer.filter(|v| v.is_complete()) {
        Some(viewer) => {
            if let Some(org) = submission.on_behalf {
                if !viewer.memberships.iter().any(|m| m.organisation == org) {
                    return Err(InboxError::Forbidden);
                }
            }
            inbox.limit(&inbox.per_account, &[format!("account:{}", viewer.user.id)], request.now).await?;
            let (id, secret) = store(inbox, &content, Some(viewer), submission.on_behalf, request.now).await?;
            Ok(Submitted::Stored { id, secret })
        }
        None => {
            if submission.on_behalf.is_some() {
                return Err(InboxError::Forbidden);
            }
            let keys = [format!("ip:{}", request.ip), format!("email:{}", content.email.as_str())];
            inbox.limit(&inbox.per_address, &keys, request.now).await?;
            let pending = Pending {
                kind: content.kind.key().to_owned(),
                topic: content.topic.clone(),
                text: content.text.clone(),
                language: content.language.code().to_owned(),
                concerns: content.concerns.clone(),
            };
            let payload = serde_json::to_string(&pending).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let secret = new_secret();
            let token = NewToken {
                token_hash: hash_secret(&secret),
                purpose: TokenPurpose::VerifyInboxCase,
                user: None,
                email: Some(content.email.clone()),
                organisation: None,
                payload,
                expires_at: request.now + VERIFY_SECS,
            };
            inbox.accounts.create_token(&token).await?;
            let link = format!("{}/contact/confirm?token={secret}", inbox.public_url);
            send(&inbox.jobs, inbox.mail.as_ref(), &content.email, Some(content.language), &MailKind::InboxVerify { link }).await?;
            Ok(Submitted::VerificationSent(content.email))
        }
    }
}

/// Stores the case with a fresh private link and mails the link to the sender.
async fn store(
    inbox: &Inbox,
    content: &CaseContent,
    viewer: Option<&Viewer>,
    on_behalf: Option<OrgId>,
    now: i64,
) -> Result<(CaseId, String), InboxError> {
    let secret = new_secret();
    let case = NewCase {
        kind: content.kind,
        topic: content.topic.clone(),
        text: content.text.clone(),
        email: content.email.clone(),
        language: content.language,
        concerns: content.concerns.clone(),
        sender: viewer.map(|v| v.user.id),
        on_behalf,
        access_hash: hash_secret(&secret),
        at: now,
    };
    let id = inbox.store.create_case(&case).await?;
    let kind = MailKind::InboxReceived { link: inbox.link(&secret) };
    if let Err(error) = send(&inbox.jobs, inbox.mail.as_ref(), &content.email, Some(content.language), &kind).await {
        // The case is stored and the page shows its link; a lost receipt mail is only logged.
        tracing::error!(%error, "could not queue the inbox receipt");
    }
    Ok((id, secret))
}

fn pending_content(email: Option<EmailAddress>, payload: &str) -> Result<CaseContent, InboxError> {
    let email = email.ok_or(InboxError::InvalidLink)?;
    let pending: Pending = serde_json::from_str(payload).map_err(|_| InboxError::InvalidLink)?;
    Ok(CaseContent {
        kind: CaseKind::parse(&pending.kind).ok_or(InboxError::InvalidLink)?,
        topic: pending.topic,
        text: pending.text,
        email,
        language: UiLocale::parse(&pending.language).ok_or(InboxError::InvalidLink)?,
        concerns: pending.concerns,
    })
}

/// The case a confirmation link carries, without using the link.
pub async fn read_pending(inbox: &Inbox, token: &str, now: i64) -> Result<CaseContent, InboxError> {
    if !looks_like_secret(token) {
        return Err(InboxError::InvalidLink);
    }
    let used = inbox.accounts.valid_token(&hash_secret(token), TokenPurpose::VerifyInboxCase, now).await?.ok_or(InboxError::InvalidLink)?;
    pending_content(used.email, &used.payload)
}

/// Uses a confirmation link: stores the case and gives the secret of its private page. Once only.
pub async fn confirm_case(inbox: &Inbox, token: &str, now: i64) -> Result<(CaseId, String), InboxError> {
    if !looks_like_secret(token) {
        return Err(InboxError::InvalidLink);
    }
    let used =
        inbox.accounts.consume_token(&hash_secret(token), TokenPurpose::VerifyInboxCase, now).await?.ok_or(InboxError::InvalidLink)?;
    let content = pending_content(used.email, &used.payload)?;
    store(inbox, &content, None, None, now).await
}
