//! The sender's pages: a case by its private link (`/inbox/{secret}`), "Meine Anliegen"
//! (`/account/inbox`) and a case there, each with the conversation and a reply form.

use app::inbox::{case_by_link, my_case, my_cases, reply_as_sender, InboxError, RequestFrom, SenderView};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{Extensions, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::inbox::MAX_TEXT;
use serde::Deserialize;

use super::view::{card, case_id, entry, notice, CaseCard, EntryView};
use crate::accounts::client_ip;
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::{FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

#[derive(Template)]
#[template(path = "inbox/case.html")]
pub struct CasePage {
    pub page: PageCtx,
    pub case: CaseCard,
    pub entries: Vec<EntryView>,
    /// Where the reply form posts.
    pub action: String,
    /// Signed in: the link back to "Meine Anliegen".
    pub in_account: bool,
    pub text: String,
    pub errors: FieldErrors,
    pub notice: Option<String>,
    pub max_text: usize,
}

#[derive(Debug, Default, Deserialize)]
pub struct NoticeParam {
    #[serde(default)]
    pub notice: Option<String>,
}

fn case_page(state: &SharedState, visit: &Visit, view: &SenderView, action: String, in_account: bool) -> CasePage {
    let page = PageCtx::new(state, visit, "contact");
    let now = state.clock.now().unix_secs();
    CasePage {
        case: card(state, &page, &view.case, &[], now),
        entries: view.entries.iter().map(|e| entry(&page, e, &[], false)).collect(),
        action,
        in_account,
        text: String::new(),
        errors: FieldErrors::default(),
        notice: None,
        max_text: MAX_TEXT,
        page,
    }
}

/// The reply's outcome: back to the page, or the page again with the problem and the text kept.
fn replied(result: Result<(), InboxError>, mut page: CasePage, back: String, text: String) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{back}?notice=replied#conversation")).into_response()),
        Err(InboxError::Invalid(errors)) => {
            page.errors = FieldErrors::new(&page.page.tr, &errors);
            page.text = text;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(refusal @ (InboxError::RateLimited { .. } | InboxError::Conflict)) => {
            page.notice = refusal.message_id().map(|id| page.page.t(id));
            page.text = text;
            Ok(render(StatusCode::TOO_MANY_REQUESTS, &page))
        }
        Err(other) => Err(other.into()),
    }
}

/// `GET /inbox/{secret}`.
pub async fn by_link(
    State(state): State<SharedState>,
    visit: Visit,
    Path(secret): Path<String>,
    Query(q): Query<NoticeParam>,
) -> Result<Response, PageError> {
    let view = case_by_link(&state.inbox, &secret, state.clock.now().unix_secs()).await?;
    let mut page = case_page(&state, &visit, &view, format!("/inbox/{secret}"), false);
    page.notice = notice(&page.page, q.notice.as_deref());
    Ok(render(StatusCode::OK, &page))
}

/// `POST /inbox/{secret}`: the sender replies by their private link.
pub async fn reply_by_link(
    State(state): State<SharedState>,
    visit: Visit,
    extensions: Extensions,
    Path(secret): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let view = case_by_link(&state.inbox, &secret, state.clock.now().unix_secs()).await?;
    let form = FormFields::parse(&body);
    let text = form.one("text");
    // A field sent more than once: the form again with everything typed, never sent on.
    let repeated = form.all_single();
    let ip = client_ip(&extensions);
    let request = RequestFrom { ip: &ip, now: state.clock.now().unix_secs() };
    let result = if repeated.is_empty() {
        reply_as_sender(&state.inbox, &view.case, "sender", &text, &request).await
    } else {
        Err(InboxError::Invalid(repeated))
    };
    let back = format!("/inbox/{secret}");
    replied(result, case_page(&state, &visit, &view, back.clone(), false), back, text)
}

#[derive(Template)]
#[template(path = "inbox/mine.html")]
pub struct MinePage {
    pub page: PageCtx,
    pub cases: Vec<CaseCard>,
}

/// `GET /account/inbox`: "Meine Anliegen".
pub async fn mine(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    let cases = my_cases(&state.inbox, &viewer).await?;
    let page = PageCtx::new(&state, &visit, "contact");
    let now = state.clock.now().unix_secs();
    let cases = cases.iter().map(|c| card(&state, &page, c, &[], now)).collect();
    Ok(render(StatusCode::OK, &MinePage { page, cases }))
}

/// `GET /account/inbox/{case}`.
pub async fn my_case_page(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(raw): Path<String>,
    Query(q): Query<NoticeParam>,
) -> Result<Response, PageError> {
    let id = case_id(&raw)?;
    let view = my_case(&state.inbox, &viewer, id).await?;
    let mut page = case_page(&state, &visit, &view, format!("/account/inbox/{id}"), true);
    page.notice = notice(&page.page, q.notice.as_deref());
    Ok(render(StatusCode::OK, &page))
}

/// `POST /account/inbox/{case}`: the signed-in sender (or their association) replies.
pub async fn reply_mine(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    extensions: Extensions,
    Path(raw): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let id = case_id(&raw)?;
    let view = my_case(&state.inbox, &viewer, id).await?;
    let form = FormFields::parse(&body);
    let text = form.one("text");
    // A field sent more than once: the form again with everything typed, never sent on.
    let repeated = form.all_single();
    let ip = client_ip(&extensions);
    let request = RequestFrom { ip: &ip, now: state.clock.now().unix_secs() };
    let author = format!("user:{}", viewer.user.id);
    let result = if repeated.is_empty() {
        reply_as_sender(&state.inbox, &view.case, &author, &text, &request).await
    } else {
        Err(InboxError::Invalid(repeated))
    };
    let back = format!("/account/inbox/{id}");
    replied(result, case_page(&state, &visit, &view, back.clone(), true), back, text)
}
