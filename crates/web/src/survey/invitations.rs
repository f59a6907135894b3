//! The office's invitations page of a survey: the response-rate progress, the invited
//! associations with where each stands, a form choosing whom to invite (all, a filter, a list)
//! and one button reminding those who have not answered (at most once a week each).

use app::survey::{InvitationsView, Sent, SurveyError};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::ids::OrgId;
use domain::survey::{Delivery, Reminder, Selection, SurveyStatus};
use serde::Deserialize;

use super::labels::text;
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{Choice, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// The mail texts and the site's address for links.
fn mailing_parts(state: &SharedState) -> (crate::mail_text::FluentMail, String) {
    let text = crate::mail_text::FluentMail { locale: state.site.default_locale, instance: state.site.instance_name.clone() };
    (text, crate::base_url(state, &axum::http::HeaderMap::new()))
}

/// One invited association as shown.
pub struct Row {
    pub name: String,
    pub invited: String,
    pub reminded: String,
    pub status: String,
    /// Whether it answered (for the row's class).
    pub answered: bool,
    pub next: String,
}

/// What the invitation form holds (kept when it is refused).
#[derive(Debug, Default, Clone)]
pub struct InviteForm {
    pub scope: String,
    pub mso: String,
    pub field: String,
    pub district: String,
    pub orgs: Vec<String>,
}

#[derive(Template)]
#[template(path = "survey/invitations.html")]
pub struct InvitationsPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub closed: bool,
    pub open: bool,
    pub invited: usize,
    pub started: usize,
    pub submitted: usize,
    pub waiting: usize,
    /// Invitations whose mail is queued, not sent yet; and those whose mail failed for good.
    pub pending: usize,
    pub failed: usize,
    pub percent: usize,
    pub due: usize,
    pub rows: Vec<Row>,
    pub form: InviteForm,
    pub scopes: Vec<Choice>,
    pub mso: Vec<Choice>,
    pub fields: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub uninvited: Vec<Choice>,
    /// What the last action did, or why it was refused.
    pub notice: Option<String>,
    pub error: Option<String>,
}

/// The page's URL parameters after an action.
#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub invited: Option<usize>,
    #[serde(default)]
    pub already: Option<usize>,
    /// Reminders handed to the job queue.
    #[serde(default)]
    pub queued: Option<usize>,
    #[serde(default)]
    pub no_address: Option<usize>,
    #[serde(default)]
    pub refused: Option<String>,
}

fn choices(list: Vec<(String, String)>, chosen: &[String]) -> Vec<Choice> {
    list.into_iter().map(|(value, label)| Choice { checked: chosen.contains(&value), value, label }).collect()
}

fn build(
    state: &SharedState,
    page: PageCtx,
    view: InvitationsView,
    form: InviteForm,
    notice: Option<String>,
    error: Option<String>,
) -> InvitationsPage {
    let tr = &page.tr;
    let lang = page.lang;
    let date = domain::date::iso_date;
    let rows = view
        .invited
        .iter()
        .map(|r| Row {
            name: if r.name.is_empty() { tr.t("survey-invite-unpublished") } else { r.name.clone() },
            invited: date(r.contact.invited_at),
            reminded: r.contact.reminded_at.map(date).unwrap_or_else(|| "–".to_owned()),
            status: tr.t(if r.contact.submitted {
                "survey-invite-state-submitted"
            } else if r.contact.started {
                "survey-invite-state-started"
            } else if r.contact.delivery == Delivery::Failed {
                "survey-invite-state-mail-failed"
            } else if r.contact.delivery == Delivery::Pending {
                "survey-invite-state-mail-pending"
            } else {
                "survey-invite-state-waiting"
            }),
            answered: r.contact.submitted,
            next: match r.reminder {
                Reminder::Answered => "–".to_owned(),
                Reminder::Due => tr.t("survey-invite-remind-now"),
                Reminder::TooSoon { next } => tr.t1("survey-invite-remind-from", "date", date(next)),
            },
        })
        .collect();
    let index = state.directory.index();
    let categories: Vec<(String, String)> = index.categories().iter().map(|c| (c.key.clone(), c.label(lang).to_owned())).collect();
    let districts: Vec<(String, String)> = index.districts().iter().map(|d| (d.key.clone(), d.name.clone())).collect();
    let one = |v: &str| vec![v.to_owned()];
    let scopes = choices(
        vec![
            ("all".into(), tr.t1("survey-invite-scope-all", "count", view.uninvited.len())),
            ("filter".into(), tr.t("survey-invite-scope-filter")),
            ("list".into(), tr.t("survey-invite-scope-list")),
        ],
        &one(if form.scope.is_empty() { "all" } else { &form.scope }),
    );
    let mso = choices(vec![("yes".into(), tr.t("survey-group-mso")), ("no".into(), tr.t("survey-group-not-mso"))], &one(&form.mso));
    let uninvited = choices(view.uninvited.iter().map(|(id, name)| (id.0.to_string(), name.clone())).collect(), &form.orgs);
    let status = view.status;
    InvitationsPage {
        slug: view.record.slug.clone(),
        title: text(&view.record.survey.title, lang),
        status: tr.t(&format!("survey-status-{}", status.key())),
        closed: status == SurveyStatus::Closed,
        open: status == SurveyStatus::Open,
        invited: view.progress.invited,
        started: view.progress.started,
        submitted: view.progress.submitted,
        waiting: view.progress.waiting(),
        pending: view.progress.pending,
        failed: view.progress.failed,
        percent: view.progress.percent(),
        due: view.due,
        rows,
        scopes,
        fields: choices(categories, &one(&form.field)),
        districts: choices(districts, &one(&form.district)),
        mso,
        uninvited,
        form,
        notice,
        error,
        page,
    }
}

/// The sentence for what the last action did.
fn notice_of(page: &PageCtx, q: &Params) -> Option<String> {
    let tr = &page.tr;
    let no_address = q.no_address.unwrap_or(0);
    let mut parts = Vec::new();
    if let Some(n) = q.invited {
        parts.push(tr.t1("survey-invite-done", "count", n));
        if let Some(a) = q.already.filter(|a| *a > 0) {
            parts.push(tr.t1("survey-invite-already", "count", a));
        }
    } else if let Some(n) = q.queued {
        parts.push(tr.t1("survey-remind-queued", "count", n));
    } else {
        return None;
    }
    if no_address > 0 {
        parts.push(tr.t1("survey-invite-no-address", "count", no_address));
    }
    Some(parts.join(" "))
}

fn refusal(page: &PageCtx, code: Option<&str>) -> Option<String> {
    match code? {
        "closed" => Some(page.t("survey-invite-refused-closed")),
        "not-open" => Some(page.t("survey-remind-refused-not-open")),
        _ => None,
    }
}

/// `GET /office/surveys/{survey}/invitations`.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    let view = state.surveys.invitations_view(&viewer, &slug).await?;
    let page = PageCtx::new(&state, &visit, "surveys");
    let notice = notice_of(&page, &q);
    let error = refusal(&page, q.refused.as_deref());
    Ok(render(StatusCode::OK, &build(&state, page, view, InviteForm::default(), notice, error)))
}

/// The office's choice from the form; `Err` with the message id of what is missing.
fn selection_of(form: &InviteForm) -> Result<Selection, &'static str> {
    let key = |raw: &str| (!raw.is_empty() && domain::category::is_valid_key(raw)).then(|| raw.to_owned());
    match form.scope.as_str() {
        "all" => Ok(Selection::All),
        "filter" => {
            let mso = match form.mso.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            let (field, district) = (key(&form.field), key(&form.district));
            if mso.is_none() && field.is_none() && district.is_none() {
                return Err("survey-invite-error-filter");
            }
            Ok(Selection::Filter { mso, field, district })
        }
        "list" => {
            let ids: Vec<OrgId> = form.orgs.iter().filter_map(|o| o.parse::<i64>().ok()).map(OrgId).collect();
            if ids.is_empty() {
                return Err("survey-invite-error-list");
            }
            Ok(Selection::List(ids))
        }
        _ => Err("survey-invite-error-scope"),
    }
}

fn form_of(fields: &FormFields) -> InviteForm {
    InviteForm {
        scope: fields.one("scope"),
        mso: fields.one("mso"),
        field: fields.one("field"),
        district: fields.one("district"),
        orgs: fields.all("org").into_iter().take(5_000).collect(),
    }
}

/// `POST /office/surveys/{survey}/invitations`: invites the chosen associations, each mailed its
/// personal link. A choice that names nobody is refused on the page, the form kept.
pub async fn invite(OfficeAction(Action { state, visit, viewer, path: slug, form }): OfficeAction<String>) -> Result<Response, PageError> {
    let chosen = form_of(&form);
    let selection = match selection_of(&chosen) {
        Ok(selection) => selection,
        Err(message) => {
            let view = state.surveys.invitations_view(&viewer, &slug).await?;
            let page = PageCtx::new(&state, &visit, "surveys");
            let error = Some(page.t(message));
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &build(&state, page, view, chosen, None, error)));
        }
    };
    let (text, base) = mailing_parts(&state);
    let mailing = app::mail::compose::Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let url = format!("/office/surveys/{slug}/invitations");
    match state.surveys.send_invitations(&viewer, &slug, &selection, &mailing).await {
        Ok(Sent { invited, already, no_address }) => {
            Ok(Redirect::to(&format!("{url}?invited={invited}&already={already}&no_address={no_address}#survey-progress")).into_response())
        }
        Err(SurveyError::NotOpen) => Ok(Redirect::to(&format!("{url}?refused=closed")).into_response()),
        Err(other) => Err(other.into()),
    }
}

/// `POST /office/surveys/{survey}/reminders`: queues the job that sends a new link to every
/// association that has not answered and got no mail of this survey for a week (or whose last
/// mail failed); the request only says how many are due.
pub async fn remind(OfficeAction(Action { state, viewer, path: slug, .. }): OfficeAction<String>) -> Result<Response, PageError> {
    let url = format!("/office/surveys/{slug}/invitations");
    match state.surveys.queue_reminders(&viewer, &slug, &state.jobs).await {
        Ok(queued) => Ok(Redirect::to(&format!("{url}?queued={queued}#survey-progress")).into_response()),
        Err(SurveyError::NotOpen) => Ok(Redirect::to(&format!("{url}?refused=not-open")).into_response()),
        Err(other) => Err(other.into()),
    }
}
