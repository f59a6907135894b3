//! The project page: what the project is, who takes part, where it came from, its next steps
//! and history; for the partners' representatives and the office the forms to move its status,
//! add and tick off next steps and show or hide it.

use app::accounts::sign_in::Viewer;
use app::ports::ProjectRecord;
use app::projects::{
    add_step as add_step_to, change_status, complete_step, confirm_project, may_edit_details, may_update, project_for, set_visible,
    update_details, DetailsChange, ProjectError,
};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::profile_form::FieldError;
use domain::projects::{NextStepInput, ProjectDetailsInput, StatusInput};

use super::view::{all_associations, origin, partners, MailParts, PartnerLink};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction};
use crate::forms::{choices, Choice, FieldErrors, FormFields};
use crate::markdown::to_safe_html;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// A next step as the page shows it; `number` counts from 1 in stored order.
pub struct StepView {
    pub number: usize,
    pub text: String,
    pub due: String,
    pub done: bool,
}

/// One line of the history.
pub struct EventView {
    pub date: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "projects/show.html")]
pub struct ShowPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub status_label: String,
    pub partners: Vec<PartnerLink>,
    pub origin_text: String,
    pub origin_link: Option<String>,
    pub description_html: String,
    pub steps: Vec<StepView>,
    pub stop_reason: Option<String>,
    pub history: Vec<EventView>,
    pub updated: String,
    /// The viewer may change it (a partner's representative or the office).
    pub may_update: bool,
    pub staff: bool,
    pub confirmed: bool,
    pub visible: bool,
    pub version: i64,
    /// `(key, label)` of the statuses it may move to.
    pub next_statuses: Vec<(String, String)>,
    pub status_input: StatusInput,
    pub step_input: NextStepInput,
    /// The viewer may change the title and partners (the office, the proposing association).
    pub may_edit_details: bool,
    pub details_input: ProjectDetailsInput,
    /// Every association to choose from, the project's partners checked (or what was sent).
    pub partner_choices: Vec<Choice>,
    pub errors: FieldErrors,
    /// A refusal shown above the forms (changed meanwhile).
    pub notice: Option<String>,
    pub saved: bool,
    /// Published news items linking the project ("In den Nachrichten").
    pub in_news: Vec<crate::news::NewsCard>,
}

async fn page(state: &SharedState, visit: &Visit, record: &ProjectRecord) -> Result<ShowPage, PageError> {
    let page = PageCtx::new(state, visit, "projects");
    let viewer = visit.viewer.as_deref();
    let p = &record.project;
    let tr = &page.tr;
    let (origin_text, origin_link) = origin(state, tr, &p.origin).await;
    let mut steps: Vec<StepView> = p
        .next_steps
        .iter()
        .enumerate()
        .map(|(i, s)| StepView { number: i + 1, text: s.text.clone(), due: s.due.clone().unwrap_or_default(), done: s.done })
        .collect();
    steps.sort_by_key(|s| (s.done, s.due.is_empty(), s.due.clone()));
    let history = state
        .projects
        .store
        .project_history(record.id)
        .await?
        .into_iter()
        .rev()
        .flat_map(|e| {
            let texts = match e.kind.as_str() {
                "status" | "created" => {
                    let status = tr.t(&format!("project-status-{}", e.detail));
                    vec![tr.t1(&format!("projects-event-{}", e.kind), "status", status)]
                }
                "step" | "step_done" => vec![tr.t1(&format!("projects-event-{}", e.kind.replace('_', "-")), "step", e.detail.clone())],
                "visibility" => vec![tr.t(&format!("projects-event-{}", e.detail))],
                "details" => details_texts(state, tr, &DetailsChange::parse(&e.detail)),
                _ => vec![tr.t("projects-event-confirmed")],
            };
            let date = domain::date::iso_date(e.at);
            texts.into_iter().map(move |text| EventView { date: date.clone(), text })
        })
        .collect();
    let may = viewer.is_some_and(|v| may_update(v, p));
    let may_edit_details = viewer.is_some_and(|v| may_edit_details(v, p));
    let details_input = ProjectDetailsInput::from_project(p);
    let in_news = crate::news::in_the_news(state, &page.tr, app::ports::NewsTarget::Project(&record.slug)).await;
    let partner_choices = if may_edit_details { partner_choices(state, &p.partners, &details_input.partners) } else { Vec::new() };
    Ok(ShowPage {
        slug: record.slug.clone(),
        title: p.title.clone(),
        status: p.status.key().to_owned(),
        status_label: tr.t(&format!("project-status-{}", p.status.key())),
        partners: partners(state, &p.partners),
        origin_text,
        origin_link,
        description_html: to_safe_html(&p.description),
        steps,
        stop_reason: p.stop_reason.clone(),
        history,
        updated: domain::date::iso_date(record.updated_at),
        may_update: may,
        staff: viewer.is_some_and(Viewer::is_staff),
        confirmed: p.confirmed,
        visible: p.visible,
        version: record.version,
        next_statuses: p.status.next().into_iter().map(|s| (s.key().to_owned(), tr.t(&format!("project-status-{}", s.key())))).collect(),
        status_input: StatusInput::default(),
        step_input: NextStepInput::default(),
        may_edit_details,
        details_input,
        partner_choices,
        errors: FieldErrors::default(),
        notice: None,
        saved: visit.flag("saved"),
        in_news,
        page,
    })
}

/// The lines a `details` event adds to the history: the new title, each partner added and removed.
fn details_texts(state: &SharedState, tr: &crate::i18n::Tr, change: &DetailsChange) -> Vec<String> {
    let name = |org| crate::meetings::view::association_name(state, org);
    let title = change.title.iter().map(|t| tr.t1("projects-event-details-title", "title", t.clone()));
    let added = change.added.iter().map(|o| tr.t1("projects-event-partner-added", "organisation", name(*o)));
    let removed = change.removed.iter().map(|o| tr.t1("projects-event-partner-removed", "organisation", name(*o)));
    title.chain(added).chain(removed).collect()
}

/// Every published association and the project's partners (also unpublished ones), by name;
/// `checked`: the ids sent or stored.
fn partner_choices(state: &SharedState, partners: &[domain::ids::OrgId], checked: &[String]) -> Vec<Choice> {
    let mut all = all_associations(state);
    let missing: Vec<_> = partners.iter().filter(|o| !all.iter().any(|(id, _)| id == *o)).copied().collect();
    all.extend(missing.into_iter().map(|org| (org, crate::meetings::view::association_name(state, org))));
    choices(all.into_iter().map(|(id, name)| (id.0.to_string(), name)), checked)
}

pub async fn show(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>) -> Result<Response, PageError> {
    let record = project_for(&state.projects, visit.viewer.as_deref(), &slug).await?;
    Ok(render(StatusCode::OK, &page(&state, &visit, &record).await?))
}

fn version(form: &FormFields) -> i64 {
    form.one("version").trim().parse().unwrap_or(0)
}

/// The fields read so far that came twice, as the refusal a change gets (see [`FormFields::repeated`]).
pub(super) fn unless_repeated(form: &FormFields) -> Result<(), ProjectError> {
    let repeated = form.repeated();
    if repeated.is_empty() {
        Ok(())
    } else {
        Err(ProjectError::Invalid(repeated))
    }
}

/// After a change: back to the page, or the page again with what was typed and why not.
async fn outcome(
    state: &SharedState,
    visit: &Visit,
    slug: &str,
    result: Result<(), ProjectError>,
    keep: impl FnOnce(&mut ShowPage),
) -> Result<Response, PageError> {
    let (status, errors, notice): (StatusCode, Vec<FieldError>, Option<&str>) = match result {
        Ok(()) => return Ok(Redirect::to(&format!("/projects/{slug}?saved=1")).into_response()),
        Err(ProjectError::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, errors, None),
        Err(ProjectError::Conflict) => (StatusCode::CONFLICT, Vec::new(), Some("projects-conflict")),
        Err(other) => return Err(other.into()),
    };
    let record = project_for(&state.projects, visit.viewer.as_deref(), slug).await?;
    let mut shown = page(state, visit, &record).await?;
    shown.errors = FieldErrors::new(&shown.page.tr, &errors);
    shown.notice = notice.map(|id| shown.page.t(id));
    keep(&mut shown);
    Ok(render(status, &shown))
}

/// `POST /projects/{project}/status`: `status`, `reason`, `version`.
pub async fn status(Action { state, visit, viewer, path: slug, form }: Action<String>) -> Result<Response, PageError> {
    let input = StatusInput { status: form.one("status"), reason: form.one("reason") };
    let result = match unless_repeated(&form) {
        Ok(()) => change_status(&state.projects, &viewer, &slug, version(&form), &input).await,
        Err(refused) => Err(refused),
    };
    outcome(&state, &visit, &slug, result, |p| p.status_input = input).await
}

/// `POST /projects/{project}/steps`: `step`, `due`, `version`.
pub async fn add_step(Action { state, visit, viewer, path: slug, form }: Action<String>) -> Result<Response, PageError> {
    let input = NextStepInput { text: form.one("step"), due: form.one("due") };
    let result = match unless_repeated(&form) {
        Ok(()) => add_step_to(&state.projects, &viewer, &slug, version(&form), &input).await,
        Err(refused) => Err(refused),
    };
    outcome(&state, &visit, &slug, result, |p| p.step_input = input).await
}

/// `POST /projects/{project}/steps/{number}/done`: `version`.
pub async fn step_done(
    Action { state, visit, viewer, path: (slug, number), form }: Action<(String, String)>,
) -> Result<Response, PageError> {
    let index = number.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).ok_or(PageError::NotFound("project-not-found"))?;
    let result = complete_step(&state.projects, &viewer, &slug, version(&form), index).await;
    outcome(&state, &visit, &slug, result, |_| {}).await
}

/// `POST /projects/{project}/visibility`: `visible` ticked or not, `version`.
pub async fn visibility(Action { state, visit, viewer, path: slug, form }: Action<String>) -> Result<Response, PageError> {
    let result = set_visible(&state.projects, &viewer, &slug, version(&form), form.ticked("visible")).await;
    outcome(&state, &visit, &slug, result, |_| {}).await
}

/// `POST /office/projects/{project}/confirm`: the office confirms a partner's proposal.
pub async fn confirm(OfficeAction(Action { state, visit, viewer, path: slug, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    let parts = MailParts::of(&state);
    let record = confirm_project(&state.projects, &parts.mailing(&state, visit.locale), &viewer, &slug).await?;
    Ok(Redirect::to(&format!("/projects/{}?saved=1", record.slug)).into_response())
}

/// `POST /projects/{project}/details`: `title`, `partners` (association ids), `version`. The
/// office or the proposing association; partners added and removed are mailed.
pub async fn details(Action { state, visit, viewer, path: slug, form }: Action<String>) -> Result<Response, PageError> {
    let input = ProjectDetailsInput { title: form.one("title"), partners: form.all("partners") };
    let allowed: Vec<domain::ids::OrgId> = all_associations(&state).into_iter().map(|(id, _)| id).collect();
    let parts = MailParts::of(&state);
    let result = match unless_repeated(&form) {
        Ok(()) => {
            update_details(&state.projects, &parts.mailing(&state, visit.locale), &viewer, &slug, version(&form), &input, &allowed).await
        }
        Err(refused) => Err(refused),
    };
    outcome(&state, &visit, &slug, result, |p| {
        p.partner_choices = choices(p.partner_choices.drain(..).map(|c| (c.value, c.label)), &input.partners);
        p.details_input = input;
    })
    .await
}
