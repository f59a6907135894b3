//! The office's inbox for ideas and concerns (Anliegen): the form on the contact page and its
//! confirmation link, the sender's private page and "Meine Anliegen", the office's queue.

mod office;
pub mod send;
mod sender;
mod view;

use axum::routing::{get, post};
use axum::Router;

use crate::SharedState;

/// Every inbox route except `POST /contact` (in `pages`, beside the contact page); merged into
/// the application's router in one place.
pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/contact/confirm", get(send::confirm_form).post(send::confirm))
        .route("/inbox/{secret}", get(sender::by_link).post(sender::reply_by_link))
        .route("/account/inbox", get(sender::mine))
        .route("/account/inbox/{case}", get(sender::my_case_page).post(sender::reply_mine))
        .route("/office/inbox", get(office::queue))
        .route("/office/inbox/{case}", get(office::show))
        .route("/office/inbox/{case}/reply", post(office::reply))
        .route("/office/inbox/{case}/note", post(office::note))
        .route("/office/inbox/{case}/assign", post(office::assign))
        .route("/office/inbox/{case}/status", post(office::status))
        .route("/office/inbox/{case}/close", post(office::close))
        .route("/office/inbox/{case}/merge", post(office::merge))
}
