//! `/meetings/{meeting}/register`: a representative registers people of their association
//! (name, email, languages, accessibility needs, consent for lists); the form keeps what was
//! typed. Registrations are cancelled by their association or by the office.

use app::accounts::sign_in::Viewer;
use app::meetings::{cancel_registration, register, MeetingError};
use app::ports::MeetingRecord;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::ids::OrgId;
use domain::meetings::{Admission, RegistrationId, RegistrationInput};
use domain::profile_form::FieldError;

use super::view::{association_name, meeting};
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::{choices, spoken_languages, Choice, FieldErrors, FormFields};
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

/// The associations the viewer registers for: their own, or every listed one for the office.
pub fn association_choices(state: &SharedState, viewer: &Viewer, selected: &str) -> Vec<Choice> {
    let mut list: Vec<(String, String)> = if viewer.is_staff() {
        state.directory.index().listings().iter().map(|l| (l.id.0.to_string(), l.name.clone())).collect()
    } else {
        viewer.memberships.iter().map(|m| (m.organisation.0.to_string(), association_name(state, m.organisation))).collect()
    };
    list.sort_by_key(|a| a.1.to_lowercase());
    choices(list, &[selected.to_owned()])
}

/// The registration form's fields as typed.
pub fn registration_input(form: &FormFields) -> RegistrationInput {
    RegistrationInput {
        name: form.one("name"),
        email: form.one("email"),
        languages: form.all("languages"),
        accessibility: form.one("accessibility"),
        consent: form.ticked("consent"),
    }
}

/// The form page, filled with `input`.
pub fn page_for(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &MeetingRecord,
    association: &str,
    input: RegistrationInput,
    errors: &[FieldError],
) -> RegisterPage {
    let page = PageCtx::new(state, visit, "meetings");
    RegisterPage {
        slug: record.slug.clone(),
        title: record.meeting.title.clone(),
        action: urls::meeting_register(&record.slug),
        associations: association_choices(state, viewer, association),
        languages: spoken_languages(&page.tr, &input.languages),
        errors: FieldErrors::new(&page.tr, errors),
        input,
        refused: None,
        page,
    }
}

/// The association chosen in the form, if the viewer may register for it.
pub fn chosen_association(viewer: &Viewer, raw: &str) -> Option<OrgId> {
    raw.trim().parse::<i64>().ok().map(OrgId).filter(|org| viewer.may_edit(*org))
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
    Ok(render(StatusCode::OK, &page_for(&state, &visit, &viewer, &record, &first, RegistrationInput::default(), &[])))
}

pub async fn submit(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let form = FormFields::parse(&body);
    let raw_association = form.one("association");
    let input = registration_input(&form);
    let Some(association) = chosen_association(&viewer, &raw_association) else {
        if viewer.memberships.is_empty() && !viewer.is_staff() {
            return Err(PageError::Forbidden);
        }
        let errors = [FieldError { field: "association".into(), code: "unknown_choice" }];
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, &raw_association, input, &errors)));
    };
    match register(&state.meetings, &viewer, &slug, association, &input, state.clock.now().unix_secs()).await {
        Ok(done) => {
            let outcome = if done.admission == Admission::Confirmed { "confirmed" } else { "waitlisted" };
            Ok(Redirect::to(&urls::meeting_done(&slug, outcome)).into_response())
        }
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, &raw_association, input, &errors)))
        }
        Err(MeetingError::Refused(refusal)) => {
            let mut page = page_for(&state, &visit, &viewer, &record, &raw_association, input, &[]);
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
pub async fn cancel(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path((slug, id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let id = id.parse::<i64>().map_err(|_| PageError::NOT_FOUND)?;
    cancel_registration(&state.meetings, &viewer, &slug, RegistrationId(id), state.clock.now().unix_secs()).await?;
    let form = FormFields::parse(&body);
    let target = if form.one("back") == "participants" && viewer.is_staff() {
        urls::meeting_office(&slug, "participants")
    } else {
        urls::meeting_done(&slug, "cancelled")
    };
    Ok(Redirect::to(&target).into_response())
}
