//! The office's participants list: everyone registered (confirmed, waiting, cancelled), with
//! "remove", and a form to add people by hand (beyond the limit and the deadline).

use app::accounts::sign_in::Viewer;
use app::meetings::{register, MeetingError};
use app::ports::MeetingRecord;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::meetings::{RegistrationInput, RegistrationState};
use domain::profile_form::FieldError;
use serde::Deserialize;

use super::person_form::{office_list, posted_registration, OfficeList, PostedRegistration, Typed};
use super::view::{association_name, counts, meeting, refusal};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{Choice, FieldErrors};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// One registration in the list.
pub struct ParticipantRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub association: String,
    /// `confirmed`, `waitlisted` or `cancelled`.
    pub state: &'static str,
    pub languages: String,
    pub accessibility: String,
    pub consent: bool,
}

#[derive(Template)]
#[template(path = "meetings/participants.html")]
pub struct ParticipantsPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub rows: Vec<ParticipantRow>,
    pub confirmed: usize,
    pub waiting: usize,
    pub capacity: u32,
    pub associations: Vec<Choice>,
    pub input: RegistrationInput,
    pub languages: Vec<Choice>,
    pub errors: FieldErrors,
    pub notice: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub refused: Option<String>,
    #[serde(default)]
    pub added: Option<String>,
}

impl ParticipantsPage {
    /// "12 of 40 places taken, 3 waiting".
    pub fn counts_text(&self) -> String {
        self.page.tr.targs(
            "meetings-participants-counts",
            &[("confirmed", self.confirmed.into()), ("capacity", self.capacity.into()), ("waiting", self.waiting.into())],
        )
    }
}

async fn page_for(
    state: &SharedState,
    visit: &Visit,
    viewer: &Viewer,
    record: &MeetingRecord,
    typed: Typed,
    errors: &[FieldError],
) -> Result<ParticipantsPage, PageError> {
    let OfficeList { page, registrations, form } = office_list(state, visit, viewer, record, typed, errors).await?;
    let (confirmed, waiting) = counts(&registrations);
    let rows = registrations
        .iter()
        .map(|r| ParticipantRow {
            id: r.id.0,
            name: r.name.clone(),
            email: r.email.to_string(),
            association: association_name(state, r.association),
            state: match r.state {
                RegistrationState::Confirmed => "confirmed",
                RegistrationState::Waitlisted => "waitlisted",
                RegistrationState::Cancelled => "cancelled",
            },
            languages: page.tr.join(&r.languages.iter().map(|l| page.tr.language_name(l.as_str())).collect::<Vec<_>>()),
            accessibility: r.accessibility.clone().unwrap_or_default(),
            consent: r.consent.is_some(),
        })
        .collect();
    Ok(ParticipantsPage {
        slug: record.slug.clone(),
        title: record.meeting.title.clone(),
        rows,
        confirmed,
        waiting,
        capacity: record.meeting.capacity,
        associations: form.associations,
        languages: form.languages,
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
    let record = meeting(&state.meetings, &slug).await?;
    let mut page = page_for(&state, &visit, &viewer, &record, Typed::default(), &[]).await?;
    page.notice = match q.added.as_deref() {
        Some(_) => Some(page.page.t("meetings-participants-added")),
        None => refusal(&page.page, q.refused.as_deref()),
    };
    Ok(render(StatusCode::OK, &page))
}

pub async fn add(OfficeAction(Action { state, visit, viewer, path: slug, form }): OfficeAction<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let PostedRegistration { typed, association } = posted_registration(&viewer, &form)?;
    let association = match association {
        Ok(association) => association,
        Err(errors) => {
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, typed, &errors).await?))
        }
    };
    match register(&state.meetings, &viewer, &slug, association, &typed.input, state.clock.now().unix_secs()).await {
        Ok(_) => Ok(Redirect::to(&format!("{}?added=1", urls::meeting_office(&slug, "participants"))).into_response()),
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, &viewer, &record, typed, &errors).await?))
        }
        Err(MeetingError::Refused(refusal)) => {
            let mut page = page_for(&state, &visit, &viewer, &record, typed, &[]).await?;
            page.notice = Some(page.page.tr.t1(refusal.code(), "limit", record.meeting.per_association_limit));
            Ok(render(StatusCode::CONFLICT, &page))
        }
        Err(other) => Err(other.into()),
    }
}
