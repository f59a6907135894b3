//! "Vereine bieten / Vereine suchen": lists of offers and needs, and each item with the
//! suggestions of the matching engine and their reasons.

pub mod api;
mod detail;
mod list;
pub mod view;

use axum::routing::get;
use axum::Router;
use domain::marketplace::ItemKind;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/offers", get(|s, l, u| list::show(ItemKind::Offer, s, l, u)))
        .route("/needs", get(|s, l, u| list::show(ItemKind::Need, s, l, u)))
        .route("/offers/{id}", get(|s, l, u, p| detail::show(ItemKind::Offer, s, l, u, p)))
        .route("/needs/{id}", get(|s, l, u, p| detail::show(ItemKind::Need, s, l, u, p)))
        .route("/api/v1/offers", get(api::offers))
        .route("/api/v1/needs", get(api::needs))
        .route("/api/v1/needs/{id}/suggestions", get(api::suggestions))
}
