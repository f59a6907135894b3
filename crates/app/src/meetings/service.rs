//! What the meeting use cases reach, why they refuse, and the helpers they share: who may
//! act, loading a meeting, and the mails to registrants in their language with the `.ics`.

use std::sync::Arc;

use domain::accounts::EmailAddress;
use domain::language::UiLocale;
use domain::meetings::{icalendar, AttendanceRefusal, MeetingId, Registration, RegistrationRefusal};
use domain::profile_form::FieldError;

use super::explain::Message;
use super::moves::MoveRefusal;
use crate::accounts::sign_in::Viewer;
use crate::jobs::JobRunner;
use crate::mail::compose::{send_with, MailKind, MailText};
use crate::mail::Attachment;
use crate::ports::{AuditEvent, AuditLog, Clock, MeetingRecord, MeetingStore, StoreError};

/// The meeting store with the job queue (mail goes through it), the mail texts, and the
/// instance's public address for links and calendar files.
pub struct Meetings {
    pub store: Arc<dyn MeetingStore>,
    /// Offers and needs: which associations present fit together.
    pub marketplace: Arc<crate::marketplace::Marketplace>,
    pub jobs: Arc<JobRunner>,
    pub audit: Arc<dyn AuditLog>,
    pub mail: Arc<dyn MailText>,
    /// `https://knotenpunkt.example` without a trailing slash.
    pub public_url: String,
    /// The time planning progress is told by.
    pub clock: Arc<dyn Clock>,
    /// Typesets handouts, table sheets and badges as PDF.
    pub renderer: Arc<dyn crate::ports::HandoutRenderer>,
    /// What was printed, to tell what changed since.
    pub printed: Arc<dyn crate::ports::PrintedStore>,
}

/// Why a meeting use case did nothing.
#[derive(Debug, thiserror::Error)]
pub enum MeetingError {
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The form has problems, by field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("registration refused: {0}")]
    Refused(RegistrationRefusal),
    #[error("move refused: {0}")]
    Move(MoveRefusal),
    #[error("check-in refused: {0}")]
    Attendance(AttendanceRefusal),
    /// No plan could be made; the message says why in the office's words.
    #[error("planning failed: {}", .0.id)]
    Planning(Message),
    /// No plan yet to change.
    #[error("no plan yet")]
    NoPlan,
    /// Someone else saved the plan in between.
    #[error("the plan changed meanwhile")]
    Conflict,
    /// Nothing changed since the last print.
    #[error("nothing to print")]
    NothingToPrint,
    /// The typesetter failed: a template or font problem, not the user's.
    #[error("typesetting failed: {0}")]
    Render(String),
    #[error(transparent)]
    Store(StoreError),
}

impl MeetingError {
    /// The message id the interface shows for a refusal (`None` for what the error page says).
    pub fn message_id(&self) -> Option<&'static str> {
        match self {
            MeetingError::Refused(r) => Some(r.code()),
            MeetingError::Move(m) => Some(m.code()),
            MeetingError::Attendance(a) => Some(a.code()),
            MeetingError::Planning(m) => Some(m.id),
            MeetingError::NoPlan => Some("meeting-plan-none"),
            MeetingError::Conflict => Some("meeting-plan-conflict"),
            MeetingError::NothingToPrint => Some("meeting-print-nothing-changed"),
            _ => None,
        }
    }
}

impl From<StoreError> for MeetingError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound(_) => MeetingError::NotFound,
            StoreError::Conflict(_) => MeetingError::Conflict,
            other => MeetingError::Store(other),
        }
    }
}

/// Refuses anyone but a complete session of office staff.
pub(crate) fn require_staff(viewer: &Viewer) -> Result<(), MeetingError> {
    if viewer.is_staff() {
        Ok(())
    } else {
        Err(MeetingError::Forbidden)
    }
}

/// The viewer as stored in histories (`user:42`).
pub(super) fn actor(viewer: &Viewer) -> String {
    format!("user:{}", viewer.user.id)
}

/// The language of mails to a registrant: the first interface language they speak, else the
/// instance's.
pub fn mail_language(registration: &Registration) -> Option<UiLocale> {
    registration.languages.iter().find_map(|l| UiLocale::parse(l.as_str()))
}

impl Meetings {
    /// The meeting, or `NotFound`.
    pub async fn by_slug(&self, slug: &str) -> Result<MeetingRecord, MeetingError> {
        self.store.meeting_by_slug(slug).await?.ok_or(MeetingError::NotFound)
    }

    /// The meeting, or `NotFound`.
    pub async fn by_id(&self, id: MeetingId) -> Result<MeetingRecord, MeetingError> {
        self.store.meeting(id).await?.ok_or(MeetingError::NotFound)
    }

    /// The meeting page's absolute address.
    pub fn link(&self, record: &MeetingRecord) -> String {
        format!("{}/meetings/{}", self.public_url, record.slug)
    }

    /// The meeting as an iCalendar file; `sequence` follows the meeting's last change.
    pub fn calendar(&self, record: &MeetingRecord, now: i64) -> String {
        let host = self.public_url.split("://").nth(1).unwrap_or(&self.public_url).split('/').next().unwrap_or_default();
        let changed = record.updated_at.get(..19).and_then(|t| domain::meetings::parse_local(t, 0)).unwrap_or(now);
        let sequence = u32::try_from((changed - 1_577_836_800).max(0)).unwrap_or(u32::MAX);
        icalendar(record.id, &record.meeting, host, now, sequence, Some(&self.link(record)))
    }

    /// The `.ics` as a mail attachment.
    pub fn calendar_attachment(&self, record: &MeetingRecord, now: i64) -> Attachment {
        Attachment::text(format!("{}.ics", record.slug), "text/calendar; charset=utf-8; method=PUBLISH", self.calendar(record, now))
    }

    /// Mails one registrant in their language; `with_calendar` attaches the `.ics`. A mail that
    /// cannot be queued is logged: the action it reports stands.
    pub(super) async fn mail_registrant(&self, record: &MeetingRecord, to: &Registration, kind: MailKind, with_calendar: bool, now: i64) {
        let attachments = if with_calendar { vec![self.calendar_attachment(record, now)] } else { Vec::new() };
        self.mail_to(&to.email, mail_language(to), &kind, attachments).await;
    }

    async fn mail_to(&self, to: &EmailAddress, language: Option<UiLocale>, kind: &MailKind, attachments: Vec<Attachment>) {
        if let Err(error) = send_with(&self.jobs, self.mail.as_ref(), to, language, kind, attachments).await {
            tracing::error!(%error, kind = kind.key(), "meeting mail not queued");
        }
    }

    /// The facts every meeting mail names.
    pub(super) fn facts(&self, record: &MeetingRecord) -> MeetingFacts {
        MeetingFacts {
            meeting: record.meeting.title.clone(),
            when: local_time(record.meeting.starts_at),
            venue: format!("{}, {}", record.meeting.venue.name, record.meeting.venue.address),
            link: self.link(record),
        }
    }

    /// Records an office action on a meeting in the audit log (failures are logged only).
    pub(crate) async fn audit(&self, viewer: &Viewer, action: &str, meeting: MeetingId, detail: String) {
        let event =
            AuditEvent { actor: actor(viewer), action: action.into(), target: format!("meeting:{meeting}"), detail, at: String::new() };
        if let Err(error) = self.audit.record_audit(&event).await {
            tracing::error!(%error, action, "meeting action not audited");
        }
    }
}

/// `2026-01-11 10:00`: German local time, as mails and lists show it.
pub fn local_time(unix_secs: i64) -> String {
    domain::meetings::format_local(unix_secs, domain::meetings::german_offset(unix_secs)).replace('T', " ")
}

/// Title, local start, venue and link of a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFacts {
    pub meeting: String,
    pub when: String,
    pub venue: String,
    pub link: String,
}
