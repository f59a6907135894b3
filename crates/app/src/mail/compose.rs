//! What a mail says is chosen by the use case (its kind and facts) and worded by the web
//! layer in the recipient's language ([`MailText`]), so that use cases send translated mail
//! without knowing the translations.

use domain::accounts::EmailAddress;
use domain::language::UiLocale;

use crate::jobs::JobRunner;
use crate::mail::enqueue_mail::enqueue_mail;
use crate::mail::{Attachment, OutgoingMail};
use crate::ports::StoreError;

/// Which mail, with the facts it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailKind {
    /// Confirm the address of a new account.
    VerifyEmail { link: String },
    /// Someone tried to register an address that already has an account.
    AlreadyRegistered { reset_link: String },
    /// Set a new password.
    ResetPassword { link: String },
    /// Join an association's editors.
    Invitation { link: String, organisation: String },
    /// The office approved a change; `comment`: what the reviewer wrote, possibly empty.
    RevisionApproved { organisation: String, comment: String, link: String },
    /// The office published an earlier version of the entry again (`number`); the link is the history.
    RevisionRestored { organisation: String, number: String, link: String },
    /// The office did not approve a change, and says why.
    RevisionRejected { organisation: String, comment: String, link: String },
    /// Confirm the address given with a proposed association.
    VerifyProposal { link: String, organisation: String },
    /// The office published a proposed association; the link is its public profile.
    /// `comment`: what the reviewer wrote, possibly empty.
    ProposalApproved { organisation: String, comment: String, link: String },
    /// The office did not publish a proposed association, and says why; the link is the proposal form.
    ProposalRejected { organisation: String, comment: String, link: String },
    /// The office confirmed a claim: the claimant now edits the association (the link is its edit page).
    ClaimApproved { organisation: String, link: String },
    /// The office did not confirm a claim; the link is the association's public profile.
    /// `comment`: the office's reason, possibly empty.
    ClaimRejected { organisation: String, comment: String, link: String },
    /// Another association asks for an introduction.
    IntroductionRequested { organisation: String, need: String, offer: String, message: String, link: String },
    /// The introduction was accepted: here is how to reach the other side.
    IntroductionAgreed { organisation: String, need: String, offer: String, contact: String, link: String },
    /// The weekly digest: strong new matches, one per line.
    Digest { matches: String, link: String },
    /// Is the association still active?
    ConfirmActive { organisation: String, confirm_link: String, edit_link: String },
    /// A place at a network meeting is confirmed (the `.ics` is attached). `when` is the local
    /// start (`2026-01-11 10:00`).
    MeetingConfirmed { meeting: String, when: String, venue: String, link: String },
    /// The meeting is full: the person is on the waiting list.
    MeetingWaitlisted { meeting: String, when: String, venue: String, link: String },
    /// A place became free: the person moved up from the waiting list (the `.ics` is attached).
    MeetingPromoted { meeting: String, when: String, venue: String, link: String },
    /// The office cancelled the meeting.
    MeetingCancelled { meeting: String, when: String, venue: String, link: String },
    /// The registration was cancelled (by the association or the office).
    MeetingRegistrationCancelled { meeting: String, when: String, venue: String, link: String },
    /// The office sends the participant's own handout (the PDF is attached).
    MeetingHandout { meeting: String, when: String, venue: String, link: String },
    /// Confirm the address given with a case for the office's inbox; nothing is stored before.
    InboxVerify { link: String },
    /// The case arrived; the link is the sender's private page.
    InboxReceived { link: String },
    /// The office answered; `reply` is its text, the link the sender's page.
    InboxReply { reply: String, link: String },
    /// A partner (`organisation`) proposed a cooperation project with the recipient's
    /// association; the office confirms it. The link is the project's page.
    ProjectProposed { project: String, organisation: String, link: String },
    /// The office confirmed (or itself entered) a cooperation project of the recipient's association.
    ProjectConfirmed { project: String, link: String },
    /// The recipient's association became a partner of a project.
    ProjectPartnerAdded { project: String, link: String },
    /// The recipient's association is no longer a partner of a project; the link is its page.
    ProjectPartnerRemoved { project: String, link: String },
    /// The office invites the association to a survey; the link is its personal one. `closes`:
    /// the close date (`2026-12-31`), possibly empty.
    SurveyInvitation { survey: String, organisation: String, link: String, closes: String },
    /// The association has not answered yet: a new personal link (the old one stops working).
    SurveyReminder { survey: String, organisation: String, link: String, closes: String },
}

impl MailKind {
    /// Stable key; the texts are `mail-<key>-subject` and `mail-<key>-body`.
    pub fn key(&self) -> &'static str {
        match self {
            MailKind::VerifyEmail { .. } => "verify-email",
            MailKind::AlreadyRegistered { .. } => "already-registered",
            MailKind::ResetPassword { .. } => "reset-password",
            MailKind::Invitation { .. } => "invitation",
            MailKind::RevisionApproved { .. } => "revision-approved",
            MailKind::RevisionRejected { .. } => "revision-rejected",
            MailKind::RevisionRestored { .. } => "revision-restored",
            MailKind::VerifyProposal { .. } => "verify-proposal",
            MailKind::ProposalApproved { .. } => "proposal-approved",
            MailKind::ProposalRejected { .. } => "proposal-rejected",
            MailKind::ClaimApproved { .. } => "claim-approved",
            MailKind::ClaimRejected { .. } => "claim-rejected",
            MailKind::ConfirmActive { .. } => "confirm-active",
            MailKind::IntroductionRequested { .. } => "introduction-requested",
            MailKind::IntroductionAgreed { .. } => "introduction-agreed",
            MailKind::Digest { .. } => "digest",
            MailKind::MeetingConfirmed { .. } => "meeting-confirmed",
            MailKind::MeetingWaitlisted { .. } => "meeting-waitlisted",
            MailKind::MeetingPromoted { .. } => "meeting-promoted",
            MailKind::MeetingCancelled { .. } => "meeting-cancelled",
            MailKind::MeetingRegistrationCancelled { .. } => "meeting-registration-cancelled",
            MailKind::MeetingHandout { .. } => "meeting-handout",
            MailKind::InboxVerify { .. } => "inbox-verify",
            MailKind::InboxReceived { .. } => "inbox-received",
            MailKind::InboxReply { .. } => "inbox-reply",
            MailKind::ProjectProposed { .. } => "project-proposed",
            MailKind::ProjectConfirmed { .. } => "project-confirmed",
            MailKind::ProjectPartnerAdded { .. } => "project-partner-added",
            MailKind::ProjectPartnerRemoved { .. } => "project-partner-removed",
            MailKind::SurveyInvitation { .. } => "survey-invitation",
            MailKind::SurveyReminder { .. } => "survey-reminder",
        }
    }

    /// The facts as named arguments for the texts.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            MailKind::VerifyEmail { link }
            | MailKind::ResetPassword { link }
            | MailKind::InboxVerify { link }
            | MailKind::InboxReceived { link } => vec![("link", link.clone())],
            MailKind::InboxReply { reply, link } => {
                vec![("reply", reply.clone()), ("link", link.clone()), ("has_link", if link.is_empty() { "no" } else { "yes" }.to_owned())]
            }
            MailKind::AlreadyRegistered { reset_link } => vec![("link", reset_link.clone())],
            MailKind::Invitation { link, organisation } | MailKind::VerifyProposal { link, organisation } => {
                vec![("link", link.clone()), ("organisation", organisation.clone())]
            }
            MailKind::ClaimApproved { organisation, link } => vec![("organisation", organisation.clone()), ("link", link.clone())],
            MailKind::RevisionRestored { organisation, number, link } => {
                vec![("organisation", organisation.clone()), ("number", number.clone()), ("link", link.clone())]
            }
            MailKind::RevisionApproved { organisation, comment, link }
            | MailKind::ProposalApproved { organisation, comment, link }
            | MailKind::ClaimRejected { organisation, comment, link } => vec![
                ("organisation", organisation.clone()),
                ("comment", comment.clone()),
                ("has_comment", if comment.trim().is_empty() { "no" } else { "yes" }.to_owned()),
                ("link", link.clone()),
            ],
            MailKind::RevisionRejected { organisation, comment, link } | MailKind::ProposalRejected { organisation, comment, link } => {
                vec![("organisation", organisation.clone()), ("comment", comment.clone()), ("link", link.clone())]
            }
            MailKind::ConfirmActive { organisation, confirm_link, edit_link } => {
                vec![("organisation", organisation.clone()), ("confirm_link", confirm_link.clone()), ("edit_link", edit_link.clone())]
            }
            MailKind::IntroductionRequested { organisation, need, offer, message, link } => vec![
                ("organisation", organisation.clone()),
                ("need", need.clone()),
                ("offer", offer.clone()),
                ("message", message.clone()),
                ("link", link.clone()),
            ],
            MailKind::Digest { matches, link } => vec![("matches", matches.clone()), ("link", link.clone())],
            MailKind::MeetingConfirmed { meeting, when, venue, link }
            | MailKind::MeetingWaitlisted { meeting, when, venue, link }
            | MailKind::MeetingPromoted { meeting, when, venue, link }
            | MailKind::MeetingCancelled { meeting, when, venue, link }
            | MailKind::MeetingRegistrationCancelled { meeting, when, venue, link }
            | MailKind::MeetingHandout { meeting, when, venue, link } => {
                vec![("meeting", meeting.clone()), ("when", when.clone()), ("venue", venue.clone()), ("link", link.clone())]
            }
            MailKind::ProjectProposed { project, organisation, link } => {
                vec![("project", project.clone()), ("organisation", organisation.clone()), ("link", link.clone())]
            }
            MailKind::ProjectConfirmed { project, link }
            | MailKind::ProjectPartnerAdded { project, link }
            | MailKind::ProjectPartnerRemoved { project, link } => vec![("project", project.clone()), ("link", link.clone())],
            MailKind::SurveyInvitation { survey, organisation, link, closes }
            | MailKind::SurveyReminder { survey, organisation, link, closes } => vec![
                ("survey", survey.clone()),
                ("organisation", organisation.clone()),
                ("link", link.clone()),
                ("closes", closes.clone()),
                ("has_closes", if closes.is_empty() { "no" } else { "yes" }.to_owned()),
            ],
            MailKind::IntroductionAgreed { organisation, need, offer, contact, link } => vec![
                ("organisation", organisation.clone()),
                ("need", need.clone()),
                ("offer", offer.clone()),
                ("contact", contact.clone()),
                ("link", link.clone()),
            ],
        }
    }
}

/// Words a mail: subject and plain-text body.
pub trait MailText: Send + Sync {
    /// In the recipient's language, or the instance's when `None`.
    fn render(&self, kind: &MailKind, language: Option<UiLocale>) -> (String, String);
}

/// Where mails go and how links start, e.g. `https://knotenpunkt.example`.
pub struct Mailing<'a> {
    pub jobs: &'a JobRunner,
    pub text: &'a dyn MailText,
    pub base_url: &'a str,
    /// The language the person asking reads the site in: their mails' language until they
    /// choose one. Mails to others (notifications) use their chosen language or the instance's.
    pub locale: UiLocale,
}

impl Mailing<'_> {
    /// Queues a notification to `to` in `language` (the instance's when `None`). A failure is
    /// logged and not returned: the decision that caused the mail stands without it.
    pub async fn notify(&self, to: &EmailAddress, language: Option<UiLocale>, kind: &MailKind) {
        if let Err(error) = send(self.jobs, self.text, to, language, kind).await {
            tracing::error!(%error, mail = kind.key(), "could not queue the mail");
        }
    }
}

/// Puts a mail worded in the recipient's language (the instance's when `None`) into the job
/// queue and wakes the runner.
pub async fn send(
    jobs: &JobRunner,
    text: &dyn MailText,
    to: &EmailAddress,
    language: Option<UiLocale>,
    kind: &MailKind,
) -> Result<(), StoreError> {
    send_with(jobs, text, to, language, kind, Vec::new()).await
}

/// [`send`] with files attached (a meeting's `.ics`).
pub async fn send_with(
    jobs: &JobRunner,
    text: &dyn MailText,
    to: &EmailAddress,
    language: Option<UiLocale>,
    kind: &MailKind,
    attachments: Vec<Attachment>,
) -> Result<(), StoreError> {
    let (subject, text_body) = text.render(kind, language);
    enqueue_mail(jobs.store().as_ref(), &OutgoingMail { to: to.clone(), subject, text_body, html_body: None, attachments }).await?;
    jobs.wake();
    Ok(())
}
