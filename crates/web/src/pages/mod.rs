//! The site's own pages: the coordination office's contact page and the legal pages (imprint,
//! privacy notice), their texts from configuration.

mod contact;
mod legal;

pub use contact::contact_page;

use axum::routing::get;
use axum::Router;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/contact", get(contact::show).post(crate::inbox::send::submit))
        .route("/imprint", get(legal::imprint))
        .route("/privacy", get(legal::privacy))
}
