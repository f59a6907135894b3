//! `/meetings/{meeting}/register`: a representative registers people of their association
//! (name, email, languages, accessibility needs, consent for lists); the form keeps what was
//! typed. Registrations are cancelled by their association or by the office.

use app::accounts::sign_in::Viewer;
use app::meetings::{cancel_registration, register, MeetingError};
use app::ports::MeetingRecord;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::meetings::{Admission, RegistrationId, RegistrationInput};
use domain::profile_form::FieldError;

use super::person_form::{posted_registration, PersonForm, PostedRegistration, Typed};
use super::view::meeting;
use crate::error::PageError;
use crate::extract::{Action, SignedIn};
use crate::forms::{Choice, FieldErrors};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

#[derive(Template)]
#[template(path = "meetings/register.html")]
pub struct RegisterPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    /// Where the form is sent: the public form, or the office's participants page.
    pub action: String,
    pub associations: Vec<Choice>,
    pub input: RegistrationInput,
    pub languages: Vec<Choice>,
    pub errors: FieldErrors,
    /// A rule refused the registration (deadline, limit, already registered).
    pub refused: Option<String>,
}

/// The form page, filled with what was typed.
pub fn page_for(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &MeetingRecord,
    typed: Typed,
    errors: &[FieldError],
) -> RegisterPage {
    let page = PageCtx::new(state, visit, "meetings");
    let form = PersonForm::new(state, &page, viewer, typed, errors);
    RegisterPage {
        slug: record.slug.clone(),
        title: record.meeting.title.clone(),
        action: urls::meeting_register(&record.slug),
        associations: form.associations,
        languages: form.languages,
        errors: form.errors,
        input: form.input,
        refused: None,
        page,
    }
}

pub async fn form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    if !viewer.is_staff() && viewer.memberships.is_empty() {
        return Err(PageError::Forbidden);
    }
    let first = viewer.memberships.first().map(|m| m.organisation.0.to_string()).unwrap_or_default();
    let typed = Typed { association: first, input: RegistrationInput::default() };
    Ok(render(StatusCode::OK, &page_for(&state, &visit, &viewer, &record, typed, &[])))
}

pub async fn submit(Action { state, visit, viewer, path: slug, form }: Action<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let PostedRegistration { typed, association } = posted_registration(&viewer, &form)?;
    let association = match association {
        Ok(association) => association,
        Err(errors) => return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, typed, &errors))),
    };
    match register(&state.meetings, &viewer, &slug, association, &typed.input, state.clock.now().unix_secs()).await {
        Ok(done) => {
            let outcome = if done.admission == Admission::Confirmed { "confirmed" } else { "waitlisted" };
            Ok(Redirect::to(&urls::meeting_done(&slug, outcome)).into_response())
        }
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, typed, &errors)))
        }
        Err(MeetingError::Refused(refusal)) => {
            let mut page = page_for(&state, &visit, &viewer, &record, typed, &[]);
            let limit = match refusal {
                domain::meetings::RegistrationRefusal::AssociationLimit { limit } => limit,
                _ => record.meeting.per_association_limit,
            };
            page.refused = Some(page.page.tr.t1(refusal.code(), "limit", limit));
            Ok(render(StatusCode::CONFLICT, &page))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /meetings/{meeting}/registrations/{id}/cancel`: back to where the form was (`back`).
pub async fn cancel(Action { state, viewer, path: (slug, id), form, .. }: Action<(String, String)>) -> Result<Response, PageError> {
    let id = id.parse::<i64>().map_err(|_| PageError::NOT_FOUND)?;
    cancel_registration(&state.meetings, &viewer, &slug, RegistrationId(id), state.clock.now().unix_secs()).await?;
    let target = if form.one("back") == "participants" && viewer.is_staff() {
        urls::meeting_office(&slug, "participants")
    } else {
        urls::meeting_done(&slug, "cancelled")
    };
    Ok(Redirect::to(&target).into_response())
}
