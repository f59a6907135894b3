//! Configuration: built-in defaults, the demo layer, a file, environment variables and
//! flags, merged in that order and then validated into typed settings.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use domain::geo::GeoPoint;
use domain::language::UiLocale;
use domain::localized::LocalizedText;
use gateways::mail::{SmtpSettings, SmtpTls};
use serde::Deserialize;
use toml::{Table, Value};
use web::config::{MapConfig, OfficeContact};
use web::SiteConfig;

const DEFAULTS: &str = include_str!("../../../config/default.toml");
const DEMO: &str = include_str!("../../../config/demo.toml");
const ENV_PREFIX: &str = "KNOTENPUNKT__";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read configuration file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("configuration {origin} is not valid TOML: {message}")]
    Syntax { origin: String, message: String },
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

#[derive(Debug, Deserialize)]
struct RawConfig {
    server: RawServer,
    instance: RawInstance,
    office: OfficeContact,
    legal: RawLegal,
    map: RawMap,
    geocoder: RawGeocoder,
    accounts: RawAccounts,
    mail: RawMail,
}

#[derive(Debug, Deserialize)]
struct RawMap {
    tile_url: String,
    attribution: String,
    provider: String,
    max_zoom: u8,
    centre: GeoPoint,
    zoom: u8,
    consent_required: String,
    embed_frame_ancestors: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawGeocoder {
    url: String,
    user_agent: String,
    min_interval_ms: u64,
    country: String,
}

#[derive(Debug, Deserialize)]
struct RawMail {
    transport: String,
    from: String,
    outbox_dir: PathBuf,
    smtp_host: String,
    smtp_port: u16,
    smtp_username: String,
    smtp_password: String,
    smtp_tls: String,
    smtp_timeout_secs: u64,
}

/// How mail leaves Knotenpunkt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailTransport {
    /// Written as `.eml` files into this folder; nothing is sent.
    Outbox(PathBuf),
    /// Delivered through an SMTP relay.
    Smtp(SmtpSettings),
}

/// Outgoing mail settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    /// Sender, e.g. `Knotenpunkt <noreply@example.org>`.
    pub from: String,
    pub transport: MailTransport,
}

impl MailConfig {
    /// The outbox folder, when mail goes there instead of to an SMTP server.
    pub fn outbox_dir(&self) -> Option<PathBuf> {
        match &self.transport {
            MailTransport::Outbox(dir) => Some(dir.clone()),
            MailTransport::Smtp(_) => None,
        }
    }
}

/// The online geocoder, when one is configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeocoderConfig {
    /// Search endpoint of a Nominatim-compatible service; `None`: offline table only.
    pub url: Option<String>,
    pub user_agent: String,
    pub min_interval: Duration,
    pub country: String,
}

#[derive(Debug, Deserialize)]
struct RawServer {
    addr: String,
    data_dir: PathBuf,
    database_url: String,
    public_url: String,
    #[serde(default)]
    trusted_proxies: Vec<String>,
    #[serde(default)]
    metrics_allow: Vec<String>,
    request_body_limit_kb: usize,
    request_timeout_secs: u64,
    index_refresh_secs: u64,
    log_format: String,
    log_level: String,
}

#[derive(Debug, Deserialize)]
struct RawAccounts {
    session_idle_minutes: i64,
    session_max_hours: i64,
}

#[derive(Debug, Deserialize)]
struct RawInstance {
    name: String,
    city: String,
    default_language: String,
}

#[derive(Debug, Deserialize)]
struct RawLegal {
    imprint: LocalizedText,
    privacy: LocalizedText,
    data_licence: String,
}

/// Where the data lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Validated settings.
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub database: Database,
    pub limits: web::Limits,
    pub index_refresh: Duration,
    pub sessions: app::accounts::sign_in::SessionPolicy,
    pub log_format: LogFormat,
    pub log_level: tracing::Level,
    pub site: SiteConfig,
    pub geocoder: GeocoderConfig,
    pub mail: MailConfig,
    /// Proxies whose `X-Forwarded-For` / `Forwarded` headers name the client; empty: none.
    pub trusted_proxies: web::client_address::TrustedProxies,
    /// Clients that may read `/metrics`; empty: `/metrics` is off.
    pub metrics_allow: web::client_address::TrustedProxies,
}

/// Command-line values that override every other layer.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config_file: Option<PathBuf>,
    pub demo: bool,
    pub addr: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
}

fn parse(origin: &str, text: &str) -> Result<Table, ConfigError> {
    toml::from_str(text).map_err(|e| ConfigError::Syntax { origin: origin.to_owned(), message: e.to_string() })
}

/// Merges `over` into `base`, table by table.
fn merge(base: &mut Table, over: Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(Value::Table(b)), Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(key, v);
            }
        }
    }
}

fn set_path(table: &mut Table, path: &[String], value: Value) {
    let Some((last, parents)) = path.split_last() else { return };
    let mut current = table;
    for key in parents {
        let entry = current.entry(key.clone()).or_insert_with(|| Value::Table(Table::new()));
        if !entry.is_table() {
            *entry = Value::Table(Table::new());
        }
        let Value::Table(next) = entry else { return };
        current = next;
    }
    current.insert(last.clone(), value);
}

/// `KNOTENPUNKT__SERVER__ADDR=…` → server.addr. Values are read as TOML where they parse, except
/// for settings that are text in the layers below (`known`): those take the value as written, so
/// a postcode `71638` or a phone number `+49…` stays text (a quoted value loses its quotes).
fn env_layer(known: &Table, vars: impl Iterator<Item = (String, String)>) -> Table {
    let mut table = Table::new();
    for (name, raw) in vars {
        let Some(rest) = name.strip_prefix(ENV_PREFIX) else { continue };
        let path: Vec<String> = rest.split("__").map(str::to_lowercase).collect();
        let parsed = toml::from_str::<Table>(&format!("v = {raw}")).ok().and_then(|mut t| t.remove("v"));
        let value = match (lookup(known, &path), parsed) {
            (Some(Value::String(_)), Some(Value::String(text))) => Value::String(text),
            (Some(Value::String(_)), _) | (_, None) => Value::String(raw),
            (_, Some(value)) => value,
        };
        set_path(&mut table, &path, value);
    }
    table
}

fn lookup<'a>(table: &'a Table, path: &[String]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let value = table.get(first)?;
    if rest.is_empty() {
        Some(value)
    } else {
        lookup(value.as_table()?, rest)
    }
}

impl Config {
    /// Loads from all layers, reading the process environment.
    pub fn load(overrides: &Overrides) -> Result<Config, ConfigError> {
        Self::load_from(overrides, std::env::vars())
    }

    pub fn load_from(overrides: &Overrides, env: impl Iterator<Item = (String, String)>) -> Result<Config, ConfigError> {
        let mut table = parse("defaults", DEFAULTS)?;
        if overrides.demo {
            merge(&mut table, parse("demo", DEMO)?);
        }
        let file = overrides.config_file.clone().or_else(|| std::env::var_os("KNOTENPUNKT_CONFIG").map(PathBuf::from));
        if let Some(path) = file {
            let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read { path: path.clone(), source })?;
            merge(&mut table, parse(&path.display().to_string(), &text)?);
        }
        let env = env_layer(&table, env);
        merge(&mut table, env);
        let raw: RawConfig = Value::Table(table).try_into().map_err(|e: toml::de::Error| ConfigError::Invalid(e.to_string()))?;
        Self::validate(raw, overrides)
    }

    fn validate(raw: RawConfig, overrides: &Overrides) -> Result<Config, ConfigError> {
        let addr_text = overrides.addr.clone().unwrap_or(raw.server.addr);
        let addr: SocketAddr = addr_text
            .parse()
            .map_err(|_| ConfigError::Invalid(format!("server.addr must be HOST:PORT like 127.0.0.1:8080, got {addr_text:?}")))?;
        let data_dir = overrides.data_dir.clone().unwrap_or(raw.server.data_dir);
        let url = overrides.database_url.clone().unwrap_or(raw.server.database_url);
        let database = if url.trim().is_empty() {
            Database::Sqlite(data_dir.join("knotenpunkt.db"))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Database::Postgres(url)
        } else if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            Database::Sqlite(PathBuf::from(path))
        } else {
            return Err(ConfigError::Invalid("server.database_url must be empty, sqlite:PATH or postgres://…".into()));
        };
        let default_locale = UiLocale::parse(&raw.instance.default_language)
            .ok_or_else(|| ConfigError::Invalid("instance.default_language must be one of de en tr ar uk ru fa".into()))?;
        let log_format = match raw.server.log_format.as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => return Err(ConfigError::Invalid(format!("server.log_format must be text or json, got {other:?}"))),
        };
        let log_level = raw
            .server
            .log_level
            .parse()
            .map_err(|_| ConfigError::Invalid("server.log_level must be error, warn, info, debug or trace".into()))?;
        if raw.server.request_body_limit_kb == 0 || raw.server.request_timeout_secs == 0 {
            return Err(ConfigError::Invalid("request limits must be greater than zero".into()));
        }
        let public_url = Some(raw.server.public_url.trim().trim_end_matches('/').to_owned()).filter(|u| !u.is_empty());
        if public_url.as_deref().is_some_and(|u| !u.starts_with("https://") && !u.starts_with("http://")) {
            return Err(ConfigError::Invalid(
                "server.public_url must be empty or an http(s) URL like https://knotenpunkt.example.org".into(),
            ));
        }
        let trusted_proxies = web::client_address::TrustedProxies::parse(&raw.server.trusted_proxies).map_err(|entry| {
            ConfigError::Invalid(format!("server.trusted_proxies: {entry:?} is neither an IP address nor a network like 10.0.0.0/8"))
        })?;
        let metrics_allow = web::client_address::TrustedProxies::parse(&raw.server.metrics_allow).map_err(|entry| {
            ConfigError::Invalid(format!("server.metrics_allow: {entry:?} is neither an IP address nor a network like 10.0.0.0/8"))
        })?;
        let map = validate_map(raw.map, public_url.as_deref())?;
        let data_licence = app::porting::Licence::parse(&raw.legal.data_licence).ok_or_else(|| {
            ConfigError::Invalid(format!("legal.data_licence must be CC0-1.0 or ODbL-1.0, got {:?}", raw.legal.data_licence))
        })?;
        let mail = validate_mail(raw.mail, &data_dir)?;
        let geocoder_url = Some(raw.geocoder.url.trim().to_owned()).filter(|u| !u.is_empty());
        if geocoder_url.as_deref().is_some_and(|u| !u.starts_with("https://") && !u.starts_with("http://")) {
            return Err(ConfigError::Invalid("geocoder.url must be empty or an http(s) URL".into()));
        }
        Ok(Config {
            addr,
            data_dir,
            database,
            limits: web::Limits {
                body_bytes: raw.server.request_body_limit_kb * 1024,
                request_timeout: Duration::from_secs(raw.server.request_timeout_secs),
                ..web::Limits::default()
            },
            index_refresh: Duration::from_secs(raw.server.index_refresh_secs.max(1)),
            sessions: validate_sessions(&raw.accounts)?,
            log_format,
            log_level,
            site: SiteConfig {
                instance_name: raw.instance.name,
                city: raw.instance.city,
                default_locale,
                public_url,
                office: raw.office,
                imprint: raw.legal.imprint,
                privacy: raw.legal.privacy,
                map,
                data_licence,
            },
            geocoder: GeocoderConfig {
                url: geocoder_url,
                user_agent: raw.geocoder.user_agent,
                min_interval: Duration::from_millis(raw.geocoder.min_interval_ms),
                country: raw.geocoder.country,
            },
            mail,
            trusted_proxies,
            metrics_allow,
        })
    }
}

fn validate_mail(raw: RawMail, data_dir: &std::path::Path) -> Result<MailConfig, ConfigError> {
    let from = raw.from.trim().to_owned();
    gateways::mail::sender(&from).map_err(|e| ConfigError::Invalid(format!("mail.from: {e}")))?;
    let transport = match raw.transport.as_str() {
        "outbox" => MailTransport::Outbox(if raw.outbox_dir.as_os_str().is_empty() { data_dir.join("outbox") } else { raw.outbox_dir }),
        "smtp" => {
            let tls = match raw.smtp_tls.as_str() {
                "starttls" => SmtpTls::StartTls,
                "tls" => SmtpTls::Tls,
                "none" => SmtpTls::None,
                other => return Err(ConfigError::Invalid(format!("mail.smtp_tls must be starttls, tls or none, got {other:?}"))),
            };
            let host = raw.smtp_host.trim().to_owned();
            if host.is_empty() || raw.smtp_port == 0 {
                return Err(ConfigError::Invalid("mail.transport = \"smtp\" needs mail.smtp_host and mail.smtp_port".into()));
            }
            let non_empty = |value: String| Some(value).filter(|v| !v.is_empty());
            MailTransport::Smtp(SmtpSettings {
                host,
                port: raw.smtp_port,
                username: non_empty(raw.smtp_username),
                password: non_empty(raw.smtp_password),
                tls,
                from: from.clone(),
                timeout: Duration::from_secs(raw.smtp_timeout_secs.max(1)),
            })
        }
        other => return Err(ConfigError::Invalid(format!("mail.transport must be outbox or smtp, got {other:?}"))),
    };
    Ok(MailConfig { from, transport })
}

fn validate_map(raw: RawMap, public_url: Option<&str>) -> Result<MapConfig, ConfigError> {
    let tile_url = Some(raw.tile_url.trim().to_owned()).filter(|u| !u.is_empty());
    if let Some(url) = &tile_url {
        let relative = url.starts_with('/') && !url.starts_with("//");
        if !(relative || web::config::tile_source(url).is_some()) || !(url.contains("{z}") && url.contains("{x}") && url.contains("{y}")) {
            return Err(ConfigError::Invalid(format!(
                "map.tile_url must be an http(s) URL or a path with {{z}}, {{x}} and {{y}}, got {url:?}"
            )));
        }
    }
    if !(1..=22).contains(&raw.max_zoom) || raw.zoom > raw.max_zoom {
        return Err(ConfigError::Invalid("map.max_zoom must be 1 to 22 and map.zoom at most map.max_zoom".into()));
    }
    let own_origin = public_url.and_then(web::config::tile_source);
    let external = tile_url.as_deref().and_then(web::config::tile_source).is_some_and(|source| Some(&source) != own_origin.as_ref());
    let consent_required = match raw.consent_required.as_str() {
        "auto" => external,
        "always" => tile_url.is_some(),
        "never" => false,
        other => return Err(ConfigError::Invalid(format!("map.consent_required must be auto, always or never, got {other:?}"))),
    };
    if raw.embed_frame_ancestors.iter().any(|a| a != "*" && web::config::tile_source(&format!("{a}/")).is_none_or(|s| &s != a)) {
        return Err(ConfigError::Invalid("map.embed_frame_ancestors must hold \"*\" or origins like \"https://www.example.org\"".into()));
    }
    let provider = Some(raw.provider.trim().to_owned())
        .filter(|p| !p.is_empty())
        .or_else(|| {
            tile_url
                .as_deref()
                .and_then(|u| u.split_once("://"))
                .map(|(_, rest)| rest.split('/').next().unwrap_or_default().replace("{s}.", ""))
        })
        .unwrap_or_default();
    Ok(MapConfig {
        tile_url,
        attribution: raw.attribution,
        provider,
        max_zoom: raw.max_zoom,
        centre: raw.centre,
        zoom: raw.zoom,
        consent_required,
        embed_frame_ancestors: raw.embed_frame_ancestors,
    })
}

fn validate_sessions(raw: &RawAccounts) -> Result<app::accounts::sign_in::SessionPolicy, ConfigError> {
    if !(1..=24 * 60).contains(&raw.session_idle_minutes) || !(1..=24).contains(&raw.session_max_hours) {
        return Err(ConfigError::Invalid("accounts.session_idle_minutes must be 1..=1440 and accounts.session_max_hours 1..=24".into()));
    }
    Ok(app::accounts::sign_in::SessionPolicy { idle_secs: raw.session_idle_minutes * 60, absolute_secs: raw.session_max_hours * 3600 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Iterator<Item = (String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn defaults_load() {
        let config = Config::load_from(&Overrides::default(), env(&[])).expect("config");
        assert_eq!(config.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database, Database::Sqlite(PathBuf::from("./data/knotenpunkt.db")));
        assert_eq!(config.site.default_locale, UiLocale::De);
    }

    #[test]
    fn demo_layer_brings_the_office() {
        let config = Config::load_from(&Overrides { demo: true, ..Default::default() }, env(&[])).expect("config");
        assert_eq!(config.site.office.email, "integration@ludwigsburg.de");
        assert_eq!(config.site.office.phone, "07141 910-2714");
        assert!(config.site.imprint.exact("de").is_some());
    }

    #[test]
    fn environment_and_flags_override() {
        let overrides = Overrides { database_url: Some("postgres://x@h/db".into()), ..Default::default() };
        let config = Config::load_from(
            &overrides,
            env(&[("KNOTENPUNKT__SERVER__ADDR", "0.0.0.0:9000"), ("KNOTENPUNKT__INSTANCE__NAME", "Knotenpunkt Test"), ("OTHER", "x")]),
        )
        .expect("config");
        assert_eq!(config.addr.to_string(), "0.0.0.0:9000");
        assert_eq!(config.site.instance_name, "Knotenpunkt Test");
        assert_eq!(config.database, Database::Postgres("postgres://x@h/db".into()));
    }

    #[test]
    fn environment_values_take_the_type_of_the_setting() {
        let config = Config::load_from(
            &Overrides::default(),
            env(&[
                ("KNOTENPUNKT__OFFICE__POSTCODE", "71638"),
                ("KNOTENPUNKT__OFFICE__PHONE", "+4971419102714"),
                ("KNOTENPUNKT__OFFICE__OPENING_HOURS__DE", "Mo–Fr 9–12"),
                ("KNOTENPUNKT__INSTANCE__NAME", "true"),
                ("KNOTENPUNKT__INSTANCE__CITY", "\"Ludwigsburg\""),
                ("KNOTENPUNKT__MAIL__SMTP_PORT", "465"),
                ("KNOTENPUNKT__MAP__CENTRE__LAT", "48.9"),
                ("KNOTENPUNKT__MAP__EMBED_FRAME_ANCESTORS", "[\"https://www.ludwigsburg.de\"]"),
            ]),
        )
        .expect("config");
        assert_eq!((config.site.office.postcode.as_str(), config.site.office.phone.as_str()), ("71638", "+4971419102714"));
        assert_eq!(config.site.office.opening_hours.exact("de"), Some("Mo–Fr 9–12"));
        assert_eq!((config.site.instance_name.as_str(), config.site.city.as_str()), ("true", "Ludwigsburg"));
        assert_eq!(config.site.map.centre.lat(), 48.9);
        assert_eq!(config.site.map.embed_frame_ancestors, vec!["https://www.ludwigsburg.de".to_owned()]);
        let err = Config::load_from(&Overrides::default(), env(&[("KNOTENPUNKT__MAIL__SMTP_PORT", "fünf")])).expect_err("bad");
        assert!(err.to_string().contains("mail.smtp_port"), "{err}");
    }

    #[test]
    fn map_consent_follows_the_tile_host() {
        let config = Config::load_from(&Overrides::default(), env(&[])).expect("config");
        assert_eq!((config.site.map.tile_url.clone(), config.site.map.consent_required), (None, false));
        assert_eq!(config.geocoder.url, None, "the online geocoder is off by default");
        let demo = Config::load_from(&Overrides { demo: true, ..Default::default() }, env(&[])).expect("config");
        assert!(demo.site.map.consent_required);
        assert_eq!(demo.site.map.tile_source().as_deref(), Some("https://tile.openstreetmap.org"));
        let own = Config::load_from(
            &Overrides::default(),
            env(&[("KNOTENPUNKT__MAP__TILE_URL", "/tiles/{z}/{x}/{y}.png"), ("KNOTENPUNKT__MAP__CONSENT_REQUIRED", "auto")]),
        )
        .expect("config");
        assert!(!own.site.map.consent_required, "tiles from our own server need no consent");
        let err =
            Config::load_from(&Overrides::default(), env(&[("KNOTENPUNKT__MAP__TILE_URL", "https://x.org/tile.png")])).expect_err("bad");
        assert!(err.to_string().contains("map.tile_url"), "{err}");
        let err = Config::load_from(&Overrides::default(), env(&[("KNOTENPUNKT__MAP__EMBED_FRAME_ANCESTORS", "[\"'none' *\"]")]))
            .expect_err("bad");
        assert!(err.to_string().contains("embed_frame_ancestors"), "{err}");
    }

    #[test]
    fn mail_goes_to_the_outbox_unless_smtp_is_configured() {
        let config = Config::load_from(&Overrides::default(), env(&[])).expect("config");
        assert_eq!(config.mail.transport, MailTransport::Outbox(PathBuf::from("./data/outbox")));
        let smtp = Config::load_from(
            &Overrides::default(),
            env(&[
                ("KNOTENPUNKT__MAIL__TRANSPORT", "smtp"),
                ("KNOTENPUNKT__MAIL__SMTP_HOST", "mail.example.org"),
                ("KNOTENPUNKT__MAIL__SMTP_USERNAME", "knotenpunkt"),
                ("KNOTENPUNKT__MAIL__SMTP_PASSWORD", "geheim"),
                ("KNOTENPUNKT__MAIL__SMTP_TLS", "tls"),
                ("KNOTENPUNKT__MAIL__SMTP_PORT", "465"),
            ]),
        )
        .expect("config");
        let MailTransport::Smtp(settings) = smtp.mail.transport else { panic!("smtp expected") };
        assert_eq!((settings.host.as_str(), settings.port, settings.tls), ("mail.example.org", 465, SmtpTls::Tls));
        assert_eq!((settings.username.as_deref(), settings.password.as_deref()), (Some("knotenpunkt"), Some("geheim")));
        assert!(!format!("{settings:?}").contains("geheim"), "the password stays out of logs");
        let err = Config::load_from(&Overrides::default(), env(&[("KNOTENPUNKT__MAIL__TRANSPORT", "smtp")])).expect_err("bad");
        assert!(err.to_string().contains("mail.smtp_host"), "{err}");
        let err = Config::load_from(&Overrides::default(), env(&[("KNOTENPUNKT__MAIL__FROM", "nobody")])).expect_err("bad");
        assert!(err.to_string().contains("mail.from"), "{err}");
    }

    #[test]
    fn invalid_values_are_explained() {
        let err = Config::load_from(&Overrides::default(), env(&[("KNOTENPUNKT__SERVER__ADDR", "nowhere")])).expect_err("bad");
        assert!(err.to_string().contains("server.addr"), "{err}");
        let err =
            Config::load_from(&Overrides { database_url: Some("mysql://x".into()), ..Default::default() }, env(&[])).expect_err("bad");
        assert!(err.to_string().contains("database_url"), "{err}");
    }
}
