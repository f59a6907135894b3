//! The office's import and export of the directory in the browser (issue 20). The export:
//! every published association with the contact persons visible to the network, always only
//! with a recorded consent, in CSV, JSON, GeoJSON or OpenFairDB's shape, with the city's data
//! licence. The import: `upload.rs`.

mod upload;

use app::porting::{export_directory, export_items, ExportAudience, ExportOptions, Format};
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::error::PageError;
use crate::extract::SignedIn;
use crate::{base_url, SharedState};

pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/office/export/{format}", get(office_export))
        .route("/office/export/items/{format}", get(office_items_export))
        .route("/office/import", get(upload::form).post(upload::upload))
        .route("/office/import/{upload}", get(upload::show))
        .route("/office/import/{upload}/mapping", post(upload::mapping))
        .route("/office/import/{upload}/confirm", post(upload::confirm))
}

/// `GET /office/export/{csv|json|geojson|ofdb}`: the office's export as a download.
async fn office_export(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(format): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let format = Format::parse(&format).ok_or(PageError::NOT_FOUND)?;
    let options =
        ExportOptions { format, audience: ExportAudience::Office, licence: state.site.data_licence, base_url: base_url(&state, &headers) };
    let mut body = Vec::new();
    export_directory(state.directory.store().as_ref(), &options, &mut body).await.map_err(|error| {
        tracing::error!(%error, "office export failed");
        PageError::Unavailable
    })?;
    let (content_type, extension) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv"),
        Format::GeoJson => ("application/geo+json", "geojson"),
        Format::Json => ("application/json", "json"),
        Format::Ofdb => ("application/json", "ofdb.json"),
    };
    let disposition = format!("attachment; filename=\"verzeichnis-intern.{extension}\"");
    Ok(([(CONTENT_TYPE, content_type.to_owned()), (CONTENT_DISPOSITION, disposition), (CACHE_CONTROL, "no-store".to_owned())], body)
        .into_response())
}

/// `GET /office/export/items/{csv|json}`: the open offers and needs the office sees, as a download.
async fn office_items_export(
    State(state): State<SharedState>,
    SignedIn(viewer): SignedIn,
    Path(format): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Response, PageError> {
    if !viewer.is_staff() {
        return Err(PageError::Forbidden);
    }
    let format = Format::parse(&format).filter(|f| matches!(f, Format::Csv | Format::Json)).ok_or(PageError::NOT_FOUND)?;
    let options =
        ExportOptions { format, audience: ExportAudience::Office, licence: state.site.data_licence, base_url: base_url(&state, &headers) };
    let mut body = Vec::new();
    export_items(state.directory.store().as_ref(), state.stores.items.as_ref(), &options, &mut body).await.map_err(|error| {
        tracing::error!(%error, "office export of offers and needs failed");
        PageError::Unavailable
    })?;
    let (content_type, extension) = if format == Format::Csv { ("text/csv; charset=utf-8", "csv") } else { ("application/json", "json") };
    let disposition = format!("attachment; filename=\"angebote-gesuche-intern.{extension}\"");
    Ok(([(CONTENT_TYPE, content_type.to_owned()), (CONTENT_DISPOSITION, disposition), (CACHE_CONTROL, "no-store".to_owned())], body)
        .into_response())
}
