//! `knotenpunkt serve`: wire the adapters, load the directory, serve HTTP until stopped.

use std::sync::Arc;

use app::directory::import_organisations::{ensure_default_categories, import_organisations};
use app::directory::Directory;
use app::map::place_organisations::place_organisations;
use app::marketplace::Marketplace;
use app::ports::{Author, StoreError};
use tokio::net::TcpListener;

use crate::config::Config;
use crate::{demo, geocoder, storage};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Demo(#[from] demo::DemoError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: std::net::SocketAddr, source: std::io::Error },
    #[error("server stopped with an error: {0}")]
    Io(#[from] std::io::Error),
}

/// Opens storage, prepares the data and builds the application state.
pub async fn build_state(config: &Config, with_demo: bool) -> Result<web::SharedState, ServeError> {
    let stores = storage::open(&config.database).await?;
    let store = stores.directory.clone();
    ensure_default_categories(store.as_ref()).await?;
    let directory = Arc::new(Directory::load(store.clone()).await?);
    let marketplace = Arc::new(Marketplace::load(store.clone(), stores.marketplace.clone()).await?);
    if with_demo {
        if store.is_empty().await? {
            let mut batch = demo::batch()?;
            let geocoder = geocoder::from_config(&config.geocoder, batch.districts.clone());
            let placed = place_organisations(&mut batch.organisations, geocoder.as_ref()).await;
            tracing::info!(placed, "demo associations without a position placed by the geocoder");
            let ids = import_organisations(&directory, &marketplace, batch, &Author::System("demo")).await?;
            tracing::info!(organisations = ids.len(), "demo data loaded");
        } else {
            tracing::info!("database not empty: demo data not loaded");
        }
    }
    let secure_cookies = config.site.public_url.as_deref().is_some_and(|url| url.starts_with("https://"));
    Ok(Arc::new(web::AppState {
        directory,
        marketplace,
        accounts: stores.accounts.clone(),
        sessions: config.sessions,
        throttle: app::accounts::sign_in::Throttle::default(),
        secure_cookies,
        site: config.site.clone(),
        assets: web::assets::Assets::load(),
    }))
}

/// Keeps the search index in step with changes made by other server processes.
fn spawn_index_refresh(state: &web::SharedState, every: std::time::Duration) {
    let directory = state.directory.clone();
    let marketplace = state.marketplace.clone();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        ticker.tick().await;
        loop {
            ticker.tick().await;
            if let Err(error) = directory.refresh_if_changed().await {
                tracing::warn!(%error, "directory refresh failed");
            }
            if let Err(error) = marketplace.refresh_if_changed().await {
                tracing::warn!(%error, "marketplace refresh failed");
            }
        }
    });
}

pub async fn run(config: Config, with_demo: bool) -> Result<(), ServeError> {
    let state = build_state(&config, with_demo).await?;
    spawn_index_refresh(&state, config.index_refresh);
    let listener = TcpListener::bind(config.addr).await.map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let local = listener.local_addr()?;
    tracing::info!(address = %local, "Knotenpunkt is listening");
    println!("Knotenpunkt läuft auf http://{local}/ (Strg+C beendet)");
    let app = web::router(state, config.limits);
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
