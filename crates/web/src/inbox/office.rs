//! The office's queue (`/office/inbox`, filters by status, type, topic, assignee and age) and a
//! case's page with its whole history and the actions: reply, note, assign, status, close, merge.

use app::accounts::sign_in::Viewer;
use app::inbox::{self, InboxError};
use app::ports::CaseFilter;
use askama::Template;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::accounts::UserId;
use domain::inbox::{CaseId, CaseKind, CaseStatus, Outcome};
use serde::Deserialize;

use super::view::{card, case_id, entry, notice, CaseCard, EntryView};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{choices, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// The queue's filters as the address carries them; anything unknown is ignored.
#[derive(Debug, Default, Deserialize)]
pub struct QueueParams {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub assignee: String,
    /// Older than this many days.
    #[serde(default)]
    pub age: String,
}

/// Ages offered as filters, in days.
const AGES: [i64; 3] = [3, 7, 30];

#[derive(Template)]
#[template(path = "inbox/queue.html")]
pub struct QueuePage {
    pub page: PageCtx,
    pub cases: Vec<CaseCard>,
    pub statuses: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub assignees: Vec<Choice>,
    pub ages: Vec<Choice>,
}

fn staff(viewer: &Viewer) -> Result<(), PageError> {
    if viewer.is_staff() {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}

/// `GET /office/inbox`: open cases by default (`status=all` shows every case).
pub async fn queue(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<QueueParams>,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let now = state.clock.now().unix_secs();
    let age = q.age.parse::<i64>().ok().filter(|d| AGES.contains(d));
    let filter = CaseFilter {
        status: CaseStatus::parse(&q.status),
        open_only: q.status.is_empty(),
        kind: CaseKind::parse(&q.kind),
        topic: (!q.topic.is_empty()).then(|| q.topic.clone()),
        assignee: q.assignee.parse::<i64>().ok().map(UserId),
        arrived_before: age.map(|days| now - days * 86_400),
    };
    let (cases, staff_accounts) = inbox::queue(&state.inbox, &viewer, &filter).await?;
    let page = PageCtx::new(&state, &visit, "office");
    let mut statuses = vec![(String::new(), page.t("inbox-filter-open")), ("all".to_owned(), page.t("inbox-filter-all"))];
    statuses.extend(CaseStatus::ALL.iter().map(|s| (s.key().to_owned(), page.t(&format!("inbox-status-{}", s.key().replace('_', "-"))))));
    let mut kinds = vec![(String::new(), page.t("inbox-filter-any"))];
    kinds.extend(CaseKind::ALL.iter().map(|k| (k.key().to_owned(), page.t(&format!("inbox-kind-{}", k.key())))));
    let index = state.directory.index();
    let mut topics = vec![(String::new(), page.t("inbox-filter-any"))];
    topics.extend(index.categories().iter().map(|c| (c.key.clone(), c.label(page.lang).to_owned())));
    let mut assignees = vec![(String::new(), page.t("inbox-filter-anyone"))];
    assignees.extend(staff_accounts.iter().map(|u| (u.id.to_string(), u.email.as_str().to_owned())));
    let mut ages = vec![(String::new(), page.t("inbox-filter-any"))];
    ages.extend(AGES.iter().map(|d| (d.to_string(), page.tr.targs("inbox-filter-older", &[("days", d.to_string().into())]))));
    let cards = cases.iter().map(|c| card(&state, &page, c, &staff_accounts, now)).collect();
    Ok(render(
        StatusCode::OK,
        &QueuePage {
            cases: cards,
            statuses: choices(statuses, std::slice::from_ref(&q.status)),
            kinds: choices(kinds, std::slice::from_ref(&q.kind)),
            topics: choices(topics, std::slice::from_ref(&q.topic)),
            assignees: choices(assignees, std::slice::from_ref(&q.assignee)),
            ages: choices(ages, std::slice::from_ref(&q.age)),
            page,
        },
    ))
}

#[derive(Template)]
#[template(path = "inbox/office_case.html")]
pub struct OfficeCasePage {
    pub page: PageCtx,
    pub case: CaseCard,
    pub email: String,
    pub entries: Vec<EntryView>,
    pub assignees: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub outcomes: Vec<Choice>,
    pub is_done: bool,
    pub reply: String,
    pub note: String,
    pub remark: String,
    pub into: String,
    pub errors: FieldErrors,
    pub notice: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct NoticeParam {
    #[serde(default)]
    pub notice: Option<String>,
}

async fn case_page(state: &SharedState, visit: &Visit, viewer: &Viewer, id: CaseId) -> Result<OfficeCasePage, PageError> {
    let detail = inbox::detail(&state.inbox, viewer, id).await?;
    let page = PageCtx::new(state, visit, "office");
    let now = state.clock.now().unix_secs();
    let chosen = detail.case.assignee.map(|u| u.to_string()).unwrap_or_default();
    let mut assignees = vec![(String::new(), page.t("inbox-assign-nobody"))];
    assignees.extend(detail.staff.iter().map(|u| (u.id.to_string(), u.email.as_str().to_owned())));
    let current = detail.case.status;
    let statuses = CaseStatus::ALL
        .iter()
        .filter(|s| current.may_become(**s))
        .map(|s| (s.key().to_owned(), page.t(&format!("inbox-status-{}", s.key().replace('_', "-")))));
    let outcomes = Outcome::ALL
        .iter()
        .filter(|o| **o != Outcome::Duplicate)
        .map(|o| (o.key().to_owned(), page.t(&format!("inbox-outcome-{}", o.key().replace('_', "-")))));
    Ok(OfficeCasePage {
        case: card(state, &page, &detail.case, &detail.staff, now),
        email: detail.case.email.as_str().to_owned(),
        entries: detail.entries.iter().map(|e| entry(&page, e, &detail.staff, true)).collect(),
        assignees: choices(assignees, &[chosen]),
        statuses: choices(statuses, &[]),
        outcomes: choices(outcomes, &[]),
        is_done: current == CaseStatus::Done,
        reply: String::new(),
        note: String::new(),
        remark: String::new(),
        into: String::new(),
        errors: FieldErrors::default(),
        notice: None,
        page,
    })
}

/// `GET /office/inbox/{case}`.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(raw): Path<String>,
    Query(q): Query<NoticeParam>,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let mut page = case_page(&state, &visit, &viewer, case_id(&raw)?).await?;
    page.notice = notice(&page.page, q.notice.as_deref());
    Ok(render(StatusCode::OK, &page))
}

/// After an action: back to the case with a notice, or the case page again with the problem
/// and everything typed kept.
async fn done(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    id: CaseId,
    result: Result<(), InboxError>,
    success: &str,
    form: &FormFields,
) -> Result<Response, PageError> {
    let refusal = match result {
        Ok(()) => return Ok(Redirect::to(&format!("/office/inbox/{id}?notice={success}")).into_response()),
        Err(e @ (InboxError::Invalid(_) | InboxError::Transition(_) | InboxError::Conflict)) => e,
        Err(other) => return Err(other.into()),
    };
    let mut page = case_page(state, visit, viewer, id).await?;
    page.reply = form.one("reply");
    page.note = form.one("note");
    page.remark = form.one("remark");
    page.into = form.one("into");
    let status = match refusal {
        InboxError::Invalid(errors) => {
            page.errors = FieldErrors::new(&page.page.tr, &errors);
            StatusCode::UNPROCESSABLE_ENTITY
        }
        other => {
            page.notice = other.message_id().map(|m| page.page.t(m));
            StatusCode::CONFLICT
        }
    };
    Ok(render(status, &page))
}

/// An office action on a case (`/office/inbox/{case}/…`): an [`OfficeAction`] whose fields are
/// all single. A form with a field sent more than once with different values (no form of the
/// case page does that; a tampered or broken client may) never reaches the handler: the case
/// page comes back with everything typed and `form-error-repeated` (422).
pub struct CaseAction(pub Action<String>);

impl FromRequest<SharedState> for CaseAction {
    type Rejection = Response;

    async fn from_request(request: Request, state: &SharedState) -> Result<Self, Self::Rejection> {
        let OfficeAction(action) = OfficeAction::<String>::from_request(request, state).await?;
        let repeated = action.form.all_single();
        if repeated.is_empty() {
            return Ok(CaseAction(action));
        }
        let Action { state, visit, viewer, path, form } = &action;
        let id = case_id(path).map_err(IntoResponse::into_response)?;
        let shown = done(state, visit, viewer, id, Err(InboxError::Invalid(repeated)), "", form).await;
        Err(shown.unwrap_or_else(IntoResponse::into_response))
    }
}

pub async fn reply(CaseAction(Action { state, visit, viewer, path, form }): CaseAction) -> Result<Response, PageError> {
    let id = case_id(&path)?;
    let text = form.one("reply");
    let result = inbox::reply(&state.inbox, &viewer, id, &text, state.clock.now().unix_secs()).await;
    done(&state, &visit, &viewer, id, result, "replied", &form).await
}

pub async fn note(CaseAction(Action { state, visit, viewer, path, form }): CaseAction) -> Result<Response, PageError> {
    let id = case_id(&path)?;
    let text = form.one("note");
    let result = inbox::note(&state.inbox, &viewer, id, &text, state.clock.now().unix_secs()).await;
    done(&state, &visit, &viewer, id, result, "noted", &form).await
}

pub async fn assign(CaseAction(Action { state, visit, viewer, path, form }): CaseAction) -> Result<Response, PageError> {
    let id = case_id(&path)?;
    let raw_assignee = form.one("assignee");
    let assignee = match raw_assignee.as_str() {
        "" => None,
        text => match text.parse::<i64>() {
            Ok(n) => Some(UserId(n)),
            Err(_) => return done(&state, &visit, &viewer, id, Err(invalid("assignee")), "assigned", &form).await,
        },
    };
    let result = inbox::assign(&state.inbox, &viewer, id, assignee, state.clock.now().unix_secs()).await;
    done(&state, &visit, &viewer, id, result, "assigned", &form).await
}

fn invalid(field: &str) -> InboxError {
    InboxError::Invalid(vec![domain::profile_form::FieldError { field: field.to_owned(), code: "choose_one" }])
}

pub async fn status(CaseAction(Action { state, visit, viewer, path, form }): CaseAction) -> Result<Response, PageError> {
    let id = case_id(&path)?;
    let result = match CaseStatus::parse(&form.one("status")) {
        Some(to) => inbox::set_status(&state.inbox, &viewer, id, to, state.clock.now().unix_secs()).await,
        None => Err(invalid("status")),
    };
    done(&state, &visit, &viewer, id, result, "status", &form).await
}

pub async fn close(CaseAction(Action { state, visit, viewer, path, form }): CaseAction) -> Result<Response, PageError> {
    let id = case_id(&path)?;
    let outcome = Outcome::parse(&form.one("outcome")).filter(|o| *o != Outcome::Duplicate);
    let remark = form.one("remark");
    let result = match outcome {
        Some(outcome) => inbox::close(&state.inbox, &viewer, id, outcome, &remark, state.clock.now().unix_secs()).await,
        None => Err(invalid("outcome")),
    };
    done(&state, &visit, &viewer, id, result, "closed", &form).await
}

pub async fn merge(CaseAction(Action { state, visit, viewer, path, form }): CaseAction) -> Result<Response, PageError> {
    let id = case_id(&path)?;
    let into = form.one("into");
    let result = match into.trim().trim_start_matches('#').parse::<i64>() {
        Ok(n) if n > 0 => inbox::merge(&state.inbox, &viewer, id, CaseId(n), state.clock.now().unix_secs()).await,
        _ => Err(InboxError::Invalid(vec![domain::profile_form::FieldError { field: "into".into(), code: "required" }])),
    };
    done(&state, &visit, &viewer, id, result, "merged", &form).await
}
