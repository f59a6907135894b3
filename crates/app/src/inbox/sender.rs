//! The sender's side: the private page of a case (by its link, or signed in as the sender or a
//! representative of the association it was sent for), "Meine Anliegen", and replying.

use domain::inbox::{link_is_open, message_text, CaseId, MAX_TEXT};
use domain::profile_form::FieldError;

use super::service::{Inbox, InboxError, RequestFrom};
use crate::accounts::sign_in::Viewer;
use crate::accounts::tokens::{hash_secret, looks_like_secret};
use crate::ports::{CaseChange, CaseEntry, CaseRecord, EntryKind};

/// A case as its sender sees it: the public entries only (their messages and the office's replies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenderView {
    pub case: CaseRecord,
    pub entries: Vec<CaseEntry>,
}

async fn sender_view(inbox: &Inbox, case: CaseRecord) -> Result<SenderView, InboxError> {
    let entries = inbox.store.entries(case.id).await?.into_iter().filter(|e| e.kind.is_public()).collect();
    Ok(SenderView { case, entries })
}

/// The case of a private link at `now` (Unix seconds); an unknown or malformed secret, or the
/// link of a case closed too long ago ([`link_is_open`]), is "not found".
pub async fn case_by_link(inbox: &Inbox, secret: &str, now: i64) -> Result<SenderView, InboxError> {
    if !looks_like_secret(secret) {
        return Err(InboxError::NotFound);
    }
    let case =
        inbox.store.case_by_access(&hash_secret(secret)).await?.filter(|c| link_is_open(c.closed_at, now)).ok_or(InboxError::NotFound)?;
    sender_view(inbox, case).await
}

/// Whether the viewer sent the case or represents the association it was sent for.
fn is_senders(viewer: &Viewer, case: &CaseRecord) -> bool {
    viewer.is_complete()
        && (case.sender == Some(viewer.user.id)
            || case.on_behalf.is_some_and(|org| viewer.memberships.iter().any(|m| m.organisation == org)))
}

/// A case of the signed-in sender (or their association); others' cases are "not found".
pub async fn my_case(inbox: &Inbox, viewer: &Viewer, id: CaseId) -> Result<SenderView, InboxError> {
    let case = inbox.store.case(id).await?.filter(|c| is_senders(viewer, c)).ok_or(InboxError::NotFound)?;
    sender_view(inbox, case).await
}

/// "Meine Anliegen": the viewer's own cases and those sent for their associations, newest first.
pub async fn my_cases(inbox: &Inbox, viewer: &Viewer) -> Result<Vec<CaseRecord>, InboxError> {
    if !viewer.is_complete() {
        return Err(InboxError::Forbidden);
    }
    let mut cases = inbox.store.cases_of_sender(viewer.user.id).await?;
    for membership in &viewer.memberships {
        for case in inbox.store.cases_of_association(membership.organisation).await? {
            if !cases.iter().any(|c| c.id == case.id) {
                cases.push(case);
            }
        }
    }
    cases.sort_by_key(|c| std::cmp::Reverse((c.created_at, c.id.0)));
    Ok(cases)
}

/// `too_long` of a message says the limit.
fn long_text(code: &'static str) -> &'static str {
    if code == "too_long" {
        "inbox_text_too_long"
    } else {
        code
    }
}

/// The sender answers on their page: the office's turn again (a done case is reopened).
/// `author`: `user:<id>` when signed in, `sender` by the private link.
pub async fn reply_as_sender(
    inbox: &Inbox,
    case: &CaseRecord,
    author: &str,
    text: &str,
    request: &RequestFrom<'_>,
) -> Result<(), InboxError> {
    let text = message_text(text, MAX_TEXT)
        .map_err(|code| InboxError::Invalid(vec![FieldError { field: "text".into(), code: long_text(code) }]))?;
    inbox.limit(&inbox.per_link, &[format!("case:{}", case.id)], request.now).await?;
    let status = case.status.after_sender_reply();
    let mut entries = vec![CaseEntry { kind: EntryKind::Sender, author: author.to_owned(), body: text, at: request.now }];
    if status != case.status {
        entries.push(CaseEntry {
            kind: EntryKind::Event,
            author: author.to_owned(),
            body: format!("status:{}", status.key()),
            at: request.now,
        });
    }
    let change = CaseChange {
        expected: case.status,
        status,
        entries,
        assignee: None,
        outcome: None,
        answered: false,
        new_link: None,
        at: request.now,
    };
    inbox.store.change_case(case.id, &change).await?;
    Ok(())
}
