//! New projects by the office: its own, or a planned project from a meeting's published
//! results turned into a tracked one in one step (the form prefilled, the origin recorded).

use domain::ids::OrgId;
use domain::meetings::PlannedProject;
use domain::projects::{NextStepInput, Origin, ProjectInput, ProjectStatus};

use super::{PartnerNews, ProjectError, Projects};
use crate::accounts::sign_in::Viewer;
use crate::mail::compose::Mailing;
use crate::ports::{MeetingRecord, ProjectRecord};

/// A planned project of a meeting's results, where it was recorded, and the project tracking
/// it if there is one already.
pub struct PlannedSource {
    pub meeting: MeetingRecord,
    pub planned: PlannedProject,
    pub origin: Origin,
    pub tracked: Option<ProjectRecord>,
}

impl PlannedSource {
    /// The project form prefilled with what the table recorded.
    pub fn prefill(&self) -> ProjectInput {
        ProjectInput {
            title: self.planned.title.clone(),
            description: String::new(),
            partners: self.planned.partners.iter().map(|p| p.0.to_string()).collect(),
            visible: true,
            next_step: NextStepInput { text: self.planned.next_step.clone().unwrap_or_default(), due: String::new() },
        }
    }
}

/// The planned project `index` of the result of `table` in `round` (all from 0) of a meeting;
/// office only.
pub async fn planned_project(
    projects: &Projects,
    viewer: &Viewer,
    meeting: &str,
    (round, table, index): (usize, usize, usize),
) -> Result<PlannedSource, ProjectError> {
    if !viewer.is_staff() {
        return Err(ProjectError::Forbidden);
    }
    let record = projects.meetings.meeting_by_slug(meeting).await?.ok_or(ProjectError::NotFound)?;
    let results = projects.meetings.table_results(record.id).await?;
    let planned = results
        .into_iter()
        .find(|r| r.round == round && r.table == table)
        .and_then(|r| r.result.projects.get(index).cloned())
        .ok_or(ProjectError::NotFound)?;
    let origin = Origin::Meeting { meeting: record.id.0, round, table, index };
    let tracked = match origin.source_key() {
        Some(key) => projects.store.project_from_source(&key).await?,
        None => None,
    };
    Ok(PlannedSource { meeting: record, planned, origin, tracked })
}

/// Tracks a planned project as a project (status planned, confirmed); once per planned project.
/// The partners are mailed.
pub async fn track_planned(
    projects: &Projects,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    source: &PlannedSource,
    input: &ProjectInput,
    allowed: &[OrgId],
) -> Result<ProjectRecord, ProjectError> {
    if !viewer.is_staff() {
        return Err(ProjectError::Forbidden);
    }
    if source.tracked.is_some() {
        return Err(ProjectError::Tracked);
    }
    let project = input.validate(allowed, source.origin, ProjectStatus::Planned, true).map_err(ProjectError::Invalid)?;
    let record = projects.store_new(viewer, project).await?;
    projects.audit(viewer, "project.track", &record).await;
    projects.notify(mailing, viewer, &record, &record.project.partners, PartnerNews::Confirmed).await;
    Ok(record)
}

/// A project the office enters itself, starting as an idea. The partners are mailed.
pub async fn create_by_office(
    projects: &Projects,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    input: &ProjectInput,
    allowed: &[OrgId],
) -> Result<ProjectRecord, ProjectError> {
    if !viewer.is_staff() {
        return Err(ProjectError::Forbidden);
    }
    let project = input.validate(allowed, Origin::Office, ProjectStatus::Idea, true).map_err(ProjectError::Invalid)?;
    let record = projects.store_new(viewer, project).await?;
    projects.audit(viewer, "project.create", &record).await;
    projects.notify(mailing, viewer, &record, &record.project.partners, PartnerNews::Confirmed).await;
    Ok(record)
}
