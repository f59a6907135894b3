//! The digital city map: the map page with filters and a list kept in sync, the embeddable
//! map, the page that builds the embed snippet, and GeoJSON for everything on the map.

mod embed_builder;
pub mod geojson;
pub mod geojson_cache;
pub mod page;
pub mod settings;
pub mod style;

use axum::routing::get;
use axum::Router;

use crate::SharedState;

pub use settings::MapSettings;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/map", get(page::show))
        .route("/map/embed", get(embed_builder::show))
        .route("/embed/map", get(page::embed))
        .route("/api/v1/organisations.geojson", get(geojson::collection))
}
