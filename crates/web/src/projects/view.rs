//! What the project pages share: a project as lists show it, its status and origin in words,
//! the mapping of refusals to pages.

use app::ports::ProjectRecord;
use app::projects::ProjectError;
use domain::ids::OrgId;
use domain::projects::Origin;

use crate::error::PageError;
use crate::i18n::Tr;
use crate::mail_text::FluentMail;
use crate::SharedState;

/// What the partners' mails need from the application: the Fluent texts and the public
/// address for links. [`MailParts::mailing`] lends them to `app::projects`.
pub struct MailParts {
    text: FluentMail,
    base: String,
}

impl MailParts {
    pub fn of(state: &SharedState) -> MailParts {
        let (text, base) = crate::accounts::register::mailing_parts(state, &axum::http::HeaderMap::new());
        MailParts { text, base }
    }

    /// `locale`: the language of the person acting (the mails go in each recipient's own).
    pub fn mailing<'a>(&'a self, state: &'a SharedState, locale: domain::language::UiLocale) -> app::mail::compose::Mailing<'a> {
        app::mail::compose::Mailing { jobs: &state.jobs, text: &self.text, base_url: &self.base, locale }
    }
}

/// Every published association as `(id, name)`, by name: the partners the office may choose.
pub fn all_associations(state: &SharedState) -> Vec<(OrgId, String)> {
    let index = state.directory.index();
    let mut all: Vec<(OrgId, String)> = index.listings().map(|l| (l.id(), l.name().to_owned())).collect();
    all.sort_by_key(|a| a.1.to_lowercase());
    all
}

impl From<ProjectError> for PageError {
    fn from(error: ProjectError) -> Self {
        match error {
            ProjectError::Forbidden => PageError::Forbidden,
            ProjectError::NotFound => PageError::NotFound("project-not-found"),
            ProjectError::Store(e) => e.into(),
            _ => PageError::Conflict("project-conflict"),
        }
    }
}

/// A partner association: name and slug for the link (no slug: not published).
pub struct PartnerLink {
    pub name: String,
    pub slug: Option<String>,
}

/// A project in a list (profile, board).
pub struct ProjectCard {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub status_label: String,
    pub partners: Vec<PartnerLink>,
    /// `YYYY-MM-DD` of the last change.
    pub updated: String,
    pub stale: bool,
    /// Shown to the public (confirmed and visible).
    pub public: bool,
    pub confirmed: bool,
}

impl ProjectCard {
    pub fn of(state: &SharedState, tr: &Tr, record: &ProjectRecord, stale: bool) -> Self {
        let p = &record.project;
        ProjectCard {
            slug: record.slug.clone(),
            title: p.title.clone(),
            status: p.status.key().to_owned(),
            status_label: tr.t(&format!("project-status-{}", p.status.key())),
            partners: partners(state, &p.partners),
            updated: domain::date::iso_date(record.updated_at),
            stale,
            public: p.is_public(),
            confirmed: p.confirmed,
        }
    }
}

/// The partners as links to their profiles.
pub fn partners(state: &SharedState, orgs: &[OrgId]) -> Vec<PartnerLink> {
    let index = state.directory.index();
    orgs.iter()
        .map(|o| match index.by_id(*o) {
            Some(listing) => PartnerLink { name: listing.name().to_owned(), slug: Some(listing.slug().to_owned()) },
            None => PartnerLink { name: format!("#{o}"), slug: None },
        })
        .collect()
}

/// Where the project came from, in words, with a link back when there is one to show.
pub async fn origin(state: &SharedState, tr: &Tr, origin: &Origin) -> (String, Option<String>) {
    match origin {
        Origin::Meeting { meeting, .. } => {
            let record = state.meetings.store.meeting(domain::meetings::MeetingId(*meeting)).await.ok().flatten();
            match record {
                Some(m) => (tr.t1("project-origin-meeting", "meeting", m.meeting.title.clone()), Some(format!("/meetings/{}", m.slug))),
                None => (tr.t1("project-origin-meeting", "meeting", String::new()), None),
            }
        }
        Origin::Introduction { .. } => (tr.t("project-origin-introduction"), None),
        Origin::Office => (tr.t("project-origin-office"), None),
    }
}
