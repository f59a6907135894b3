//! Structured logs to stderr, as text or JSON lines.

use crate::config::LogFormat;

pub fn init(format: LogFormat, level: tracing::Level) {
    let builder = tracing_subscriber::fmt().with_max_level(level).with_writer(std::io::stderr).with_target(false);
    let result = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    if result.is_err() {
        tracing::debug!("logging was already set up");
    }
}
