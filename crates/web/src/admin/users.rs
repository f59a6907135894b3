//! `/admin/users`: every account with role, verification, second factor, status and
//! memberships; administrators change roles and disable or enable accounts.

use std::collections::HashMap;

use app::accounts::admin_users::{self, AdminError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Redirect, Response};
use axum::Form;
use domain::accounts::{Role, UserId};
use domain::ids::OrgId;
use serde::Deserialize;

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
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
    /// Every association (slug, name), to invite someone for one.
    pub organisations: Vec<(String, String)>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Outcome {
    pub done: Option<String>,
    pub error: Option<String>,
}

pub async fn list(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(outcome): Query<Outcome>,
) -> Result<Response, PageError> {
    let overview = admin_users::list_users(state.accounts.as_ref(), &viewer).await?;
    let page = PageCtx::new(&state, &visit, "admin");
    let mut names: HashMap<OrgId, String> = HashMap::new();
    let mut users = Vec::with_capacity(overview.len());
    for entry in overview {
        let mut memberships = Vec::new();
        for m in &entry.memberships {
            let name = match names.get(&m.organisation) {
                Some(name) => name.clone(),
                None => {
                    let record = state.directory.store().organisation_record(m.organisation).await?;
                    let name = record.map_or_else(|| format!("#{}", m.organisation), |r| r.name);
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
    let organisations = state.directory.index().names();
    Ok(render(StatusCode::OK, &UsersPage { page, users, done, error, organisations }))
}

#[derive(Debug, Default, Deserialize)]
pub struct InviteChoice {
    #[serde(default)]
    pub organisation: String,
}

/// `GET /office/invite?organisation=<slug>`: the invitation form of the chosen association
/// (the users list's "invite someone for …" works without script this way).
pub async fn invite_for(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    choice: Result<axum::extract::Query<InviteChoice>, axum::extract::rejection::QueryRejection>,
) -> Result<Redirect, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let slug = choice.map(|q| q.0.organisation).unwrap_or_default();
    match state.directory.index().get(slug.trim()) {
        Some(listing) => Ok(Redirect::to(&urls::members_invite(listing.slug()))),
        None => Ok(Redirect::to(&urls::admin_users("error", "invalid"))),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    pub role: String,
}

/// Where to go after a change: the list with a note, or the error page.
fn after(result: Result<(), AdminError>, done: &str) -> Result<Redirect, PageError> {
    match result {
        Ok(()) => Ok(Redirect::to(&urls::admin_users("done", done))),
        Err(AdminError::LastAdministrator) => Ok(Redirect::to(&urls::admin_users("error", "last-administrator"))),
        Err(error) => Err(error.into()),
    }
}

pub async fn change_role(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> Result<Redirect, PageError> {
    let Ok(role) = Role::from_key(form.role.trim()) else { return Ok(Redirect::to(&urls::admin_users("error", "invalid"))) };
    let result = admin_users::change_role(state.accounts.as_ref(), &viewer, UserId(id), role).await;
    after(result, "role")
}

#[derive(Debug, Default, Deserialize)]
pub struct DisabledForm {
    #[serde(default)]
    pub value: String,
}

pub async fn set_disabled(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<DisabledForm>,
) -> Result<Redirect, PageError> {
    let disabled = match form.value.as_str() {
        "1" => true,
        "0" => false,
        _ => return Ok(Redirect::to(&urls::admin_users("error", "invalid"))),
    };
    let result = admin_users::set_disabled(state.accounts.as_ref(), &viewer, UserId(id), disabled).await;
    after(result, if disabled { "disabled" } else { "enabled" })
}
