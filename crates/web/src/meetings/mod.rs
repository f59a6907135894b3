//! Network meetings (Netzwerktreffen): the public list and meeting page with its calendar file,
//! registration by representatives, the office's meeting form, participants, plan grid,
//! check-in list and results, the print material (bundle, changed only, by mail, one's own
//! handout), and the open API.

pub mod api;
mod check_in;
mod form;
mod handouts;
mod list;
mod participants;
mod person_form;
mod plan;
mod plan_move;
mod register;
mod results;
mod show;
pub mod view;

use axum::routing::{get, post};
use axum::Router;

use crate::SharedState;

/// Every meeting route; merged into the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/meetings", get(list::show))
        .route("/meetings/{meeting}", get(show::show))
        .route("/meetings/{meeting}/calendar.ics", get(show::calendar))
        .route("/meetings/{meeting}/summary", get(results::summary))
        .route("/meetings/{meeting}/register", get(register::form).post(register::submit))
        .route("/meetings/{meeting}/registrations/{id}/cancel", post(register::cancel))
        .route("/meetings/{meeting}/handouts/{id}", get(handouts::own))
        .route("/meetings/{meeting}/results", get(results::show))
        .route("/meetings/{meeting}/results/{round}/{table}", get(results::form).post(results::submit))
        .route("/office/meetings/new", get(form::new_form).post(form::create))
        .route("/office/meetings/{meeting}/edit", get(form::edit_form).post(form::update))
        .route("/office/meetings/{meeting}/cancel", post(form::cancel))
        .route("/office/meetings/{meeting}/participants", get(participants::show).post(participants::add))
        .route("/office/meetings/{meeting}/plan", get(plan::show).post(plan::start))
        .route("/office/meetings/{meeting}/plan/move", get(plan_move::form).post(plan_move::move_seat))
        .route("/office/meetings/{meeting}/plan/lock", post(plan::lock))
        .route("/office/meetings/{meeting}/check-in", get(check_in::show))
        .route("/office/meetings/{meeting}/check-in/walk-in", post(check_in::walk_in))
        .route("/office/meetings/{meeting}/check-in/{id}", post(check_in::mark))
        .route("/office/meetings/{meeting}/handouts", get(handouts::show))
        .route("/office/meetings/{meeting}/handouts/bundle", get(handouts::bundle))
        .route("/office/meetings/{meeting}/handouts/mail", post(handouts::mail))
        .route("/office/meetings/{meeting}/publish", post(results::publish))
        .route("/office/meetings/{meeting}/held", post(results::held))
        .route("/api/v1/meetings", get(api::list))
}
