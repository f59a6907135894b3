//! The directory of associations: list with search and facets, profile pages, open data.

pub mod api;
pub mod csv_cache;
pub(crate) mod csv_cell;
pub mod facets;
pub mod item_filter;
mod jsonld;
mod list;
mod logos;
pub mod profile;
pub mod view;

use axum::routing::get;
use axum::Router;

use crate::SharedState;

pub use api::{ListResponse, OrganisationItem, PositionJson, ProfileResponse};

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/organisations", get(list::show))
        .route("/organisations/{slug}", get(profile::show))
        .route("/api/v1/organisations", get(api::list))
        .route("/api/v1/organisations.csv", get(api::csv))
        .route("/api/v1/organisations/{slug}", get(api::profile))
        .route("/logos/{file}", get(logos::show))
}
