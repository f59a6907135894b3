//! The office's work on the queue: list and open cases, assign, note, reply (mailed to the sender
//! in their language), change the status, close with an outcome, merge duplicates. Staff only;
//! every change is an entry in the case's history, stored with it.

use domain::accounts::{Role, UserId};
use domain::inbox::{message_text, CaseId, CaseStatus, Outcome, TransitionError, MAX_NOTE, MAX_TEXT};
use domain::profile_form::FieldError;

use super::service::{Inbox, InboxError};
use crate::accounts::sign_in::Viewer;
use crate::accounts::tokens::{hash_secret, new_secret};
use crate::mail::compose::{send, MailKind};
use crate::ports::{CaseChange, CaseEntry, CaseFilter, CaseRecord, EntryKind, User};

/// A case with its whole history (notes and events too) and who may be assigned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDetail {
    pub case: CaseRecord,
    pub entries: Vec<CaseEntry>,
    /// Active coordinators and administrators.
    pub staff: Vec<User>,
}

fn staff_only(viewer: &Viewer) -> Result<(), InboxError> {
    if viewer.is_staff() {
        Ok(())
    } else {
        Err(InboxError::Forbidden)
    }
}

fn author(viewer: &Viewer) -> String {
    format!("user:{}", viewer.user.id)
}

fn invalid(field: &str, code: &'static str) -> InboxError {
    InboxError::Invalid(vec![FieldError { field: field.to_owned(), code }])
}

async fn load(inbox: &Inbox, id: CaseId) -> Result<CaseRecord, InboxError> {
    inbox.store.case(id).await?.ok_or(InboxError::NotFound)
}

/// Active accounts of the office, who cases can be assigned to.
async fn staff_accounts(inbox: &Inbox) -> Result<Vec<User>, InboxError> {
    let mut staff: Vec<User> = inbox
        .accounts
        .users()
        .await?
        .into_iter()
        .filter(|u| !u.disabled && matches!(u.role, Role::Coordinator | Role::Administrator))
        .collect();
    staff.sort_by(|a, b| a.email.as_str().cmp(b.email.as_str()));
    Ok(staff)
}

/// The queue, filtered.
pub async fn queue(inbox: &Inbox, viewer: &Viewer, filter: &CaseFilter) -> Result<(Vec<CaseRecord>, Vec<User>), InboxError> {
    staff_only(viewer)?;
    Ok((inbox.store.queue(filter).await?, staff_accounts(inbox).await?))
}

/// One case with everything the office sees.
pub async fn detail(inbox: &Inbox, viewer: &Viewer, id: CaseId) -> Result<CaseDetail, InboxError> {
    staff_only(viewer)?;
    let case = load(inbox, id).await?;
    let entries = inbox.store.entries(id).await?;
    Ok(CaseDetail { case, entries, staff: staff_accounts(inbox).await? })
}

fn event(viewer: &Viewer, body: String, now: i64) -> CaseEntry {
    CaseEntry { kind: EntryKind::Event, author: author(viewer), body, at: now }
}

fn keep(case: &CaseRecord, entries: Vec<CaseEntry>, now: i64) -> CaseChange {
    CaseChange {
        expected: case.status,
        status: case.status,
        entries,
        assignee: None,
        outcome: None,
        answered: false,
        new_link: None,
        at: now,
    }
}

/// Assigns the case to a member of staff, or to nobody.
pub async fn assign(inbox: &Inbox, viewer: &Viewer, id: CaseId, assignee: Option<UserId>, now: i64) -> Result<(), InboxError> {
    staff_only(viewer)?;
    let case = load(inbox, id).await?;
    if let Some(user) = assignee {
        if !staff_accounts(inbox).await?.iter().any(|u| u.id == user) {
            return Err(invalid("assignee", "unknown_choice"));
        }
    }
    if case.assignee == assignee {
        return Ok(());
    }
    let mark = assignee.map_or_else(|| "unassigned".to_owned(), |u| format!("assigned:{u}"));
    let mut change = keep(&case, vec![event(viewer, mark, now)], now);
    change.assignee = Some(assignee);
    inbox.store.change_case(id, &change).await?;
    Ok(())
}

/// An internal note; the sender never sees it.
pub async fn note(inbox: &Inbox, viewer: &Viewer, id: CaseId, text: &str, now: i64) -> Result<(), InboxError> {
    staff_only(viewer)?;
    let text = message_text(text, MAX_NOTE).map_err(|code| invalid("note", code))?;
    let case = load(inbox, id).await?;
    let entry = CaseEntry { kind: EntryKind::Note, author: author(viewer), body: text, at: now };
    inbox.store.change_case(id, &keep(&case, vec![entry], now)).await?;
    Ok(())
}

/// A public reply: shown on the sender's page and mailed to them in the language they chose.
/// The case waits for the sender; the first reply's time is recorded. The mail links to the
/// case: under "Meine Anliegen" for a signed-in sender, otherwise by a fresh private link stored
/// with the reply (only hashes are kept, so an earlier link cannot be sent again; it keeps working).
pub async fn reply(inbox: &Inbox, viewer: &Viewer, id: CaseId, text: &str, now: i64) -> Result<(), InboxError> {
    staff_only(viewer)?;
    let text =
        message_text(text, MAX_TEXT).map_err(|code| invalid("reply", if code == "too_long" { "inbox_text_too_long" } else { code }))?;
    let case = load(inbox, id).await?;
    let status = case.status.after_office_reply()?;
    let mut entries = vec![CaseEntry { kind: EntryKind::Reply, author: author(viewer), body: text.clone(), at: now }];
    if status != case.status {
        entries.push(event(viewer, format!("status:{}", status.key()), now));
    }
    let (link, new_link) = match case.sender {
        Some(_) => (format!("{}/account/inbox/{}", inbox.public_url, case.id), None),
        None => {
            let secret = new_secret();
            (inbox.link(&secret), Some(hash_secret(&secret)))
        }
    };
    let change = CaseChange { expected: case.status, status, entries, assignee: None, outcome: None, answered: true, new_link, at: now };
    inbox.store.change_case(id, &change).await?;
    let kind = MailKind::InboxReply { reply: text, link };
    if let Err(error) = send(&inbox.jobs, inbox.mail.as_ref(), &case.email, Some(case.language), &kind).await {
        tracing::error!(%error, case = %case.id, "could not queue the reply mail");
    }
    Ok(())
}

/// Sets the status by hand (in progress, waiting for the sender; reopening a done case).
pub async fn set_status(inbox: &Inbox, viewer: &Viewer, id: CaseId, to: CaseStatus, now: i64) -> Result<(), InboxError> {
    staff_only(viewer)?;
    let case = load(inbox, id).await?;
    if !case.status.may_become(to) {
        return Err(TransitionError::NotAllowed.into());
    }
    let change = CaseChange { status: to, ..keep(&case, vec![event(viewer, format!("status:{}", to.key()), now)], now) };
    inbox.store.change_case(id, &change).await?;
    Ok(())
}

/// Closes the case with an outcome and an optional internal remark.
pub async fn close(inbox: &Inbox, viewer: &Viewer, id: CaseId, outcome: Outcome, remark: &str, now: i64) -> Result<(), InboxError> {
    staff_only(viewer)?;
    let remark = remark.trim();
    if remark.chars().count() > MAX_NOTE {
        return Err(invalid("remark", "too_long"));
    }
    let case = load(inbox, id).await?;
    let status = case.status.close()?;
    let mut entries = vec![event(viewer, format!("closed:{}", outcome.key()), now)];
    if !remark.is_empty() {
        entries.push(CaseEntry { kind: EntryKind::Note, author: author(viewer), body: remark.to_owned(), at: now });
    }
    let change = CaseChange { status, outcome: Some(outcome), ..keep(&case, entries, now) };
    inbox.store.change_case(id, &change).await?;
    Ok(())
}

/// Merges a duplicate into another case: it is closed as a duplicate, both histories say so.
pub async fn merge(inbox: &Inbox, viewer: &Viewer, duplicate: CaseId, into: CaseId, now: i64) -> Result<(), InboxError> {
    staff_only(viewer)?;
    if duplicate == into {
        return Err(invalid("into", "unknown_choice"));
    }
    load(inbox, duplicate).await?;
    if inbox.store.case(into).await?.is_none() {
        return Err(invalid("into", "unknown_choice"));
    }
    inbox.store.merge_cases(duplicate, into, &author(viewer), now).await?;
    Ok(())
}
