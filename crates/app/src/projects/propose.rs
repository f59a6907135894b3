//! A project from an agreed introduction: either association's representative proposes it,
//! the office confirms it; until then only the partners and the office see it.

use domain::ids::OrgId;
use domain::marketplace::IntroductionState;
use domain::projects::{Origin, ProjectInput, ProjectStatus};

use super::{actor, PartnerNews, ProjectError, Projects};
use crate::accounts::sign_in::Viewer;
use crate::mail::compose::Mailing;
use crate::ports::{Introduction, ProjectEvent, ProjectRecord};

/// The introduction a representative may propose a project from: agreed (or done), and the
/// viewer represents one of its two associations. Also the project already proposed from it.
pub async fn introduction_for_proposal(
    projects: &Projects,
    viewer: &Viewer,
    id: i64,
) -> Result<(Introduction, Option<ProjectRecord>), ProjectError> {
    let introduction = projects.introductions.introduction(id).await?.ok_or(ProjectError::NotFound)?;
    let represents = viewer.is_complete()
        && viewer.memberships.iter().any(|m| [introduction.requester_org, introduction.responder_org].contains(&m.organisation));
    if !(represents || viewer.is_staff()) {
        return Err(ProjectError::NotFound);
    }
    if !matches!(introduction.state, IntroductionState::Agreed | IntroductionState::Done) {
        return Err(ProjectError::NotFound);
    }
    let tracked = projects.store.project_from_source(&format!("introduction:{id}")).await?;
    Ok((introduction, tracked))
}

/// Proposes a project of the two associations of an agreed introduction (status idea, waiting
/// for the office); once per introduction. The proposing association (the viewer's, the
/// requester's first when they represent both) is kept; the partners are mailed.
pub async fn propose_from_introduction(
    projects: &Projects,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    id: i64,
    input: &ProjectInput,
) -> Result<ProjectRecord, ProjectError> {
    let (introduction, tracked) = introduction_for_proposal(projects, viewer, id).await?;
    if tracked.is_some() {
        return Err(ProjectError::Tracked);
    }
    let allowed: [OrgId; 2] = [introduction.requester_org, introduction.responder_org];
    let origin = Origin::Introduction { introduction: id };
    let mut project = input.validate(&allowed, origin, ProjectStatus::Idea, viewer.is_staff()).map_err(ProjectError::Invalid)?;
    project.proposed_by = allowed.into_iter().find(|org| viewer.is_complete() && viewer.memberships.iter().any(|m| m.organisation == *org));
    let record = projects.store_new(viewer, project).await?;
    projects.audit(viewer, "project.propose", &record).await;
    let news = if record.project.confirmed { PartnerNews::Confirmed } else { PartnerNews::Proposed { by: record.project.proposed_by } };
    projects.notify(mailing, viewer, &record, &record.project.partners, news).await;
    Ok(record)
}

/// The office confirms a partner's proposal: from now on it counts (and, if visible, shows).
/// The partners are mailed.
pub async fn confirm_project(
    projects: &Projects,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    slug: &str,
) -> Result<ProjectRecord, ProjectError> {
    if !viewer.is_staff() {
        return Err(ProjectError::Forbidden);
    }
    let record = projects.by_slug(slug).await?;
    if record.project.confirmed {
        return Ok(record);
    }
    let mut project = record.project.clone();
    project.confirmed = true;
    let event =
        ProjectEvent { at: projects.clock.now().unix_secs(), actor: actor(viewer), kind: "confirmed".into(), detail: String::new() };
    projects.store.update_project(record.id, &project, record.version, &event).await?;
    projects.audit(viewer, "project.confirm", &record).await;
    let confirmed = projects.by_slug(slug).await?;
    projects.notify(mailing, viewer, &confirmed, &confirmed.project.partners, PartnerNews::Confirmed).await;
    Ok(confirmed)
}
