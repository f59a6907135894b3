//! Reading projects: the office's board by status with stale projects flagged and partners'
//! proposals waiting, a project page for whoever may see it, and the public lists.

use domain::ids::OrgId;
use domain::projects::{is_stale, Project, ProjectStatus};

use super::{ProjectError, Projects};
use crate::accounts::sign_in::Viewer;
use crate::ports::ProjectRecord;

/// A project on the board.
pub struct BoardCard {
    pub record: ProjectRecord,
    /// Open and not updated for 90 days.
    pub stale: bool,
}

/// One status column.
pub struct Column {
    pub status: ProjectStatus,
    pub cards: Vec<BoardCard>,
}

/// The office's board.
pub struct Board {
    /// Partners' proposals waiting for the office.
    pub proposals: Vec<ProjectRecord>,
    pub columns: Vec<Column>,
    pub stale: usize,
}

/// Every project by status (proposals apart), stale ones first in their column; office only.
pub async fn board(projects: &Projects, viewer: &Viewer) -> Result<Board, ProjectError> {
    if !viewer.is_staff() {
        return Err(ProjectError::Forbidden);
    }
    let now = projects.clock.now().unix_secs();
    let (confirmed, proposals): (Vec<ProjectRecord>, Vec<ProjectRecord>) =
        projects.store.projects().await?.into_iter().partition(|r| r.project.confirmed);
    let mut columns: Vec<Column> = ProjectStatus::ALL.into_iter().map(|status| Column { status, cards: Vec::new() }).collect();
    for record in confirmed {
        let stale = is_stale(record.project.status, record.updated_at, now);
        if let Some(column) = columns.iter_mut().find(|c| c.status == record.project.status) {
            column.cards.push(BoardCard { record, stale });
        }
    }
    for column in &mut columns {
        column.cards.sort_by_key(|c| (!c.stale, -c.record.updated_at));
    }
    let stale = columns.iter().flat_map(|c| &c.cards).filter(|c| c.stale).count();
    Ok(Board { proposals, columns, stale })
}

/// The public sees confirmed, visible projects; partners' representatives and the office see
/// all of theirs.
pub fn may_see(viewer: &Viewer, project: &Project) -> bool {
    project.is_public() || super::may_update(viewer, project)
}

/// A project page's project, if the viewer may see it (`None` viewer: the public).
pub async fn project_for(projects: &Projects, viewer: Option<&Viewer>, slug: &str) -> Result<ProjectRecord, ProjectError> {
    let record = projects.by_slug(slug).await?;
    let visible = match viewer {
        Some(viewer) => may_see(viewer, &record.project),
        None => record.project.is_public(),
    };
    if visible {
        Ok(record)
    } else {
        Err(ProjectError::NotFound)
    }
}

/// Every public project, most recently updated first.
pub async fn public_projects(projects: &Projects) -> Result<Vec<ProjectRecord>, ProjectError> {
    Ok(projects.store.projects().await?.into_iter().filter(|r| r.project.is_public()).collect())
}

/// What an association's profile lists: its public projects; to its representatives and the
/// office all of its projects.
pub async fn visible_projects_of(projects: &Projects, viewer: Option<&Viewer>, org: OrgId) -> Result<Vec<ProjectRecord>, ProjectError> {
    let all = projects.store.projects_of(org).await?;
    Ok(all.into_iter().filter(|r| r.project.is_public() || viewer.is_some_and(|v| v.may_edit(org))).collect())
}
