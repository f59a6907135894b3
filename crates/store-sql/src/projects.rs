//! Cooperation projects: the project row (content as JSON beside slug, status, visibility,
//! confirmation, the tracked source and the clock's time of the last change), its partners one
//! row each, and the append-only history. A change is a compare-and-set on `version` that
//! appends its history entry in the same transaction.

use app::ports::{NewProject, ProjectEvent, ProjectRecord, ProjectStore, StoreError};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::projects::{Project, ProjectId};
use sqlx::types::Json;

use crate::rows::IdRow;
use crate::{db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, TxOf, NETWORK};

const PROJECT: &str = "SELECT p.id, p.slug, p.content, p.changed_at, p.version, \
     (SELECT MIN(e.at) FROM project_event e WHERE e.project_id = p.id) AS created_secs FROM project p";

/// A project as stored.
#[derive(sqlx::FromRow)]
struct ProjectRow {
    id: i64,
    slug: String,
    content: Json<Project>,
    changed_at: i64,
    version: i64,
    created_secs: Option<i64>,
}

impl From<ProjectRow> for ProjectRecord {
    fn from(row: ProjectRow) -> Self {
        ProjectRecord {
            id: ProjectId(row.id),
            slug: row.slug,
            project: row.content.0,
            created_at: row.created_secs.unwrap_or(row.changed_at),
            updated_at: row.changed_at,
            version: row.version,
        }
    }
}

/// One history entry as stored.
#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    actor: String,
    kind: String,
    detail: String,
}

async fn append_event<D: Dialect>(tx: &mut TxOf<D>, id: i64, event: &ProjectEvent) -> Result<(), StoreError> {
    let st = Statement::new("INSERT INTO project_event (project_id, at, actor, kind, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(event.at)
        .bind(&event.actor)
        .bind(&event.kind)
        .bind(&event.detail);
    tx.execute(st).await.map_err(db_error)?;
    Ok(())
}

/// Replaces the partner rows of a project by its current partners.
async fn set_partners<D: Dialect>(tx: &mut TxOf<D>, id: i64, partners: &[OrgId]) -> Result<(), StoreError> {
    tx.execute(Statement::new("DELETE FROM project_partner WHERE project_id = $1").bind(id)).await.map_err(db_error)?;
    for (position, org) in (0_i64..).zip(partners) {
        let st = Statement::new("INSERT INTO project_partner (project_id, organisation_id, position) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(org.0)
            .bind(position);
        tx.execute(st).await.map_err(db_error)?;
    }
    Ok(())
}

#[async_trait]
impl<D: Dialect> ProjectStore for SqlStore<D> {
    async fn create_project(&self, new: &NewProject) -> Result<ProjectId, StoreError> {
        let p = &new.project;
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st = Statement::new(
            "INSERT INTO project (network_id, slug, content, status, visible, confirmed, source_key, changed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(NETWORK)
        .bind(&new.slug)
        .bind_json(p)?
        .bind(p.status.key())
        .bind(p.visible)
        .bind(p.confirmed)
        .bind(p.origin.source_key())
        .bind(new.at);
        let id = match tx.fetch_one::<IdRow>(st).await {
            Ok(row) => row.id,
            Err(e) if is_unique_violation(&e) => {
                let taken = self.project_by_slug(&new.slug).await?.is_some();
                return Err(if taken {
                    StoreError::SlugTaken(new.slug.clone())
                } else {
                    StoreError::Conflict("source tracked already".into())
                });
            }
            Err(e) => return Err(db_error(e)),
        };
        set_partners::<D>(&mut tx, id, &p.partners).await?;
        let event = ProjectEvent { at: new.at, actor: new.actor.clone(), kind: "created".into(), detail: p.status.key().into() };
        append_event::<D>(&mut tx, id, &event).await?;
        tx.commit().await.map_err(db_error)?;
        Ok(ProjectId(id))
    }

    async fn project_by_slug(&self, slug: &str) -> Result<Option<ProjectRecord>, StoreError> {
        let st = Statement::new(format!("{PROJECT} WHERE p.network_id = $1 AND p.slug = $2")).bind(NETWORK).bind(slug);
        Ok(self.db.fetch_optional::<ProjectRow>(st).await.map_err(db_error)?.map(Into::into))
    }

    async fn projects(&self) -> Result<Vec<ProjectRecord>, StoreError> {
        let st = Statement::new(format!("{PROJECT} WHERE p.network_id = $1 ORDER BY p.changed_at DESC, p.id DESC")).bind(NETWORK);
        Ok(self.db.fetch_all::<ProjectRow>(st).await.map_err(db_error)?.into_iter().map(Into::into).collect())
    }

    async fn projects_of(&self, org: OrgId) -> Result<Vec<ProjectRecord>, StoreError> {
        let st = Statement::new(format!(
            "{PROJECT} WHERE p.id IN (SELECT project_id FROM project_partner WHERE organisation_id = $1) \
             ORDER BY p.changed_at DESC, p.id DESC"
        ))
        .bind(org.0);
        Ok(self.db.fetch_all::<ProjectRow>(st).await.map_err(db_error)?.into_iter().map(Into::into).collect())
    }

    async fn project_from_source(&self, source_key: &str) -> Result<Option<ProjectRecord>, StoreError> {
        let st = Statement::new(format!("{PROJECT} WHERE p.network_id = $1 AND p.source_key = $2")).bind(NETWORK).bind(source_key);
        Ok(self.db.fetch_optional::<ProjectRow>(st).await.map_err(db_error)?.map(Into::into))
    }

    async fn update_project(&self, id: ProjectId, project: &Project, version: i64, event: &ProjectEvent) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let st = Statement::new(format!(
            "UPDATE project SET content = $1, status = $2, visible = $3, confirmed = $4, changed_at = $5, version = version + 1, \
             updated_at = {} WHERE id = $6 AND version = $7",
            D::NOW
        ))
        .bind_json(project)?
        .bind(project.status.key())
        .bind(project.visible)
        .bind(project.confirmed)
        .bind(event.at)
        .bind(id.0)
        .bind(version);
        if tx.execute(st).await.map_err(db_error)? == 0 {
            let exists =
                tx.fetch_optional::<IdRow>(Statement::new("SELECT id FROM project WHERE id = $1").bind(id.0)).await.map_err(db_error)?;
            return Err(match exists {
                Some(_) => StoreError::Conflict(format!("project {id} changed meanwhile")),
                None => StoreError::NotFound(format!("project {id}")),
            });
        }
        set_partners::<D>(&mut tx, id.0, &project.partners).await?;
        append_event::<D>(&mut tx, id.0, event).await?;
        tx.commit().await.map_err(db_error)
    }

    async fn project_history(&self, id: ProjectId) -> Result<Vec<ProjectEvent>, StoreError> {
        let st = Statement::new("SELECT at, actor, kind, detail FROM project_event WHERE project_id = $1 ORDER BY id").bind(id.0);
        let rows: Vec<EventRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows.into_iter().map(|r| ProjectEvent { at: r.at, actor: r.actor, kind: r.kind, detail: r.detail }).collect())
    }
}
