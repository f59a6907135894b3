//! The check-in list for a phone or tablet on the day: search by name (a GET form), one tap
//! to check in, no-show and undo, and a form for walk-ins.

use app::accounts::sign_in::Viewer;
use app::meetings::{add_walk_in, mark as mark_attendance, MeetingError};
use app::ports::MeetingRecord;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::meetings::{Attendance, AttendanceMark, RegistrationId, RegistrationInput, RegistrationState};
use domain::profile_form::FieldError;
use serde::Deserialize;

use super::person_form::{office_list, posted_registration, OfficeList, PostedRegistration, Typed};
use super::view::{association_name, meeting, refusal};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{Choice, FieldErrors};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// One person on the list.
pub struct Arrival {
    pub id: i64,
    pub name: String,
    pub association: String,
    /// `registered`, `checked_in` or `no_show`.
    pub attendance: &'static str,
    pub walk_in: bool,
}

#[derive(Template)]
#[template(path = "meetings/check_in.html")]
pub struct CheckInPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub q: String,
    pub people: Vec<Arrival>,
    pub arrived: usize,
    pub expected: usize,
    pub associations: Vec<Choice>,
    pub input: RegistrationInput,
    pub errors: FieldErrors,
    pub notice: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub refused: Option<String>,
}

impl CheckInPage {
    /// "12 of 38 arrived".
    pub fn arrived_text(&self) -> String {
        self.page.tr.targs("meetings-arrived", &[("arrived", self.arrived.into()), ("expected", self.expected.into())])
    }
}

async fn page_for(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &MeetingRecord,
    q: &str,
    typed: Typed,
    errors: &[FieldError],
) -> Result<CheckInPage, PageError> {
    let OfficeList { page, registrations, form } = office_list(state, visit, viewer, record, typed, errors).await?;
    let confirmed: Vec<_> = registrations.iter().filter(|r| r.state == RegistrationState::Confirmed).collect();
    let needle = domain::text::fold_to_ascii(q.trim());
    let mut people: Vec<Arrival> = confirmed
        .iter()
        .filter(|r| needle.is_empty() || domain::text::fold_to_ascii(&r.name).contains(&needle))
        .map(|r| Arrival {
            id: r.id.0,
            name: r.name.clone(),
            association: association_name(state, r.association),
            attendance: match r.attendance {
                Attendance::Registered => "registered",
                Attendance::CheckedIn => "checked_in",
                Attendance::NoShow => "no_show",
            },
            walk_in: r.walk_in,
        })
        .collect();
    people.sort_by_key(|a| a.name.to_lowercase());
    Ok(CheckInPage {
        slug: record.slug.clone(),
        title: record.meeting.title.clone(),
        q: q.to_owned(),
        arrived: confirmed.iter().filter(|r| r.attendance == Attendance::CheckedIn).count(),
        expected: confirmed.iter().filter(|r| r.attendance != Attendance::NoShow).count(),
        people,
        associations: form.associations,
        errors: form.errors,
        input: form.input,
        notice: None,
        page,
    })
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let record = meeting(&state.meetings, &slug).await?;
    let mut page = page_for(&state, &visit, &viewer, &record, &q.q, Typed::default(), &[]).await?;
    page.notice = refusal(&page.page, q.refused.as_deref());
    Ok(render(StatusCode::OK, &page))
}

/// `POST …/check-in/{id}` with `mark` = `in`, `no_show` or `undo`; back to the list (and its search).
pub async fn mark(
    OfficeAction(Action { state, viewer, path: (slug, id), form, .. }): OfficeAction<(String, String)>,
) -> Result<Response, PageError> {
    let id = id.parse::<i64>().map_err(|_| PageError::NOT_FOUND)?;
    let how = match form.one("mark").as_str() {
        "in" => AttendanceMark::CheckIn,
        "no_show" => AttendanceMark::NoShow,
        "undo" => AttendanceMark::Undo,
        _ => return Err(PageError::NOT_FOUND),
    };
    let search = form.one("q");
    let list = urls::meeting_office(&slug, "check-in");
    match mark_attendance(&state.meetings, &viewer, &slug, RegistrationId(id), how).await {
        Ok(()) => {
            let query = if search.is_empty() {
                String::new()
            } else {
                format!("?{}", serde_urlencoded::to_string([("q", &search)]).unwrap_or_default())
            };
            Ok(Redirect::to(&format!("{list}{query}#p{id}")).into_response())
        }
        Err(MeetingError::Attendance(refusal)) => {
            Ok(Redirect::to(&urls::meeting_refused(&slug, "check-in", refusal.code())).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/check-in/walk-in`: someone came unannounced.
pub async fn walk_in(OfficeAction(Action { state, visit, viewer, path: slug, form }): OfficeAction<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let PostedRegistration { typed, association } = posted_registration(&viewer, &form)?;
    let association = match association {
        Ok(association) => association,
        Err(errors) => {
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, "", typed, &errors).await?))
        }
    };
    match add_walk_in(&state.meetings, &viewer, &slug, association, &typed.input, state.clock.now().unix_secs()).await {
        Ok(id) => Ok(Redirect::to(&format!("{}#p{}", urls::meeting_office(&slug, "check-in"), id.0)).into_response()),
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, "", typed, &errors).await?))
        }
        Err(MeetingError::Refused(refusal)) => {
            let mut page = page_for(&state, &visit, &viewer, &record, "", typed, &[]).await?;
            page.notice = Some(page.page.t(refusal.code()));
            Ok(render(StatusCode::CONFLICT, &page))
        }
        Err(other) => Err(other.into()),
    }
}
