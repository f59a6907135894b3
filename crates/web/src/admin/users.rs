//! `/admin/users`: every account with role, verification, second factor, status and
//! memberships; administrators change roles and disable or enable accounts.

use std::collections::HashMap;

use app::accounts::admin_users::{self, AdminError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use domain::accounts::{Role, UserId};
use domain::ids::OrgId;
use serde::Deserialize;

use super::admin_error;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// A role to choose in the form.
pub struct RoleOption {
    pub key: &'static str,
    pub label: String,
    pub selected: bool,
}

/// One account in the list.
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub roles: Vec<RoleOption>,
    pub verified: bool,
    pub second_factor: bool,
    pub disabled: bool,
    /// The viewer's own account.
    pub is_self: bool,
    /// Names of the associations, with the membership role.
    pub memberships: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    pub page: PageCtx,
    pub users: Vec<UserRow>,
    /// A translated note about the last change.
    pub done: Option<String>,
    pub error: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Outcome {
    pub done: Option<String>,
    pub error: Option<String>,
}

pub async fn list(State(state): State<SharedState>, visit: Visit, Query(outcome): Query<Outcome>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let overview = match admin_users::list_users(state.accounts.as_ref(), &viewer).await {
        Ok(list) => list,
        Err(error) => return admin_error(&state, &visit, &error),
    };
    let page = PageCtx::new(&state, &visit, "admin");
    let mut names: HashMap<OrgId, String> = HashMap::new();
    let mut users = Vec::with_capacity(overview.len());
    for entry in overview {
        let mut memberships = Vec::new();
        for m in &entry.memberships {
            let name = match names.get(&m.organisation) {
                Some(name) => name.clone(),
                None => {
                    let name = match state.directory.store().organisation_record(m.organisation).await {
                        Ok(Some(record)) => record.name,
                        _ => format!("#{}", m.organisation),
                    };
                    names.insert(m.organisation, name.clone());
                    name
                }
            };
            memberships.push(format!("{name} ({})", page.t(&format!("member-{}", m.role.key()))));
        }
        let user = entry.user;
        users.push(UserRow {
            id: user.id.0,
            email: user.email.to_string(),
            roles: Role::ALL
                .into_iter()
                .map(|r| RoleOption { key: r.key(), label: page.t(&format!("role-{}", r.key())), selected: r == user.role })
                .collect(),
            verified: user.email_verified,
            second_factor: user.totp_secret.is_some(),
            disabled: user.disabled,
            is_self: user.id == viewer.user.id,
            memberships,
        });
    }
    let done = outcome.done.filter(|d| ["role", "disabled", "enabled"].contains(&d.as_str())).map(|d| page.t(&format!("admin-done-{d}")));
    let error =
        outcome.error.filter(|e| ["last-administrator", "invalid"].contains(&e.as_str())).map(|e| page.t(&format!("admin-error-{e}")));
    render(StatusCode::OK, &UsersPage { page, users, done, error })
}

#[derive(Debug, Default, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    pub role: String,
}

/// Where to go after a change: the list with a note, or the error page.
fn after(state: &SharedState, visit: &Visit, result: Result<(), AdminError>, done: &str) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/admin/users?done={done}")).into_response(),
        Err(AdminError::LastAdministrator) => Redirect::to("/admin/users?error=last-administrator").into_response(),
        Err(error) => admin_error(state, visit, &error),
    }
}

pub async fn change_role(State(state): State<SharedState>, visit: Visit, Path(id): Path<i64>, Form(form): Form<RoleForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let Ok(role) = Role::from_key(form.role.trim()) else { return Redirect::to("/admin/users?error=invalid").into_response() };
    let result = admin_users::change_role(state.accounts.as_ref(), &viewer, UserId(id), role).await;
    after(&state, &visit, result, "role")
}

#[derive(Debug, Default, Deserialize)]
pub struct DisabledForm {
    #[serde(default)]
    pub value: String,
}

pub async fn set_disabled(State(state): State<SharedState>, visit: Visit, Path(id): Path<i64>, Form(form): Form<DisabledForm>) -> Response {
    let Some(viewer) = visit.viewer.clone() else { return Redirect::to("/login").into_response() };
    let disabled = match form.value.as_str() {
        "1" => true,
        "0" => false,
        _ => return Redirect::to("/admin/users?error=invalid").into_response(),
    };
    let result = admin_users::set_disabled(state.accounts.as_ref(), &viewer, UserId(id), disabled).await;
    after(&state, &visit, result, if disabled { "disabled" } else { "enabled" })
}
