//! The office's editor: a news item or page as a draft, its versions per language (German
//! required, the others folded away until used), links to associations, meetings and projects
//! chosen from lists of those that exist, a preview that saves nothing, publish and withdraw, and the
//! picture with its alt text.

use app::moderation::{LogoError, MAX_BYTES, MAX_SIDE};
use app::news::{create_news, edit_news, publish_news, set_news_image, NewsError, NewsImageError};
use app::ports::NewsRecord;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::news::{NewsInput, NewsKind, NewsVersion, Placement, LANGUAGES};
use domain::profile_form::FieldError;
use serde::Deserialize;

use super::{item_url, refresh_nav};
use crate::error::PageError;
use crate::extract::SignedIn;
use crate::forms::{choices, Choice, FieldErrors, FormFields};
use crate::markdown::to_safe_html;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// One language's fields.
pub struct LangFields {
    pub code: &'static str,
    pub name: String,
    pub version: NewsVersion,
    /// Shown unfolded: German, a language with text, or one with a problem.
    pub open: bool,
    pub rtl: bool,
}

/// The German version as it will look, before anything is saved.
pub struct Preview {
    pub title: String,
    pub teaser: String,
    pub body_html: String,
}

#[derive(Template)]
#[template(path = "news/editor.html")]
pub struct EditorPage {
    pub page: PageCtx,
    /// The item being changed; `None` while writing a new one.
    pub editing: Option<String>,
    pub kind: &'static str,
    pub input: NewsInput,
    pub langs: Vec<LangFields>,
    pub errors: FieldErrors,
    pub preview: Option<Preview>,
    pub published: bool,
    pub public_url: String,
    pub image_url: Option<String>,
    pub image_error: Option<String>,
    pub notice: Option<String>,
    pub placements: Vec<(&'static str, String)>,
    /// The directory's associations by name, those linked selected.
    pub associations: Vec<Choice>,
    /// Every meeting, newest first, those linked selected.
    pub meetings: Vec<Choice>,
    /// Every cooperation project by title, those linked selected.
    pub projects: Vec<Choice>,
}

impl EditorPage {
    pub fn action(&self) -> String {
        match &self.editing {
            Some(slug) => format!("/office/news/{slug}/edit"),
            None => "/office/news/new".to_owned(),
        }
    }

    pub fn field(&self, code: &str, name: &str) -> String {
        format!("{code}.{name}")
    }

    pub fn id(&self, code: &str, name: &str) -> String {
        format!("f-{code}-{name}")
    }

    pub fn is_page(&self) -> bool {
        self.kind == "page"
    }
}

/// The form's fields as typed; the picture is the stored item's, never the form's.
fn news_input(form: &FormFields, kind: NewsKind, record: Option<&NewsRecord>) -> NewsInput {
    NewsInput {
        kind: kind.key().to_owned(),
        date: form.one("date"),
        placement: form.one("placement"),
        versions: LANGUAGES
            .iter()
            .map(|l| {
                let f = |name: &str| form.one(&format!("{l}.{name}"));
                ((*l).to_owned(), NewsVersion { title: f("title"), teaser: f("teaser"), body: f("body"), image_alt: f("image_alt") })
            })
            .collect(),
        image: record.and_then(|r| r.content.image.clone()),
        associations: form.all("associations").join("\n"),
        meetings: form.all("meetings").join("\n"),
        projects: form.all("projects").join("\n"),
        contact_block: form.ticked("contact_block"),
    }
}

fn blank(kind: NewsKind, today: String) -> NewsInput {
    NewsInput {
        kind: kind.key().to_owned(),
        date: today,
        versions: LANGUAGES.iter().map(|l| ((*l).to_owned(), NewsVersion::default())).collect(),
        ..NewsInput::default()
    }
}

/// The slugs of a link field as sent (one a line); which of the choices are selected.
fn linked(text: &str) -> Vec<String> {
    text.split([',', '\n', ' ', '\r', '\t']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// `(slug, label)` pairs with a selected slug that is not among them kept, named by its slug,
/// so that the form shows what it received (and the refusal says why).
fn with_sent(mut list: Vec<(String, String)>, sent: &[String]) -> Vec<Choice> {
    for slug in sent {
        if !list.iter().any(|(s, _)| s == slug) {
            list.push((slug.clone(), slug.clone()));
        }
    }
    choices(list, sent)
}

/// What the office may link besides associations, as `(slug, label)`.
#[derive(Clone)]
struct LinkLists {
    /// Newest first, labelled "title (date)".
    meetings: Vec<(String, String)>,
    /// By title.
    projects: Vec<(String, String)>,
}

async fn link_lists(state: &SharedState) -> Result<LinkLists, PageError> {
    let mut meetings = state.news.meetings.meetings().await?;
    meetings.sort_by_key(|m| std::cmp::Reverse(m.meeting.starts_at));
    let meetings = meetings
        .into_iter()
        .map(|m| {
            let day = app::meetings::local_time(m.meeting.starts_at).chars().take(10).collect::<String>();
            (m.slug, format!("{} ({day})", m.meeting.title))
        })
        .collect();
    let mut projects: Vec<(String, String)> =
        state.news.projects.projects().await?.into_iter().map(|p| (p.slug, p.project.title)).collect();
    projects.sort_by_key(|(_, title)| title.to_lowercase());
    Ok(LinkLists { meetings, projects })
}

fn build(
    state: &SharedState,
    visit: &Visit,
    record: Option<&NewsRecord>,
    kind: NewsKind,
    input: NewsInput,
    errors: &[FieldError],
    lists: LinkLists,
) -> EditorPage {
    let page = PageCtx::new(state, visit, "news");
    let mut associations: Vec<(String, String)> =
        state.directory.index().listings().map(|l| (l.slug().to_owned(), l.name().to_owned())).collect();
    associations.sort_by_key(|(_, name)| name.to_lowercase());
    let associations = with_sent(associations, &linked(&input.associations));
    let meetings = with_sent(lists.meetings, &linked(&input.meetings));
    let projects = with_sent(lists.projects, &linked(&input.projects));
    let langs = LANGUAGES
        .iter()
        .map(|code| {
            let version = input.version(code);
            let written = !(version.title.is_empty() && version.teaser.is_empty() && version.body.is_empty());
            let wrong = errors.iter().any(|e| e.field.starts_with(&format!("{code}.")));
            LangFields {
                code,
                name: page.tr.language_name(code),
                version,
                open: *code == "de" || written || wrong,
                rtl: matches!(*code, "ar" | "fa"),
            }
        })
        .collect();
    let labels = LANGUAGES.iter().flat_map(|code| {
        let name = page.tr.language_name(code);
        [
            (format!("{code}.title"), format!("{} ({name})", page.t("news-field-title"))),
            (format!("{code}.teaser"), format!("{} ({name})", page.t("news-field-teaser"))),
            (format!("{code}.body"), format!("{} ({name})", page.t("news-field-body"))),
            (format!("{code}.image_alt"), format!("{} ({name})", page.t("news-field-image-alt"))),
        ]
    });
    let labels: Vec<(String, String)> = labels
        .chain([
            ("date".to_owned(), page.t("news-field-date")),
            ("placement".to_owned(), page.t("news-field-placement")),
            ("associations".to_owned(), page.t("news-field-associations")),
            ("meetings".to_owned(), page.t("news-field-meetings")),
            ("projects".to_owned(), page.t("news-field-projects")),
        ])
        .collect();
    let placements = Placement::ALL.into_iter().map(|p| (p.key(), page.t(&format!("news-placement-{}", p.key())))).collect();
    EditorPage {
        editing: record.map(|r| r.slug.clone()),
        kind: kind.key(),
        langs,
        errors: FieldErrors::new(&page.tr, errors).labelled(labels),
        preview: None,
        published: record.is_some_and(|r| r.published),
        public_url: record.map(item_url).unwrap_or_default(),
        image_url: record.and_then(|r| r.content.image.as_ref()).map(|h| format!("/news/images/{h}.png")),
        image_error: None,
        notice: None,
        placements,
        associations,
        meetings,
        projects,
        input,
        page,
    }
}

fn preview_of(input: &NewsInput) -> Preview {
    let de = input.version("de");
    Preview { title: de.title.clone(), teaser: de.teaser.clone(), body_html: to_safe_html(&de.body) }
}

fn staff(viewer: &app::accounts::sign_in::Viewer) -> Result<(), PageError> {
    if viewer.is_staff() {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}

impl From<NewsError> for PageError {
    fn from(error: NewsError) -> Self {
        match error {
            NewsError::Forbidden => PageError::Forbidden,
            NewsError::NotFound => PageError::NotFound("news-not-found"),
            other => PageError::unavailable(&other),
        }
    }
}

async fn record(state: &SharedState, slug: &str) -> Result<NewsRecord, PageError> {
    state.news.store.news_by_slug(slug).await?.ok_or(PageError::NotFound("news-not-found"))
}

fn to_editor(slug: &str, saved: &str) -> Response {
    Redirect::to(&format!("/office/news/{slug}/edit?saved={saved}")).into_response()
}

#[derive(Debug, Default, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    pub kind: Option<String>,
}

fn kind_of(q: &NewQuery) -> NewsKind {
    q.kind.as_deref().and_then(NewsKind::parse).unwrap_or(NewsKind::News)
}

pub async fn new_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let kind = kind_of(&q);
    let input = blank(kind, state.clock.now().iso_date());
    Ok(render(StatusCode::OK, &build(&state, &visit, None, kind, input, &[], link_lists(&state).await?)))
}

pub async fn create(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Query(q): Query<NewQuery>,
    body: Bytes,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let form = FormFields::parse(&body);
    let kind = NewsKind::parse(&form.one("kind")).unwrap_or(kind_of(&q));
    let input = news_input(&form, kind, None);
    let repeated = form.repeated();
    if !repeated.is_empty() {
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &build(&state, &visit, None, kind, input, &repeated, link_lists(&state).await?),
        ));
    }
    if form.one("action") == "preview" {
        let mut page = build(&state, &visit, None, kind, input, &[], link_lists(&state).await?);
        page.preview = Some(preview_of(&page.input));
        return Ok(render(StatusCode::OK, &page));
    }
    match create_news(&state.news, &viewer, &input).await {
        Ok(slug) => Ok(to_editor(&slug, "created")),
        Err(NewsError::Invalid(errors)) => {
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &build(&state, &visit, None, kind, input, &errors, link_lists(&state).await?)))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Saved {
    #[serde(default)]
    pub saved: Option<String>,
}

pub async fn edit_form(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    Query(q): Query<Saved>,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let record = record(&state, &slug).await?;
    let input = NewsInput::from_content(&record.content);
    let mut page = build(&state, &visit, Some(&record), record.content.kind, input, &[], link_lists(&state).await?);
    page.notice = match q.saved.as_deref() {
        Some(key @ ("created" | "saved" | "published" | "unpublished" | "image" | "image-removed" | "restored")) => {
            Some(page.page.t(&format!("news-saved-{key}")))
        }
        _ => None,
    };
    Ok(render(StatusCode::OK, &page))
}

pub async fn update(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let record = record(&state, &slug).await?;
    let form = FormFields::parse(&body);
    let input = news_input(&form, record.content.kind, Some(&record));
    let repeated = form.repeated();
    if !repeated.is_empty() {
        let page = build(&state, &visit, Some(&record), record.content.kind, input, &repeated, link_lists(&state).await?);
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    if form.one("action") == "preview" {
        let mut page = build(&state, &visit, Some(&record), record.content.kind, input, &[], link_lists(&state).await?);
        page.preview = Some(preview_of(&page.input));
        return Ok(render(StatusCode::OK, &page));
    }
    match edit_news(&state.news, &viewer, &slug, &input).await {
        Ok(()) => {
            refresh(&state).await;
            Ok(to_editor(&slug, "saved"))
        }
        Err(NewsError::Invalid(errors)) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &build(&state, &visit, Some(&record), record.content.kind, input, &errors, link_lists(&state).await?),
        )),
        Err(other) => Err(other.into()),
    }
}

/// The header and footer follow the change; a failure only leaves them as they were.
pub(super) async fn refresh(state: &SharedState) {
    if let Err(error) = refresh_nav(state).await {
        tracing::error!(%error, "placed pages");
    }
}

pub async fn publish(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let published = FormFields::parse(&body).one("published") == "1";
    publish_news(&state.news, &viewer, &slug, published).await?;
    refresh(&state).await;
    Ok(to_editor(&slug, if published { "published" } else { "unpublished" }))
}

/// The `image` file and the `image_alt` text of the picture form; a file over the limit is read
/// to its end and dropped, so that the browser gets the answer.
/// The picture and its text; a text sent more than once comes joined, as
/// [`crate::forms::FormFields::one`] gives it, with `true`.
async fn read_picture(mut form: Multipart) -> (Result<Vec<u8>, LogoError>, String, bool) {
    let (mut upload, mut alts) = (None, Vec::<String>::new());
    while let Ok(Some(mut field)) = form.next_field().await {
        match field.name() {
            Some("image_alt") => {
                let alt = field.text().await.unwrap_or_default();
                if !alt.is_empty() && !alts.contains(&alt) {
                    alts.push(alt);
                }
            }
            Some("image") => {
                upload = Some(match crate::forms::read_file_field(&mut field, MAX_BYTES).await {
                    None => Err(LogoError::TooBig),
                    Some(bytes) if bytes.is_empty() => Err(LogoError::Empty),
                    Some(bytes) => Ok(bytes),
                });
            }
            _ => {}
        }
    }
    (upload.unwrap_or(Err(LogoError::Empty)), alts.join(" "), alts.len() > 1)
}

fn picture_message(page: &PageCtx, error: LogoError) -> String {
    match error {
        LogoError::TooBig => page.tr.t1("news-image-error-too-big", "megabytes", MAX_BYTES / (1024 * 1024)),
        LogoError::TooLarge => page.tr.t1("news-image-error-too-large", "pixels", MAX_SIDE),
        LogoError::Empty => page.t("news-image-error-empty"),
        LogoError::NotAnImage => page.t("news-image-error-not-an-image"),
    }
}

pub async fn image(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
    request: Request,
) -> Result<Response, PageError> {
    staff(&viewer)?;
    let record = record(&state, &slug).await?;
    let (upload, alt, repeated) = match Multipart::from_request(request, &state).await {
        Ok(form) => read_picture(form).await,
        Err(_) => (Err(LogoError::Empty), String::new(), false),
    };
    let lists = link_lists(&state).await?;
    let refused = |message: String, alt: &str| {
        let mut input = NewsInput::from_content(&record.content);
        if let Some((_, de)) = input.versions.iter_mut().find(|(l, _)| l == "de") {
            de.image_alt = alt.to_owned();
        }
        let mut page = build(&state, &visit, Some(&record), record.content.kind, input, &[], lists.clone());
        page.image_error = Some(message);
        render(StatusCode::UNPROCESSABLE_ENTITY, &page)
    };
    if repeated {
        return Ok(refused(PageCtx::new(&state, &visit, "news").t("form-error-repeated"), &alt));
    }
    let bytes = match upload {
        Ok(bytes) => bytes,
        Err(error) => {
            let page = PageCtx::new(&state, &visit, "news");
            return Ok(refused(picture_message(&page, error), &alt));
        }
    };
    match set_news_image(&state.news, &viewer, &slug, Some(bytes), &alt).await {
        Ok(()) => Ok(to_editor(&slug, "image")),
        Err(NewsImageError::Picture(error)) => {
            let page = PageCtx::new(&state, &visit, "news");
            Ok(refused(picture_message(&page, error), &alt))
        }
        Err(NewsImageError::News(NewsError::Invalid(errors))) => {
            let page = PageCtx::new(&state, &visit, "news");
            let code = errors.first().map_or("news_image_alt", |e| e.code);
            Ok(refused(page.t(&format!("form-error-{}", code.replace('_', "-"))), &alt))
        }
        Err(NewsImageError::News(other)) => Err(other.into()),
    }
}

pub async fn remove_image(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    set_news_image(&state.news, &viewer, &slug, None, "").await.map_err(|e| match e {
        NewsImageError::News(e) => PageError::from(e),
        NewsImageError::Picture(e) => PageError::unavailable(&e),
    })?;
    Ok(to_editor(&slug, "image-removed"))
}
