//! Knotenpunkt's web layer: one router per capability, merged here; pages are askama
//! templates, texts come from Fluent files, assets are embedded in the binary.

pub mod access;
pub mod accounts;
pub mod admin;
pub mod api_error;
pub mod assets;
pub mod client_address;
pub mod config;
pub mod directory;
pub mod error;
pub mod extract;
pub mod forms;
pub mod home;
pub mod i18n;
pub mod inbox;
pub mod limits;
pub mod locale;
pub mod mail_text;
pub mod map;
pub mod markdown;
pub mod marketplace;
pub mod meetings;
pub mod metrics;
pub mod moderation;
pub mod network_graph;
pub mod news;
pub mod openapi;
pub mod page;
pub mod pages;
pub mod parked_forms;
pub mod porting;
pub mod projects;
pub mod reports;
pub mod security;
pub mod survey;
pub mod system;
pub mod urls;

use app::accounts::sign_in::{SessionPolicy, Throttle};
use app::directory::Directory;
use app::marketplace::Marketplace;
use app::ports::AccountStore;
use axum::Router;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

pub use config::SiteConfig;
pub use limits::Limits;

/// What every handler can reach.
pub struct AppState {
    pub directory: Arc<Directory>,
    pub marketplace: Arc<Marketplace>,
    pub accounts: Arc<dyn AccountStore>,
    /// Forms sent after the session had ended, kept until their author signed in again.
    pub parked: Arc<dyn app::ports::ParkedFormStore>,
    /// Every port, for the use cases that take them all (the import of the directory:
    /// `stores.imports` keeps the office's uploads and their jobs' reports).
    pub stores: app::ports::Stores,
    /// Logo pictures, by hash.
    pub logos: Arc<dyn app::ports::LogoStore>,
    /// Turns an address or district into a map position for profiles without one.
    pub geocoder: Arc<dyn app::ports::Geocoder>,
    /// The job queue (mail goes through it) and its runner.
    pub jobs: Arc<app::jobs::JobRunner>,
    /// The mail outbox when mail is not sent by SMTP, for the administrators' outbox page;
    /// `None` when mail goes out over SMTP.
    pub outbox: Option<Arc<dyn app::mail::outbox::OutboxReader>>,
    pub sessions: SessionPolicy,
    /// Failed sign-ins and codes, per account and address.
    pub throttle: Throttle,
    /// Proxies whose `X-Forwarded-For` / `Forwarded` name the client (`server.trusted_proxies`).
    pub trusted_proxies: client_address::TrustedProxies,
    /// Cookies get `Secure` (the site is served over https).
    pub secure_cookies: bool,
    pub site: SiteConfig,
    pub assets: assets::Assets,
    /// The CSV export, rebuilt when the directory's content changed.
    pub csv_cache: directory::csv_cache::CsvCache,
    /// The map's GeoJSON, built once per search index.
    pub geojson_cache: map::geojson_cache::GeoJsonCache,
    /// Network meetings: their store, mails and plannings under way.
    pub meetings: Arc<app::meetings::Meetings>,
    /// The office's inbox for ideas and concerns: its store, mails and rate limits.
    pub inbox: Arc<app::inbox::Inbox>,
    /// Cooperation projects: their store, the meetings and introductions they come from.
    pub projects: Arc<app::projects::Projects>,
    /// News items and pages of the office.
    pub news: Arc<app::news::News>,
    /// The published pages placed in the header and footer (refreshed after the office's changes).
    pub news_nav: news::NewsNav,
    /// The office's reports: the dashboard's sources and the funding report's typesetter.
    pub reports: Arc<app::reports::Reports>,
    /// Surveys of associations: the office's dashboard and the respondents' forms.
    pub surveys: Arc<app::survey::Surveys>,
    /// The time (`app::ports::Clock`): the system's, or a test's.
    pub clock: Arc<dyn app::ports::Clock>,
    /// Request counts and latencies for `/metrics`, and who may read them.
    pub metrics: metrics::Metrics,
}

pub type SharedState = Arc<AppState>;

/// The whole application.
pub fn router(state: SharedState, limits: Limits) -> Router {
    Router::new()
        .merge(home::router())
        .merge(directory::router())
        .merge(map::router())
        .merge(marketplace::router())
        .merge(meetings::routes())
        .merge(inbox::routes())
        .merge(projects::routes())
        .merge(news::routes())
        .merge(porting::routes())
        .merge(reports::routes())
        .merge(network_graph::routes())
        .merge(survey::routes())
        .merge(pages::router())
        .merge(accounts::router())
        .merge(moderation::router())
        .merge(admin::router())
        .merge(system::router())
        .merge(openapi::router())
        .merge(assets::router())
        .merge(metrics::router())
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), access::enforce))
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), metrics::track))
        .fallback(system::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), error::render_page_errors))
        .layer(axum::middleware::from_fn_with_state(state.clone(), accounts::csrf::verify_csrf))
        .layer(axum::middleware::from_fn_with_state(state.clone(), accounts::session::resolve_session))
        // Body size and time per route, before anything reads the body; after the locale, for a
        // translated "too big" page.
        .layer(axum::middleware::from_fn_with_state((state.clone(), limits), limits::apply))
        .layer(axum::middleware::from_fn_with_state(state.clone(), locale::resolve_locale))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::session_headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), client_address::resolve))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The base URL for absolute links (mails, API, JSON-LD): the configured `public_url` only, never
/// the request's `Host` header, which anyone can set. `serve` always configures one (on a loopback
/// address its own); the headers are not read and stay in the signature for the callers.
pub fn base_url(state: &AppState, _headers: &axum::http::HeaderMap) -> String {
    state.site.public_url.as_deref().map_or_else(|| "http://127.0.0.1".to_owned(), |url| url.trim_end_matches('/').to_owned())
}
