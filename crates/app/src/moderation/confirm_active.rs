//! The yearly "still active?" check. A daily scan mails each association whose entry was last
//! confirmed more than a year ago a single-use link that confirms it without logging in; an
//! entry whose reminder stays unanswered for the grace period is flagged for the office.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use domain::accounts::EmailAddress;
use domain::ids::OrgId;

use crate::accounts::tokens::{hash_secret, looks_like_secret, new_secret};
use crate::directory::Directory;
use crate::jobs::{JobError, JobHandler};
use crate::mail::compose::{MailKind, MailText};
use crate::mail::enqueue_mail::enqueue_mail;
use crate::mail::OutgoingMail;
use crate::ports::{
    AuditEvent, AuditLog, Author, Clock, ConfirmActiveStore, DirectoryStore, JobState, JobStore, Membership, MembershipStore, NewToken,
    OrgRecord, StoreError, TokenPurpose, TokenStore,
};

/// The job kind of the daily scan.
pub const SCAN_JOB: &str = "confirm_active.scan";
/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// How many recent jobs are looked through for an already queued scan.
const RECENT_JOBS: u32 = 500;
/// Who acts for the scan and the link in the audit log.
const ACTOR: Author = Author::system("confirm_active");

/// When entries are due and how long an association has to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Seconds after the last confirmation before the association is asked again.
    pub confirm_after: i64,
    /// Seconds the association has to answer; the link is valid as long.
    pub grace: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { confirm_after: 365 * DAY, grace: 30 * DAY }
    }
}

/// What the scan does with one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Confirmed recently, flagged already, or the reminder is still within the grace period.
    Wait,
    /// Due and not asked since the last confirmation: send the reminder.
    Remind,
    /// Asked, and the grace period passed without an answer: flag for the office.
    Flag,
}

/// The step for one entry at `now` (Unix seconds). A reminder counts only when it is newer than
/// the last confirmation, so an edit approved meanwhile starts the year afresh.
pub fn next_step(record: &OrgRecord, rules: &Rules, now: i64) -> Step {
    let published = record.approved.is_some() && !record.archived;
    let Some(confirmed) = record.confirmed_at.filter(|_| published && record.inactive_flagged_at.is_none()) else {
        return Step::Wait;
    };
    if confirmed >= now.saturating_sub(rules.confirm_after) {
        return Step::Wait;
    }
    match record.confirmation_sent_at.filter(|sent| *sent >= confirmed) {
        None => Step::Remind,
        Some(sent) if now >= sent.saturating_add(rules.grace) => Step::Flag,
        Some(_) => Step::Wait,
    }
}

/// Who gets the reminder: the association's public contact address, else its owners and editors.
pub fn recipients(public_email: Option<&str>, members: &[(Membership, EmailAddress)]) -> Vec<EmailAddress> {
    if let Some(address) = public_email.and_then(|raw| EmailAddress::parse(raw).ok()) {
        return vec![address];
    }
    let mut addresses: Vec<EmailAddress> = members.iter().map(|(_, email)| email.clone()).collect();
    addresses.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    addresses.dedup();
    addresses
}

/// What one scan did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanReport {
    /// Associations that were mailed a reminder.
    pub reminded: usize,
    /// Entries flagged for the office: unanswered, or with nobody to ask.
    pub flagged: usize,
}

/// The scan with everything it needs: stores, mail texts and the site's address for links.
pub struct ConfirmActiveScan {
    pub confirm_active: Arc<dyn ConfirmActiveStore>,
    pub memberships: Arc<dyn MembershipStore>,
    pub tokens: Arc<dyn TokenStore>,
    pub audit: Arc<dyn AuditLog>,
    pub jobs: Arc<dyn JobStore>,
    /// Words the reminder in the instance's default language.
    pub text: Arc<dyn MailText>,
    /// Start of absolute links, e.g. `https://knotenpunkt.example`.
    pub base_url: String,
    pub rules: Rules,
    pub clock: Arc<dyn Clock>,
}

/// How many due entries the scan reads at a time.
const SCAN_PAGE: usize = 500;

impl ConfirmActiveScan {
    /// Sends the reminders that are due and flags unanswered entries, as of `now` (Unix seconds).
    pub async fn scan(&self, now: i64) -> Result<ScanReport, StoreError> {
        let mut report = ScanReport::default();
        let before = now.saturating_sub(self.rules.confirm_after);
        let mut after = OrgId(i64::MIN);
        loop {
            let page = self.confirm_active.confirm_active_due_page(before, after, SCAN_PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            let full = page.len() == SCAN_PAGE;
            self.scan_page(page, now, &mut report).await?;
            if !full {
                break;
            }
        }
        Ok(report)
    }

    async fn scan_page(&self, page: Vec<OrgRecord>, now: i64, report: &mut ScanReport) -> Result<(), StoreError> {
        for record in page {
            match next_step(&record, &self.rules, now) {
                Step::Wait => {}
                Step::Remind => {
                    if self.remind(&record, now).await? {
                        report.reminded += 1;
                    } else {
                        self.flag(&record, now, "no_recipient").await?;
                        report.flagged += 1;
                    }
                }
                Step::Flag => {
                    self.flag(&record, now, "no_answer").await?;
                    report.flagged += 1;
                }
            }
        }
        Ok(())
    }

    /// Mails the link to every recipient; false when there is nobody to ask.
    async fn remind(&self, record: &OrgRecord, now: i64) -> Result<bool, StoreError> {
        let public_email = record.profile.as_ref().and_then(|p| p.contact.email.as_deref());
        let to = recipients(public_email, &self.memberships.members_of(record.id).await?);
        if to.is_empty() {
            return Ok(false);
        }
        let secret = new_secret();
        let token = NewToken {
            token_hash: hash_secret(&secret),
            purpose: TokenPurpose::ConfirmActive,
            user: None,
            email: None,
            organisation: Some(record.id),
            payload: "{}".into(),
            expires_at: now.saturating_add(self.rules.grace),
        };
        self.tokens.create_token(&token).await?;
        let base = self.base_url.trim_end_matches('/');
        let kind = MailKind::ConfirmActive {
            organisation: record.name.clone(),
            confirm_link: format!("{base}/organisations/confirm?token={secret}"),
            edit_link: format!("{base}/organisations/{}/edit", record.slug),
        };
        // To the association's address: nobody chose a language for it.
        let (subject, text_body) = self.text.render(&kind, None);
        for address in to {
            let mail = OutgoingMail {
                to: address,
                subject: subject.clone(),
                text_body: text_body.clone(),
                html_body: None,
                attachments: Vec::new(),
            };
            enqueue_mail(self.jobs.as_ref(), &mail).await?;
        }
        // Recorded after the mails are queued: a failure in between sends again rather than never.
        self.confirm_active.set_confirmation_sent(record.id, Some(now)).await?;
        Ok(true)
    }

    async fn flag(&self, record: &OrgRecord, now: i64, reason: &str) -> Result<(), StoreError> {
        self.confirm_active.set_inactive_flag(record.id, Some(now)).await?;
        audit(self.audit.as_ref(), "organisation.flag_inactive", record.id, reason).await
    }
}

async fn audit(log: &(impl AuditLog + ?Sized), action: &str, org: OrgId, detail: &str) -> Result<(), StoreError> {
    let event = AuditEvent {
        actor: ACTOR.label(),
        action: action.into(),
        target: format!("organisation:{org}"),
        detail: detail.into(),
        at: String::new(),
    };
    log.record_audit(&event).await
}

/// Queues a scan at `run_at` unless one is already queued or running, so that restarts and
/// several server processes keep a single daily scan. The check looks at the recent jobs only;
/// should a scan hide behind many newer jobs, the next scan finds the second one and ends the
/// duplicate chain (see [`ScanJob`]). Returns whether a scan was queued.
pub async fn schedule_scan(jobs: &dyn JobStore, run_at: SystemTime) -> Result<bool, StoreError> {
    let pending = jobs.recent_jobs(RECENT_JOBS).await?;
    if pending.iter().any(|j| j.kind == SCAN_JOB && matches!(j.state, JobState::Queued | JobState::Running)) {
        return Ok(false);
    }
    jobs.enqueue(SCAN_JOB, &serde_json::json!({}), run_at).await?;
    Ok(true)
}

/// The `confirm_active.scan` job: scans now, then queues the next scan a day later unless
/// another one is already queued.
pub struct ScanJob {
    pub scan: ConfirmActiveScan,
}

#[async_trait]
impl JobHandler for ScanJob {
    async fn run(&self, _payload: &serde_json::Value) -> Result<(), JobError> {
        let now = self.scan.clock.now().unix_secs();
        let report = self.scan.scan(now).await.map_err(|e| JobError::Retry(e.to_string()))?;
        tracing::info!(reminded = report.reminded, flagged = report.flagged, "yearly confirmation scan");
        let queued = self.scan.jobs.recent_jobs(RECENT_JOBS).await.map_err(|e| JobError::Retry(e.to_string()))?;
        if !queued.iter().any(|j| j.kind == SCAN_JOB && j.state == JobState::Queued) {
            let next = UNIX_EPOCH + Duration::from_secs(u64::try_from(now.saturating_add(DAY)).unwrap_or(0));
            self.scan.jobs.enqueue(SCAN_JOB, &serde_json::json!({}), next).await.map_err(|e| JobError::Retry(e.to_string()))?;
        }
        Ok(())
    }
}

/// Why a confirmation link did nothing.
#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    /// Unknown, used or expired link, or the association no longer exists.
    #[error("invalid or expired link")]
    InvalidLink,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ConfirmError {
    /// Stable code that the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            ConfirmError::InvalidLink => "invalid_link",
            ConfirmError::Store(_) => "unavailable",
        }
    }
}

/// The association a still valid link is for, without using the link (to show the choice first).
pub async fn pending_confirmation(
    directory: &dyn DirectoryStore,
    tokens: &dyn TokenStore,
    token: &str,
    now: i64,
) -> Result<OrgRecord, ConfirmError> {
    if !looks_like_secret(token) {
        return Err(ConfirmError::InvalidLink);
    }
    let used = tokens.valid_token(&hash_secret(token), TokenPurpose::ConfirmActive, now).await?.ok_or(ConfirmError::InvalidLink)?;
    let org = used.organisation.ok_or(ConfirmError::InvalidLink)?;
    directory.organisation_record(org).await?.ok_or(ConfirmError::InvalidLink)
}

/// Uses up the link and records that the entry is still current at `now`; clears the reminder
/// and the inactivity flag. Returns the association.
pub async fn confirm(
    directory: &Directory,
    accounts: &(impl TokenStore + AuditLog + ?Sized),
    token: &str,
    now: i64,
) -> Result<OrgRecord, ConfirmError> {
    if !looks_like_secret(token) {
        return Err(ConfirmError::InvalidLink);
    }
    let used = accounts.consume_token(&hash_secret(token), TokenPurpose::ConfirmActive, now).await?.ok_or(ConfirmError::InvalidLink)?;
    let org = used.organisation.ok_or(ConfirmError::InvalidLink)?;
    let record = directory.store().organisation_record(org).await?.ok_or(ConfirmError::InvalidLink)?;
    directory.confirm_active().set_confirmed(org, now).await?;
    audit(accounts, "organisation.confirm_active", org, "link").await?;
    Ok(record)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use domain::accounts::UserId;
    use domain::slug::Slug;

    use super::*;
    use crate::ports::MemberRole;

    const NOW: i64 = 1_800_000_000;

    fn record(confirmed_at: i64, sent: Option<i64>) -> OrgRecord {
        OrgRecord {
            id: OrgId(1),
            slug: Slug::parse("verein-a").unwrap(),
            name: "Verein A".into(),
            archived: false,
            trusted: false,
            approved: Some(1),
            confirmed_at: Some(confirmed_at),
            inactive_flagged_at: None,
            confirmation_sent_at: sent,
            profile: None,
        }
    }

    fn step(record: &OrgRecord, now: i64) -> Step {
        next_step(record, &Rules::default(), now)
    }

    #[test]
    fn an_entry_is_due_a_year_after_its_last_confirmation() {
        assert_eq!(step(&record(NOW - 364 * DAY, None), NOW), Step::Wait);
        assert_eq!(step(&record(NOW - 365 * DAY, None), NOW), Step::Wait, "exactly a year is not yet due");
        assert_eq!(step(&record(NOW - 366 * DAY, None), NOW), Step::Remind);
    }

    #[test]
    fn an_unanswered_reminder_is_flagged_after_the_grace_period() {
        let sent = NOW - 10 * DAY;
        let asked = record(NOW - 400 * DAY, Some(sent));
        assert_eq!(step(&asked, NOW), Step::Wait, "still within the grace period");
        assert_eq!(step(&asked, sent + 30 * DAY - 1), Step::Wait);
        assert_eq!(step(&asked, sent + 30 * DAY), Step::Flag);
        let short = Rules { grace: 5 * DAY, ..Rules::default() };
        assert_eq!(next_step(&asked, &short, NOW), Step::Flag);
    }

    #[test]
    fn a_reminder_older_than_the_last_confirmation_does_not_count() {
        let old_reminder = record(NOW - 370 * DAY, Some(NOW - 800 * DAY));
        assert_eq!(step(&old_reminder, NOW), Step::Remind, "asked again, not flagged at once");
    }

    #[test]
    fn flagged_archived_and_unpublished_entries_wait() {
        let flagged = OrgRecord { inactive_flagged_at: Some(NOW - DAY), ..record(NOW - 500 * DAY, Some(NOW - 60 * DAY)) };
        let archived = OrgRecord { archived: true, ..record(NOW - 500 * DAY, None) };
        let proposal = OrgRecord { approved: None, confirmed_at: None, ..record(0, None) };
        for r in [flagged, archived, proposal] {
            assert_eq!(step(&r, NOW), Step::Wait, "{r:?}");
        }
    }

    #[test]
    fn the_public_address_comes_first_then_the_editors() {
        let member = |id: i64, role, email: &str| {
            (Membership { user: UserId(id), organisation: OrgId(1), role }, EmailAddress::parse(email).unwrap())
        };
        let members = [member(2, MemberRole::Editor, "b@example.de"), member(1, MemberRole::Owner, "a@example.de")];
        let emails = |list: Vec<EmailAddress>| list.into_iter().map(|e| e.as_str().to_owned()).collect::<Vec<_>>();
        assert_eq!(emails(recipients(Some("info@verein.de"), &members)), ["info@verein.de"]);
        assert_eq!(emails(recipients(Some("kein Mail"), &members)), ["a@example.de", "b@example.de"]);
        assert_eq!(emails(recipients(None, &members)), ["a@example.de", "b@example.de"]);
        assert!(recipients(None, &[]).is_empty());
    }
}
