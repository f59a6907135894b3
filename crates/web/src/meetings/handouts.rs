//! Print material of a planned meeting: the office's page (the print bundle, only what changed
//! since the last print, every handout by mail) and a participant's own handout. Typesetting is
//! `app`'s `HandoutRenderer`, which the binary wires in, so this crate never compiles Typst.

use app::meetings::{mail_handouts, own_handout, print_bundle, print_status, MeetingError, PrintStatus};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::meetings::RegistrationId;
use serde::Deserialize;

use super::view::{meeting, refusal};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

#[derive(Template)]
#[template(path = "meetings/handouts.html")]
pub struct HandoutsPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    /// `None` before the first plan.
    pub status: Option<PrintStatus>,
    pub notice: Option<String>,
}

impl HandoutsPage {
    /// "40 handouts, 12 table sheets and the badges."
    pub fn count_text(&self, status: &PrintStatus) -> String {
        self.page.tr.targs("meetings-print-count", &[("handouts", status.handouts.into()), ("sheets", status.table_sheets.into())])
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub refused: Option<String>,
    #[serde(default)]
    pub mailed: Option<usize>,
    #[serde(default)]
    pub only: Option<String>,
}

/// `GET /office/meetings/{meeting}/handouts`: what there is to print and what changed.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let status = match print_status(&state.meetings, &viewer, &record).await {
        Ok(status) => Some(status),
        Err(MeetingError::NoPlan) => None,
        Err(other) => return Err(other.into()),
    };
    let page = PageCtx::new(&state, &visit, "meetings");
    let notice = match (q.refused.as_deref(), q.mailed) {
        (Some(id), _) => refusal(&page, Some(id)),
        (None, Some(count)) => Some(page.tr.t1("meetings-print-mailed", "count", count)),
        _ => None,
    };
    let template = HandoutsPage { slug: record.slug.clone(), title: record.meeting.title.clone(), status, notice, page };
    Ok(render(StatusCode::OK, &template))
}

fn pdf(body: Vec<u8>, file_name: &str) -> Response {
    let disposition = format!("attachment; filename=\"{file_name}\"");
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// `GET /office/meetings/{meeting}/handouts/bundle[?only=changed]`: the print bundle as PDF,
/// recorded as printed. Without a plan, or with nothing changed, back to the page with a note.
pub async fn bundle(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let only = q.only.as_deref() == Some("changed");
    match print_bundle(&state.meetings, &viewer, &record, only, state.clock.now().unix_secs()).await {
        Ok(body) => {
            let name = if only { format!("{}-geaendert.pdf", record.slug) } else { format!("{}.pdf", record.slug) };
            Ok(pdf(body, &name))
        }
        Err(e @ (MeetingError::NoPlan | MeetingError::NothingToPrint)) => {
            let id = e.message_id().unwrap_or("meeting-plan-none");
            Ok(Redirect::to(&urls::meeting_refused(&slug, "handouts", id)).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /office/meetings/{meeting}/handouts/mail`: every participant gets their handout by mail
/// (through the job queue).
pub async fn mail(OfficeAction(Action { state, viewer, path: slug, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    match mail_handouts(&state.meetings, &viewer, &record).await {
        Ok(count) => Ok(Redirect::to(&format!("{}?mailed={count}", urls::meeting_office(&slug, "handouts"))).into_response()),
        Err(MeetingError::NoPlan) => Ok(Redirect::to(&urls::meeting_refused(&slug, "handouts", "meeting-plan-none")).into_response()),
        Err(other) => Err(other.into()),
    }
}

/// `GET /meetings/{meeting}/handouts/{id}`: a participant's own handout as PDF; anyone who may
/// not have it gets "not found".
pub async fn own(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let Ok(id) = id.parse::<i64>() else { return Err(PageError::NotFound("meeting-not-found")) };
    let (body, name) = own_handout(&state.meetings, &viewer, &record, RegistrationId(id)).await?;
    Ok(pdf(body, &name))
}
