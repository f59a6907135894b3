//! Open data: the public cooperation projects as JSON.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api_error::{ApiError, ErrorBody};
use crate::{base_url, SharedState};

/// A public cooperation project.
#[derive(Serialize, ToSchema)]
pub struct ProjectJson {
    pub slug: String,
    pub title: String,
    /// `idea`, `planned`, `running`, `done` or `stopped`.
    pub status: String,
    /// The partner associations' slugs.
    pub partners: Vec<String>,
    /// `meeting`, `introduction` or `office`.
    pub origin: String,
    /// The project's page.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProjectListJson {
    pub items: Vec<ProjectJson>,
}

/// Every public project (confirmed and shown by its partners), most recently updated first.
#[utoipa::path(get, path = "/api/v1/projects", tag = "projects",
    responses((status = 200, body = ProjectListJson), (status = 503, body = ErrorBody)))]
pub async fn list(State(state): State<SharedState>, headers: HeaderMap) -> Result<Json<ProjectListJson>, ApiError> {
    let base = base_url(&state, &headers);
    let records = app::projects::public_projects(&state.projects).await.map_err(|error| {
        tracing::error!(%error, "projects API");
        ApiError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "unavailable", "the database is unavailable")
    })?;
    let index = state.directory.index();
    let items = records
        .into_iter()
        .map(|r| ProjectJson {
            url: format!("{base}/projects/{}", r.slug),
            title: r.project.title.clone(),
            status: r.project.status.key().to_owned(),
            partners: r.project.partners.iter().filter_map(|o| index.by_id(*o).map(|l| l.slug().to_owned())).collect(),
            origin: r.project.origin.key().to_owned(),
            slug: r.slug,
        })
        .collect();
    Ok(Json(ProjectListJson { items }))
}
