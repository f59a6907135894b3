//! `/organisations/{slug}/members`: who edits an association, and inviting more people.
//! The office invites owners and co-editors; owners invite co-editors.

use app::accounts::invitations::{pending_invitations, remove_member, resend_invitation, revoke_invitation};
use app::accounts::registration::{invite, AccountError, Mailing};
use app::accounts::sign_in::Viewer;
use app::ports::{MemberRole, OrgRecord};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use domain::language::UiLocale;
use serde::Deserialize;

use super::register::mailing_parts;
use crate::error::PageError;
use crate::extract::{Association, SignedIn};
use crate::forms::{interface_languages, Choice, Posted};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

pub struct MemberView {
    pub user: i64,
    pub email: String,
    pub owner: bool,
    /// The viewer may remove this person (the office anyone, owners co-editors).
    pub removable: bool,
}

/// An invitation not accepted yet.
pub struct InvitationView {
    pub email: String,
    pub owner: bool,
    /// The day the link stops working (`YYYY-MM-DD`).
    pub until: String,
    /// The viewer may send it again or withdraw it.
    pub manageable: bool,
}

#[derive(Template)]
#[template(path = "accounts/members.html")]
pub struct MembersPage {
    pub page: PageCtx,
    pub slug: String,
    pub name: String,
    pub members: Vec<MemberView>,
    pub invitations: Vec<InvitationView>,
    /// What was just done here (`resent`, `revoked`, `removed`), said once.
    pub done: Option<String>,
    /// The viewer may invite owners too (office staff).
    pub may_invite_owners: bool,
    pub email: String,
    pub error: Option<String>,
    pub sent: bool,
    /// The languages the invitation can be written in: code, name, chosen.
    pub languages: Vec<Choice>,
}

async fn page(state: &SharedState, visit: &Visit, viewer: &Viewer, record: &OrgRecord) -> Result<MembersPage, PageError> {
    if !viewer.may_edit(record.id) {
        return Err(PageError::Forbidden);
    }
    let members = state.accounts.members_of(record.id).await?;
    let manages = |role: MemberRole| viewer.is_staff() || (role == MemberRole::Editor && viewer.may_manage_members(record.id));
    let invitations = pending_invitations(state.accounts.as_ref(), viewer, record.id, state.clock.now().unix_secs())
        .await
        .map_err(|_| PageError::Forbidden)?
        .into_iter()
        .map(|i| InvitationView {
            email: i.email.to_string(),
            owner: i.role == MemberRole::Owner,
            until: domain::date::iso_date(i.expires_at),
            manageable: manages(i.role),
        })
        .collect();
    Ok(MembersPage {
        page: PageCtx::new(state, visit, "account"),
        slug: record.slug.to_string(),
        name: record.name.clone(),
        members: members
            .into_iter()
            .map(|(m, email)| MemberView {
                user: m.user.0,
                email: email.to_string(),
                owner: m.role == MemberRole::Owner,
                removable: manages(m.role),
            })
            .collect(),
        invitations,
        done: None,
        may_invite_owners: viewer.is_staff(),
        email: String::new(),
        error: None,
        sent: false,
        languages: interface_languages(visit.locale.code()),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct SentParam {
    pub sent: Option<String>,
    /// `resent`, `revoked` or `removed`.
    pub done: Option<String>,
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Query(q): Query<SentParam>,
) -> Result<Response, PageError> {
    let mut page = page(&state, &visit, &viewer, &record).await?;
    page.sent = q.sent.is_some();
    page.done = match q.done.as_deref() {
        Some(done @ ("resent" | "revoked" | "removed")) => Some(page.page.t(&format!("members-done-{done}"))),
        _ => None,
    };
    Ok(render(StatusCode::OK, &page))
}

#[derive(Debug, Default, Deserialize)]
pub struct InvitationForm {
    #[serde(default)]
    pub email: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    pub user: String,
}

/// The members page after a refused change: the message, the list as it is.
async fn refused(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &OrgRecord,
    error: &AccountError,
) -> Result<Response, PageError> {
    let status = match error {
        AccountError::Forbidden => return Err(PageError::Forbidden),
        AccountError::InvalidEmail | AccountError::InvalidLink => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::SERVICE_UNAVAILABLE,
    };
    let mut page = page(state, visit, viewer, record).await?;
    let key = if matches!(error, AccountError::InvalidLink) {
        "members-error-gone".to_owned()
    } else {
        format!("account-error-{}", error.code().replace('_', "-"))
    };
    page.error = Some(page.page.t(&key));
    Ok(render(status, &page))
}

/// Where a change of the members list leads: back to the list saying what was `done`, or the
/// page with the refusal.
async fn after_change(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &OrgRecord,
    done: &str,
    outcome: Result<(), AccountError>,
) -> Result<Response, PageError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&urls::members_done(record.slug.as_str(), done)).into_response()),
        Err(error) => refused(state, visit, viewer, record, &error).await,
    }
}

/// `POST …/members/invitations/resend`: a fresh link for a pending invitation.
pub async fn resend(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    headers: HeaderMap,
    Form(form): Form<InvitationForm>,
) -> Result<Response, PageError> {
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let outcome = resend_invitation(
        state.accounts.as_ref(),
        &mailing,
        &viewer,
        (record.id, &record.name),
        &form.email,
        state.clock.now().unix_secs(),
    )
    .await;
    after_change(&state, &visit, &viewer, &record, "resent", outcome).await
}

/// `POST …/members/invitations/revoke`: the link of a pending invitation stops working.
pub async fn revoke(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Form(form): Form<InvitationForm>,
) -> Result<Response, PageError> {
    let outcome = revoke_invitation(state.accounts.as_ref(), &viewer, record.id, &form.email, state.clock.now().unix_secs()).await;
    after_change(&state, &visit, &viewer, &record, "revoked", outcome).await
}

/// `POST …/members/remove`: someone no longer edits the association.
pub async fn remove(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    Form(form): Form<MemberForm>,
) -> Result<Response, PageError> {
    let outcome = match form.user.trim().parse::<i64>() {
        Ok(user) => remove_member(state.accounts.as_ref(), &viewer, record.id, domain::accounts::UserId(user)).await,
        Err(_) => Err(AccountError::InvalidLink),
    };
    after_change(&state, &visit, &viewer, &record, "removed", outcome).await
}

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
    /// The language of the invitation mail.
    #[serde(default)]
    pub language: String,
}

pub async fn invite_submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    headers: HeaderMap,
    Posted { form, repeated }: Posted<InviteForm>,
) -> Result<Response, PageError> {
    let role = if form.role == "owner" { MemberRole::Owner } else { MemberRole::Editor };
    if !repeated.is_empty() {
        let mut page = page(&state, &visit, &viewer, &record).await?;
        page.error = Some(page.page.t("form-error-repeated"));
        page.email = form.email.trim().to_owned();
        page.languages = interface_languages(UiLocale::parse(&form.language).unwrap_or(visit.locale).code());
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let language = UiLocale::parse(&form.language).unwrap_or(visit.locale);
    let outcome = invite(
        state.accounts.as_ref(),
        &mailing,
        &viewer,
        (record.id, &record.name),
        &form.email,
        role,
        language,
        state.clock.now().unix_secs(),
    )
    .await;
    match outcome {
        Ok(()) => Ok(Redirect::to(&urls::members_sent(record.slug.as_str())).into_response()),
        Err(error) => {
            let mut page = page(&state, &visit, &viewer, &record).await?;
            let status = match error {
                AccountError::Forbidden => StatusCode::FORBIDDEN,
                AccountError::InvalidEmail => StatusCode::UNPROCESSABLE_ENTITY,
                _ => StatusCode::SERVICE_UNAVAILABLE,
            };
            page.error = Some(page.page.t(&format!("account-error-{}", error.code().replace('_', "-"))));
            page.email = form.email.trim().to_owned();
            page.languages = interface_languages(language.code());
            Ok(render(status, &page))
        }
    }
}
