//! Results: the form per table and round (its moderator or the office), the results page for
//! the office and, once published, the members of the participating associations; publishing
//! with an optional public summary; marking the meeting held.

use app::meetings::{mark_held, may_see_results, moderates, participating, publish_results, record_result, MeetingError};
use app::ports::MeetingRecord;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::ids::OrgId;
use domain::meetings::{ProjectInput, TableResultInput};
use domain::profile_form::FieldError;

use super::view::{association_name, meeting};
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{choices, Choice, FieldErrors, FormFields};
use crate::markdown::to_safe_html;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// One project row of the form: its fields by name, what was typed, the partner checkboxes.
pub struct ProjectRow {
    pub number: usize,
    pub key: usize,
    pub title_field: String,
    pub partners_field: String,
    pub next_field: String,
    pub input: ProjectInput,
    pub partners: Vec<Choice>,
}

/// A planned project as the page shows it.
pub struct ProjectView {
    pub title: String,
    pub partners: String,
    pub next_step: String,
    /// For the office: the form that tracks it as a cooperation project.
    pub track_url: Option<String>,
    /// The cooperation project tracking it: slug and title.
    pub tracked: Option<(String, String)>,
}

/// What one table recorded in one round.
pub struct ResultView {
    pub round: usize,
    pub topic: String,
    pub table: usize,
    pub table_name: String,
    pub ideas: Vec<String>,
    pub visions: Vec<String>,
    pub contacts: String,
    pub projects: Vec<ProjectView>,
}

/// A link to a table's form.
pub struct FormLink {
    pub round: usize,
    pub table: usize,
    pub label: String,
}

#[derive(Template)]
#[template(path = "meetings/results.html")]
pub struct ResultsPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub results: Vec<ResultView>,
    pub staff: bool,
    pub published: bool,
    pub held: bool,
    pub summary: String,
    pub forms: Vec<FormLink>,
    pub summary_error: Option<String>,
}

fn names(state: &SharedState, tr: &crate::i18n::Tr, orgs: &[OrgId]) -> String {
    tr.join(&orgs.iter().map(|o| association_name(state, *o)).collect::<Vec<_>>())
}

async fn results_page(
    state: &SharedState,
    visit: &Visit,
    viewer: &app::accounts::sign_in::Viewer,
    record: &MeetingRecord,
) -> Result<ResultsPage, PageError> {
    let page = PageCtx::new(state, visit, "meetings");
    let registrations = state.meetings.store.registrations(record.id).await?;
    // Members of other associations learn nothing, not even that results exist.
    if !may_see_results(viewer, record, &registrations) {
        return Err(PageError::NotFound("meeting-not-found"));
    }
    let m = &record.meeting;
    let mut results = Vec::new();
    for stored in state.meetings.store.table_results(record.id).await? {
        let mut projects = Vec::new();
        for (index, p) in stored.result.projects.iter().enumerate() {
            let source = domain::projects::Origin::Meeting { meeting: record.id.0, round: stored.round, table: stored.table, index };
            let tracked = match source.source_key() {
                Some(key) => state.projects.store.project_from_source(&key).await?.filter(|t| viewer.is_staff() || t.project.is_public()),
                None => None,
            };
            let track_url = (viewer.is_staff() && tracked.is_none()).then(|| {
                format!(
                    "/office/projects/new?meeting={}&round={}&table={}&project={}",
                    record.slug,
                    stored.round + 1,
                    stored.table + 1,
                    index + 1
                )
            });
            projects.push(ProjectView {
                title: p.title.clone(),
                partners: names(state, &page.tr, &p.partners),
                next_step: p.next_step.clone().unwrap_or_default(),
                track_url,
                tracked: tracked.map(|t| (t.slug, t.project.title)),
            });
        }
        results.push(ResultView {
            round: stored.round + 1,
            topic: m.rounds.get(stored.round).map(|r| r.topic.clone()).unwrap_or_default(),
            table: stored.table + 1,
            table_name: m.tables.get(stored.table).map(|t| t.name.clone()).unwrap_or_default(),
            ideas: stored.result.ideas.clone(),
            visions: stored.result.visions.clone(),
            contacts: names(state, &page.tr, &stored.result.contacts),
            projects,
        });
    }
    let mut forms = Vec::new();
    for (r, round) in m.rounds.iter().enumerate() {
        for (t, table) in m.tables.iter().enumerate() {
            if viewer.is_staff() || moderates(viewer, record, &registrations, t) {
                forms.push(FormLink { round: r + 1, table: t + 1, label: format!("{} · {}", round.topic, table.name) });
            }
        }
    }
    Ok(ResultsPage {
        slug: record.slug.clone(),
        title: m.title.clone(),
        results,
        staff: viewer.is_staff(),
        published: record.results_published,
        held: record.held,
        summary: record.public_summary.clone().unwrap_or_default(),
        forms,
        summary_error: None,
        page,
    })
}

pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    Ok(render(StatusCode::OK, &results_page(&state, &visit, &viewer, &record).await?))
}

#[derive(Template)]
#[template(path = "meetings/result_form.html")]
pub struct ResultFormPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub round: usize,
    pub table: usize,
    pub heading: String,
    pub input: TableResultInput,
    pub contacts: Vec<Choice>,
    /// The project rows with their partner checkboxes.
    pub projects: Vec<ProjectRow>,
    pub errors: FieldErrors,
}

fn form_page(
    state: &SharedState,
    visit: &Visit,
    record: &MeetingRecord,
    present: &[OrgId],
    (round, table): (usize, usize),
    mut input: TableResultInput,
    errors: &[FieldError],
) -> ResultFormPage {
    let page = PageCtx::new(state, visit, "meetings");
    if input.projects.iter().all(|p| !p.title.trim().is_empty()) {
        input.projects.push(ProjectInput::default());
    }
    let orgs: Vec<(String, String)> = present.iter().map(|o| (o.0.to_string(), association_name(state, *o))).collect();
    let m = &record.meeting;
    let heading = format!(
        "{} · {}",
        m.rounds.get(round).map(|r| r.topic.as_str()).unwrap_or_default(),
        m.tables.get(table).map(|t| t.name.as_str()).unwrap_or_default()
    );
    ResultFormPage {
        slug: record.slug.clone(),
        title: m.title.clone(),
        round: round + 1,
        table: table + 1,
        heading,
        contacts: choices(orgs.clone(), &input.contacts),
        projects: input
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| ProjectRow {
                number: i + 1,
                key: i,
                title_field: format!("projects.{i}.title"),
                partners_field: format!("projects.{i}.partners"),
                next_field: format!("projects.{i}.next_step"),
                input: p.clone(),
                partners: choices(orgs.clone(), &p.partners),
            })
            .collect(),
        errors: FieldErrors::new(&page.tr, errors),
        input,
        page,
    }
}

/// Round and table from the path (both from 1), checked against the meeting.
fn place(record: &MeetingRecord, round: &str, table: &str) -> Result<(usize, usize), PageError> {
    let r = round.parse::<usize>().ok().filter(|r| (1..=record.meeting.rounds.len()).contains(r)).ok_or(PageError::NOT_FOUND)?;
    let t = table.parse::<usize>().ok().filter(|t| (1..=record.meeting.tables.len()).contains(t)).ok_or(PageError::NOT_FOUND)?;
    Ok((r - 1, t - 1))
}

pub async fn form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path((slug, round, table)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let (r, t) = place(&record, &round, &table)?;
    let registrations = state.meetings.store.registrations(record.id).await?;
    if !(viewer.is_staff() || moderates(&viewer, &record, &registrations, t)) {
        return Err(PageError::NotFound("meeting-not-found"));
    }
    let stored = state.meetings.store.table_results(record.id).await?;
    let input = stored.iter().find(|s| s.round == r && s.table == t).map(|s| TableResultInput::from_result(&s.result)).unwrap_or_default();
    Ok(render(StatusCode::OK, &form_page(&state, &visit, &record, &participating(&registrations), (r, t), input, &[])))
}

fn result_input(form: &FormFields) -> TableResultInput {
    let rows =
        form.0.iter().filter_map(|(k, _)| k.strip_prefix("projects.")?.split('.').next()?.parse::<usize>().ok()).max().map_or(0, |m| m + 1);
    TableResultInput {
        ideas: form.one("ideas"),
        visions: form.one("visions"),
        contacts: form.all("contacts"),
        projects: (0..rows.min(20))
            .map(|i| ProjectInput {
                title: form.one(&format!("projects.{i}.title")),
                partners: form.all(&format!("projects.{i}.partners")),
                next_step: form.one(&format!("projects.{i}.next_step")),
            })
            .collect(),
    }
}

pub async fn submit(
    Action { state, visit, viewer, path: (slug, round, table), form }: Action<(String, String, String)>,
) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let (r, t) = place(&record, &round, &table)?;
    let mut input = result_input(&form);
    let registrations = state.meetings.store.registrations(record.id).await?;
    let present = participating(&registrations);
    if !(viewer.is_staff() || moderates(&viewer, &record, &registrations, t)) {
        return Err(PageError::NotFound("meeting-not-found"));
    }
    if form.one("add") == "project" {
        input.projects.push(ProjectInput::default());
        return Ok(render(StatusCode::OK, &form_page(&state, &visit, &record, &present, (r, t), input, &[])));
    }
    // A field sent twice (its values joined) is named, the form shown again, nothing saved.
    let result = match form.repeated() {
        repeated if repeated.is_empty() => record_result(&state.meetings, &viewer, &slug, r, t, &input).await,
        repeated => Err(MeetingError::Invalid(repeated)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{}?saved={}-{}", urls::meeting_results(&slug, None), r + 1, t + 1)).into_response()),
        Err(MeetingError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &visit, &record, &present, (r, t), input, &errors)))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /office/meetings/{meeting}/publish`: `published` ticked or not, `summary` (Markdown).
pub async fn publish(OfficeAction(Action { state, visit, viewer, path: slug, form }): OfficeAction<String>) -> Result<Response, PageError> {
    let summary = form.one("summary");
    let result = match form.repeated() {
        repeated if repeated.is_empty() => publish_results(&state.meetings, &viewer, &slug, form.ticked("published"), &summary).await,
        repeated => Err(MeetingError::Invalid(repeated)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&urls::meeting_results(&slug, None)).into_response()),
        Err(MeetingError::Invalid(errors)) => {
            let record = meeting(&state.meetings, &slug).await?;
            let mut page = results_page(&state, &visit, &viewer, &record).await?;
            page.summary = summary;
            page.summary_error = errors.first().map(|e| page.page.t(&format!("form-error-{}", e.code.replace('_', "-"))));
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /office/meetings/{meeting}/held`: `held` ticked or not.
pub async fn held(OfficeAction(Action { state, viewer, path: slug, form, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    mark_held(&state.meetings, &viewer, &slug, form.ticked("held")).await?;
    Ok(Redirect::to(&urls::meeting_results(&slug, None)).into_response())
}

#[derive(Template)]
#[template(path = "meetings/summary.html")]
pub struct SummaryPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub html: String,
}

/// `GET /meetings/{meeting}/summary`: the public summary once the office published one.
pub async fn summary(State(state): State<SharedState>, visit: Visit, Path(slug): Path<String>) -> Result<Response, PageError> {
    let record = meeting(&state.meetings, &slug).await?;
    let Some(text) = record.public_summary.as_deref().filter(|_| record.results_published) else {
        return Err(PageError::NotFound("meeting-not-found"));
    };
    let page = PageCtx::new(&state, &visit, "meetings");
    Ok(render(
        StatusCode::OK,
        &SummaryPage { slug: record.slug.clone(), title: record.meeting.title.clone(), html: to_safe_html(text), page },
    ))
}
