//! The office's invitations: the associations chosen (all, a filter, a list) each get a personal
//! link by mail, through the job queue; the response-rate progress (an association counts as
//! invited once the mail with its link was sent: the mail jobs of its current link are recorded
//! with it); reminders to those who have not answered, at most one a week per association
//! (`domain::survey::reminder`), sent by the [`SEND_REMINDERS`] job rather than in the office's
//! request. A reminder carries a new link (only the hash of the old one is kept), and the old
//! link stops working.

use std::sync::Arc;

use async_trait::async_trait;
use domain::ids::OrgId;
use domain::language::UiLocale;
use domain::organisation::Organisation;
use domain::survey::{reminder, select, Candidate, Contact, Progress, Reminder, Selection, SurveyId, SurveyStatus};

use super::{SurveyError, Surveys};
use crate::accounts::sign_in::Viewer;
use crate::accounts::tokens::{hash_secret, new_secret};
use crate::jobs::{JobError, JobHandler, JobRunner};
use crate::mail::compose::{MailKind, MailText, Mailing};
use crate::mail::enqueue_mail::enqueue_mail;
use crate::mail::recipients::association_recipients;
use crate::mail::OutgoingMail;
use crate::ports::{InvitationRecord, JobId, JobStore, SurveyRecord};

/// The job that mails the due reminders of one survey (payload `{"survey": <id>}`).
pub const SEND_REMINDERS: &str = "survey.send_reminders";

/// Where the mails with a link go: the queue, the texts, the site's address.
struct LinkMail<'a> {
    jobs: &'a dyn JobStore,
    text: &'a dyn MailText,
    base_url: &'a str,
}

/// One invited association on the office's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitedRow {
    pub organisation: OrgId,
    /// Its name (empty when it is no longer published).
    pub name: String,
    pub contact: Contact,
    /// Unix seconds of the last save.
    pub saved_at: Option<i64>,
    /// Whether a reminder may go now, and else when.
    pub reminder: Reminder,
}

/// The office's invitations page.
#[derive(Debug, Clone)]
pub struct InvitationsView {
    pub record: SurveyRecord,
    pub status: SurveyStatus,
    pub progress: Progress,
    /// Invited associations, by name.
    pub invited: Vec<InvitedRow>,
    /// Published associations not invited yet, `(id, name)` by name.
    pub uninvited: Vec<(OrgId, String)>,
    /// Invited associations a reminder may go to now.
    pub due: usize,
}

/// What sending invitations did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sent {
    /// Associations invited now, each mailed its link.
    pub invited: usize,
    /// Chosen but invited before: left as they were.
    pub already: usize,
    /// Chosen but without editors or a public address: not invited.
    pub no_address: usize,
}

/// What sending reminders did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reminded {
    pub reminded: usize,
    /// Mailed less than a week ago: not reminded now.
    pub too_soon: usize,
    /// Without editors or a public address.
    pub no_address: usize,
}

fn contact_of(i: &InvitationRecord) -> Contact {
    Contact {
        invited_at: i.invited_at,
        reminded_at: i.reminded_at,
        started: i.saved_at.is_some(),
        submitted: i.submitted_at.is_some(),
        delivery: i.delivery,
    }
}

/// How many of `invitations` count as invited: their link went out (or they answered).
pub fn reached(invitations: &[InvitationRecord]) -> usize {
    invitations.iter().filter(|i| contact_of(i).reached()).count()
}

fn candidate(o: &Organisation) -> Candidate<'_> {
    Candidate { id: o.id, mso: o.profile.mso, categories: &o.profile.categories, district: o.profile.district.as_deref() }
}

impl Surveys {
    fn office_only(viewer: &Viewer) -> Result<(), SurveyError> {
        if viewer.is_staff() {
            Ok(())
        } else {
            Err(SurveyError::Forbidden)
        }
    }

    /// The invitations of a survey, its progress and who may be invited still.
    pub async fn invitations_view(&self, viewer: &Viewer, slug: &str) -> Result<InvitationsView, SurveyError> {
        Self::office_only(viewer)?;
        let record = self.by_slug(slug).await?;
        let now = self.now();
        let invitations = self.store.invitations(record.id).await?;
        let mut orgs = self.directory.published_organisations().await?;
        orgs.sort_by_cached_key(|o| o.profile.name.to_lowercase());
        let name_of = |id: OrgId| orgs.iter().find(|o| o.id == id).map(|o| o.profile.name.clone()).unwrap_or_default();
        let contacts: Vec<Contact> = invitations.iter().map(contact_of).collect();
        let mut invited: Vec<InvitedRow> = invitations
            .iter()
            .zip(&contacts)
            .map(|(i, c)| InvitedRow {
                organisation: i.organisation,
                name: name_of(i.organisation),
                contact: *c,
                saved_at: i.saved_at,
                reminder: reminder(c, now),
            })
            .collect();
        invited.sort_by_cached_key(|r| r.name.to_lowercase());
        let uninvited =
            orgs.iter().filter(|o| !invitations.iter().any(|i| i.organisation == o.id)).map(|o| (o.id, o.profile.name.clone())).collect();
        let due = invited.iter().filter(|r| r.reminder == Reminder::Due).count();
        Ok(InvitationsView { status: record.survey.status(now), progress: Progress::of(&contacts), record, invited, uninvited, due })
    }

    /// Invites the chosen published associations that are not invited yet: each gets its
    /// personal link by mail (its editors in their languages, else its public address). A
    /// closed survey invites nobody.
    pub async fn send_invitations(
        &self,
        viewer: &Viewer,
        slug: &str,
        selection: &Selection,
        mailing: &Mailing<'_>,
    ) -> Result<Sent, SurveyError> {
        Self::office_only(viewer)?;
        let record = self.by_slug(slug).await?;
        let now = self.now();
        if record.survey.status(now) == SurveyStatus::Closed {
            return Err(SurveyError::NotOpen);
        }
        let orgs = self.directory.published_organisations().await?;
        let chosen = select(selection, orgs.iter().map(candidate));
        let invited: Vec<OrgId> = self.store.invitations(record.id).await?.iter().map(|i| i.organisation).collect();
        let mut sent = Sent::default();
        for org in chosen {
            if invited.contains(&org) {
                sent.already += 1;
                continue;
            }
            let to = association_recipients(self.accounts.as_ref(), self.directory.as_ref(), org).await;
            if to.is_empty() {
                sent.no_address += 1;
                continue;
            }
            let secret = new_secret();
            if !self.store.invite(record.id, org, &hash_secret(&secret), now).await? {
                sent.already += 1;
                continue;
            }
            let name = orgs.iter().find(|o| o.id == org).map(|o| o.profile.name.clone()).unwrap_or_default();
            let via = LinkMail { jobs: mailing.jobs.store().as_ref(), text: mailing.text, base_url: mailing.base_url };
            self.mail_link(&record, org, &name, &secret, &to, false, &via).await?;
            sent.invited += 1;
        }
        mailing.jobs.wake();
        Ok(sent)
    }

    /// Queues the [`SEND_REMINDERS`] job for a survey (the office only, while it is open) and
    /// returns how many associations are due a reminder now; no job when none is.
    pub async fn queue_reminders(&self, viewer: &Viewer, slug: &str, jobs: &JobRunner) -> Result<usize, SurveyError> {
        Self::office_only(viewer)?;
        let record = self.by_slug(slug).await?;
        let now = self.now();
        if record.survey.status(now) != SurveyStatus::Open {
            return Err(SurveyError::NotOpen);
        }
        let due = self.store.invitations(record.id).await?.iter().filter(|i| reminder(&contact_of(i), now) == Reminder::Due).count();
        if due > 0 {
            let payload = serde_json::json!({ "survey": record.id.0 });
            jobs.store().enqueue(SEND_REMINDERS, &payload, std::time::SystemTime::now()).await?;
            jobs.wake();
        }
        Ok(due)
    }

    /// Reminds every invited association that has not answered and was last mailed a week ago
    /// or longer (or whose last mail failed), with a new link. Only while the survey is open.
    /// The body of the [`SEND_REMINDERS`] job: run again after a failure, those reminded
    /// already are not due any more.
    async fn send_reminders(&self, survey: SurveyId, via: &LinkMail<'_>) -> Result<Reminded, SurveyError> {
        let record = self.store.survey_by_id(survey).await?.ok_or(SurveyError::NotFound)?;
        let now = self.now();
        if record.survey.status(now) != SurveyStatus::Open {
            return Err(SurveyError::NotOpen);
        }
        let orgs = self.directory.published_organisations().await?;
        let mut done = Reminded::default();
        for invitation in self.store.invitations(record.id).await? {
            match reminder(&contact_of(&invitation), now) {
                Reminder::Answered => continue,
                Reminder::TooSoon { .. } => {
                    done.too_soon += 1;
                    continue;
                }
                Reminder::Due => {}
            }
            let org = invitation.organisation;
            let to = association_recipients(self.accounts.as_ref(), self.directory.as_ref(), org).await;
            if to.is_empty() {
                done.no_address += 1;
                continue;
            }
            let secret = new_secret();
            self.store.remind(record.id, org, &hash_secret(&secret), now).await?;
            let name = orgs.iter().find(|o| o.id == org).map(|o| o.profile.name.clone()).unwrap_or_default();
            self.mail_link(&record, org, &name, &secret, &to, true, via).await?;
            done.reminded += 1;
        }
        Ok(done)
    }

    /// Queues the mail with the personal link to every recipient, in their language, and
    /// records the mail jobs with the invitation (they tell whether the link went out).
    #[allow(clippy::too_many_arguments)] // one mail's parts
    async fn mail_link(
        &self,
        record: &SurveyRecord,
        org: OrgId,
        organisation: &str,
        secret: &str,
        to: &[(domain::accounts::EmailAddress, Option<UiLocale>)],
        is_reminder: bool,
        via: &LinkMail<'_>,
    ) -> Result<(), SurveyError> {
        let link = format!("{}/survey/{secret}", via.base_url.trim_end_matches('/'));
        let mut jobs: Vec<JobId> = Vec::new();
        let closes = record.survey.closes_at.map(domain::date::iso_date).unwrap_or_default();
        for (address, language) in to {
            let lang = language.map_or("de", UiLocale::code);
            let survey = record.survey.title.choose(lang).map(|c| c.text.to_owned()).unwrap_or_default();
            let (organisation, link, closes) = (organisation.to_owned(), link.clone(), closes.clone());
            let kind = if is_reminder {
                MailKind::SurveyReminder { survey, organisation, link, closes }
            } else {
                MailKind::SurveyInvitation { survey, organisation, link, closes }
            };
            let (subject, text_body) = via.text.render(&kind, *language);
            let mail = OutgoingMail { to: address.clone(), subject, text_body, html_body: None, attachments: Vec::new() };
            jobs.push(enqueue_mail(via.jobs, &mail).await?);
        }
        self.store.record_mails(record.id, org, &jobs).await?;
        Ok(())
    }
}

/// The [`SEND_REMINDERS`] job: the survey's due reminders, each a mail job per recipient.
pub struct SendReminders {
    pub surveys: Surveys,
    pub jobs: Arc<dyn JobStore>,
    pub text: Arc<dyn MailText>,
    /// `https://knotenpunkt.example` without a trailing slash.
    pub base_url: String,
}

#[async_trait]
impl JobHandler for SendReminders {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError> {
        let id = payload.get("survey").and_then(serde_json::Value::as_i64).ok_or_else(|| JobError::Permanent("no survey".into()))?;
        let via = LinkMail { jobs: self.jobs.as_ref(), text: self.text.as_ref(), base_url: &self.base_url };
        match self.surveys.send_reminders(SurveyId(id), &via).await {
            Ok(done) => {
                tracing::info!(
                    survey = id,
                    reminded = done.reminded,
                    too_soon = done.too_soon,
                    no_address = done.no_address,
                    "survey reminders"
                );
                Ok(())
            }
            // Closed or gone meanwhile: nothing to remind of.
            Err(SurveyError::NotOpen | SurveyError::NotFound) => Ok(()),
            Err(e) => Err(JobError::Retry(e.to_string())),
        }
    }
}
