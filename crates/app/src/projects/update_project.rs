//! Partners' representatives and the office keep a project current: its status (stopping
//! needs a reason), its next steps, whether the partners' profiles show it. Every change is a
//! compare-and-set against the version the page showed and goes into the project's history.

use domain::projects::{room_for_step, NextStepInput, Project, StatusInput};

use super::{actor, may_update, ProjectError, Projects};
use crate::accounts::sign_in::Viewer;
use crate::ports::{ProjectEvent, ProjectRecord};

async fn save(
    projects: &Projects,
    viewer: &Viewer,
    record: &ProjectRecord,
    version: i64,
    project: &Project,
    kind: &str,
    detail: String,
) -> Result<(), ProjectError> {
    let event = ProjectEvent { at: projects.clock.now().unix_secs(), actor: actor(viewer), kind: kind.into(), detail };
    projects.store.update_project(record.id, project, version, &event).await?;
    Ok(())
}

/// The project, if the viewer may change it.
async fn editable(projects: &Projects, viewer: &Viewer, slug: &str) -> Result<ProjectRecord, ProjectError> {
    let record = projects.by_slug(slug).await?;
    if !may_update(viewer, &record.project) {
        return Err(if super::may_see(viewer, &record.project) { ProjectError::Forbidden } else { ProjectError::NotFound });
    }
    Ok(record)
}

/// Moves the status (`version`: what the page showed).
pub async fn change_status(
    projects: &Projects,
    viewer: &Viewer,
    slug: &str,
    version: i64,
    input: &StatusInput,
) -> Result<(), ProjectError> {
    let record = editable(projects, viewer, slug).await?;
    let (status, reason) = input.validate(record.project.status).map_err(ProjectError::Invalid)?;
    let mut project = record.project.clone();
    project.status = status;
    project.stop_reason = reason;
    save(projects, viewer, &record, version, &project, "status", status.key().into()).await
}

/// Adds a next step.
pub async fn add_step(projects: &Projects, viewer: &Viewer, slug: &str, version: i64, input: &NextStepInput) -> Result<(), ProjectError> {
    let record = editable(projects, viewer, slug).await?;
    let step = input.validate_alone().map_err(ProjectError::Invalid)?;
    if !room_for_step(&record.project) {
        return Err(ProjectError::Invalid(vec![domain::profile_form::FieldError { field: "step".into(), code: "too_many" }]));
    }
    let mut project = record.project.clone();
    let detail = step.text.clone();
    project.next_steps.push(step);
    save(projects, viewer, &record, version, &project, "step", detail).await
}

/// Marks next step `index` (as stored) done.
pub async fn complete_step(projects: &Projects, viewer: &Viewer, slug: &str, version: i64, index: usize) -> Result<(), ProjectError> {
    let record = editable(projects, viewer, slug).await?;
    let mut project = record.project.clone();
    let step = project.next_steps.get_mut(index).filter(|s| !s.done).ok_or(ProjectError::NotFound)?;
    step.done = true;
    let detail = step.text.clone();
    save(projects, viewer, &record, version, &project, "step_done", detail).await
}

/// Shows the project on the partners' profiles and its public page, or not.
pub async fn set_visible(projects: &Projects, viewer: &Viewer, slug: &str, version: i64, visible: bool) -> Result<(), ProjectError> {
    let record = editable(projects, viewer, slug).await?;
    let mut project = record.project.clone();
    project.visible = visible;
    save(projects, viewer, &record, version, &project, "visibility", if visible { "visible" } else { "hidden" }.into()).await
}
