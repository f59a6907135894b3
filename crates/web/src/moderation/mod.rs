//! Self-service editing and the office's moderation: the edit form, the review queue, the
//! version history with restore, archive and trust, the yearly "still active?" confirmation.

pub mod changes;
pub mod confirm;
pub mod edit;
pub mod form_body;
pub mod history;
pub mod review;

use axum::routing::{get, post};
use axum::Router;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/organisations/confirm", get(confirm::show).post(confirm::submit))
        .route("/organisations/{slug}/edit", get(edit::form).post(edit::submit))
        .route("/organisations/{slug}/history", get(history::show))
        .route("/organisations/{slug}/history/{number}/restore", post(history::restore_version))
        .route("/organisations/{slug}/archive", post(history::archive))
        .route("/organisations/{slug}/trust", post(history::trust))
        .route("/office/review", get(review::queue))
        .route("/office/inactive", get(confirm::inactive))
        .route("/office/review/{slug}/{number}", post(review::decide))
}
