//! Contract of `ProjectStore`: projects with their partners, one project per tracked source,
//! changes as compare-and-set with their history, an association's projects.

use app::ports::{Author, NewProject, ProjectEvent, StoreError};
use domain::ids::OrgId;
use domain::projects::{NextStep, Origin, Project, ProjectStatus};

use crate::directory::new_org;
use crate::TestStores;

const AUTHOR: Author = Author::system("contract");
const T0: i64 = 1_900_000_000;

async fn orgs(stores: &TestStores) -> Vec<OrgId> {
    let new = [new_org("verein-a", "Verein A"), new_org("verein-b", "Verein B"), new_org("verein-c", "Verein C")];
    stores.directory.create_organisations(&new, &AUTHOR).await.unwrap()
}

fn project(partners: &[OrgId], origin: Origin) -> Project {
    Project {
        title: "Sprachcafé".into(),
        description: "Jeden Freitag im Kulturzentrum.".into(),
        partners: partners.to_vec(),
        origin,
        status: ProjectStatus::Planned,
        stop_reason: None,
        next_steps: vec![NextStep { text: "Raum anfragen".into(), due: Some("2030-03-01".into()), done: false }],
        visible: true,
        confirmed: true,
        proposed_by: None,
    }
}

fn new(slug: &str, project: Project) -> NewProject {
    NewProject { slug: slug.into(), project, at: T0, actor: "user:1".into() }
}

pub async fn a_project_is_stored_with_partners_and_its_creation_in_the_history(stores: TestStores) {
    let o = orgs(&stores).await;
    let origin = Origin::Meeting { meeting: 4, round: 2, table: 1, index: 0 };
    let id = stores.projects.create_project(&new("sprachcafe", project(&[o[0], o[1]], origin))).await.unwrap();
    let stored = stores.projects.project_by_slug("sprachcafe").await.unwrap().unwrap();
    assert_eq!(stored.id, id);
    assert_eq!(stored.project, project(&[o[0], o[1]], origin));
    assert_eq!((stored.created_at, stored.updated_at, stored.version), (T0, T0, 1));
    assert_eq!(stores.projects.projects_of(o[0]).await.unwrap().len(), 1);
    assert_eq!(stores.projects.projects_of(o[1]).await.unwrap()[0].slug, "sprachcafe");
    assert!(stores.projects.projects_of(o[2]).await.unwrap().is_empty());
    assert_eq!(stores.projects.project_from_source("meeting:4:2:1:0").await.unwrap().map(|p| p.id), Some(id));
    assert!(stores.projects.project_from_source("meeting:4:2:1:1").await.unwrap().is_none());
    let history = stores.projects.project_history(id).await.unwrap();
    assert_eq!(history, vec![ProjectEvent { at: T0, actor: "user:1".into(), kind: "created".into(), detail: "planned".into() }]);
    assert!(stores.projects.project_by_slug("unbekannt").await.unwrap().is_none());
}

pub async fn a_source_is_tracked_once_and_a_slug_taken_once(stores: TestStores) {
    let o = orgs(&stores).await;
    let origin = Origin::Introduction { introduction: 9 };
    stores.projects.create_project(&new("tandem", project(&[o[0], o[1]], origin))).await.unwrap();
    let again = stores.projects.create_project(&new("tandem-2", project(&[o[0], o[1]], origin))).await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    let slug = stores.projects.create_project(&new("tandem", project(&[o[1], o[2]], Origin::Office))).await;
    assert!(matches!(slug, Err(StoreError::SlugTaken(_))), "{slug:?}");
    // The office's own projects have no source: any number of them.
    stores.projects.create_project(&new("fest-1", project(&[o[1], o[2]], Origin::Office))).await.unwrap();
    stores.projects.create_project(&new("fest-2", project(&[o[1], o[2]], Origin::Office))).await.unwrap();
    assert_eq!(stores.projects.projects().await.unwrap().len(), 3);
    assert!(stores.projects.project_by_slug("tandem-2").await.unwrap().is_none(), "nothing of the refused one stays");
}

pub async fn a_change_is_compare_and_set_and_appends_to_the_history(stores: TestStores) {
    let o = orgs(&stores).await;
    let id = stores.projects.create_project(&new("hausaufgaben", project(&[o[0], o[1]], Origin::Office))).await.unwrap();
    let mut changed = project(&[o[0], o[2]], Origin::Office);
    changed.status = ProjectStatus::Running;
    let event = ProjectEvent { at: T0 + 86_400, actor: "user:2".into(), kind: "status".into(), detail: "running".into() };
    stores.projects.update_project(id, &changed, 1, &event).await.unwrap();
    let stored = stores.projects.project_by_slug("hausaufgaben").await.unwrap().unwrap();
    assert_eq!((stored.project.status, stored.updated_at, stored.created_at, stored.version), (ProjectStatus::Running, T0 + 86_400, T0, 2));
    assert!(stores.projects.projects_of(o[1]).await.unwrap().is_empty(), "partners follow the content");
    assert_eq!(stores.projects.projects_of(o[2]).await.unwrap().len(), 1);
    // A page from before the change saves nothing.
    let stale = stores.projects.update_project(id, &project(&[o[0], o[1]], Origin::Office), 1, &event).await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    let unknown = stores.projects.update_project(domain::projects::ProjectId(999), &changed, 1, &event).await;
    assert!(matches!(unknown, Err(StoreError::NotFound(_))), "{unknown:?}");
    let kinds: Vec<String> = stores.projects.project_history(id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec!["created", "status"]);
    assert!(stores.execute_raw("DELETE FROM project_event").await.is_err(), "the history is append-only");
    assert!(stores.execute_raw("UPDATE project_event SET detail = 'x'").await.is_err(), "the history is append-only");
}

pub async fn lists_put_the_latest_change_first(stores: TestStores) {
    let o = orgs(&stores).await;
    let a = stores.projects.create_project(&new("a", project(&[o[0], o[1]], Origin::Office))).await.unwrap();
    stores.projects.create_project(&NewProject { at: T0 + 10, ..new("b", project(&[o[0], o[1]], Origin::Office)) }).await.unwrap();
    let slugs = |list: Vec<app::ports::ProjectRecord>| list.into_iter().map(|p| p.slug).collect::<Vec<_>>();
    assert_eq!(slugs(stores.projects.projects().await.unwrap()), vec!["b", "a"]);
    let event = ProjectEvent { at: T0 + 20, actor: "user:2".into(), kind: "step".into(), detail: "Flyer".into() };
    stores.projects.update_project(a, &project(&[o[0], o[1]], Origin::Office), 1, &event).await.unwrap();
    assert_eq!(slugs(stores.projects.projects_of(o[0]).await.unwrap()), vec!["a", "b"]);
}

pub async fn the_proposing_partner_is_kept_with_the_project_and_its_partner_changes(stores: TestStores) {
    let o = orgs(&stores).await;
    let mut proposed = project(&[o[0], o[1]], Origin::Introduction { introduction: 11 });
    proposed.proposed_by = Some(o[0]);
    proposed.confirmed = false;
    let id = stores.projects.create_project(&new("naehkurs", proposed.clone())).await.unwrap();
    assert_eq!(stores.projects.project_by_slug("naehkurs").await.unwrap().unwrap().project.proposed_by, Some(o[0]));
    let mut changed = proposed.clone();
    changed.title = "Nähkurs für Eltern".into();
    changed.partners = vec![o[0], o[2]];
    let detail = r#"{"title":"Nähkurs für Eltern","added":[3],"removed":[2]}"#.to_owned();
    let event = ProjectEvent { at: T0 + 60, actor: "user:2".into(), kind: "details".into(), detail: detail.clone() };
    stores.projects.update_project(id, &changed, 1, &event).await.unwrap();
    let stored = stores.projects.project_by_slug("naehkurs").await.unwrap().unwrap();
    assert_eq!((stored.project.title.as_str(), stored.project.proposed_by), ("Nähkurs für Eltern", Some(o[0])));
    assert_eq!(stores.projects.projects_of(o[2]).await.unwrap().len(), 1, "the added partner lists it");
    assert!(stores.projects.projects_of(o[1]).await.unwrap().is_empty(), "the removed one no more");
    assert_eq!(stores.projects.project_history(id).await.unwrap().last().map(|e| e.detail.clone()), Some(detail));
}
