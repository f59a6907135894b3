//! Cooperation projects (Kooperationsprojekte): the project page with the partners' update
//! forms, the office's board, the project form (the office's own, a meeting's planned project,
//! a proposal from an agreed contact request), the lists on profiles and the open API.

pub mod api;
mod board;
mod form;
mod show;
pub mod view;

use axum::routing::{get, post};
use axum::Router;

use crate::SharedState;

/// Every project route; merged into the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/projects/{project}", get(show::show))
        .route("/projects/{project}/status", post(show::status))
        .route("/projects/{project}/steps", post(show::add_step))
        .route("/projects/{project}/steps/{number}/done", post(show::step_done))
        .route("/projects/{project}/visibility", post(show::visibility))
        .route("/projects/{project}/details", post(show::details))
        .route("/office/projects", get(board::show))
        .route("/office/projects/new", get(form::new_form).post(form::create))
        .route("/office/projects/{project}/confirm", post(board::confirm))
        .route("/introductions/{id}/project", get(form::propose_form).post(form::propose))
        .route("/api/v1/projects", get(api::list))
}
