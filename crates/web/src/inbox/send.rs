//! The inbox form on `/contact` (also reached from an association's page with it chosen) and
//! the confirmation link of a visitor's case. A filled honeypot field is answered like a sent
//! form and nothing is stored or mailed.

use app::accounts::sign_in::Viewer;
use app::inbox::{confirm_case, read_pending, submit_case, InboxError, RequestFrom, Submission, Submitted};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{Extensions, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::inbox::{CaseContext, CaseInput, CaseKind, MAX_TEXT};
use domain::language::UiLocale;
use domain::profile_form::FieldError;
use serde::Deserialize;

use crate::accounts::client_ip;
use crate::forms::{choices, with_repeated, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::pages::contact_page;
use crate::SharedState;

/// The name of the honeypot field: hidden from people, filled by some robots.
pub const HONEYPOT: &str = "homepage";

/// The form as the contact page shows it.
pub struct InboxForm {
    pub kinds: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub associations: Vec<Choice>,
    /// "For myself" and the viewer's associations; empty for visitors and accounts without one.
    pub on_behalf: Vec<Choice>,
    pub text: String,
    pub email: String,
    /// Signed in: answers go to this address unless another is typed.
    pub account_email: Option<String>,
    pub errors: FieldErrors,
    /// A refusal of the whole form (too many requests).
    pub alert: Option<String>,
    pub max_text: usize,
}

impl InboxForm {
    /// A choice list's checked value, for the `selected` of single selects.
    pub fn signed_in(&self) -> bool {
        self.account_email.is_some()
    }
}

/// The form's fields as sent.
pub struct Sent {
    pub input: CaseInput,
    pub on_behalf: String,
}

impl Sent {
    fn empty(page: &PageCtx, organisation: Option<&str>, on_behalf: Option<&str>) -> Sent {
        Sent {
            input: CaseInput {
                language: page.lang.to_owned(),
                concerns: organisation.map(|s| vec![s.to_owned()]).unwrap_or_default(),
                ..CaseInput::default()
            },
            on_behalf: on_behalf.unwrap_or_default().to_owned(),
        }
    }

    fn parse(form: &FormFields) -> Sent {
        Sent {
            input: CaseInput {
                kind: form.one("kind"),
                topic: form.one("topic"),
                text: form.one("text"),
                email: form.one("email"),
                language: form.one("language"),
                concerns: form.all("concerns"),
            },
            on_behalf: form.one("on_behalf"),
        }
    }
}

/// Builds the form for the page, keeping what was typed.
pub fn inbox_form(state: &SharedState, page: &PageCtx, viewer: Option<&Viewer>, sent: &Sent, errors: &[FieldError]) -> InboxForm {
    let index = state.directory.index();
    let input = &sent.input;
    let mut kinds = vec![(String::new(), page.t("inbox-choose"))];
    kinds.extend(CaseKind::ALL.iter().map(|k| (k.key().to_owned(), page.t(&format!("inbox-kind-{}", k.key())))));
    let mut topics = vec![(String::new(), page.t("inbox-topic-other"))];
    topics.extend(index.categories().iter().map(|c| (c.key.clone(), c.label(page.lang).to_owned())));
    let languages = UiLocale::ALL.iter().map(|l| (l.code().to_owned(), l.endonym().to_owned()));
    let mut associations: Vec<(String, String)> = index.listings().map(|l| (l.slug().to_owned(), l.name().to_owned())).collect();
    associations.sort_by_key(|(_, name)| name.to_lowercase());
    let viewer = viewer.filter(|v| v.is_complete());
    let on_behalf = match viewer {
        Some(v) if !v.memberships.is_empty() => {
            let mut list = vec![(String::new(), page.t("inbox-on-behalf-none"))];
            list.extend(
                v.memberships.iter().filter_map(|m| index.by_id(m.organisation)).map(|l| (l.slug().to_owned(), l.name().to_owned())),
            );
            choices(list, std::slice::from_ref(&sent.on_behalf))
        }
        _ => Vec::new(),
    };
    let labels = [
        ("kind", "inbox-field-kind"),
        ("topic", "inbox-field-topic"),
        ("text", "inbox-field-text"),
        ("email", "inbox-field-email"),
        ("language", "inbox-field-language"),
        ("concerns", "inbox-field-concerns"),
        ("on_behalf", "inbox-field-on-behalf"),
    ]
    .map(|(field, id)| (field.to_owned(), page.t(id)));
    InboxForm {
        kinds: choices(kinds, std::slice::from_ref(&input.kind)),
        topics: choices(topics, std::slice::from_ref(&input.topic)),
        languages: choices(languages, std::slice::from_ref(&input.language)),
        associations: choices(associations, &input.concerns),
        on_behalf,
        text: input.text.clone(),
        email: input.email.clone(),
        account_email: viewer.map(|v| v.user.email.as_str().to_owned()),
        errors: FieldErrors::new(&page.tr, errors).labelled(labels),
        alert: None,
        max_text: MAX_TEXT,
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ContactParams {
    /// The association whose page the visitor came from.
    #[serde(default)]
    pub organisation: Option<String>,
    /// A pair of the matching engine the office reports as a mistake (the "report a mistake"
    /// links on a need's page): the need's and the offer's ids, and `suggested` (shown but
    /// wrong) or `missed` (not shown but fitting).
    #[serde(default)]
    pub need: Option<String>,
    #[serde(default)]
    pub offer: Option<String>,
    #[serde(default)]
    pub report: Option<String>,
}

/// The form's initial state: the association of the page it came from chosen as concerned,
/// and, for its representatives, as the sender.
pub fn initial_form(state: &SharedState, page: &PageCtx, visit: &Visit, params: &ContactParams) -> InboxForm {
    let index = state.directory.index();
    let organisation = params.organisation.as_deref().and_then(|slug| index.get(slug));
    let viewer = visit.viewer.as_deref();
    let own = organisation
        .as_ref()
        .filter(|l| viewer.is_some_and(|v| v.is_complete() && v.memberships.iter().any(|m| m.organisation == l.id())))
        .map(|l| l.slug().to_owned());
    let mut sent = Sent::empty(page, organisation.map(|l| l.slug().to_owned()).as_deref(), own.as_deref());
    if let Some(text) = matching_report(state, page, viewer, params) {
        sent.input.kind = "concern".to_owned();
        sent.input.text = text;
    }
    inbox_form(state, page, viewer, &sent, &[])
}

/// The start of a report about a pair of the matching engine, when the parameters name a need
/// and an offer this viewer may see; anything else (unknown ids, wrong kinds) fills in nothing.
fn matching_report(state: &SharedState, page: &PageCtx, viewer: Option<&Viewer>, params: &ContactParams) -> Option<String> {
    use domain::marketplace::{ItemId, ItemKind};
    let id = |v: &Option<String>| v.as_deref().and_then(|v| v.parse::<i64>().ok()).map(ItemId);
    let id_key = match params.report.as_deref()? {
        "suggested" => "inbox-matching-report-suggested",
        "missed" => "inbox-matching-report-missed",
        _ => return None,
    };
    let view = state.marketplace.view();
    let audience = Viewer::audience_of(viewer);
    let need = view.visible(id(&params.need)?, audience).filter(|i| i.kind == ItemKind::Need)?;
    let offer = view.visible(id(&params.offer)?, audience).filter(|i| i.kind == ItemKind::Offer)?;
    let base = crate::base_url(state, &axum::http::HeaderMap::new());
    let url = |i: &domain::marketplace::Item| format!("{base}{}", crate::urls::item(i.kind, i.id));
    Some(page.tr.targs(
        id_key,
        &[
            ("need", need.content.title.as_str().into()),
            ("need_url", url(&need).into()),
            ("offer", offer.content.title.as_str().into()),
            ("offer_url", url(&offer).into()),
        ],
    ))
}

/// Which message page a step of a visitor's case shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The link was mailed.
    Sent,
    /// The link was opened: confirm with a button (mail scanners follow links, they do not post).
    Confirm,
    /// The link is used, expired or wrong.
    InvalidLink,
}

#[derive(Template)]
#[template(path = "inbox/step.html")]
pub struct StepPage {
    pub page: PageCtx,
    pub step: Step,
    pub email: String,
    pub token: String,
    pub excerpt: String,
}

impl StepPage {
    pub fn is(&self, step: &str) -> bool {
        let key = match self.step {
            Step::Sent => "sent",
            Step::Confirm => "confirm",
            Step::InvalidLink => "invalid",
        };
        key == step
    }
}

fn step(state: &SharedState, visit: &Visit, step: Step, email: String) -> StepPage {
    StepPage { page: PageCtx::new(state, visit, "contact"), step, email, token: String::new(), excerpt: String::new() }
}

/// `POST /contact`.
pub async fn submit(State(state): State<SharedState>, visit: Visit, extensions: Extensions, body: Bytes) -> Response {
    let form = FormFields::parse(&body);
    let sent = Sent::parse(&form);
    let viewer = visit.viewer.clone().filter(|v| v.is_complete());
    if !form.one(HONEYPOT).trim().is_empty() {
        tracing::info!("inbox form with the honeypot filled: not stored");
        return render(StatusCode::OK, &step(&state, &visit, Step::Sent, sent.input.email.trim().to_owned()));
    }
    let index = state.directory.index();
    let topics: Vec<String> = index.categories().iter().map(|c| c.key.clone()).collect();
    let associations: Vec<String> = index.listings().map(|l| l.slug().to_owned()).collect();
    let ctx = CaseContext { topics: &topics, associations: &associations, account_email: viewer.as_ref().map(|v| &v.user.email) };
    let mut errors = Vec::new();
    let on_behalf = match sent.on_behalf.trim() {
        "" => None,
        slug => match (index.get(slug), viewer.as_deref()) {
            (Some(l), Some(v)) if v.memberships.iter().any(|m| m.organisation == l.id()) => Some(l.id()),
            _ => {
                errors.push(FieldError { field: "on_behalf".into(), code: "unknown_choice" });
                None
            }
        },
    };
    drop(index);
    let invalid = |errors: &[FieldError], alert: Option<String>| {
        let page = PageCtx::new(&state, &visit, "contact");
        let mut inbox = inbox_form(&state, &page, viewer.as_deref(), &sent, errors);
        inbox.alert = alert;
        let status = if inbox.alert.is_some() { StatusCode::TOO_MANY_REQUESTS } else { StatusCode::UNPROCESSABLE_ENTITY };
        render(status, &contact_page(&state, page, inbox))
    };
    let content = match with_repeated(&form, sent.input.validate(&ctx)) {
        Ok(content) if errors.is_empty() => content,
        Ok(_) => return invalid(&errors, None),
        Err(mut more) => {
            more.extend(errors);
            return invalid(&more, None);
        }
    };
    let ip = client_ip(&extensions);
    let request = RequestFrom { ip: &ip, now: state.clock.now().unix_secs() };
    match submit_case(&state.inbox, viewer.as_deref(), Submission { content, on_behalf }, &request).await {
        Ok(Submitted::Stored { id, .. }) => Redirect::to(&format!("/account/inbox/{id}?notice=received")).into_response(),
        Ok(Submitted::VerificationSent(email)) => render(StatusCode::OK, &step(&state, &visit, Step::Sent, email.as_str().to_owned())),
        Err(InboxError::Invalid(errors)) => invalid(&errors, None),
        Err(refusal @ InboxError::RateLimited { .. }) => {
            let page = PageCtx::new(&state, &visit, "contact");
            let alert = refusal.message_id().map(|id| page.t(id));
            invalid(&[], alert)
        }
        Err(other) => crate::error::PageError::from(other).into_response(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    pub token: String,
}

/// `GET /contact/confirm?token=`: what will be sent, and a button to confirm.
pub async fn confirm_form(State(state): State<SharedState>, visit: Visit, Query(q): Query<TokenParam>) -> Response {
    match read_pending(&state.inbox, &q.token, state.clock.now().unix_secs()).await {
        Ok(content) => {
            let mut page = step(&state, &visit, Step::Confirm, content.email.as_str().to_owned());
            page.token = q.token;
            page.excerpt = content.text.chars().take(200).collect();
            render(StatusCode::OK, &page)
        }
        Err(InboxError::InvalidLink) => render(StatusCode::NOT_FOUND, &step(&state, &visit, Step::InvalidLink, String::new())),
        Err(other) => crate::error::PageError::from(other).into_response(),
    }
}

/// `POST /contact/confirm`: stores the case and opens the sender's private page.
pub async fn confirm(State(state): State<SharedState>, visit: Visit, body: Bytes) -> Response {
    let form = FormFields::parse(&body);
    match confirm_case(&state.inbox, &form.one("token"), state.clock.now().unix_secs()).await {
        Ok((_, secret)) => Redirect::to(&format!("/inbox/{secret}?notice=received")).into_response(),
        Err(InboxError::InvalidLink) => render(StatusCode::NOT_FOUND, &step(&state, &visit, Step::InvalidLink, String::new())),
        Err(other) => crate::error::PageError::from(other).into_response(),
    }
}
