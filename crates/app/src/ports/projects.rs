//! Cooperation projects: the project (its content as one record, with slug, status, partners
//! and the time of its last update beside it) and its history of changes.

use super::StoreError;
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::projects::{Project, ProjectId};

/// A project to store, with who created it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProject {
    pub slug: String,
    pub project: Project,
    /// Unix seconds (from the `Clock`).
    pub at: i64,
    /// Who created it (`user:42`, `system:demo`).
    pub actor: String,
}

/// A stored project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRecord {
    pub id: ProjectId,
    pub slug: String,
    pub project: Project,
    /// Unix seconds of creation and of the last change (staleness counts from there).
    pub created_at: i64,
    pub updated_at: i64,
    /// Counted up by every change, for compare-and-set.
    pub version: i64,
}

/// One entry of a project's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectEvent {
    /// Unix seconds.
    pub at: i64,
    pub actor: String,
    /// `created`, `confirmed`, `status`, `step`, `step_done`, `visibility`.
    pub kind: String,
    /// What changed, in the kind's terms (the new status's key, the step's text).
    pub detail: String,
}

/// Storage of cooperation projects.
#[async_trait]
pub trait ProjectStore: Send + Sync + 'static {
    /// Stores a project and its `created` event. A taken slug is [`StoreError::SlugTaken`]; a
    /// source (`Origin::source_key`) tracked already is [`StoreError::Conflict`].
    async fn create_project(&self, project: &NewProject) -> Result<ProjectId, StoreError>;
    async fn project_by_slug(&self, slug: &str) -> Result<Option<ProjectRecord>, StoreError>;
    /// Every project, most recently updated first.
    async fn projects(&self) -> Result<Vec<ProjectRecord>, StoreError>;
    /// The projects an association takes part in, most recently updated first.
    async fn projects_of(&self, org: OrgId) -> Result<Vec<ProjectRecord>, StoreError>;
    /// The project tracking a source (`meeting:3:2:1:0`, `introduction:7`), if any.
    async fn project_from_source(&self, source_key: &str) -> Result<Option<ProjectRecord>, StoreError>;
    /// Replaces the project's content if it is still at `version`, sets its update time to
    /// `event.at` and appends `event`, in one transaction; [`StoreError::Conflict`] when someone
    /// changed it meanwhile, [`StoreError::NotFound`] for an unknown project.
    async fn update_project(&self, id: ProjectId, project: &Project, version: i64, event: &ProjectEvent) -> Result<(), StoreError>;
    /// The project's history, oldest first.
    async fn project_history(&self, id: ProjectId) -> Result<Vec<ProjectEvent>, StoreError>;
}
