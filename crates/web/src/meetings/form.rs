//! The office's meeting form: create and change a meeting, with rounds and tables as repeated
//! fieldsets. "Add a round" and "Add a table" are submit buttons, so the form works without
//! script; empty rows are left out. Cancelling mails everyone registered.

use app::meetings::{cancel_meeting, create_meeting, edit_meeting, MeetingError};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::meetings::{german_offset, MeetingContext, MeetingInput, RegistrationState, RoundInput, TableInput};
use domain::profile_form::FieldError;

use super::view::{association_name, meeting};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// A person who may moderate a table.
pub struct ModeratorChoice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "meetings/form.html")]
pub struct FormPage {
    pub page: PageCtx,
    /// The meeting being changed; `None` while creating one.
    pub editing: Option<String>,
    pub cancelled: bool,
    pub input: MeetingInput,
    pub errors: FieldErrors,
    pub moderators: Vec<ModeratorChoice>,
}

impl FormPage {
    /// The name of a field of a repeated row: `rounds.0.topic`.
    pub fn field(&self, rows: &str, index: &usize, name: &str) -> String {
        format!("{rows}.{index}.{name}")
    }

    /// Whether a moderator value is one of the choices (a value sent but not offered is kept).
    pub fn moderator_known(&self, value: &str) -> bool {
        self.moderators.iter().any(|c| c.value == value)
    }

    pub fn action(&self) -> String {
        match &self.editing {
            Some(slug) => urls::meeting_office(slug, "edit"),
            None => "/office/meetings/new".to_owned(),
        }
    }
}

/// The form's fields as typed, with the rows of rounds and tables in order.
fn meeting_input(form: &FormFields) -> MeetingInput {
    let rows = |prefix: &str| -> usize {
        form.0.iter().filter_map(|(k, _)| k.strip_prefix(prefix)?.split('.').next()?.parse::<usize>().ok()).max().map_or(0, |m| m + 1)
    };
    let rounds = (0..rows("rounds.").min(domain::meetings::MAX_ROUNDS * 2))
        .map(|i| RoundInput { topic: form.one(&format!("rounds.{i}.topic")), minutes: form.one(&format!("rounds.{i}.minutes")) })
        .collect();
    let tables = (0..rows("tables.").min(domain::meetings::MAX_TABLES * 2))
        .map(|i| TableInput {
            name: form.one(&format!("tables.{i}.name")),
            capacity: form.one(&format!("tables.{i}.capacity")),
            moderator: form.one(&format!("tables.{i}.moderator")),
        })
        .collect();
    MeetingInput {
        title: form.one("title"),
        starts_at: form.one("starts_at"),
        ends_at: form.one("ends_at"),
        registration_deadline: form.one("registration_deadline"),
        venue_name: form.one("venue_name"),
        venue_address: form.one("venue_address"),
        lat: form.one("lat"),
        lon: form.one("lon"),
        agenda: form.one("agenda"),
        capacity: form.one("capacity"),
        per_association_limit: form.one("per_association_limit"),
        rounds,
        tables,
    }
}

/// A new meeting's form: three rounds and four tables to fill, as at the first meeting.
fn blank() -> MeetingInput {
    MeetingInput {
        per_association_limit: "2".into(),
        rounds: vec![RoundInput { topic: String::new(), minutes: "45".into() }; 3],
        tables: vec![TableInput { name: String::new(), capacity: "10".into(), moderator: String::new() }; 4],
        ..MeetingInput::default()
    }
}

async fn page_for(
    state: &SharedState,
    visit: &Visit,
    editing: Option<&app::ports::MeetingRecord>,
    input: MeetingInput,
    errors: &[FieldError],
) -> Result<FormPage, PageError> {
    let page = PageCtx::new(state, visit, "meetings");
    let mut moderators = Vec::new();
    if let Some(record) = editing {
        for r in state.meetings.store.registrations(record.id).await? {
            if r.state == RegistrationState::Confirmed {
                moderators.push(ModeratorChoice {
                    value: r.id.0.to_string(),
                    label: format!("{} ({})", r.name, association_name(state, r.association)),
                });
            }
        }
    }
    Ok(FormPage {
        editing: editing.map(|r| r.slug.clone()),
        cancelled: editing.is_some_and(|r| r.meeting.cancelled),
        errors: FieldErrors::new(&page.tr, errors),
        input,
        moderators,
        page,
    })
}

/// A form with fields sent twice is not saved; its other problems are named with them (the
/// moderators are the use case's to check).
fn with_other_problems(input: &MeetingInput, mut errors: Vec<FieldError>, now: i64, is_new: bool) -> Vec<FieldError> {
    let guess = domain::meetings::parse_local(&input.starts_at, 3600).unwrap_or(now);
    let ctx = MeetingContext { now, utc_offset_secs: german_offset(guess), is_new, moderators: &[] };
    if let Err(problems) = input.validate(&ctx) {
        let others = problems.into_iter().filter(|p| !p.code.starts_with("meeting_moderator"));
        let others: Vec<FieldError> = others.filter(|p| !errors.iter().any(|e| e.field == p.field)).collect();
        errors.extend(others);
    }
    errors
}

/// Adds an empty row when "add a round" or "add a table" was pressed; true if so.
fn add_row(form: &FormFields, input: &mut MeetingInput) -> bool {
    match form.one("add").as_str() {
        "round" => input.rounds.push(RoundInput::default()),
        "table" => input.tables.push(TableInput::default()),
        _ => return false,
    }
    true
}

pub async fn new_form(State(state): State<SharedState>, visit: Visit, SignedIn(_viewer): SignedIn) -> Result<Response, PageError> {
    Ok(render(StatusCode::OK, &page_for(&state, &visit, None, blank(), &[]).await?))
}

pub async fn create(OfficeAction(Action { state, visit, viewer, form, .. }): OfficeAction<()>) -> Result<Response, PageError> {
    let mut input = meeting_input(&form);
    let repeated = form.repeated();
    if !repeated.is_empty() {
        let errors = with_other_problems(&input, repeated, state.clock.now().unix_secs(), true);
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, None, input, &errors).await?));
    }
    if add_row(&form, &mut input) {
        return Ok(render(StatusCode::OK, &page_for(&state, &visit, None, input, &[]).await?));
    }
    match create_meeting(&state.meetings, &viewer, &input, state.clock.now().unix_secs()).await {
        Ok(slug) => Ok(Redirect::to(&urls::meeting_done(&slug, "saved")).into_response()),
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, None, input, &errors).await?))
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn edit_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(_viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let input = MeetingInput::from_meeting(&record.meeting, german_offset(record.meeting.starts_at));
    Ok(render(StatusCode::OK, &page_for(&state, &visit, Some(&record), input, &[]).await?))
}

pub async fn update(OfficeAction(Action { state, visit, viewer, path: slug, form }): OfficeAction<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let mut input = meeting_input(&form);
    let repeated = form.repeated();
    if !repeated.is_empty() {
        let errors = with_other_problems(&input, repeated, state.clock.now().unix_secs(), false);
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, Some(&record), input, &errors).await?));
    }
    if add_row(&form, &mut input) {
        return Ok(render(StatusCode::OK, &page_for(&state, &visit, Some(&record), input, &[]).await?));
    }
    match edit_meeting(&state.meetings, &viewer, &slug, &input, state.clock.now().unix_secs()).await {
        Ok(()) => Ok(Redirect::to(&urls::meeting_done(&slug, "saved")).into_response()),
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page_for(&state, &visit, Some(&record), input, &errors).await?))
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn cancel(OfficeAction(Action { state, viewer, path: slug, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    cancel_meeting(&state.meetings, &viewer, &slug, state.clock.now().unix_secs()).await?;
    Ok(Redirect::to(&urls::meeting_done(&slug, "saved")).into_response())
}
