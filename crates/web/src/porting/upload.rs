//! The office's import in the browser (issue 20): upload a file (`GET`/`POST /office/import`),
//! see the preview per row — the same plan as the command line's dry run — and map unknown
//! columns (`/office/import/{upload}`, `…/mapping`), confirm (`…/confirm`): the import runs as
//! a job, and the upload's page shows the job row's progress (refreshing itself, no script
//! needed) and then the report. The file is kept server-side between preview and confirmation;
//! an unreadable file is refused with its reason before anything is stored.

use std::io::Cursor;

use app::map::offline_geocoder::OfflineGeocoder;
use app::porting::columns::normalise;
use app::porting::{plan_import, read_file, Action, ColumnMapping, Format, ImportPlan, PlanCounts, ReadError, UploadReport};
use app::porting::{KEEP_UNCONFIRMED, MAX_UPLOAD_BYTES};
use app::ports::{Author, JobState, NewUpload, StoredUpload};
use askama::Template;
use axum::extract::{FromRequest, Multipart, Path, RawQuery, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::error::PageError;
use crate::extract::{OfficeAction, SignedIn};
use crate::forms::Choice;
use crate::i18n::ArgValue;
use crate::page::{render, PageCtx, Visit};
use crate::SharedState;

/// At most this many rows are listed on the preview (the counts cover all).
const ROWS_SHOWN: usize = 2000;
/// The progress page reloads itself this often (seconds).
const REFRESH_SECS: u32 = 2;

/// The canonical field keys offered for an unknown column, with the message naming each.
const FIELDS: [(&str, &str); 26] = [
    ("name", "diff-field-name"),
    ("short_name", "diff-field-short-name"),
    ("legal_form", "diff-field-legal-form"),
    ("mso", "diff-field-mso"),
    ("founded", "diff-field-founded"),
    ("summary", "diff-field-summary"),
    ("description", "diff-field-description"),
    ("meeting_times", "diff-field-meeting-times"),
    ("categories", "diff-field-categories"),
    ("tags", "porting-field-tags"),
    ("target_groups", "diff-field-target-groups"),
    ("languages", "diff-field-languages"),
    ("origins", "diff-field-origins"),
    ("street", "edit-street"),
    ("postcode", "edit-postcode"),
    ("city", "edit-city"),
    ("district", "diff-field-district"),
    ("lat", "edit-lat"),
    ("lon", "edit-lon"),
    ("wheelchair", "diff-field-wheelchair"),
    ("email", "diff-field-contact-email"),
    ("phone", "diff-field-contact-phone"),
    ("website", "diff-field-contact-website"),
    ("social", "diff-field-contact-social"),
    ("slug", "porting-field-slug"),
    ("external_id", "porting-field-external-id"),
];

#[derive(Template)]
#[template(path = "porting/import.html")]
pub struct ImportPage {
    pub page: PageCtx,
    pub formats: Vec<Choice>,
    pub error: Option<String>,
    pub max_megabytes: usize,
}

fn format_choices(page: &PageCtx, chosen: &str) -> Vec<Choice> {
    ["auto", "csv", "json", "geojson", "ofdb"]
        .into_iter()
        .map(|key| Choice { value: key.to_owned(), label: page.t(&format!("porting-format-{key}")), checked: key == chosen })
        .collect()
}

fn import_page(state: &SharedState, visit: &Visit, chosen: &str, error: Option<String>) -> ImportPage {
    let page = PageCtx::new(state, visit, "import");
    ImportPage { formats: format_choices(&page, chosen), page, error, max_megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) }
}

/// `GET /office/import`: the upload form.
pub async fn form(State(state): State<SharedState>, visit: Visit, SignedIn(viewer): SignedIn) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    Ok(render(StatusCode::OK, &import_page(&state, &visit, "auto", None)))
}

/// Why an upload is refused before anything is stored.
enum Refusal {
    Empty,
    TooBig,
    FormatUnclear,
    Read(ReadError),
}

fn refusal_message(page: &PageCtx, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Empty => page.t("porting-upload-empty"),
        Refusal::TooBig => page.tr.t1("porting-upload-too-big", "megabytes", MAX_UPLOAD_BYTES / (1024 * 1024)),
        Refusal::FormatUnclear => page.t("porting-upload-format-unclear"),
        Refusal::Read(error) => read_error_message(page, error),
    }
}

/// A file that cannot be read, in the reader's language.
fn read_error_message(page: &PageCtx, error: &ReadError) -> String {
    match error {
        ReadError::WrongFormat { expected, .. } => {
            page.tr.t1("porting-error-wrong-format", "format", page.t(&format!("porting-format-{}", expected.key())))
        }
        ReadError::NoNameColumn { headers } => page.tr.t1("porting-error-no-name-column", "headers", headers.join(", ")),
        other => page.t(&format!("porting-error-{}", other.code())),
    }
}

/// What the form sent: the file's name and bytes (or why not), and the chosen format.
struct Sent {
    file: Result<(String, Vec<u8>), Refusal>,
    format: String,
}

/// Reads the multipart form; a file over the limit is read to its end (and dropped), so that
/// the browser receives the answer.
async fn read_form(mut form: Multipart) -> Sent {
    let mut sent = Sent { file: Err(Refusal::Empty), format: "auto".into() };
    while let Ok(Some(mut field)) = form.next_field().await {
        match field.name() {
            Some("format") => sent.format = field.text().await.unwrap_or_default().chars().take(20).collect(),
            Some("file") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                sent.file = match crate::forms::read_file_field(&mut field, MAX_UPLOAD_BYTES).await {
                    None => Err(Refusal::TooBig),
                    Some(bytes) if bytes.is_empty() => Err(Refusal::Empty),
                    Some(bytes) => Ok((name, bytes)),
                };
            }
            _ => {}
        }
    }
    sent
}

/// The file's own name, without folders, at most 200 characters.
fn base_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).trim();
    let base: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if base.is_empty() {
        "upload".into()
    } else {
        base
    }
}

/// `POST /office/import` (multipart, `csrf` first): checks the file can be read and keeps it;
/// then the preview.
pub async fn upload(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    request: Request,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let sent = match Multipart::from_request(request, &state).await {
        Ok(form) => read_form(form).await,
        Err(_) => Sent { file: Err(Refusal::Empty), format: "auto".into() },
    };
    let format_key = if Format::parse(&sent.format).is_some() { sent.format.clone() } else { "auto".to_owned() };
    let checked = sent.file.and_then(|(name, bytes)| {
        let name = base_name(&name);
        let format = Format::parse(&format_key).or_else(|| Format::from_file_name(&name)).ok_or(Refusal::FormatUnclear)?;
        // Read once without a mapping: a file that is no data file is refused before it is kept.
        // A file whose name column is not recognised is kept: the preview lets the office map it.
        match read_file(Cursor::new(bytes.as_slice()), format, &ColumnMapping::default()) {
            Ok(_) | Err(ReadError::NoNameColumn { .. }) => Ok((name, format, bytes)),
            Err(error) => Err(Refusal::Read(error)),
        }
    });
    match checked {
        Ok((file_name, format, content)) => {
            let new = NewUpload { author: Author::User(viewer.user.id), file_name, format: format.key().to_owned(), content };
            let id = state.stores.imports.save_upload(&new, KEEP_UNCONFIRMED).await?;
            Ok(Redirect::to(&format!("/office/import/{id}")).into_response())
        }
        Err(refusal) => {
            let mut page = import_page(&state, &visit, &format_key, None);
            page.error = Some(refusal_message(&page.page, &refusal));
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

/// One row of the preview.
pub struct RowView {
    pub line: u64,
    pub name: String,
    pub action: &'static str,
    pub action_text: String,
    pub detail: String,
}

/// A column the office may map.
pub struct ColumnView {
    pub header: String,
    /// The form field's name: `map.<folded header>`.
    pub field: String,
    pub id: String,
    pub options: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "porting/upload.html")]
pub struct UploadPage {
    pub page: PageCtx,
    pub id: i64,
    pub file_name: String,
    /// `preview`, `running` or `report`.
    pub stage: &'static str,
    /// Why the file cannot be planned as it is (the mapping form still shows).
    pub error: Option<String>,
    pub counts_text: String,
    pub placed_text: String,
    pub confirm_text: String,
    pub counts: PlanCounts,
    pub refused: bool,
    pub line_label: String,
    pub rows: Vec<RowView>,
    pub rows_cut: Option<String>,
    pub columns: Vec<ColumnView>,
    pub progress_done: u64,
    pub progress_total: u64,
    pub progress_text: String,
    /// Seconds until the progress page reloads itself (`Refresh` header); 0: it does not
    /// (the viewer paused it).
    pub refresh: u32,
    /// The report's kind (`stored`, `refused`, `unreadable`, `failed`) and its text.
    pub report_kind: &'static str,
    pub report_text: String,
}

impl UploadPage {
    fn new(page: PageCtx, upload: &StoredUpload, stage: &'static str) -> Self {
        UploadPage {
            page,
            id: upload.id,
            file_name: upload.file_name.clone(),
            stage,
            error: None,
            counts_text: String::new(),
            placed_text: String::new(),
            confirm_text: String::new(),
            counts: PlanCounts::default(),
            refused: false,
            line_label: String::new(),
            rows: Vec::new(),
            rows_cut: None,
            columns: Vec::new(),
            progress_done: 0,
            progress_total: 0,
            progress_text: String::new(),
            refresh: REFRESH_SECS,
            report_kind: "",
            report_text: String::new(),
        }
    }
}

fn counts_text(page: &PageCtx, c: &PlanCounts) -> String {
    page.tr.targs(
        "porting-counts",
        &[
            ("create", ArgValue::from(c.create)),
            ("update", ArgValue::from(c.update)),
            ("unchanged", ArgValue::from(c.unchanged)),
            ("duplicate", ArgValue::from(c.duplicate)),
            ("refused", ArgValue::from(c.refused)),
        ],
    )
}

fn placed_text(page: &PageCtx, c: &PlanCounts) -> String {
    page.tr.targs(
        "porting-placed",
        &[
            ("file", ArgValue::from(c.placed_from_file)),
            ("address", ArgValue::from(c.placed_by_address)),
            ("postcode", ArgValue::from(c.placed_by_postcode)),
            ("district", ArgValue::from(c.placed_by_district)),
            ("unplaced", ArgValue::from(c.unplaced)),
        ],
    )
}

/// The message of a refused row's problem: the profile form's, or the import's own.
fn problem_text(page: &PageCtx, code: &str) -> String {
    if code == "unreadable" {
        page.t("porting-row-unreadable")
    } else {
        page.t(&format!("form-error-{}", code.replace('_', "-")))
    }
}

fn row_views(page: &PageCtx, plan: &ImportPlan) -> Vec<RowView> {
    plan.rows
        .iter()
        .take(ROWS_SHOWN)
        .map(|row| {
            let detail = match &row.action {
                Action::Duplicate { of_name, of_slug } => page.tr.t1("porting-duplicate-of", "name", format!("{of_name} ({of_slug})")),
                Action::Refused(problems) => {
                    problems.iter().map(|p| format!("{}: {}", p.field, problem_text(page, &p.code))).collect::<Vec<_>>().join(" · ")
                }
                _ => row.slug.as_ref().map_or(String::new(), ToString::to_string),
            };
            RowView {
                line: row.line,
                name: row.name.clone(),
                action: row.action.key(),
                action_text: page.t(&format!("porting-action-{}", row.action.key())),
                detail,
            }
        })
        .collect()
}

/// The mapping form's columns: the unknown ones, with what the office chose for each.
fn column_views(page: &PageCtx, headers: &[String], mapping: &str) -> Vec<ColumnView> {
    let chosen: Vec<(String, String)> =
        mapping.lines().filter_map(|l| l.split_once('=')).map(|(h, k)| (h.trim().to_owned(), k.trim().to_owned())).collect();
    headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let folded = normalise(header);
            let current = chosen.iter().find(|(h, _)| *h == folded).map_or("", |(_, k)| k.as_str());
            let mut options = vec![Choice { value: String::new(), label: page.t("porting-field-ignored"), checked: current.is_empty() }];
            options.extend(FIELDS.iter().map(|(key, message)| Choice {
                value: (*key).to_owned(),
                label: page.t(message),
                checked: *key == current,
            }));
            ColumnView { header: header.clone(), field: format!("map.{folded}"), id: format!("map-{i}"), options }
        })
        .collect()
}

/// `GET /office/import/{upload}`: the preview, the progress or the report.
pub async fn show(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let upload = state.stores.imports.upload(id).await?.ok_or(PageError::NOT_FOUND)?;
    let page = PageCtx::new(&state, &visit, "import");
    let Some(job) = upload.job else { return preview(&state, page, &upload).await };
    let progress = state.jobs.store().progress(job).await?;
    let report: Option<UploadReport> = upload.report.clone().and_then(|r| serde_json::from_value(r).ok());
    let mut view = UploadPage::new(page, &upload, "report");
    match (report, progress) {
        (Some(UploadReport::Stored { import_id, counts }), _) => {
            view.report_kind = "stored";
            view.report_text = view.page.tr.t1("porting-report-stored", "id", import_id.to_string());
            view.counts_text = counts_text(&view.page, &counts);
            view.placed_text = placed_text(&view.page, &counts);
        }
        (Some(UploadReport::Refused { rows }), _) => {
            view.report_kind = "refused";
            view.report_text = view.page.tr.t1("porting-report-refused", "rows", rows);
        }
        (Some(UploadReport::Unreadable { code }), _) => {
            view.report_kind = "unreadable";
            view.report_text = view.page.t(&format!("porting-error-{code}"));
        }
        (None, Some(p)) if p.state == JobState::Failed => {
            view.report_kind = "failed";
            view.report_text = view.page.t("porting-job-failed");
        }
        (None, p) => {
            view.stage = "running";
            let paused = query.as_deref().is_some_and(|q| q.split('&').any(|pair| pair == "pause=1"));
            view.refresh = if paused { 0 } else { REFRESH_SECS };
            let (done, total) = p.map_or((0, 0), |p| (p.done, p.total));
            view.progress_done = done;
            view.progress_total = total.max(done);
            view.progress_text = if total == 0 {
                view.page.t("porting-queued")
            } else {
                view.page
                    .tr
                    .targs("porting-progress-text", &[("done", ArgValue::from(done as usize)), ("total", ArgValue::from(total as usize))])
            };
        }
    }
    let refresh = (view.stage == "running" && view.refresh > 0).then_some(view.refresh);
    let mut response = render(StatusCode::OK, &view);
    // A reload without script and without `<meta http-equiv=refresh>`, which screen readers
    // announce as a page that changes by itself: the page says it reloads and offers a pause.
    if let Some(secs) = refresh {
        response.headers_mut().insert(axum::http::header::REFRESH, axum::http::HeaderValue::from(secs));
    }
    Ok(response)
}

async fn preview(state: &SharedState, page: PageCtx, upload: &StoredUpload) -> Result<Response, PageError> {
    let mut view = UploadPage::new(page, upload, "preview");
    let format = Format::parse(&upload.format).unwrap_or(Format::Csv);
    view.line_label = view.page.t(if format == Format::Csv { "porting-col-line" } else { "porting-col-entry" });
    let mapping = ColumnMapping::parse(&upload.mapping).unwrap_or_default();
    // The preview places rows with the offline table only (fast, and no online service is asked
    // for a file that may never be confirmed); the job uses the configured geocoder.
    let geocoder = OfflineGeocoder::new(state.directory.index().districts().to_vec());
    let planned =
        plan_import(&state.stores, Cursor::new(upload.content.as_slice()), format, &mapping, &geocoder, &upload.author, &mut |_, _| {})
            .await;
    match planned {
        Ok(plan) => {
            let counts = plan.counts();
            view.counts_text = counts_text(&view.page, &counts);
            view.placed_text = placed_text(&view.page, &counts);
            view.confirm_text = view
                .page
                .tr
                .targs("porting-confirm-intro", &[("create", ArgValue::from(counts.create)), ("update", ArgValue::from(counts.update))]);
            view.refused = counts.refused > 0;
            view.counts = counts;
            view.rows = row_views(&view.page, &plan);
            if plan.rows.len() > ROWS_SHOWN {
                view.rows_cut = Some(
                    view.page
                        .tr
                        .targs("porting-rows-cut", &[("shown", ArgValue::from(ROWS_SHOWN)), ("total", ArgValue::from(plan.rows.len()))]),
                );
            }
            view.columns = column_views(&view.page, &plan.unknown_columns, &upload.mapping);
        }
        Err(app::porting::ApplyError::Read(error)) => {
            view.error = Some(read_error_message(&view.page, &error));
            if let ReadError::NoNameColumn { headers } = &error {
                view.columns = column_views(&view.page, headers, &upload.mapping);
            }
        }
        Err(app::porting::ApplyError::Refused(_)) => {}
        Err(app::porting::ApplyError::Store(error)) => return Err(error.into()),
    }
    Ok(render(StatusCode::OK, &view))
}

/// `POST /office/import/{upload}/mapping`: the columns' fields (`map.<folded header>` = a field
/// key, empty: not imported); then the preview again.
pub async fn mapping(OfficeAction(action): OfficeAction<i64>) -> Result<Response, PageError> {
    let id = action.path;
    let upload = action.state.stores.imports.upload(id).await?.ok_or(PageError::NOT_FOUND)?;
    let mut lines: Vec<String> = upload
        .mapping
        .lines()
        .filter(|l| l.split_once('=').is_some_and(|(h, _)| !action.form.0.iter().any(|(k, _)| k.strip_prefix("map.") == Some(h.trim()))))
        .map(str::to_owned)
        .collect();
    for (name, key) in action.form.with_prefix("map") {
        let header = normalise(&name);
        let key = key.trim();
        // Only known fields; anything else (a changed form) is left out, as "not imported".
        if header.is_empty() || key.is_empty() || !FIELDS.iter().any(|(k, _)| *k == key) {
            continue;
        }
        lines.push(format!("{header}={key}"));
    }
    lines.truncate(200);
    if !action.state.stores.imports.set_upload_mapping(id, &lines.join("\n")).await? {
        return Err(PageError::Conflict("import-confirmed"));
    }
    Ok(Redirect::to(&format!("/office/import/{id}#columns")).into_response())
}

/// `POST /office/import/{upload}/confirm`: queues the import job (once: a second click changes
/// nothing) and shows its progress.
pub async fn confirm(OfficeAction(action): OfficeAction<i64>) -> Result<Response, PageError> {
    let id = action.path;
    action.state.stores.imports.upload(id).await?.ok_or(PageError::NOT_FOUND)?;
    if action.state.stores.imports.confirm_upload(id).await?.is_some() {
        action.state.jobs.wake();
    }
    Ok(Redirect::to(&format!("/office/import/{id}")).into_response())
}
