//! Open data: the published news as JSON (`GET /api/v1/news`), German titles, absolute URLs.

use app::news::{news_list, PER_PAGE};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use domain::news::NewsKind;
use domain::timestamp::Timestamp;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api_error::{ApiError, ErrorBody};
use crate::{base_url, SharedState};

/// A published news item.
#[derive(Serialize, ToSchema)]
pub struct NewsJson {
    pub slug: String,
    /// The German title.
    pub title: String,
    /// RFC 3339, UTC: when it was first published.
    pub published_at: String,
    /// The item's page.
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct NewsListJson {
    pub items: Vec<NewsJson>,
}

/// The latest published news items (up to 100), the latest date first.
#[utoipa::path(get, path = "/api/v1/news", tag = "news",
    responses((status = 200, body = NewsListJson), (status = 503, body = ErrorBody)))]
pub async fn list(State(state): State<SharedState>, headers: HeaderMap) -> Result<Json<NewsListJson>, ApiError> {
    let base = base_url(&state, &headers);
    let list = news_list(&state.news, NewsKind::News, 1, PER_PAGE * 10).await.map_err(|error| {
        tracing::error!(%error, "news API");
        ApiError::new(axum::http::StatusCode::SERVICE_UNAVAILABLE, "unavailable", "the database is unavailable")
    })?;
    let items = list
        .items
        .into_iter()
        .map(|r| NewsJson {
            url: format!("{base}/news/{}", r.slug),
            title: r.content.german().map(|v| v.title.clone()).unwrap_or_default(),
            published_at: r.published_at.map(|s| Timestamp::from_unix_secs(s).to_rfc3339()).unwrap_or_default(),
            slug: r.slug,
        })
        .collect();
    Ok(Json(NewsListJson { items }))
}
