//! The survey of associations (Vereinsbefragung): the office's list and dashboard (charts,
//! tables, free texts, filters and cross-tabs, CSV export) and the respondent's form behind the
//! association's personal link.

mod builder;
mod dashboard;
mod glance;
mod invitations;
mod labels;
pub mod report;
mod respond;

use app::survey::SurveyError;
use axum::routing::{get, post};
use axum::Router;

use crate::error::PageError;
use crate::SharedState;

impl From<SurveyError> for PageError {
    fn from(error: SurveyError) -> Self {
        match error {
            SurveyError::Forbidden => PageError::Forbidden,
            SurveyError::NotFound => PageError::NotFound("survey-not-found"),
            SurveyError::NotOpen => PageError::Conflict("survey-not-open"),
            SurveyError::Store(e) => e.into(),
        }
    }
}

/// Every survey route; merged into the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/office/surveys", get(dashboard::list))
        .route("/office/surveys/new", get(builder::new_form).post(builder::create))
        .route("/office/surveys/{survey}", get(dashboard::show))
        .route("/office/surveys/{survey}/edit", get(builder::show).post(builder::save))
        .route("/office/surveys/{survey}/preview", get(builder::preview))
        .route("/office/surveys/{survey}/invitations", get(invitations::show).post(invitations::invite))
        .route("/office/surveys/{survey}/reminders", post(invitations::remind))
        .route("/office/surveys/{survey}/export.csv", get(dashboard::export_csv))
        .route("/office/surveys/{survey}/codebook.csv", get(dashboard::codebook_csv))
        .route("/office/surveys/{survey}/report.pdf", get(dashboard::report_pdf))
        .route("/survey/{token}", get(respond::show).post(respond::save))
}
