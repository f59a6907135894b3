//! Self-service editing and the office's moderation: the edit form, the review queue, the
//! version history with restore, archive and trust, logos, proposals of new associations and
//! the yearly "still active?" check (`confirm_active`).

pub mod changes;
pub mod confirm_active;
pub mod edit;
pub mod history;
pub mod logo;
pub mod propose;
pub mod review;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

use crate::SharedState;

pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/organisations/propose", get(propose::form).post(propose::submit))
        .route("/organisations/propose/verify", get(propose::verify_form).post(propose::verify_submit))
        .route("/organisations/confirm", get(confirm_active::show).post(confirm_active::submit))
        .route("/organisations/{slug}/edit", get(edit::form).post(edit::submit))
        // The upload route's own limit (`limits::UPLOAD_ROUTES`) applies, not axum's 2 MB: a
        // larger file is read to its end so that the browser gets the "too big" page.
        .route("/organisations/{slug}/logo", post(logo::upload).layer(DefaultBodyLimit::disable()))
        .route("/organisations/{slug}/logo/remove", post(logo::remove))
        .route("/organisations/{slug}/history", get(history::show))
        .route("/organisations/{slug}/history/{number}/restore", get(history::restore_confirm).post(history::restore_version))
        .route("/organisations/{slug}/archive", get(history::archive_confirm).post(history::archive))
        .route("/organisations/{slug}/trust", post(history::trust))
        .route("/office/review", get(review::queue))
        .route("/office/inactive", get(confirm_active::inactive))
        .route("/office/review/{slug}/{number}", post(review::decide))
}
