//! "Vereine bieten / Vereine suchen": lists of offers and needs, and each item with the
//! suggestions of the matching engine and their reasons.

pub mod api;
mod detail;
pub mod introductions;
mod list;
pub mod post;
pub mod synergy;
pub mod view;

use axum::routing::get;
use axum::Router;
use domain::marketplace::ItemKind;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/offers", get(|s, v| list::show(ItemKind::Offer, s, v)))
        .route("/needs", get(|s, v| list::show(ItemKind::Need, s, v)))
        .route("/offers/{id}", get(|s, v, p| detail::show(ItemKind::Offer, s, v, p)))
        .route("/needs/{id}", get(|s, v, p| detail::show(ItemKind::Need, s, v, p)))
        .route("/organisations/{slug}/items/new", get(post::form))
        .route("/organisations/{slug}/items", axum::routing::post(post::submit))
        .route("/items/{id}/close", axum::routing::post(post::close))
        .route("/items/{id}/edit", get(post::edit_form))
        .route("/items/{id}", axum::routing::post(post::edit_submit))
        .route("/introductions", get(introductions::list).post(introductions::ask))
        .route("/office/synergy", get(synergy::show))
        .route("/introductions/{id}", axum::routing::post(introductions::answer))
        .route("/api/v1/offers", get(api::offers))
        .route("/api/v1/needs", get(api::needs))
        .route("/api/v1/needs/{id}/suggestions", get(api::suggestions))
}
