//! What the project pages share: a project as lists show it, its status and origin in words,
//! the mapping of refusals to pages.

use app::ports::ProjectRecord;
use app::projects::ProjectError;
use domain::ids::OrgId;
use domain::projects::Origin;

use crate::error::PageError;
use crate::i18n::Tr;
use crate::SharedState;

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
            Some(listing) => PartnerLink { name: listing.name.clone(), slug: Some(listing.slug.to_string()) },
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
