//! The association's logo on its edit page: `POST /organisations/{slug}/logo` takes a picture
//! (multipart form, the CSRF token first), `POST /organisations/{slug}/logo/remove` takes it
//! away. Both are profile changes: reviewed unless the association is trusted or the office acts.

use app::moderation::purge_logos::GRACE_SECS;
use app::moderation::{
    edit_state, remove_logo, upload_logo, EditOutcome, EditState, LogoError, LogoUploadError, MAX_BYTES, MAX_SIDE, QUOTA_LOGOS,
};
use app::ports::OrgRecord;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::profile_form::ProfileInput;

use super::edit::build_page;
use crate::error::PageError;
use crate::extract::{Association, SignedIn};
use crate::i18n::ArgValue;
use crate::page::{render, PageCtx, Visit};
use crate::urls;
use crate::SharedState;

/// The logo part of the edit page.
#[derive(Default)]
pub struct LogoSection {
    /// The logo of the draft the page shows (pending or published).
    pub url: Option<String>,
    /// The draft's logo is not what the public sees yet: it waits for review.
    pub waiting: bool,
    /// What was wrong with the file just sent, translated.
    pub error: Option<String>,
    /// What became of the last upload or removal (`logo-pending`…), for the note in the section.
    pub saved: Option<String>,
}

impl LogoSection {
    pub fn of(edit: &EditState) -> Self {
        let published = edit.record.profile.as_ref().and_then(|p| p.logo.as_ref());
        LogoSection {
            url: edit.draft.logo.as_ref().map(|h| h.url()),
            waiting: edit.pending.is_some() && edit.draft.logo.as_ref() != published,
            error: None,
            saved: None,
        }
    }
}

/// `saved=` values the logo form redirects with.
pub const SAVED: [&str; 5] = ["logo-pending", "logo-published", "logo-removed-pending", "logo-removed-published", "logo-unchanged"];

fn saved(outcome: EditOutcome, removed: bool) -> &'static str {
    match (outcome, removed) {
        (EditOutcome::Pending { .. }, false) => "logo-pending",
        (EditOutcome::Published { .. }, false) => "logo-published",
        (EditOutcome::Pending { .. }, true) => "logo-removed-pending",
        (EditOutcome::Published { .. }, true) => "logo-removed-published",
        (EditOutcome::Unchanged, _) => "logo-unchanged",
    }
}

fn back_to_form(record: &OrgRecord, saved: &str) -> Response {
    Redirect::to(&urls::edit_saved(record.slug.as_str(), saved, Some("logo"))).into_response()
}

/// Why an upload was refused.
enum Refusal {
    Picture(LogoError),
    QuotaExceeded,
}

/// The edit page again, with what was wrong with the file; nothing was stored.
fn refused(state: &SharedState, visit: &Visit, record: &OrgRecord, edit: &EditState, error: Refusal) -> Response {
    let mut page = build_page(state, visit, record, ProfileInput::from_profile(&edit.draft), &[]);
    page.pending_number = edit.pending.as_ref().map(|(n, _)| *n);
    let mut logo = LogoSection::of(edit);
    logo.error = Some(message(&page.page, error));
    page.logo = logo;
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

fn message(page: &PageCtx, error: Refusal) -> String {
    let error = match error {
        Refusal::Picture(error) => error,
        Refusal::QuotaExceeded => {
            let days = (GRACE_SECS / (24 * 60 * 60)) as usize;
            return page.tr.targs("logo-error-quota", &[("logos", ArgValue::from(QUOTA_LOGOS as usize)), ("days", ArgValue::from(days))]);
        }
    };
    match error {
        LogoError::TooBig => page.tr.t1("logo-error-too-big", "megabytes", MAX_BYTES / (1024 * 1024)),
        LogoError::TooLarge => page.tr.t1("logo-error-too-large", "pixels", MAX_SIDE),
        other => page.t(&format!("logo-error-{}", other.code().replace('_', "-"))),
    }
}

/// What the form sent in its `logo` field: the file, or why it is not taken. A file over the
/// limit is read to its end (and dropped), so that the browser receives the answer.
async fn read_upload(mut form: Multipart) -> Result<Vec<u8>, LogoError> {
    let mut upload = None;
    while let Ok(Some(mut field)) = form.next_field().await {
        if field.name() != Some("logo") {
            continue;
        }
        upload = Some(crate::forms::read_file_field(&mut field, MAX_BYTES).await.ok_or(LogoError::TooBig));
    }
    upload.unwrap_or(Err(LogoError::Empty))
}

pub async fn upload(
    State(state): State<SharedState>,
    visit: Visit,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
    request: Request,
) -> Result<Response, PageError> {
    // Who may change the logo is settled before the file is looked at.
    let edit = edit_state(&state.directory, &viewer, record.id).await?;
    let upload = match Multipart::from_request(request, &state).await {
        Ok(form) => read_upload(form).await,
        Err(_) => Err(LogoError::Empty),
    };
    let upload = match upload {
        Ok(bytes) => bytes,
        Err(error) => return Ok(refused(&state, &visit, &record, &edit, Refusal::Picture(error))),
    };
    match upload_logo(&state.directory, state.accounts.as_ref(), state.logos.as_ref(), &viewer, record.id, upload).await {
        Ok(outcome) => Ok(back_to_form(&record, saved(outcome, false))),
        Err(LogoUploadError::Picture(error)) => Ok(refused(&state, &visit, &record, &edit, Refusal::Picture(error))),
        Err(LogoUploadError::QuotaExceeded) => Ok(refused(&state, &visit, &record, &edit, Refusal::QuotaExceeded)),
        Err(LogoUploadError::Moderation(error)) => Err(error.into()),
    }
}

pub async fn remove(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Association(record): Association,
) -> Result<Response, PageError> {
    let outcome = remove_logo(&state.directory, state.accounts.as_ref(), &viewer, record.id).await?;
    Ok(back_to_form(&record, saved(outcome, true)))
}
