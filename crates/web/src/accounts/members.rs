//! `/organisations/{slug}/members`: who edits an association, and inviting more people.
//! The office invites owners and co-editors; owners invite co-editors.

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
use crate::forms::{interface_languages, Choice};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

pub struct MemberView {
    pub email: String,
    pub owner: bool,
}

#[derive(Template)]
#[template(path = "accounts/members.html")]
pub struct MembersPage {
    pub page: PageCtx,
    pub slug: String,
    pub name: String,
    pub members: Vec<MemberView>,
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
    Ok(MembersPage {
        page: PageCtx::new(state, visit, "account"),
        slug: record.slug.to_string(),
        name: record.name.clone(),
        members: members
            .into_iter()
            .map(|(m, email)| MemberView { email: email.to_string(), owner: m.role == MemberRole::Owner })
            .collect(),
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
    Ok(render(StatusCode::OK, &page))
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
    Form(form): Form<InviteForm>,
) -> Result<Response, PageError> {
    let role = if form.role == "owner" { MemberRole::Owner } else { MemberRole::Editor };
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
