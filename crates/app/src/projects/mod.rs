//! Cooperation projects: the office tracks a meeting's planned project or enters one, a
//! partner proposes one from an agreed introduction and the office confirms it, partners'
//! representatives move its status and next steps, the office sees all on its board with the
//! stale ones flagged, and the public sees the visible ones. Each use case checks who may act.

mod board;
mod create_project;
mod details;
mod notify;
mod propose;
mod update_project;

use std::sync::Arc;

use domain::profile_form::FieldError;
use domain::projects::Project;

use crate::accounts::sign_in::Viewer;
use crate::ports::{
    AccountStore, AuditEvent, AuditLog, Clock, DirectoryStore, IntroductionStore, MeetingStore, ProjectRecord, ProjectStore, StoreError,
};

pub use board::{board, may_see, project_for, public_projects, visible_projects_of, Board, BoardCard, Column};
pub use create_project::{create_by_office, planned_project, track_planned, PlannedSource};
pub use details::{may_edit_details, update_details, DetailsChange};
pub use notify::PartnerNews;
pub use propose::{confirm_project, introduction_for_proposal, propose_from_introduction};
pub use update_project::{add_step, change_status, complete_step, set_visible};

/// The stores the project use cases reach, the audit log and the time.
pub struct Projects {
    pub store: Arc<dyn ProjectStore>,
    /// Planned projects come from meetings' table results.
    pub meetings: Arc<dyn MeetingStore>,
    pub introductions: Arc<dyn IntroductionStore>,
    pub audit: Arc<dyn AuditLog>,
    pub clock: Arc<dyn Clock>,
    /// The partners' editors and their languages, for the partners' mails.
    pub accounts: Arc<dyn AccountStore>,
    /// The partners' names and public addresses.
    pub directory: Arc<dyn DirectoryStore>,
}

/// Why a project use case did nothing.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The form has problems, by field.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The planned project or introduction is tracked already.
    #[error("tracked already")]
    Tracked,
    /// Someone changed the project meanwhile.
    #[error("changed meanwhile")]
    Conflict,
    #[error(transparent)]
    Store(StoreError),
}

impl ProjectError {
    /// The message id of a refusal the page shows in place.
    pub fn code(&self) -> &'static str {
        match self {
            ProjectError::Forbidden => "forbidden",
            ProjectError::NotFound => "project-not-found",
            ProjectError::Invalid(_) => "project-invalid",
            ProjectError::Tracked => "project-tracked",
            ProjectError::Conflict => "project-conflict",
            ProjectError::Store(_) => "unavailable",
        }
    }
}

impl From<StoreError> for ProjectError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound(_) => ProjectError::NotFound,
            StoreError::Conflict(_) => ProjectError::Conflict,
            other => ProjectError::Store(other),
        }
    }
}

/// The viewer as stored in histories (`user:42`).
fn actor(viewer: &Viewer) -> String {
    format!("user:{}", viewer.user.id)
}

/// The office, or a complete session of a representative of one of the partners.
pub fn may_update(viewer: &Viewer, project: &Project) -> bool {
    viewer.is_staff() || project.partners.iter().any(|p| viewer.may_edit(*p))
}

/// A slug from the title (`sprachcafe-im-kulturzentrum`), numbered from the second attempt on.
pub fn slug_for(title: &str, attempt: u32) -> String {
    let base = domain::slug::Slug::from_name(title).map_or_else(|_| "projekt".to_owned(), |s| s.as_str().chars().take(60).collect());
    let base = base.trim_end_matches('-');
    let base = if base.is_empty() { "projekt" } else { base };
    if attempt == 0 {
        base.to_owned()
    } else {
        format!("{base}-{}", attempt + 1)
    }
}

impl Projects {
    /// The project by slug, or `NotFound`.
    pub async fn by_slug(&self, slug: &str) -> Result<ProjectRecord, ProjectError> {
        self.store.project_by_slug(slug).await?.ok_or(ProjectError::NotFound)
    }

    /// Stores a new project under a free slug made from its title.
    async fn store_new(&self, viewer: &Viewer, project: Project) -> Result<ProjectRecord, ProjectError> {
        let at = self.clock.now().unix_secs();
        for attempt in 0..50 {
            let slug = slug_for(&project.title, attempt);
            let new = crate::ports::NewProject { slug: slug.clone(), project: project.clone(), at, actor: actor(viewer) };
            match self.store.create_project(&new).await {
                Ok(_) => return self.by_slug(&slug).await,
                Err(StoreError::SlugTaken(_)) => continue,
                Err(StoreError::Conflict(_)) => return Err(ProjectError::Tracked),
                Err(other) => return Err(other.into()),
            }
        }
        Err(ProjectError::Conflict)
    }

    /// Records an action in the audit log (failures are logged only).
    async fn audit(&self, viewer: &Viewer, action: &str, record: &ProjectRecord) {
        let event = AuditEvent {
            actor: actor(viewer),
            action: action.into(),
            target: format!("project:{}", record.id),
            detail: record.slug.clone(),
            at: String::new(),
        };
        if let Err(error) = self.audit.record_audit(&event).await {
            tracing::error!(%error, action, "project action not audited");
        }
    }
}
