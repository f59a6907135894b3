//! The coordination office: its contact page and the legal pages from configuration.

mod contact;
mod legal;

use axum::routing::get;
use axum::Router;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new().route("/contact", get(contact::show)).route("/imprint", get(legal::imprint)).route("/privacy", get(legal::privacy))
}
