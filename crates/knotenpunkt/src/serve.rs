//! `knotenpunkt serve`: wire the adapters, load the directory, serve HTTP until stopped.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use app::accounts::rate_limit::{schedule_rate_limit_clean_up, CleanUpRateLimits, CLEAN_UP_RATE_LIMITS_JOB};
use app::directory::import_organisations::{ensure_default_categories, import_organisations};
use app::directory::Directory;
use app::jobs::JobRunner;
use app::mail::enqueue_mail::SEND_MAIL;
use app::mail::send_mail::SendMail;
use app::mail::Mailer;
use app::map::place_organisations::place_organisations;
use app::marketplace::digest::{schedule_digest, Digest, DIGEST_JOB};
use app::marketplace::Marketplace;
use app::meetings::{MailHandouts, MAIL_HANDOUTS};
use app::moderation::confirm_active::{schedule_scan, ConfirmActiveScan, Rules, ScanJob, SCAN_JOB};
use app::moderation::purge_logos::{schedule_purge_logos, PurgeLogos, PURGE_LOGOS_JOB};
use app::parked_forms::{schedule_clean_up, CleanUpParkedForms, CLEAN_UP_JOB};
use app::porting::ImportUpload;
use app::ports::{Author, ShiftedClock, StoreError, IMPORT_UPLOAD_JOB};
use app::survey::{SendReminders, SEND_REMINDERS};
use domain::timestamp::Timestamp;
use gateways::mail::{MailConfigError, OutboxFolder, OutboxMailer, SmtpMailer};
use tokio::net::TcpListener;
use web::mail_text::FluentMail;

use crate::config::{Config, MailConfig, MailTransport};
use crate::handouts::TypstRenderer;
use crate::{demo, demo_activity, demo_meetings, demo_news, demo_projects, demo_survey, geocoder, storage};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Demo(#[from] demo::DemoError),
    #[error("{0}")]
    DemoMeetings(#[from] demo_meetings::DemoMeetingsError),
    #[error("{0}")]
    Mail(#[from] MailConfigError),
    #[error("the print templates or fonts cannot be used: {0}")]
    Documents(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: std::net::SocketAddr, source: std::io::Error },
    #[error("server stopped with an error: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "server.public_url is empty, but the server would listen on {addr}, which is not a loopback address: \
         set server.public_url (KNOTENPUNKT__SERVER__PUBLIC_URL) to the address visitors use, e.g. https://knotenpunkt.example.org, \
         so that links in mails never come from a request's Host header"
    )]
    PublicUrlMissing { addr: std::net::SocketAddr },
}

/// The base of every absolute link (mails, API, JSON-LD): the configured `public_url`, else, only
/// for a server on a loopback address, that address. Links never come from a request's `Host`
/// header, which anyone can set.
pub fn public_url_for(configured: Option<&str>, addr: std::net::SocketAddr) -> Result<String, ServeError> {
    match configured {
        Some(url) => Ok(url.trim_end_matches('/').to_owned()),
        None if addr.ip().is_loopback() => Ok(format!("http://{addr}")),
        None => Err(ServeError::PublicUrlMissing { addr }),
    }
}

/// How often the background worker looks for due jobs when nobody woke it.
const JOB_POLL: Duration = Duration::from_secs(1);

/// Everything `serve` runs: the web application's state and the background job runner.
pub struct Server {
    pub state: web::SharedState,
    /// The job runner on the same database; tests call `jobs.drain()` to run queued jobs now.
    pub jobs: Arc<JobRunner>,
}

/// Opens storage, prepares the data and builds the application state.
pub async fn build_state(config: &Config, with_demo: bool) -> Result<web::SharedState, ServeError> {
    Ok(build_server(config, with_demo).await?.state)
}

/// The configured mailer: the outbox folder or the SMTP relay.
pub fn mailer(config: &MailConfig) -> Result<Arc<dyn Mailer>, MailConfigError> {
    Ok(match &config.transport {
        MailTransport::Outbox(dir) => Arc::new(OutboxMailer::new(dir, &config.from)?),
        MailTransport::Smtp(settings) => Arc::new(SmtpMailer::new(settings)?),
    })
}

/// Links in mails and on paper start here: the public URL, else the address listened on.
fn public_base(config: &Config) -> String {
    config.site.public_url.clone().unwrap_or_else(|| format!("http://{}", config.addr)).trim_end_matches('/').to_owned()
}

/// The job runner with a handler for every job kind, working on the stores' queue.
pub fn build_job_runner(config: &Config, stores: &storage::Stores) -> Result<JobRunner, ServeError> {
    let scan = ScanJob { scan: confirm_active_scan(config, stores) };
    let digest = Digest {
        directory: stores.directory.clone(),
        items: stores.items.clone(),
        introductions: stores.introductions.clone(),
        accounts: stores.accounts.clone(),
        jobs: stores.jobs.clone(),
        text: Arc::new(FluentMail { locale: config.site.default_locale, instance: config.site.instance_name.clone() }),
        base_url: config.site.public_url.clone().unwrap_or_else(|| format!("http://{}", config.addr)),
        clock: stores.clock.clone(),
    };
    let mail_handouts = MailHandouts {
        meetings: stores.meetings.clone(),
        directory: stores.directory.clone(),
        items: stores.items.clone(),
        introductions: stores.introductions.clone(),
        clock: stores.clock.clone(),
        jobs: stores.jobs.clone(),
        renderer: Arc::new(TypstRenderer),
        text: Arc::new(FluentMail { locale: config.site.default_locale, instance: config.site.instance_name.clone() }),
        base_url: public_base(config),
    };
    let send_reminders = SendReminders {
        surveys: app::survey::Surveys::new(stores),
        jobs: stores.jobs.clone(),
        text: Arc::new(FluentMail { locale: config.site.default_locale, instance: config.site.instance_name.clone() }),
        base_url: public_base(config),
    };
    let geocoder_config = config.geocoder.clone();
    let import_upload =
        ImportUpload { stores: stores.clone(), geocoder: Arc::new(move |districts| geocoder::from_config(&geocoder_config, districts)) };
    Ok(JobRunner::new(stores.jobs.clone())
        .with_handler(IMPORT_UPLOAD_JOB, Arc::new(import_upload))
        .with_handler(SEND_MAIL, Arc::new(SendMail::new(mailer(&config.mail)?)))
        .with_handler(MAIL_HANDOUTS, Arc::new(mail_handouts))
        .with_handler(SEND_REMINDERS, Arc::new(send_reminders))
        .with_handler(SCAN_JOB, Arc::new(scan))
        .with_handler(DIGEST_JOB, Arc::new(digest))
        .with_handler(
            CLEAN_UP_JOB,
            Arc::new(CleanUpParkedForms { parked: stores.parked.clone(), jobs: stores.jobs.clone(), clock: stores.clock.clone() }),
        )
        .with_handler(
            PURGE_LOGOS_JOB,
            Arc::new(PurgeLogos { logos: stores.logos.clone(), jobs: stores.jobs.clone(), clock: stores.clock.clone() }),
        )
        .with_handler(
            CLEAN_UP_RATE_LIMITS_JOB,
            Arc::new(CleanUpRateLimits { rate_limits: stores.rate_limits.clone(), jobs: stores.jobs.clone(), clock: stores.clock.clone() }),
        ))
}

/// The yearly "still active?" scan, mailing in the instance's default language; links start at
/// the configured public URL, else at the address the server listens on.
pub fn confirm_active_scan(config: &Config, stores: &storage::Stores) -> ConfirmActiveScan {
    let text = FluentMail { locale: config.site.default_locale, instance: config.site.instance_name.clone() };
    let base_url = config.site.public_url.clone().unwrap_or_else(|| format!("http://{}", config.addr));
    ConfirmActiveScan {
        confirm_active: stores.confirm_active.clone(),
        memberships: stores.accounts.clone(),
        tokens: stores.accounts.clone(),
        audit: stores.accounts.clone(),
        jobs: stores.jobs.clone(),
        text: Arc::new(text),
        base_url,
        rules: Rules::default(),
        clock: stores.clock.clone(),
    }
}

/// Opens storage, prepares the data and builds the application state and the job runner.
pub async fn build_server(config: &Config, with_demo: bool) -> Result<Server, ServeError> {
    // The system's time, shifted back only while the demo stores its past.
    let clock = Arc::new(ShiftedClock::new());
    let stores = storage::open_on(&config.database, clock.clone()).await?;
    let jobs = Arc::new(build_job_runner(config, &stores)?);
    if schedule_scan(stores.jobs.as_ref(), SystemTime::now()).await? {
        tracing::info!("yearly confirmation scan queued");
    }
    if schedule_digest(stores.jobs.as_ref(), stores.items.as_ref()).await? {
        tracing::info!("weekly digest queued");
    }
    if schedule_clean_up(stores.jobs.as_ref(), SystemTime::now()).await? {
        tracing::info!("daily clean-up of parked forms queued");
    }
    if schedule_purge_logos(stores.jobs.as_ref(), SystemTime::now()).await? {
        tracing::info!("daily purge of unused logos queued");
    }
    if schedule_rate_limit_clean_up(stores.jobs.as_ref(), SystemTime::now()).await? {
        tracing::info!("daily clean-up of closed rate-limit windows queued");
    }
    let store = stores.directory.clone();
    ensure_default_categories(store.as_ref()).await?;
    let directory = Arc::new(Directory::load(&stores).await?);
    let marketplace =
        Arc::new(Marketplace::load(store.clone(), stores.items.clone(), stores.introductions.clone(), stores.clock.clone()).await?);
    if with_demo {
        if store.is_empty().await? {
            let mut batch = demo::batch()?;
            let geocoder = geocoder::from_config(&config.geocoder, batch.districts.clone());
            let placed = place_organisations(&mut batch.organisations, geocoder.as_ref()).await;
            tracing::info!(placed, "demo associations without a position placed by the geocoder");
            let history = demo::dated(batch);
            let mut ids = Vec::new();
            let mut slugs = std::collections::HashMap::new();
            for (at, part) in history.associations {
                let slug = part.organisations[0].slug.clone();
                clock.show(Timestamp::from_unix_secs(at));
                let stored = import_organisations(&directory, &marketplace, part, &Author::system("demo")).await;
                clock.reset();
                let stored = stored?;
                slugs.extend(stored.first().map(|id| (slug, *id)));
                ids.extend(stored);
            }
            let posted = demo::post(stores.items.as_ref(), &clock, &slugs, history.posts).await?;
            marketplace.rebuild().await?;
            demo::confirm_recently(&stores, &ids, stores.clock.now().unix_secs()).await?;
            directory.rebuild().await?;
            tracing::info!(organisations = ids.len(), "demo data loaded");
            demo_meetings::load(&stores, &marketplace.view(), &ids, stores.clock.now().unix_secs()).await?;
            demo_projects::load(&stores, &clock, &ids, stores.clock.now().unix_secs()).await?;
            demo_activity::load(&stores, &clock, &ids, &posted).await?;
            demo_news::load(&stores, &ids).await?;
            demo_survey::load(&stores, &ids).await?;
        } else {
            tracing::info!("database not empty: demo data not loaded");
        }
    }
    let secure_cookies = config.site.public_url.as_deref().is_some_and(|url| url.starts_with("https://"));
    // Places edited associations without a position by address or district (offline table,
    // or the configured online service first).
    let geocoder: Arc<dyn app::ports::Geocoder> =
        Arc::from(geocoder::from_config(&config.geocoder, directory.index().districts().to_vec()));
    let public_url = config.site.public_url.clone().unwrap_or_else(|| format!("http://{}", config.addr)).trim_end_matches('/').to_owned();
    let mail_text: Arc<dyn app::mail::compose::MailText> =
        Arc::new(FluentMail { locale: config.site.default_locale, instance: config.site.instance_name.clone() });
    let inbox = Arc::new(app::inbox::Inbox::new(
        stores.inbox.clone(),
        stores.accounts.clone(),
        jobs.clone(),
        mail_text,
        public_url,
        stores.rate_limits.clone(),
    ));
    let directory_for_reports = directory.clone();
    let directory_for_surveys = directory.clone();
    let state = Arc::new(web::AppState {
        stores: stores.clone(),
        geocoder,
        directory,
        marketplace: marketplace.clone(),
        accounts: stores.accounts.clone(),
        parked: stores.parked.clone(),
        logos: stores.logos.clone(),
        jobs: jobs.clone(),
        outbox: config.mail.outbox_dir().map(|dir| Arc::new(OutboxFolder::new(dir)) as Arc<dyn app::mail::outbox::OutboxReader>),
        sessions: config.sessions,
        throttle: app::accounts::sign_in::Throttle::new(stores.rate_limits.clone()),
        trusted_proxies: config.trusted_proxies.clone(),
        secure_cookies,
        site: config.site.clone(),
        assets: web::assets::Assets::load(),
        csv_cache: web::directory::csv_cache::CsvCache::default(),
        geojson_cache: web::map::geojson_cache::GeoJsonCache::default(),
        meetings: Arc::new(app::meetings::Meetings {
            store: stores.meetings.clone(),
            marketplace: marketplace.clone(),
            jobs: jobs.clone(),
            audit: stores.accounts.clone(),
            mail: Arc::new(FluentMail { locale: config.site.default_locale, instance: config.site.instance_name.clone() }),
            public_url: public_base(config),
            clock: stores.clock.clone(),
            renderer: Arc::new(TypstRenderer),
            printed: stores.printed.clone(),
        }),
        inbox,
        projects: Arc::new(app::projects::Projects {
            store: stores.projects.clone(),
            meetings: stores.meetings.clone(),
            introductions: stores.introductions.clone(),
            audit: stores.accounts.clone(),
            clock: stores.clock.clone(),
            accounts: stores.accounts.clone(),
            directory: stores.directory.clone(),
        }),
        news: Arc::new(app::news::News::new(&stores)),
        news_nav: web::news::NewsNav::default(),
        reports: Arc::new(crate::report::reports(&stores, directory_for_reports)),
        surveys: Arc::new(app::survey::Surveys::new(&stores).with_index(directory_for_surveys)),
        clock: stores.clock.clone(),
        metrics: web::metrics::Metrics::new(config.metrics_allow.clone()),
    });
    // The pages the office placed in the header and footer.
    web::news::refresh_nav(&state).await?;
    Ok(Server { state, jobs })
}

/// Works the job queue in the background: polls every second, or sooner when woken.
fn spawn_job_runner(jobs: Arc<JobRunner>) {
    tokio::spawn(async move { jobs.run(JOB_POLL).await });
}

/// Keeps the search index, and the pages placed in the header and footer, in step with changes
/// made by other server processes.
pub fn spawn_index_refresh(state: &web::SharedState, every: std::time::Duration) {
    let directory = state.directory.clone();
    let marketplace = state.marketplace.clone();
    let state = state.clone();
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
            if let Err(error) = web::news::refresh_nav(&state).await {
                tracing::warn!(%error, "refresh of the placed pages failed");
            }
        }
    });
}

pub async fn run(mut config: Config, with_demo: bool) -> Result<(), ServeError> {
    public_url_for(config.site.public_url.as_deref(), config.addr)?;
    let listener = TcpListener::bind(config.addr).await.map_err(|source| ServeError::Bind { addr: config.addr, source })?;
    let local = listener.local_addr()?;
    // The port is known only now when the configuration asked for any free one (port 0).
    config.site.public_url = Some(public_url_for(config.site.public_url.as_deref(), local)?);
    // A broken template or font stops the start, rather than giving a blank page at the meeting.
    if let Err(error) = documents::documents() {
        return Err(ServeError::Documents(error.to_string()));
    }
    let Server { state, jobs } = build_server(&config, with_demo).await?;
    spawn_index_refresh(&state, config.index_refresh);
    spawn_job_runner(jobs);
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::path::PathBuf;

    use app::mail::enqueue_mail::enqueue_mail;
    use app::mail::OutgoingMail;
    use domain::accounts::EmailAddress;

    use super::*;
    use crate::config::Overrides;

    #[test]
    fn links_come_from_the_configuration_or_a_loopback_address_only() {
        let addr = |text: &str| text.parse::<std::net::SocketAddr>().unwrap();
        assert_eq!(public_url_for(Some("https://kp.example.org/"), addr("0.0.0.0:8080")).unwrap(), "https://kp.example.org");
        assert_eq!(public_url_for(None, addr("127.0.0.1:8080")).unwrap(), "http://127.0.0.1:8080");
        assert_eq!(public_url_for(None, addr("[::1]:8080")).unwrap(), "http://[::1]:8080");
        for open in ["0.0.0.0:8080", "192.0.2.10:80", "[::]:8080"] {
            let refused = public_url_for(None, addr(open)).unwrap_err();
            assert!(matches!(refused, ServeError::PublicUrlMissing { .. }), "{open}");
            assert!(refused.to_string().contains("server.public_url"), "{refused}");
        }
    }

    #[tokio::test]
    async fn queued_mail_lands_in_the_outbox_when_the_runner_drains() {
        let dir = tempfile::tempdir().unwrap();
        let overrides = Overrides { data_dir: Some(PathBuf::from(dir.path())), ..Default::default() };
        let config = Config::load_from(&overrides, std::iter::empty()).unwrap();
        let stores = storage::open(&config.database).await.unwrap();
        let runner = build_job_runner(&config, &stores).unwrap();
        let mail = OutgoingMail {
            to: EmailAddress::parse("amira@example.de").unwrap(),
            subject: "Willkommen im Netzwerk".into(),
            text_body: "Hallo Amira!".into(),
            html_body: None,
            attachments: Vec::new(),
        };
        enqueue_mail(stores.jobs.as_ref(), &mail).await.unwrap();
        assert_eq!(runner.drain().await.unwrap().len(), 1);
        let outbox = gateways::mail::list_outbox(&dir.path().join("outbox")).unwrap();
        assert_eq!(outbox.len(), 1);
        assert_eq!((outbox[0].to.as_str(), outbox[0].subject.as_str()), ("amira@example.de", "Willkommen im Netzwerk"));
    }
}
