//! The OpenAPI description of the JSON API, generated from the handlers' annotations.

use axum::routing::get;
use axum::{Json, Router};
use utoipa::OpenApi;

use crate::SharedState;

#[derive(OpenApi)]
#[openapi(
    info(title = "Knotenpunkt API", description = "Open data of the network: directory of associations, offers and needs, network meetings, cooperation projects, news of the office."),
    paths(
        crate::directory::api::list,
        crate::directory::api::profile,
        crate::directory::api::csv,
        crate::map::geojson::collection,
        crate::marketplace::api::offers,
        crate::marketplace::api::needs,
        crate::marketplace::api::suggestions,
        crate::meetings::api::list,
        crate::projects::api::list,
        crate::news::api::list
    ),
    tags(
        (name = "directory", description = "Associations, initiatives and groups of the network"),
        (name = "marketplace", description = "Open offers and needs of the associations, with suggestions"),
        (name = "meetings", description = "Network meetings: dates, venues, rounds, tables and places (no personal data)"),
        (name = "projects", description = "Cooperation projects of associations that their partners show publicly"),
        (name = "news", description = "News of the integration office")
    )
)]
pub struct ApiDoc;

pub fn router() -> Router<SharedState> {
    Router::new().route("/api/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}
