//! `/organisations/propose`: anyone proposes a new association with a short form. Similar
//! published entries are shown first ("is it one of these?"); the proposal waits for the
//! proposer to confirm their address by mail, then for the office's review.

use app::accounts::registration::Mailing;
use app::moderation::{
    propose, read_proposal, verify_proposal, PossibleDuplicate, Proposal, ProposalError, ProposalOutcome, Request, MAX_NOTE,
};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use domain::accounts::EmailAddress;
use domain::language::UiLocale;
use domain::organisation::LegalForm;
use domain::profile_form::{FieldError, FormContext, ProfileInput};

use super::review::{reasons_text, DuplicateView};
use crate::accounts::client_ip;
use crate::accounts::register::{mailing_parts, TokenParam};
use crate::error::PageError;
use crate::forms::{choices, spoken_languages, with_repeated, Choice, FieldErrors, FormFields};
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// The short description in one more language.
pub struct OtherSummary {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub text: String,
}

#[derive(Template)]
#[template(path = "moderation/propose.html")]
pub struct ProposePage {
    pub page: PageCtx,
    pub input: ProfileInput,
    pub proposer_email: String,
    pub note: String,
    pub errors: FieldErrors,
    /// A refusal of the whole form (too many attempts).
    pub alert: Option<String>,
    /// Published entries that may be this association; shown until the visitor confirms.
    pub duplicates: Vec<DuplicateView>,
    pub legal_forms: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub summary_de: String,
    pub other_summaries: Vec<OtherSummary>,
}

/// Which message page a step of the proposal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The link was mailed.
    Sent,
    /// The link was opened: confirm with a button (mail scanners follow links, they do not post).
    Confirm,
    /// Confirmed: the office reviews it.
    Done,
    /// The link is used, expired or wrong.
    InvalidLink,
}

#[derive(Template)]
#[template(path = "moderation/propose_step.html")]
pub struct ProposeStepPage {
    pub page: PageCtx,
    pub step: Step,
    pub name: String,
    pub email: String,
    pub token: String,
}

impl ProposeStepPage {
    pub fn is(&self, step: &str) -> bool {
        let key = match self.step {
            Step::Sent => "sent",
            Step::Confirm => "confirm",
            Step::Done => "done",
            Step::InvalidLink => "invalid",
        };
        key == step
    }
}

/// The visitor's part of the form: the short form's fields only, whatever else was posted.
fn proposal_input(form: &FormFields) -> ProfileInput {
    ProfileInput {
        name: form.one("name"),
        legal_form: form.one("legal_form"),
        summary: form.with_prefix("summary"),
        categories: form.all("categories"),
        languages: form.all("languages"),
        street: form.one("street"),
        postcode: form.one("postcode"),
        city: form.one("city"),
        district: form.one("district"),
        email: form.one("email"),
        phone: form.one("phone"),
        website: form.one("website"),
        ..ProfileInput::default()
    }
}

fn build_page(state: &SharedState, visit: &Visit, input: ProfileInput, errors: &[FieldError]) -> ProposePage {
    let page = PageCtx::new(state, visit, "directory");
    let index = state.directory.index();
    let lang = page.lang;
    let mut legal_form_list = vec![(String::new(), page.t("propose-choose"))];
    legal_form_list
        .extend(LegalForm::ALL.iter().map(|f| (f.key().to_owned(), page.t(&format!("legal-form-{}", f.key().replace('_', "-"))))));
    let legal_forms = choices(legal_form_list, std::slice::from_ref(&input.legal_form));
    let categories = choices(index.categories().iter().map(|c| (c.key.clone(), c.label(lang).to_owned())), &input.categories);
    let languages = spoken_languages(&page.tr, &input.languages);
    let mut district_list = vec![(String::new(), page.t("edit-district-none"))];
    district_list.extend(index.districts().iter().map(|d| (d.key.clone(), d.name.clone())));
    let districts = choices(district_list, std::slice::from_ref(&input.district));
    let other_summaries = UiLocale::ALL
        .into_iter()
        .filter(|l| *l != UiLocale::De)
        .map(|l| OtherSummary {
            code: l.code(),
            name: l.endonym(),
            dir: if l.is_rtl() { "rtl" } else { "ltr" },
            text: ProfileInput::text(&input.summary, l.code()).to_owned(),
        })
        .collect();
    let mut labels: Vec<(String, String)> = [
        ("name", "edit-name"),
        ("legal_form", "edit-legal-form"),
        ("categories", "edit-categories"),
        ("languages", "edit-languages"),
        ("street", "edit-street"),
        ("postcode", "edit-postcode"),
        ("city", "edit-city"),
        ("district", "edit-district"),
        ("email", "propose-public-email"),
        ("phone", "edit-phone"),
        ("website", "edit-website"),
        ("proposer_email", "propose-proposer-email"),
        ("note", "propose-note"),
    ]
    .into_iter()
    .map(|(field, id)| (field.to_owned(), page.t(id)))
    .collect();
    labels.extend(
        UiLocale::ALL.into_iter().map(|l| (format!("summary.{}", l.code()), format!("{} ({})", page.t("edit-summary"), l.endonym()))),
    );
    let errors = FieldErrors::new(&page.tr, errors).labelled(labels);
    ProposePage {
        proposer_email: String::new(),
        note: String::new(),
        errors,
        alert: None,
        duplicates: Vec::new(),
        legal_forms,
        categories,
        languages,
        districts,
        summary_de: ProfileInput::text(&input.summary, "de").to_owned(),
        other_summaries,
        input,
        page,
    }
}

fn duplicate_views(page: &PageCtx, duplicates: &[PossibleDuplicate]) -> Vec<DuplicateView> {
    duplicates
        .iter()
        .map(|d| DuplicateView { name: d.name.clone(), slug: d.slug.to_string(), reasons: reasons_text(page, &d.reasons) })
        .collect()
}

pub async fn form(State(state): State<SharedState>, visit: Visit) -> Response {
    let page = build_page(&state, &visit, ProfileInput::default(), &[]);
    render(StatusCode::OK, &page)
}

/// The form's own rules besides the profile's: a German short description, the proposer's
/// address and the length of the note.
fn proposal_errors(input: &ProfileInput, proposer_email: &str, note: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if ProfileInput::text(&input.summary, "de").trim().is_empty() {
        errors.push(FieldError { field: "summary.de".into(), code: "required" });
    }
    if proposer_email.trim().is_empty() {
        errors.push(FieldError { field: "proposer_email".into(), code: "required" });
    } else if EmailAddress::parse(proposer_email).is_err() {
        errors.push(FieldError { field: "proposer_email".into(), code: "email" });
    }
    if note.trim().chars().count() > MAX_NOTE {
        errors.push(FieldError { field: "note".into(), code: "too_long" });
    }
    errors
}

pub async fn submit(State(state): State<SharedState>, visit: Visit, headers: HeaderMap, extensions: Extensions, body: Bytes) -> Response {
    let form = FormFields::parse(&body);
    let input = proposal_input(&form);
    let (proposer_email, note) = (form.one("proposer_email"), form.one("note"));
    let index = state.directory.index();
    let categories: Vec<String> = index.categories().iter().map(|c| c.key.clone()).collect();
    let districts: Vec<String> = index.districts().iter().map(|d| d.key.clone()).collect();
    let now = state.clock.now().to_rfc3339();
    let this_year = now.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let recorded_by = format!("proposal:{}", proposer_email.trim().to_lowercase());
    let ctx =
        FormContext { categories: &categories, districts: &districts, previous: None, recorded_by: &recorded_by, now: &now, this_year };
    let validated = with_repeated(&form, input.validate(&ctx));
    let mut errors = validated.as_ref().err().cloned().unwrap_or_default();
    for extra in proposal_errors(&input, &proposer_email, &note) {
        if !errors.iter().any(|e| e.field == extra.field) {
            errors.push(extra);
        }
    }
    let keep = |mut page: ProposePage| {
        page.proposer_email = proposer_email.trim().to_owned();
        page.note = note.clone();
        page
    };
    let profile = match validated {
        Ok(profile) if errors.is_empty() => profile,
        _ => return render(StatusCode::UNPROCESSABLE_ENTITY, &keep(build_page(&state, &visit, input, &errors))),
    };
    let (text, base) = mailing_parts(&state, &headers);
    let mailing = Mailing { jobs: &state.jobs, text: &text, base_url: &base, locale: visit.locale };
    let ip = client_ip(&extensions);
    let request = Request { ip: &ip, now: state.clock.now().unix_secs() };
    let proposal = Proposal { profile, proposer_email: &proposer_email, note: &note, confirmed_new: form.ticked("confirm_new") };
    match propose(&state.directory, state.accounts.as_ref(), &state.throttle, &mailing, proposal, &request).await {
        Ok(ProposalOutcome::PossibleDuplicates(duplicates)) => {
            let mut page = keep(build_page(&state, &visit, input, &[]));
            page.duplicates = duplicate_views(&page.page, &duplicates);
            render(StatusCode::OK, &page)
        }
        Ok(ProposalOutcome::VerificationSent(email)) => {
            let page = PageCtx::new(&state, &visit, "directory");
            render(
                StatusCode::OK,
                &ProposeStepPage {
                    page,
                    step: Step::Sent,
                    name: input.name.trim().to_owned(),
                    email: email.to_string(),
                    token: String::new(),
                },
            )
        }
        Err(ProposalError::RateLimited { retry_after_secs }) => {
            let mut page = keep(build_page(&state, &visit, input, &[]));
            let minutes = usize::try_from(retry_after_secs.div_ceil(60).max(1)).unwrap_or(usize::MAX);
            page.alert = Some(page.page.tr.t1("login-error-rate-limited", "minutes", minutes));
            render(StatusCode::TOO_MANY_REQUESTS, &page)
        }
        Err(ProposalError::InvalidEmail | ProposalError::NoteTooLong) => {
            let errors = proposal_errors(&input, &proposer_email, &note);
            render(StatusCode::UNPROCESSABLE_ENTITY, &keep(build_page(&state, &visit, input, &errors)))
        }
        Err(error) => PageError::unavailable(&error).into_response(),
    }
}

fn step_page(state: &SharedState, visit: &Visit, step: Step) -> ProposeStepPage {
    ProposeStepPage { page: PageCtx::new(state, visit, "directory"), step, name: String::new(), email: String::new(), token: String::new() }
}

fn link_failure(state: &SharedState, visit: &Visit, error: &ProposalError) -> Result<Response, PageError> {
    match error {
        ProposalError::InvalidLink => Ok(render(StatusCode::NOT_FOUND, &step_page(state, visit, Step::InvalidLink))),
        other => Err(PageError::unavailable(other)),
    }
}

pub async fn verify_form(State(state): State<SharedState>, visit: Visit, Query(q): Query<TokenParam>) -> Result<Response, PageError> {
    match read_proposal(state.accounts.as_ref(), &q.token, state.clock.now().unix_secs()).await {
        Ok(waiting) => {
            let mut page = step_page(&state, &visit, Step::Confirm);
            page.name = waiting.name;
            page.email = waiting.email.to_string();
            page.token = q.token;
            Ok(render(StatusCode::OK, &page))
        }
        Err(error) => link_failure(&state, &visit, &error),
    }
}

pub async fn verify_submit(State(state): State<SharedState>, visit: Visit, Form(form): Form<TokenParam>) -> Result<Response, PageError> {
    match verify_proposal(&state.directory, state.accounts.as_ref(), &form.token, state.clock.now().unix_secs()).await {
        Ok(stored) => {
            let mut page = step_page(&state, &visit, Step::Done);
            page.name = stored.name;
            Ok(render(StatusCode::OK, &page))
        }
        Err(error) => link_failure(&state, &visit, &error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_short_form_is_read() {
        let body =
            Bytes::from_static(b"name=Verein&persons.0.name=X&persons.0.consent=on&lat=48.9&lon=9.2&social=x.example&summary.de=Hallo");
        let input = proposal_input(&FormFields::parse(&body));
        assert_eq!(input.name, "Verein");
        assert!(input.persons.is_empty() && input.lat.is_empty() && input.social.is_empty());
        assert_eq!(ProfileInput::text(&input.summary, "de"), "Hallo");
    }

    #[test]
    fn the_proposer_must_give_an_address() {
        let input = ProfileInput { summary: vec![("de".into(), "Satz".into())], ..ProfileInput::default() };
        let codes = |email: &str| proposal_errors(&input, email, "").into_iter().map(|e| (e.field, e.code)).collect::<Vec<_>>();
        assert_eq!(codes(""), [("proposer_email".to_owned(), "required")]);
        assert_eq!(codes("kein-at"), [("proposer_email".to_owned(), "email")]);
        assert!(codes("a@b.example").is_empty());
    }
}
