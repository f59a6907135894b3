//! `/office/audit`: the newest entries of the audit log for coordinators and administrators,
//! each actor shown by the account's address (or as a deleted account, or the system).

use std::collections::HashMap;

use app::accounts::admin_users::audit_log;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{admin_error, short_time};
use crate::moderation::review::author_label;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// How many entries the page shows.
const LIMIT: i64 = 200;

/// One entry of the log.
pub struct AuditRow {
    pub time: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub page: PageCtx,
    pub events: Vec<AuditRow>,
}

pub async fn show(State(state): State<SharedState>, visit: Visit) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let events = match audit_log(state.accounts.as_ref(), &viewer, LIMIT).await {
        Ok(events) => events,
        Err(error) => return admin_error(&state, &visit, &error),
    };
    let page = PageCtx::new(&state, &visit, "audit");
    let mut actors: HashMap<String, String> = HashMap::new();
    let mut rows = Vec::with_capacity(events.len());
    for event in events {
        let actor = match actors.get(&event.actor) {
            Some(label) => label.clone(),
            None => {
                let label = match app::ports::Author::parse(&event.actor) {
                    Some(author) => author_label(&state, &page, &author).await,
                    None => page.t("author-system"),
                };
                actors.insert(event.actor.clone(), label.clone());
                label
            }
        };
        rows.push(AuditRow { time: short_time(&event.at), actor, action: event.action, target: event.target, detail: event.detail });
    }
    render(StatusCode::OK, &AuditPage { page, events: rows })
}
