//! The title and partners of a project, corrected by the office or by the association that
//! proposed it. The change is a compare-and-set like every other and goes into the history
//! as one `details` event; partners added and removed are mailed.

use domain::ids::OrgId;
use domain::projects::{partner_changes, Project, ProjectDetailsInput};
use serde::{Deserialize, Serialize};

use super::{actor, may_see, PartnerNews, ProjectError, Projects};
use crate::accounts::sign_in::Viewer;
use crate::mail::compose::Mailing;
use crate::ports::ProjectEvent;

/// The `detail` of a `details` event: the new title if it changed, the partners added and
/// removed (association ids).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetailsChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default)]
    pub added: Vec<OrgId>,
    #[serde(default)]
    pub removed: Vec<OrgId>,
}

impl DetailsChange {
    /// Reads an event's detail; anything unreadable is no change.
    pub fn parse(detail: &str) -> DetailsChange {
        serde_json::from_str(detail).unwrap_or_default()
    }
}

/// The office, or a complete session of a representative of the association that proposed it.
pub fn may_edit_details(viewer: &Viewer, project: &Project) -> bool {
    viewer.is_staff()
        || project.proposed_by.is_some_and(|org| viewer.is_complete() && viewer.memberships.iter().any(|m| m.organisation == org))
}

/// Sets the title and partners (`allowed`: the associations that may be chosen; `version`: what
/// the page showed). Nothing changed: nothing is saved. A representative must keep their own
/// association among the partners.
pub async fn update_details(
    projects: &Projects,
    mailing: &Mailing<'_>,
    viewer: &Viewer,
    slug: &str,
    version: i64,
    input: &ProjectDetailsInput,
    allowed: &[OrgId],
) -> Result<(), ProjectError> {
    let record = projects.by_slug(slug).await?;
    if !may_edit_details(viewer, &record.project) {
        return Err(if may_see(viewer, &record.project) { ProjectError::Forbidden } else { ProjectError::NotFound });
    }
    let keep = if viewer.is_staff() { None } else { record.project.proposed_by };
    // Partners already there stay choosable even if their entry is no longer published.
    let mut choosable = allowed.to_vec();
    choosable.extend(record.project.partners.iter().filter(|p| !allowed.contains(p)));
    let (title, partners) = input.validate(&choosable, keep).map_err(ProjectError::Invalid)?;
    let (added, removed) = partner_changes(&record.project.partners, &partners);
    let change = DetailsChange { title: (title != record.project.title).then(|| title.clone()), added, removed };
    if change == DetailsChange::default() && partners == record.project.partners {
        return Ok(());
    }
    let mut project = record.project.clone();
    project.title = title;
    project.partners = partners;
    // Ids, a string and lists only: serialising cannot fail.
    let detail = serde_json::to_string(&change).unwrap_or_default();
    let event = ProjectEvent { at: projects.clock.now().unix_secs(), actor: actor(viewer), kind: "details".into(), detail };
    projects.store.update_project(record.id, &project, version, &event).await?;
    projects.audit(viewer, "project.details", &record).await;
    let updated = projects.by_slug(slug).await?;
    projects.notify(mailing, viewer, &updated, &change.added, PartnerNews::Added).await;
    projects.notify(mailing, viewer, &updated, &change.removed, PartnerNews::Removed).await;
    Ok(())
}
