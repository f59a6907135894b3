//! Printing a planned meeting's papers: the print set as stored now, what changed since the
//! last print (fingerprints of each document's layout data), recording a print, who may
//! download whose handout, and sending every participant their handout by mail.
//!
//! Who may download a handout: the office, the person themselves (the registration's account,
//! or an account with the address that was registered) and the representatives of their
//! association (who registered them and see the registration anyway). Anyone else gets "not
//! found", so that nobody learns who is registered.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use async_trait::async_trait;
use serde::Serialize;
use sha2::{Digest, Sha256};

use domain::ids::OrgId;
use domain::marketplace::ItemKind;
use domain::meetings::{german_offset, MeetingId, Registration, RegistrationId};
use domain::organisation::Audience;

use super::handouts::{print_set, HandoutInput, ItemLine, PrintSet, Suggestion, TableSheet};
use super::service::{local_time, require_staff, MeetingError, Meetings};
use crate::accounts::sign_in::Viewer;
use crate::jobs::{JobError, JobHandler};
use crate::mail::compose::{MailKind, MailText};
use crate::mail::enqueue_mail::enqueue_mail;
use crate::mail::{Attachment, OutgoingMail};
use crate::marketplace::{MarketView, Marketplace};
use crate::ports::{
    Clock, DirectoryStore, HandoutRenderer, IntroductionStore, ItemStore, JobStore, MeetingRecord, MeetingStore, PrintedDocument,
    RenderError, StoreError,
};

/// The job that mails every participant of a meeting their handout (payload `{"meeting": id}`);
/// it queues one `mail.send` job per participant, so each mail is retried on its own.
pub const MAIL_HANDOUTS: &str = "meeting.mail_handouts";

/// The key of a participant's handout among the printed documents.
pub fn handout_key(id: RegistrationId) -> String {
    format!("handout:{}", id.0)
}

/// The key of a table sheet among the printed documents.
pub fn sheet_key(sheet: &TableSheet) -> String {
    format!("sheet:{}:{}", sheet.round, sheet.table)
}

/// SHA-256 (hex) of a document's layout data: equal exactly when the paper would be.
pub fn fingerprint<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_vec(value).unwrap_or_default();
    Sha256::digest(&json).iter().map(|b| format!("{b:02x}")).collect()
}

/// Every document of a print set with its fingerprint: handouts and table sheets (badges
/// follow their participant's handout).
pub fn documents_of(set: &PrintSet) -> Vec<PrintedDocument> {
    let handouts = set.handouts.iter().map(|h| PrintedDocument { key: handout_key(h.registration), fingerprint: fingerprint(h) });
    let sheets = set.table_sheets.iter().map(|s| PrintedDocument { key: sheet_key(s), fingerprint: fingerprint(s) });
    handouts.chain(sheets).collect()
}

/// What differs from the last print.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    /// Anything was printed before.
    pub printed_before: bool,
    /// Participants whose handout is new or differs, by name.
    pub handouts: Vec<(RegistrationId, String)>,
    /// Table sheets that are new or differ: (round, table).
    pub sheets: Vec<(usize, String)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.handouts.is_empty() && self.sheets.is_empty()
    }
}

/// Compares a print set with what was printed.
pub fn changes(set: &PrintSet, printed: &[PrintedDocument]) -> Changes {
    let before: BTreeMap<&str, &str> = printed.iter().map(|d| (d.key.as_str(), d.fingerprint.as_str())).collect();
    let differs = |key: &str, value: String| before.get(key).is_none_or(|f| *f != value);
    Changes {
        printed_before: !printed.is_empty(),
        handouts: set
            .handouts
            .iter()
            .filter(|h| differs(&handout_key(h.registration), fingerprint(h)))
            .map(|h| (h.registration, h.name.clone()))
            .collect(),
        sheets: set.table_sheets.iter().filter(|s| differs(&sheet_key(s), fingerprint(s))).map(|s| (s.round, s.table.clone())).collect(),
    }
}

/// Just what changed since the last print: those handouts, their badges, and the sheets of the
/// tables that changed.
pub fn only_changed(set: &PrintSet, printed: &[PrintedDocument]) -> PrintSet {
    let changed = changes(set, printed);
    let people: BTreeSet<RegistrationId> = changed.handouts.iter().map(|(id, _)| *id).collect();
    let sheets: BTreeSet<(usize, &str)> = changed.sheets.iter().map(|(round, table)| (*round, table.as_str())).collect();
    PrintSet {
        handouts: set.handouts.iter().filter(|h| people.contains(&h.registration)).cloned().collect(),
        table_sheets: set.table_sheets.iter().filter(|s| sheets.contains(&(s.round, s.table.as_str()))).cloned().collect(),
        badges: set.badges.iter().filter(|b| people.contains(&b.registration)).cloned().collect(),
    }
}

/// Where the print material's data comes from.
pub struct PrintSources<'a> {
    pub meetings: &'a dyn MeetingStore,
    pub directory: &'a dyn DirectoryStore,
    pub market: &'a MarketView,
    /// `https://knotenpunkt.example` (the QR code's target), or empty.
    pub public_url: &'a str,
}

/// The associations' open offers and needs, and the suggestions between those `present`.
fn market_lines(view: &MarketView, present: &BTreeSet<OrgId>) -> (BTreeMap<OrgId, Vec<ItemLine>>, Vec<Suggestion>) {
    let mut items = BTreeMap::new();
    let mut suggestions = Vec::new();
    for &org in present {
        let own = view.of_organisation(org, Audience::Network);
        items.insert(org, own.iter().map(|i| ItemLine { kind: i.kind, title: i.content.title.clone() }).collect());
        for need in own.iter().filter(|i| i.kind == ItemKind::Need) {
            for pairing in view.suggestions(need.id, Audience::Network) {
                if present.contains(&pairing.other.org) {
                    suggestions.push(Suggestion {
                        offer_org: pairing.other.org,
                        need_org: org,
                        offer: pairing.other.content.title.clone(),
                        need: need.content.title.clone(),
                        score: pairing.score,
                    });
                }
            }
        }
    }
    (items, suggestions)
}

/// The meeting's print set as stored now; [`MeetingError::NoPlan`] without a plan or with
/// nobody seated (never an empty PDF).
pub async fn load_print_set(sources: &PrintSources<'_>, record: &MeetingRecord) -> Result<PrintSet, MeetingError> {
    let plan = sources.meetings.plan(record.id).await?.ok_or(MeetingError::NoPlan)?;
    let registrations = sources.meetings.registrations(record.id).await?;
    let present: BTreeSet<OrgId> = registrations.iter().filter(|r| r.is_seated()).map(|r| r.association).collect();
    let associations: BTreeMap<OrgId, String> = sources
        .directory
        .published_organisations()
        .await?
        .into_iter()
        .filter(|o| present.contains(&o.id))
        .map(|o| (o.id, o.profile.name))
        .collect();
    let (items, suggestions) = market_lines(sources.market, &present);
    let meeting_url =
        if sources.public_url.is_empty() { String::new() } else { format!("{}/meetings/{}", sources.public_url, record.slug) };
    let set = print_set(&HandoutInput {
        record,
        registrations: &registrations,
        plan: &plan,
        associations: &associations,
        items: &items,
        suggestions: &suggestions,
        meeting_url: &meeting_url,
        utc_offset_secs: german_offset(record.meeting.starts_at),
    });
    if set.handouts.is_empty() {
        return Err(MeetingError::NoPlan);
    }
    Ok(set)
}

impl From<RenderError> for MeetingError {
    fn from(error: RenderError) -> Self {
        match error {
            RenderError::Empty => MeetingError::NothingToPrint,
            RenderError::Failed(message) => MeetingError::Render(message),
        }
    }
}

/// Renders off the async threads.
async fn render<F>(renderer: Arc<dyn HandoutRenderer>, work: F) -> Result<Vec<u8>, MeetingError>
where
    F: FnOnce(&dyn HandoutRenderer) -> Result<Vec<u8>, RenderError> + Send + 'static,
{
    let pdf = tokio::task::spawn_blocking(move || work(renderer.as_ref())).await.map_err(|e| MeetingError::Render(e.to_string()))??;
    Ok(pdf)
}

impl Meetings {
    /// The meeting's print set as stored now.
    pub async fn print_set(&self, record: &MeetingRecord) -> Result<PrintSet, MeetingError> {
        let market = self.marketplace.view();
        let sources = PrintSources {
            meetings: self.store.as_ref(),
            directory: self.marketplace.directory().as_ref(),
            market: &market,
            public_url: &self.public_url,
        };
        load_print_set(&sources, record).await
    }
}

/// The office's view of the print material: how many papers, and what changed since the last
/// print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintStatus {
    pub handouts: usize,
    pub table_sheets: usize,
    pub changes: Changes,
}

/// What the office page about printing shows; [`MeetingError::NoPlan`] before planning.
pub async fn print_status(meetings: &Meetings, viewer: &Viewer, record: &MeetingRecord) -> Result<PrintStatus, MeetingError> {
    require_staff(viewer)?;
    let set = meetings.print_set(record).await?;
    let printed = meetings.printed.printed(record.id).await?;
    Ok(PrintStatus { handouts: set.handouts.len(), table_sheets: set.table_sheets.len(), changes: changes(&set, &printed) })
}

/// The print bundle for the office (everything, or `only_changed`), recorded as printed at
/// `now`. [`MeetingError::NothingToPrint`] when nothing changed.
pub async fn print_bundle(
    meetings: &Meetings,
    viewer: &Viewer,
    record: &MeetingRecord,
    only: bool,
    now: i64,
) -> Result<Vec<u8>, MeetingError> {
    require_staff(viewer)?;
    let full = meetings.print_set(record).await?;
    let set = if only { only_changed(&full, &meetings.printed.printed(record.id).await?) } else { full };
    if set.handouts.is_empty() && set.table_sheets.is_empty() {
        return Err(MeetingError::NothingToPrint);
    }
    let documents = documents_of(&set);
    let pdf = render(meetings.renderer.clone(), move |r| r.bundle(&set)).await?;
    meetings.printed.record_printed(record.id, &documents, now).await?;
    let what = if only { "changed" } else { "all" };
    meetings.audit(viewer, "meeting.print", record.id, format!("{what}: {} documents", documents.len())).await;
    Ok(pdf)
}

/// Whether the viewer may have this participant's handout (see the module's note).
pub fn may_download(viewer: &Viewer, registration: &Registration) -> bool {
    viewer.is_staff()
        || (viewer.is_complete()
            && (registration.account == Some(viewer.user.id)
                || registration.email.as_str().eq_ignore_ascii_case(viewer.user.email.as_str())
                || viewer.memberships.iter().any(|m| m.organisation == registration.association)))
}

/// A participant's own handout as PDF, with the file name to give it. [`MeetingError::NotFound`]
/// for anyone who may not have it, [`MeetingError::NoPlan`] when they are not seated.
pub async fn own_handout(
    meetings: &Meetings,
    viewer: &Viewer,
    record: &MeetingRecord,
    id: RegistrationId,
) -> Result<(Vec<u8>, String), MeetingError> {
    let registration = meetings.store.registrations(record.id).await?.into_iter().find(|r| r.id == id).ok_or(MeetingError::NotFound)?;
    if !may_download(viewer, &registration) {
        return Err(MeetingError::NotFound);
    }
    let set = meetings.print_set(record).await?;
    let handout = set.handouts.into_iter().find(|h| h.registration == id).ok_or(MeetingError::NoPlan)?;
    let pdf = render(meetings.renderer.clone(), move |r| r.handout(&handout)).await?;
    Ok((pdf, format!("{}-{}.pdf", record.slug, id.0)))
}

/// The handouts the viewer may download: (registration, name), for the meeting page.
pub async fn downloadable_handouts(
    meetings: &Meetings,
    viewer: &Viewer,
    record: &MeetingRecord,
) -> Result<Vec<(RegistrationId, String)>, MeetingError> {
    let Some(plan) = meetings.store.plan(record.id).await? else { return Ok(Vec::new()) };
    let seated: BTreeSet<RegistrationId> = plan.seats.rounds.iter().flatten().flatten().copied().collect();
    let registrations = meetings.store.registrations(record.id).await?;
    Ok(registrations
        .into_iter()
        .filter(|r| r.is_seated() && seated.contains(&r.id) && !viewer.is_staff() && may_download(viewer, r))
        .map(|r| (r.id, r.name))
        .collect())
}

/// Queues the job that mails every seated participant their own handout; returns how many
/// will get one.
pub async fn mail_handouts(meetings: &Meetings, viewer: &Viewer, record: &MeetingRecord) -> Result<usize, MeetingError> {
    require_staff(viewer)?;
    let set = meetings.print_set(record).await?;
    let payload = serde_json::json!({ "meeting": record.id.0 });
    meetings.jobs.store().enqueue(MAIL_HANDOUTS, &payload, std::time::SystemTime::now()).await?;
    meetings.jobs.wake();
    meetings.audit(viewer, "meeting.mail_handouts", record.id, format!("{} participants", set.handouts.len())).await;
    Ok(set.handouts.len())
}

/// The [`MAIL_HANDOUTS`] job: renders each participant's handout and queues a mail with it in
/// the participant's language.
pub struct MailHandouts {
    pub meetings: Arc<dyn MeetingStore>,
    pub directory: Arc<dyn DirectoryStore>,
    pub items: Arc<dyn ItemStore>,
    pub introductions: Arc<dyn IntroductionStore>,
    pub clock: Arc<dyn Clock>,
    pub jobs: Arc<dyn JobStore>,
    pub renderer: Arc<dyn HandoutRenderer>,
    pub text: Arc<dyn MailText>,
    /// `https://knotenpunkt.example` without a trailing slash.
    pub base_url: String,
}

fn retry(error: impl std::fmt::Display) -> JobError {
    JobError::Retry(error.to_string())
}

#[async_trait]
impl JobHandler for MailHandouts {
    async fn run(&self, payload: &serde_json::Value) -> Result<(), JobError> {
        let id = payload.get("meeting").and_then(serde_json::Value::as_i64).ok_or_else(|| JobError::Permanent("no meeting".into()))?;
        let Some(record) = self.meetings.meeting(MeetingId(id)).await.map_err(retry)? else {
            return Err(JobError::Permanent(format!("meeting {id} not found")));
        };
        let marketplace = Marketplace::load(self.directory.clone(), self.items.clone(), self.introductions.clone(), self.clock.clone())
            .await
            .map_err(retry)?;
        let market = marketplace.view();
        let sources = PrintSources {
            meetings: self.meetings.as_ref(),
            directory: self.directory.as_ref(),
            market: &market,
            public_url: &self.base_url,
        };
        let set = match load_print_set(&sources, &record).await {
            Ok(set) => set,
            Err(MeetingError::NoPlan) => return Err(JobError::Permanent(format!("meeting {id} has no plan"))),
            Err(other) => return Err(retry(other)),
        };
        let registrations: BTreeMap<RegistrationId, Registration> =
            self.meetings.registrations(record.id).await.map_err(retry)?.into_iter().map(|r| (r.id, r)).collect();
        let kind = MailKind::MeetingHandout {
            meeting: record.meeting.title.clone(),
            when: local_time(record.meeting.starts_at),
            venue: format!("{}, {}", record.meeting.venue.name, record.meeting.venue.address),
            link: format!("{}/meetings/{}", self.base_url, record.slug),
        };
        for handout in &set.handouts {
            let Some(to) = registrations.get(&handout.registration) else { continue };
            let renderer = self.renderer.clone();
            let h = handout.clone();
            let pdf = tokio::task::spawn_blocking(move || renderer.handout(&h)).await.map_err(retry)?.map_err(retry)?;
            let (subject, text_body) = self.text.render(&kind, Some(handout.language));
            let attachment = Attachment { file_name: format!("{}.pdf", record.slug), content_type: "application/pdf".into(), content: pdf };
            let mail = OutgoingMail { to: to.email.clone(), subject, text_body, html_body: None, attachments: vec![attachment] };
            enqueue_mail(self.jobs.as_ref(), &mail).await.map_err(|e: StoreError| retry(e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "print_tests.rs"]
mod tests;
