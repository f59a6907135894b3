//! The project form: the office's own project, a planned project from a meeting's results
//! (prefilled, the origin kept in hidden fields), and a partner's project from an agreed
//! contact request (only its two associations to choose from), which the office confirms.

use app::projects::{create_by_office, introduction_for_proposal, planned_project, propose_from_introduction, track_planned, ProjectError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::ids::OrgId;
use domain::profile_form::FieldError;
use domain::projects::{NextStepInput, ProjectInput};
use serde::Deserialize;

use super::view::{all_associations, MailParts};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{choices, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// Which planned project of a meeting's results (round, table and project from 1).
#[derive(Debug, Default, Deserialize)]
pub struct Source {
    pub meeting: Option<String>,
    pub round: Option<usize>,
    pub table: Option<usize>,
    pub project: Option<usize>,
}

impl Source {
    fn of(form: &FormFields) -> Source {
        let number = |name: &str| form.one(name).trim().parse::<usize>().ok();
        let meeting = form.one("meeting");
        Source {
            meeting: (!meeting.is_empty()).then_some(meeting),
            round: number("round"),
            table: number("table"),
            project: number("project"),
        }
    }

    /// The meeting's slug and the 0-based place, when all parts are there.
    fn place(&self) -> Option<(&str, (usize, usize, usize))> {
        let meeting = self.meeting.as_deref().filter(|m| !m.is_empty())?;
        Some((meeting, (self.round?.checked_sub(1)?, self.table?.checked_sub(1)?, self.project?.checked_sub(1)?)))
    }
}

#[derive(Template)]
#[template(path = "projects/form.html")]
pub struct FormPage {
    pub page: PageCtx,
    pub heading: String,
    /// Where the project comes from, in words.
    pub intro: Option<String>,
    pub action: String,
    /// Hidden fields that name the source.
    pub hidden: Vec<(String, String)>,
    pub input: ProjectInput,
    pub partners: Vec<Choice>,
    pub errors: FieldErrors,
    pub submit: String,
    /// Tracked or proposed already: the project's slug instead of the form.
    pub existing: Option<(String, String)>,
}

struct Setup {
    heading: &'static str,
    intro: Option<String>,
    action: String,
    hidden: Vec<(String, String)>,
    submit: &'static str,
    allowed: Vec<(OrgId, String)>,
    existing: Option<(String, String)>,
}

fn form_page(state: &SharedState, visit: &Visit, setup: Setup, input: ProjectInput, errors: &[FieldError]) -> FormPage {
    let page = PageCtx::new(state, visit, "projects");
    let options = setup.allowed.iter().map(|(id, name)| (id.0.to_string(), name.clone()));
    FormPage {
        heading: page.t(setup.heading),
        intro: setup.intro,
        action: setup.action,
        hidden: setup.hidden,
        partners: choices(options, &input.partners),
        errors: FieldErrors::new(&page.tr, errors),
        submit: page.t(setup.submit),
        existing: setup.existing,
        input,
        page,
    }
}

async fn office_setup(
    state: &SharedState,
    viewer: &app::accounts::sign_in::Viewer,
    source: &Source,
    tr: &crate::i18n::Tr,
) -> Result<(Setup, Option<app::projects::PlannedSource>), PageError> {
    let allowed = all_associations(state);
    let Some((meeting, place)) = source.place() else {
        if !viewer.is_staff() {
            return Err(PageError::Forbidden);
        }
        let setup = Setup {
            heading: "projects-form-new",
            intro: None,
            action: "/office/projects/new".into(),
            hidden: Vec::new(),
            submit: "projects-create",
            allowed,
            existing: None,
        };
        return Ok((setup, None));
    };
    let planned = planned_project(&state.projects, viewer, meeting, place).await?;
    let hidden = vec![
        ("meeting".to_owned(), meeting.to_owned()),
        ("round".to_owned(), (place.0 + 1).to_string()),
        ("table".to_owned(), (place.1 + 1).to_string()),
        ("project".to_owned(), (place.2 + 1).to_string()),
    ];
    let setup = Setup {
        heading: "projects-form-track",
        intro: Some(tr.t1("projects-form-from-meeting", "meeting", planned.meeting.meeting.title.clone())),
        action: "/office/projects/new".into(),
        hidden,
        submit: "projects-create",
        allowed,
        existing: planned.tracked.as_ref().map(|r| (r.slug.clone(), r.project.title.clone())),
    };
    Ok((setup, Some(planned)))
}

/// `GET /office/projects/new[?meeting=&round=&table=&project=]`.
pub async fn new_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(source): Query<Source>,
) -> Result<Response, PageError> {
    let tr = crate::i18n::Tr::new(visit.locale);
    let (setup, planned) = office_setup(&state, &viewer, &source, &tr).await?;
    let input = planned
        .as_ref()
        .map(app::projects::PlannedSource::prefill)
        .unwrap_or_else(|| ProjectInput { visible: true, ..ProjectInput::default() });
    Ok(render(StatusCode::OK, &form_page(&state, &visit, setup, input, &[])))
}

fn project_input(form: &FormFields) -> ProjectInput {
    ProjectInput {
        title: form.one("title"),
        description: form.one("description"),
        partners: form.all("partners"),
        visible: form.ticked("visible"),
        next_step: NextStepInput { text: form.one("next_step"), due: form.one("next_step_due") },
    }
}

/// `POST /office/projects/new`.
pub async fn create(OfficeAction(Action { state, visit, viewer, form, .. }): OfficeAction<()>) -> Result<Response, PageError> {
    let source = Source::of(&form);
    let input = project_input(&form);
    let tr = crate::i18n::Tr::new(visit.locale);
    let (setup, planned) = office_setup(&state, &viewer, &source, &tr).await?;
    let allowed: Vec<OrgId> = setup.allowed.iter().map(|(id, _)| *id).collect();
    let parts = MailParts::of(&state);
    let mailing = parts.mailing(&state, visit.locale);
    let result = match (&planned, super::show::unless_repeated(&form)) {
        (_, Err(refused)) => Err(refused),
        (Some(planned), Ok(())) => track_planned(&state.projects, &mailing, &viewer, planned, &input, &allowed).await,
        (None, Ok(())) => create_by_office(&state.projects, &mailing, &viewer, &input, &allowed).await,
    };
    match result {
        Ok(record) => Ok(Redirect::to(&format!("/projects/{}?saved=1", record.slug)).into_response()),
        Err(ProjectError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &visit, setup, input, &errors)))
        }
        Err(other) => Err(other.into()),
    }
}

async fn propose_setup(
    state: &SharedState,
    viewer: &app::accounts::sign_in::Viewer,
    id: i64,
    tr: &crate::i18n::Tr,
) -> Result<Setup, PageError> {
    let (introduction, tracked) = introduction_for_proposal(&state.projects, viewer, id).await?;
    let name = |org: OrgId| crate::meetings::view::association_name(state, org);
    let allowed = vec![
        (introduction.requester_org, name(introduction.requester_org)),
        (introduction.responder_org, name(introduction.responder_org)),
    ];
    Ok(Setup {
        heading: "projects-form-propose",
        intro: Some(
            tr.targs("projects-form-from-introduction", &[("first", allowed[0].1.clone().into()), ("second", allowed[1].1.clone().into())]),
        ),
        action: format!("/introductions/{id}/project"),
        hidden: Vec::new(),
        submit: "projects-propose",
        allowed,
        existing: tracked.map(|r| (r.slug, r.project.title)),
    })
}

fn introduction_id(raw: &str) -> Result<i64, PageError> {
    raw.parse().map_err(|_| PageError::NotFound("project-not-found"))
}

/// `GET /introductions/{id}/project`.
pub async fn propose_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let tr = crate::i18n::Tr::new(visit.locale);
    let setup = propose_setup(&state, &viewer, introduction_id(&id)?, &tr).await?;
    let input =
        ProjectInput { partners: setup.allowed.iter().map(|(o, _)| o.0.to_string()).collect(), visible: true, ..ProjectInput::default() };
    Ok(render(StatusCode::OK, &form_page(&state, &visit, setup, input, &[])))
}

/// `POST /introductions/{id}/project`.
pub async fn propose(Action { state, visit, viewer, path: id, form }: Action<String>) -> Result<Response, PageError> {
    let id = introduction_id(&id)?;
    let input = project_input(&form);
    let parts = MailParts::of(&state);
    // A field sent more than once: the form again with everything typed, nothing proposed.
    let result = match super::show::unless_repeated(&form) {
        Err(refused) => Err(refused),
        Ok(()) => propose_from_introduction(&state.projects, &parts.mailing(&state, visit.locale), &viewer, id, &input).await,
    };
    match result {
        Ok(record) => Ok(Redirect::to(&format!("/projects/{}?saved=1", record.slug)).into_response()),
        Err(ProjectError::Invalid(errors)) => {
            let tr = crate::i18n::Tr::new(visit.locale);
            let setup = propose_setup(&state, &viewer, id, &tr).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &visit, setup, input, &errors)))
        }
        Err(other) => Err(other.into()),
    }
}
