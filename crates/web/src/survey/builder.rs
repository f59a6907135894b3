//! The office's questionnaire builder: a new survey as a draft; one page with the survey's
//! settings (title and intro per language, anonymous, open and close), its sections and
//! questions (edit, move, remove) and a form adding or editing a question of any kind, every
//! text per language (German required, the others fall back to it); and a preview of the form
//! as a respondent sees it, in any language. Once answers exist, changes that would break them
//! are refused and removing a question asks first (`app::survey::check_save`).

use app::survey::BuildError;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::language::UiLocale;
use domain::localized::LocalizedText;
use domain::meetings::{format_local, german_offset, parse_local};
use domain::survey::draft::{parse_question, place, remove, shift, to_draft, QuestionDraft, KINDS};
use domain::survey::{ChangeProblem, Question, QuestionKind, Questionnaire, Survey};
use serde::Deserialize;

use super::labels::text;
use crate::error::PageError;
use crate::extract::{Action, OfficeAction, SignedIn};
use crate::forms::{Choice, FieldErrors, FormFields};
use crate::i18n::Tr;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// A text in one language, as a form field.
pub struct LangText {
    pub lang: &'static str,
    pub name: &'static str,
    pub value: String,
}

fn lang_texts(t: &LocalizedText) -> Vec<LangText> {
    UiLocale::ALL
        .iter()
        .map(|l| LangText { lang: l.code(), name: l.endonym(), value: t.exact(l.code()).unwrap_or("").to_owned() })
        .collect()
}

fn read_texts(fields: &FormFields, name: &str) -> LocalizedText {
    let mut t = LocalizedText::new();
    for l in UiLocale::ALL {
        let value: String = fields.one(&format!("{name}.{}", l.code())).chars().take(2_000).collect();
        t.set(l.code(), &value);
    }
    t
}

/// One question in the overview.
pub struct QuestionLine {
    pub key: String,
    pub text: String,
    pub kind: String,
    pub required: bool,
    pub condition: String,
    pub first: bool,
    pub last: bool,
}

pub struct SectionView {
    pub number: usize,
    pub title: String,
    pub titles: Vec<LangText>,
    pub questions: Vec<QuestionLine>,
}

/// The question form's content.
pub struct QuestionForm {
    pub key: String,
    pub text_de: String,
    pub help_de: String,
    pub low_de: String,
    pub high_de: String,
    pub texts: Vec<LangText>,
    pub helps: Vec<LangText>,
    pub lows: Vec<LangText>,
    pub highs: Vec<LangText>,
    /// The other languages' option labels, one a line.
    pub option_labels: Vec<LangText>,
    pub options: String,
    pub other: bool,
    pub min: String,
    pub max: String,
    pub required: bool,
    pub profile_linked: bool,
    pub condition_value: String,
}

impl QuestionForm {
    fn of(draft: &QuestionDraft) -> Self {
        let option_labels = UiLocale::ALL
            .iter()
            .filter(|l| **l != UiLocale::De)
            .map(|l| LangText {
                lang: l.code(),
                name: l.endonym(),
                value: draft.option_labels.iter().find(|(c, _)| c == l.code()).map(|(_, v)| v.clone()).unwrap_or_default(),
            })
            .collect();
        let de = |t: &LocalizedText| t.exact("de").unwrap_or("").to_owned();
        QuestionForm {
            key: draft.key.clone(),
            text_de: de(&draft.text),
            help_de: de(&draft.help),
            low_de: de(&draft.low),
            high_de: de(&draft.high),
            texts: lang_texts(&draft.text),
            helps: lang_texts(&draft.help),
            lows: lang_texts(&draft.low),
            highs: lang_texts(&draft.high),
            option_labels,
            options: draft.options.clone(),
            other: draft.other,
            min: draft.min.clone(),
            max: draft.max.clone(),
            required: draft.required,
            profile_linked: draft.profile_linked,
            condition_value: draft.condition_value.clone(),
        }
    }

    /// The other languages' texts of the question (German is in the form's main part).
    pub fn translations(&self) -> Vec<(&LangText, &LangText, &LangText, &LangText, &LangText)> {
        (1..self.texts.len()).map(|i| (&self.texts[i], &self.helps[i], &self.lows[i], &self.highs[i], &self.option_labels[i - 1])).collect()
    }
}

#[derive(Template)]
#[template(path = "survey/builder.html")]
pub struct BuilderPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub version: i64,
    pub has_answers: bool,
    pub titles: Vec<LangText>,
    pub intros: Vec<LangText>,
    pub anonymous: bool,
    pub opens: String,
    pub closes: String,
    pub sections: Vec<SectionView>,
    /// The key of the question being edited; empty when adding one.
    pub editing: String,
    pub question: QuestionForm,
    pub kinds: Vec<Choice>,
    pub section_choices: Vec<Choice>,
    pub condition_choices: Vec<Choice>,
    pub settings_errors: FieldErrors,
    pub question_errors: FieldErrors,
    /// Questions whose removal waits for the office's confirmation (with their answers kept).
    pub confirm_remove: Vec<String>,
    /// The form to repeat with `confirmed=1`: `remove` or `question`.
    pub confirm_form: String,
    /// The question whose removal is to be confirmed.
    pub confirm_key: String,
    pub notice: Option<String>,
    pub error: Option<String>,
    pub previews: Vec<(&'static str, &'static str)>,
}

/// What a refused or kept form brings back to the page.
#[derive(Default)]
struct Kept {
    settings: Option<(Survey, FieldErrors)>,
    /// The settings' dates as typed (`opens`, `closes`), shown again whatever they were.
    dates: Option<(String, String)>,
    question: Option<(String, usize, QuestionDraft, FieldErrors)>,
    /// The form to repeat with `confirmed=1` (`question` or `remove`), the question to remove,
    /// and what the change would do.
    confirm: Option<(String, String, Vec<String>)>,
    error: Option<String>,
}

fn kind_label(tr: &Tr, kind: &str) -> String {
    tr.t(&format!("survey-kind-{}", kind.replace('_', "-")))
}

fn local(secs: Option<i64>) -> String {
    secs.map(|s| format_local(s, german_offset(s))).unwrap_or_default()
}

fn builder_page(
    state: &SharedState,
    visit: &Visit,
    record: &app::ports::SurveyRecord,
    has_answers: bool,
    kept: Kept,
    notice: Option<String>,
) -> BuilderPage {
    let page = PageCtx::new(state, visit, "surveys");
    let tr = page.tr;
    let lang = page.lang;
    let (survey, settings_errors) = kept.settings.unwrap_or_else(|| (record.survey.clone(), FieldErrors::default()));
    let (opens, closes) = kept.dates.unwrap_or_else(|| (local(survey.opens_at), local(survey.closes_at)));
    let questionnaire = &record.survey.questionnaire;
    let sections: Vec<SectionView> = questionnaire
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let titles = survey.questionnaire.sections.get(i).map_or_else(|| lang_texts(&s.title), |k| lang_texts(&k.title));
            let n = s.questions.len();
            SectionView {
                number: i + 1,
                title: text(&s.title, lang),
                titles,
                questions: s
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(j, q)| QuestionLine {
                        key: q.key.clone(),
                        text: text(&q.text, lang),
                        kind: kind_label(&tr, q.kind.key()),
                        required: q.required,
                        condition: q.condition.as_ref().map(|c| format!("{} = {}", c.question, c.value)).unwrap_or_default(),
                        first: j == 0,
                        last: j + 1 == n,
                    })
                    .collect(),
            }
        })
        .collect();
    let codes: Vec<&str> = UiLocale::ALL.iter().map(|l| l.code()).collect();
    let (editing, section, draft, question_errors) = match kept.question {
        Some(k) => k,
        None => match visit_question(visit).and_then(|key| questionnaire.question(&key).map(|q| (key, q))) {
            Some((key, q)) => {
                let section = questionnaire.sections.iter().position(|s| s.questions.iter().any(|x| x.key == key)).unwrap_or(0);
                (key, section, to_draft(q, &codes), FieldErrors::default())
            }
            None => (
                String::new(),
                questionnaire.sections.len().saturating_sub(1),
                QuestionDraft { kind: "single_choice".into(), ..QuestionDraft::default() },
                FieldErrors::default(),
            ),
        },
    };
    let kinds = KINDS.iter().map(|k| Choice { value: (*k).to_owned(), label: kind_label(&tr, k), checked: *k == draft.kind }).collect();
    let mut section_choices: Vec<Choice> = questionnaire
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| Choice { value: i.to_string(), label: format!("{}. {}", i + 1, text(&s.title, lang)), checked: i == section })
        .collect();
    let new_section = questionnaire.sections.len();
    section_choices.push(Choice {
        value: new_section.to_string(),
        label: tr.t("survey-build-new-section"),
        checked: section == new_section,
    });
    let condition_choices = questionnaire
        .questions()
        .filter(|q| q.key != editing && !matches!(q.kind, QuestionKind::ShortText | QuestionKind::LongText))
        .map(|q| Choice {
            value: q.key.clone(),
            label: format!("{} – {}", q.key, text(&q.text, lang)),
            checked: q.key == draft.condition_question,
        })
        .collect();
    let (confirm_form, confirm_key, confirm_remove) = kept.confirm.unwrap_or_default();
    BuilderPage {
        slug: record.slug.clone(),
        title: text(&record.survey.title, lang),
        status: tr.t(&format!("survey-status-{}", record.survey.status(state.clock.now().unix_secs()).key())),
        version: record.version,
        has_answers,
        titles: lang_texts(&survey.title),
        intros: lang_texts(&survey.intro),
        anonymous: survey.anonymous,
        opens,
        closes,
        sections,
        editing,
        question: QuestionForm::of(&draft),
        kinds,
        section_choices,
        condition_choices,
        settings_errors,
        question_errors,
        confirm_remove,
        confirm_form,
        confirm_key,
        notice,
        error: kept.error,
        previews: UiLocale::ALL.iter().map(|l| (l.code(), l.endonym())).collect(),
        page,
    }
}

fn visit_question(visit: &Visit) -> Option<String> {
    let query = visit.uri.query()?;
    query.split('&').find_map(|p| p.strip_prefix("question=")).filter(|k| domain::survey::is_valid_key(k)).map(str::to_owned)
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    #[serde(default)]
    pub saved: Option<String>,
}

/// `GET /office/surveys/{survey}/edit[?question=KEY]`.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Params>,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let record = state.surveys.by_slug(&slug).await?;
    let has_answers = state.surveys.has_answers(record.id).await?;
    let notice = q.saved.is_some().then(|| Tr::new(visit.locale).t("survey-build-saved"));
    Ok(render(StatusCode::OK, &builder_page(&state, &visit, &record, has_answers, Kept::default(), notice)))
}

/// The message of a change problem.
fn problem_text(tr: &Tr, problem: &ChangeProblem) -> String {
    let code = match problem {
        ChangeProblem::KindChanged(_) => "survey-build-refused-kind",
        ChangeProblem::OptionRemoved { .. } => "survey-build-refused-option",
        ChangeProblem::RangeNarrowed(_) => "survey-build-refused-range",
        ChangeProblem::OtherRemoved(_) => "survey-build-refused-other",
        ChangeProblem::QuestionRemoved(_) => "survey-build-confirm-remove",
    };
    let option = match problem {
        ChangeProblem::OptionRemoved { option, .. } => option.clone(),
        _ => String::new(),
    };
    tr.targs(code, &[("question", problem.question().to_owned().into()), ("option", option.into())])
}

fn draft_of(fields: &FormFields) -> QuestionDraft {
    let cut = |s: String, n: usize| s.chars().take(n).collect::<String>();
    QuestionDraft {
        key: cut(fields.one("key"), 60),
        kind: fields.one("kind"),
        text: read_texts(fields, "text"),
        help: read_texts(fields, "help"),
        options: cut(fields.one("options"), 10_000),
        option_labels: UiLocale::ALL
            .iter()
            .filter(|l| **l != UiLocale::De)
            .map(|l| (l.code().to_owned(), cut(fields.one(&format!("options.{}", l.code())), 10_000)))
            .collect(),
        other: fields.ticked("other"),
        low: read_texts(fields, "low"),
        high: read_texts(fields, "high"),
        min: cut(fields.one("min"), 20),
        max: cut(fields.one("max"), 20),
        required: fields.ticked("required"),
        profile_linked: fields.ticked("profile_linked"),
        condition_question: cut(fields.one("condition_question"), 60),
        condition_value: cut(fields.one("condition_value"), 60),
    }
}

/// The field a questionnaire problem belongs to in the question form.
fn questionnaire_field(code: &str) -> &'static str {
    match code {
        "invalid_key" | "duplicate_key" => "key",
        "missing_text" => "text.de",
        "no_options" => "options",
        "bad_range" => "min",
        _ => "condition_question",
    }
}

/// `POST /office/surveys/{survey}/edit`: `form` = `settings`, `question`, `remove` or `shift`.
pub async fn save(OfficeAction(Action { state, visit, viewer, path: slug, form }): OfficeAction<String>) -> Result<Response, PageError> {
    let record = state.surveys.by_slug(&slug).await?;
    let tr = Tr::new(visit.locale);
    let version: i64 = form.one("version").parse().unwrap_or(0);
    let confirmed = form.ticked("confirmed");
    let mut survey = record.survey.clone();
    let mut kept = Kept::default();
    let anchor;
    match form.one("form").as_str() {
        "settings" => {
            anchor = "settings";
            survey.title = read_texts(&form, "title");
            survey.intro = read_texts(&form, "intro");
            survey.anonymous = form.ticked("anonymous");
            let mut errors = Vec::new();
            if survey.title.exact("de").is_none() {
                errors.push(("title.de".to_owned(), tr.t("survey-build-error-title")));
            }
            let mut when = |name: &str| {
                let raw = form.one(name);
                if raw.trim().is_empty() {
                    return None;
                }
                let guess = parse_local(&raw, 3600);
                let parsed = guess.and_then(|g| parse_local(&raw, german_offset(g)));
                if parsed.is_none() {
                    errors.push((name.to_owned(), tr.t("survey-build-error-date")));
                }
                parsed
            };
            survey.opens_at = when("opens");
            survey.closes_at = when("closes");
            kept.dates = Some((form.one("opens"), form.one("closes")));
            for (i, section) in survey.questionnaire.sections.iter_mut().enumerate() {
                let title = read_texts(&form, &format!("section.{i}"));
                if title.exact("de").is_some() {
                    section.title = title;
                }
            }
            if !errors.is_empty() {
                kept.settings = Some((survey.clone(), FieldErrors::from_messages(errors)));
            }
        }
        "question" => {
            anchor = "question";
            let draft = draft_of(&form);
            let editing = form.one("editing");
            let editing = domain::survey::is_valid_key(&editing).then_some(editing);
            let section: usize = form.one("section").parse().unwrap_or(usize::MAX);
            let keep = |errors: Vec<(String, String)>| {
                Some((editing.clone().unwrap_or_default(), section, draft.clone(), FieldErrors::from_messages(errors)))
            };
            match parse_question(&draft) {
                Err(errors) => {
                    kept.question = keep(
                        errors
                            .iter()
                            .map(|e| (e.field.to_owned(), tr.t(&format!("survey-build-error-{}", e.code.replace('_', "-")))))
                            .collect(),
                    );
                }
                Ok(question) => match place(&survey.questionnaire, section, editing.as_deref(), question) {
                    Some(q) => survey.questionnaire = q,
                    None => kept.question = keep(vec![("section".to_owned(), tr.t("survey-build-error-section"))]),
                },
            }
        }
        "remove" => {
            anchor = "questions";
            let key = form.one("key");
            survey.questionnaire = remove(&survey.questionnaire, &key);
        }
        "shift" => {
            anchor = "questions";
            let by = if form.one("by") == "up" { -1 } else { 1 };
            survey.questionnaire = shift(&survey.questionnaire, &form.one("key"), by);
        }
        _ => return Ok(Redirect::to(&format!("/office/surveys/{slug}/edit")).into_response()),
    }
    let repeated = form.repeated();
    if !repeated.is_empty() {
        let errors = || FieldErrors::from_messages(repeated.iter().map(|e| (e.field.clone(), tr.t("form-error-repeated"))).collect());
        match anchor {
            "settings" => kept.settings = Some((survey.clone(), errors())),
            "question" => {
                let section: usize = form.one("section").parse().unwrap_or(0);
                kept.question = Some((form.one("editing"), section, draft_of(&form), errors()));
            }
            _ => kept.error = Some(tr.t("form-error-repeated")),
        }
    }
    let has_answers = state.surveys.has_answers(record.id).await?;
    if kept.settings.is_none() && kept.question.is_none() && kept.error.is_none() {
        match state.surveys.save(&viewer, &slug, version, &survey, confirmed).await {
            Ok(()) => return Ok(Redirect::to(&format!("/office/surveys/{slug}/edit?saved=1#{anchor}")).into_response()),
            Err(BuildError::Survey(e)) => return Err(e.into()),
            // Changed meanwhile: what was typed stays in its form, to be sent again.
            Err(BuildError::Conflict | BuildError::SlugTaken) => {
                kept.error = Some(tr.t("survey-build-conflict"));
                match anchor {
                    "settings" => kept.settings = Some((survey.clone(), FieldErrors::default())),
                    "question" => {
                        let section: usize = form.one("section").parse().unwrap_or(0);
                        kept.question = Some((form.one("editing"), section, draft_of(&form), FieldErrors::default()));
                    }
                    _ => {}
                }
            }
            Err(BuildError::Dates) => {
                kept.settings =
                    Some((survey.clone(), FieldErrors::from_messages(vec![("closes".to_owned(), tr.t("survey-build-error-dates"))])));
            }
            Err(BuildError::Invalid(e)) => {
                let message = tr.t(&format!("survey-build-invalid-{}", e.code().replace('_', "-")));
                if anchor == "question" {
                    let draft = draft_of(&form);
                    let section: usize = form.one("section").parse().unwrap_or(0);
                    kept.question = Some((
                        form.one("editing"),
                        section,
                        draft,
                        FieldErrors::from_messages(vec![(questionnaire_field(e.code()).to_owned(), message)]),
                    ));
                } else {
                    kept.error = Some(message);
                }
            }
            Err(BuildError::Refused(problems)) => {
                let messages: Vec<String> = problems.iter().map(|p| problem_text(&tr, p)).collect();
                if anchor == "question" {
                    let section: usize = form.one("section").parse().unwrap_or(0);
                    let field = if problems.iter().any(|p| matches!(p, ChangeProblem::KindChanged(_))) { "kind" } else { "options" };
                    kept.question = Some((
                        form.one("editing"),
                        section,
                        draft_of(&form),
                        FieldErrors::from_messages(vec![(field.to_owned(), messages.join(" "))]),
                    ));
                } else {
                    kept.error = Some(messages.join(" "));
                }
            }
            Err(BuildError::Confirm(problems)) => {
                let messages = problems.iter().map(|p| problem_text(&tr, p)).collect();
                if anchor == "question" {
                    let section: usize = form.one("section").parse().unwrap_or(0);
                    kept.question = Some((form.one("editing"), section, draft_of(&form), FieldErrors::default()));
                    kept.confirm = Some(("question".to_owned(), String::new(), messages));
                } else {
                    kept.confirm = Some(("remove".to_owned(), form.one("key"), messages));
                }
            }
        }
    }
    let status = if kept.confirm.is_some() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(render(status, &builder_page(&state, &visit, &record, has_answers, kept, None)))
}

/// `GET /office/surveys/new` and its form.
#[derive(Template)]
#[template(path = "survey/new.html")]
pub struct NewPage {
    pub page: PageCtx,
    pub title: String,
    pub slug: String,
    pub errors: FieldErrors,
}

pub async fn new_form(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let page = PageCtx::new(&state, &visit, "surveys");
    Ok(render(StatusCode::OK, &NewPage { page, title: String::new(), slug: String::new(), errors: FieldErrors::default() }))
}

/// `POST /office/surveys/new`: a draft survey with its German title; on to the builder.
pub async fn create(OfficeAction(Action { state, visit, viewer, form, .. }): OfficeAction<()>) -> Result<Response, PageError> {
    let title: String = form.one("title").trim().chars().take(200).collect();
    let raw_slug = form.one("slug");
    let slug = if raw_slug.trim().is_empty() { domain::slug::Slug::from_name(&title) } else { domain::slug::Slug::parse(raw_slug.trim()) };
    let tr = Tr::new(visit.locale);
    let mut errors = Vec::new();
    if title.is_empty() {
        errors.push(("title".to_owned(), tr.t("survey-build-error-title")));
    }
    if slug.is_err() && !(title.is_empty() && raw_slug.trim().is_empty()) {
        errors.push(("slug".to_owned(), tr.t("survey-build-error-slug")));
    }
    errors.extend(form.repeated().into_iter().map(|e| (e.field, tr.t("form-error-repeated"))));
    if let (true, Ok(slug)) = (errors.is_empty(), &slug) {
        let survey = Survey {
            title: LocalizedText::new().with("de", &title),
            intro: LocalizedText::new(),
            anonymous: true,
            opens_at: None,
            closes_at: None,
            questionnaire: Questionnaire::default(),
        };
        match state.surveys.create(&viewer, slug.as_str(), survey).await {
            Ok(_) => return Ok(Redirect::to(&format!("/office/surveys/{}/edit", slug.as_str())).into_response()),
            Err(BuildError::SlugTaken) => errors.push(("slug".to_owned(), tr.t("survey-build-error-slug-taken"))),
            Err(BuildError::Survey(e)) => return Err(e.into()),
            Err(_) => return Err(PageError::Unavailable),
        }
    }
    let page = PageCtx::new(&state, &visit, "surveys");
    let labels = vec![("title".to_owned(), tr.t("survey-title")), ("slug".to_owned(), tr.t("survey-build-slug"))];
    let body = NewPage { page, title, slug: raw_slug, errors: FieldErrors::from_messages(errors).labelled(labels) };
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &body))
}

/// One question of the preview, with the condition that shows it.
pub struct PreviewQuestion {
    pub field: super::respond::QuestionField,
    pub condition: String,
}

#[derive(Template)]
#[template(path = "survey/preview.html")]
pub struct PreviewPage {
    pub page: PageCtx,
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub section: usize,
    pub sections: usize,
    pub number: usize,
    pub section_title: String,
    pub questions: Vec<PreviewQuestion>,
}

#[derive(Debug, Default, Deserialize)]
pub struct PreviewParams {
    #[serde(default)]
    pub section: Option<usize>,
}

/// `GET /office/surveys/{survey}/preview?section=N&lang=xx`: the form as a respondent sees it
/// in that language, every question of the page shown (conditional ones say when they show);
/// nothing can be sent.
pub async fn preview(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<PreviewParams>,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let record = state.surveys.by_slug(&slug).await?;
    let page = PageCtx::new(&state, &visit, "surveys");
    let tr = page.tr;
    let lang = page.lang;
    let questionnaire = &record.survey.questionnaire;
    let sections = questionnaire.sections.len();
    let section = q.section.unwrap_or(0).min(sections.saturating_sub(1));
    let categories: Vec<String> = state.directory.index().categories().iter().map(|c| c.key.clone()).collect();
    let raw = domain::survey::RawAnswers::new();
    let questions = questionnaire
        .sections
        .get(section)
        .map(|s| {
            s.questions
                .iter()
                .map(|question: &Question| PreviewQuestion {
                    field: super::respond::field(&state, &tr, lang, question, &raw, &categories),
                    condition: question
                        .condition
                        .as_ref()
                        .map(|c| {
                            let label =
                                questionnaire.question(&c.question).map(|e| text(&e.text, lang)).unwrap_or_else(|| c.question.clone());
                            let value = questionnaire.question(&c.question).map_or_else(
                                || c.value.clone(),
                                |e| super::labels::column(&state.directory.index(), &tr, lang, e, &c.value),
                            );
                            tr.targs("survey-build-shown-when", &[("question", label.into()), ("value", value.into())])
                        })
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    let body = PreviewPage {
        slug: record.slug.clone(),
        title: text(&record.survey.title, lang),
        intro: text(&record.survey.intro, lang),
        section,
        sections,
        number: section + 1,
        section_title: questionnaire.sections.get(section).map(|s| text(&s.title, lang)).unwrap_or_default(),
        questions,
        page,
    };
    Ok(render(StatusCode::OK, &body))
}
