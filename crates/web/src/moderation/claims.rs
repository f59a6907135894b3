//! `POST /organisations/{slug}/claim` ("this is our association") and the office's decision
//! `POST /office/claims/{id}`; open claims are listed on the review page.

use app::accounts::claims::{claim, decide_claim, ClaimError};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use crate::page::Visit;
use crate::system::error_page;
use crate::SharedState;

#[derive(Debug, Default, Deserialize)]
pub struct ClaimForm {
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub decision: String,
}

fn claim_error(state: &SharedState, visit: &Visit, error: &ClaimError) -> Response {
    match error {
        ClaimError::Forbidden => error_page(state, visit, StatusCode::FORBIDDEN, "forbidden"),
        ClaimError::AlreadyOpen | ClaimError::NotOpen | ClaimError::AlreadyEditor => {
            error_page(state, visit, StatusCode::CONFLICT, "claim-open")
        }
        ClaimError::Store(e) => {
            tracing::error!(error = %e, "claim failed");
            error_page(state, visit, StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}

pub async fn submit(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>, Form(form): Form<ClaimForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Some(listing) = state.directory.index().get(&slug) else {
        return error_page(&state, &visit, StatusCode::NOT_FOUND, "organisation-not-found");
    };
    match claim(state.accounts.as_ref(), &viewer, listing.id, &form.message).await {
        Ok(_) => Redirect::to(&format!("/organisations/{slug}?claimed=1")).into_response(),
        Err(ClaimError::AlreadyEditor) => Redirect::to(&format!("/organisations/{slug}/edit")).into_response(),
        Err(error) => claim_error(&state, &visit, &error),
    }
}

pub async fn decide(State(state): State<SharedState>, visit: Visit, Path(id): Path<i64>, Form(form): Form<ClaimForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    match decide_claim(state.accounts.as_ref(), &viewer, id, form.decision == "approve").await {
        Ok(_) => Redirect::to("/office/review?done=claim").into_response(),
        Err(error) => claim_error(&state, &visit, &error),
    }
}
