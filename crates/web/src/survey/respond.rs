//! The respondent's form behind the personal link: one section per page in the visitor's
//! language (German where a text is missing, and said), progress, conditions decided on the
//! server, translated refusals beside the fields keeping what was typed, "save and continue
//! later".

use app::survey::{Action, Form, PageOutcome};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::survey::{to_raw, visible, Question, QuestionKind, RawAnswers, SurveyStatus};
use serde::Deserialize;

use super::labels::{self, text};
use crate::error::PageError;
use crate::forms::{choices, spoken_languages, Choice, FieldErrors, FormFields};
use crate::i18n::Tr;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// One question as the form shows it.
pub struct QuestionField {
    pub key: String,
    pub label: String,
    pub help: String,
    /// The id of the hint, for `aria-describedby`.
    pub hint_id: String,
    /// The question's text is German because the reader's language is missing.
    pub fallback: bool,
    pub required: bool,
    /// `choice`, `multi`, `scale`, `number`, `short`, `long`, `yes_no`.
    pub widget: &'static str,
    pub options: Vec<Choice>,
    pub other: bool,
    pub other_checked: bool,
    pub other_text: String,
    pub value: String,
    pub min: i64,
    pub max: i64,
    pub low: String,
    pub high: String,
}

#[derive(Template)]
#[template(path = "survey/form.html")]
pub struct FormPage {
    pub page: PageCtx,
    pub token: String,
    pub title: String,
    pub intro: String,
    pub association: String,
    pub section: usize,
    pub sections: usize,
    /// 1-based number of this page.
    pub number: usize,
    pub section_title: String,
    pub questions: Vec<QuestionField>,
    pub errors: FieldErrors,
    pub has_previous: bool,
    pub is_last: bool,
    pub open: bool,
    pub submitted: bool,
    /// `saved`: parked for later; `done`: submitted.
    pub notice: String,
    /// The last page offers "update our profile with these answers" (profile-linked questions).
    pub offer_consent: bool,
    pub consent: bool,
}

#[derive(Debug, Default, Deserialize)]
pub struct FormParams {
    #[serde(default)]
    pub section: Option<usize>,
    #[serde(default)]
    pub notice: String,
}

pub(super) fn field(state: &SharedState, tr: &Tr, lang: &str, q: &Question, raw: &RawAnswers, categories: &[String]) -> QuestionField {
    let sent = raw.get(&q.key).cloned().unwrap_or_default();
    let chosen = q.text.choose(lang);
    let mut f = QuestionField {
        key: q.key.clone(),
        label: chosen.as_ref().map(|c| c.text.to_owned()).unwrap_or_default(),
        help: text(&q.help, lang),
        hint_id: format!("hint-{}", q.key),
        fallback: chosen.is_some_and(|c| c.is_fallback),
        required: q.required,
        widget: "short",
        options: Vec::new(),
        other: q.kind.has_other(),
        other_checked: sent.iter().any(|v| v == domain::survey::OTHER),
        other_text: raw.get(&format!("{}.other", q.key)).and_then(|v| v.first()).cloned().unwrap_or_default(),
        value: sent.first().cloned().unwrap_or_default(),
        min: 0,
        max: 0,
        low: String::new(),
        high: String::new(),
    };
    let option_list = |opts: &[domain::survey::Choice]| choices(opts.iter().map(|o| (o.key.clone(), text(&o.label, lang))), &sent);
    match &q.kind {
        QuestionKind::SingleChoice { options, .. } => {
            f.widget = "choice";
            f.options = option_list(options);
        }
        QuestionKind::MultipleChoice { options, .. } => {
            f.widget = "multi";
            f.options = option_list(options);
        }
        QuestionKind::Scale { low, high } => {
            f.widget = "scale";
            f.options = choices((1..=5).map(|n: i64| (n.to_string(), n.to_string())), &sent);
            f.low = text(low, lang);
            f.high = text(high, lang);
        }
        QuestionKind::Number { min, max } => {
            f.widget = "number";
            (f.min, f.max) = (*min, *max);
        }
        QuestionKind::ShortText => f.widget = "short",
        QuestionKind::LongText => f.widget = "long",
        QuestionKind::YesNo => {
            f.widget = "choice";
            f.options = choices([("yes".to_owned(), tr.t("survey-yes")), ("no".to_owned(), tr.t("survey-no"))], &sent);
        }
        QuestionKind::Categories => {
            f.widget = "multi";
            f.options = choices(categories.iter().map(|k| (k.clone(), labels::category(&state.directory.index(), k, lang))), &sent);
        }
        QuestionKind::Languages => {
            f.widget = "multi";
            f.options = spoken_languages(tr, &sent);
        }
    }
    f
}

struct Shown<'a> {
    section: usize,
    raw: &'a RawAnswers,
    errors: FieldErrors,
    notice: &'a str,
    /// "Update our profile" was ticked in the form sent.
    consent: bool,
}

fn form_page(state: &SharedState, visit: &Visit, token: &str, form: &Form, shown: Shown<'_>) -> FormPage {
    let page = PageCtx::new(state, visit, "survey");
    let tr = page.tr;
    let lang = page.lang;
    let survey = &form.record.survey;
    let questionnaire = &survey.questionnaire;
    let answers = form.answers();
    let section = shown.section.min(questionnaire.sections.len().saturating_sub(1));
    let questions: Vec<QuestionField> = questionnaire
        .sections
        .get(section)
        .map(|s| {
            s.questions
                .iter()
                .filter(|q| visible(questionnaire, q, &answers))
                .map(|q| field(state, &tr, lang, q, shown.raw, &form.categories))
                .collect()
        })
        .unwrap_or_default();
    let association = state.directory.index().by_id(form.organisation).map(|l| l.name().to_owned()).unwrap_or_default();
    let is_last = form.next_section(section, &answers).is_none();
    let labels: Vec<(String, String)> = questions.iter().map(|q| (q.key.clone(), q.label.clone())).collect();
    FormPage {
        token: token.to_owned(),
        title: text(&survey.title, lang),
        intro: text(&survey.intro, lang),
        association,
        section,
        sections: questionnaire.sections.len(),
        number: section + 1,
        section_title: questionnaire.sections.get(section).map(|s| text(&s.title, lang)).unwrap_or_default(),
        questions,
        errors: shown.errors.labelled(labels),
        has_previous: form.previous_section(section, &answers).is_some(),
        is_last,
        open: form.status == SurveyStatus::Open,
        submitted: form.response.as_ref().is_some_and(|r| r.submitted_at.is_some()),
        notice: shown.notice.to_owned(),
        offer_consent: is_last && domain::survey::has_profile_questions(questionnaire),
        consent: shown.consent || form.response.as_ref().is_some_and(|r| r.profile_consent),
        page,
    }
}

/// A page of the form: the one asked for, else where the association left off.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    Path(token): Path<String>,
    Query(params): Query<FormParams>,
) -> Result<Response, PageError> {
    let form = state.surveys.open_link(&token).await?;
    let saved = form.response.as_ref().map_or(0, |r| usize::try_from(r.section).unwrap_or(0));
    let section = params.section.unwrap_or(saved);
    let raw = to_raw(&form.answers());
    let notice = match params.notice.as_str() {
        "saved" | "done" => params.notice.as_str(),
        _ => "",
    };
    let shown = Shown { section, raw: &raw, errors: FieldErrors::default(), notice, consent: false };
    Ok(render(StatusCode::OK, &form_page(&state, &visit, &token, &form, shown)))
}

/// Answers of one value (a text, a number, a single choice, an "other" text) that came more
/// than once with different values: joined into one, as [`FormFields::one`] does, so that the
/// page shown again keeps everything typed; their keys.
fn join_repeated(questionnaire: &domain::survey::Questionnaire, raw: &mut RawAnswers) -> Vec<String> {
    let several = |key: &str| {
        questionnaire.questions().any(|q| {
            q.key == key && matches!(q.kind, QuestionKind::MultipleChoice { .. } | QuestionKind::Categories | QuestionKind::Languages)
        })
    };
    let mut repeated = Vec::new();
    for (key, values) in raw.iter_mut() {
        let mut distinct: Vec<String> = Vec::new();
        for value in values.iter().filter(|v| !v.is_empty()) {
            if !distinct.contains(value) {
                distinct.push(value.clone());
            }
        }
        if distinct.len() > 1 && !several(key) {
            *values = vec![distinct.join(" ")];
            repeated.push(key.clone());
        }
    }
    repeated
}

/// Saves a page and goes on, back, or to the "saved" or "thank you" notice.
pub async fn save(State(state): State<SharedState>, visit: Visit, Path(token): Path<String>, body: Bytes) -> Result<Response, PageError> {
    let form = state.surveys.open_link(&token).await?;
    let fields = FormFields::parse(&body);
    let section: usize = fields.one("section").parse().map_err(|_| PageError::NOT_FOUND)?;
    let action = match fields.one("action").as_str() {
        "back" => Action::Back,
        "later" => Action::Later,
        "submit" => Action::Submit,
        _ => Action::Next,
    };
    // "Update our profile with these answers", offered on the last page: a revision for review.
    let consent = fields.ticked("consent");
    let mut raw = RawAnswers::new();
    for (key, value) in fields.with_prefix("a") {
        raw.entry(key).or_default().push(value);
    }
    let repeated = join_repeated(&form.record.survey.questionnaire, &mut raw);
    if !repeated.is_empty() {
        let tr = Tr::new(visit.locale);
        let messages = repeated.into_iter().map(|key| (key, tr.t("form-error-repeated"))).collect();
        let shown = Shown { section, raw: &raw, errors: FieldErrors::from_messages(messages), notice: "", consent };
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &visit, &token, &form, shown)));
    }
    let base = format!("/survey/{token}");
    match state.surveys.save_page(&form, section, &raw, action, consent).await? {
        PageOutcome::Saved { next } => Ok(Redirect::to(&format!("{base}?section={next}")).into_response()),
        PageOutcome::Parked { section } => Ok(Redirect::to(&format!("{base}?section={section}&notice=saved")).into_response()),
        PageOutcome::Submitted => Ok(Redirect::to(&format!("{base}?section={section}&notice=done")).into_response()),
        PageOutcome::Invalid(errors) => {
            let tr = Tr::new(visit.locale);
            let messages =
                errors.iter().map(|(key, e)| (key.clone(), tr.t(&format!("survey-error-{}", e.code().replace('_', "-"))))).collect();
            let shown = Shown { section, raw: &raw, errors: FieldErrors::from_messages(messages), notice: "", consent };
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &visit, &token, &form, shown)))
        }
    }
}
