//! `/office/audit`: the newest entries of the audit log for coordinators and administrators,
//! each actor shown by the account's address (or as a deleted account, or the system).

use std::collections::HashMap;

use app::accounts::admin_users::audit_log;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::short_time;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::moderation::review::actor_label;
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

pub async fn show(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    let events = audit_log(state.accounts.as_ref(), &viewer, LIMIT).await?;
    let page = PageCtx::new(&state, &visit, "audit");
    let mut actors: HashMap<String, String> = HashMap::new();
    let mut rows = Vec::with_capacity(events.len());
    for event in events {
        let actor = match actors.get(&event.actor) {
            Some(label) => label.clone(),
            None => {
                let label = actor_label(&state, &page, &event.actor).await?;
                actors.insert(event.actor.clone(), label.clone());
                label
            }
        };
        rows.push(AuditRow { time: short_time(&event.at), actor, action: event.action, target: event.target, detail: event.detail });
    }
    Ok(render(StatusCode::OK, &AuditPage { page, events: rows }))
}
