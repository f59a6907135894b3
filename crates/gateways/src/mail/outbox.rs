//! The outbox: instead of sending, each mail is written as an RFC 5322 `.eml` file into a
//! folder, named by the time it was "sent" (`20261125T043533.123Z-0001.eml`), so that the
//! names sort by time. An admin page lists and shows them with [`list_outbox`] and
//! [`read_outbox_mail`]; any mail program opens the files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use app::mail::{MailError, Mailer, OutgoingMail};
use async_trait::async_trait;
use lettre::message::Mailbox;

use crate::mail::message::{build, sender, MailConfigError};

mod mime;
mod reader;
mod stamp;

pub use reader::OutboxFolder;

/// The outbox cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error("not a mail of the outbox: {0:?}")]
    UnknownFile(String),
    #[error("outbox folder {path} cannot be read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// Writes mail into a folder instead of sending it.
pub struct OutboxMailer {
    dir: PathBuf,
    from: Mailbox,
}

impl OutboxMailer {
    /// Mail from `from` (e.g. `Knotenpunkt <noreply@example.org>`) into `dir`, created when first needed.
    pub fn new(dir: impl Into<PathBuf>, from: &str) -> Result<Self, MailConfigError> {
        Ok(OutboxMailer { dir: dir.into(), from: sender(from)? })
    }

    /// The folder the mail goes to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

#[async_trait]
impl Mailer for OutboxMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let bytes = build(&self.from, mail)?.formatted();
        let dir = self.dir.clone();
        let written = tokio::task::spawn_blocking(move || write_mail(&dir, &bytes, SystemTime::now()))
            .await
            .map_err(|e| MailError::Unavailable(e.to_string()))?;
        let path = written.map_err(|e| MailError::Unavailable(format!("outbox {}: {e}", self.dir.display())))?;
        // The address is personal data: named at debug level only.
        tracing::info!(file = %path.display(), "mail written to the outbox");
        tracing::debug!(to = mail.to.as_str(), file = %path.display(), "outbox mail recipient");
        Ok(())
    }
}

/// Writes the message under a new time-sorted name; a temporary name first, so that a
/// listing never sees half a mail, and synced, so that a "sent" mail survives a crash.
fn write_mail(dir: &Path, bytes: &[u8], now: SystemTime) -> std::io::Result<PathBuf> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    std::fs::create_dir_all(dir)?;
    let stamp = stamp::file_stamp(now);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed) % 10_000;
        let name = format!("{stamp}-{n:04}.eml");
        let target = dir.join(&name);
        let temporary = dir.join(format!(".{name}.tmp"));
        let mut file = match std::fs::OpenOptions::new().write(true).create_new(true).open(&temporary) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            other => other?,
        };
        file.write_all(bytes)?;
        file.sync_all()?;
        if target.exists() {
            std::fs::remove_file(&temporary)?;
            continue;
        }
        std::fs::rename(&temporary, &target)?;
        // The rename is only durable once the folder itself is synced.
        sync_folder(dir)?;
        return Ok(target);
    }
}

#[cfg(unix)]
fn sync_folder(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

/// Folders cannot be opened for syncing on this platform; the rename is as durable as it gets.
#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// One mail in the outbox, as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    /// The file's name inside the outbox; pass it to [`read_outbox_mail`].
    pub file_name: String,
    /// When the mail was written.
    pub time: SystemTime,
    /// The same time as RFC 3339 in UTC, e.g. `2026-11-25T04:35:33.123Z`.
    pub time_utc: String,
    /// The `To` header, decoded.
    pub to: String,
    /// The `Subject` header, decoded.
    pub subject: String,
}

/// One mail in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMail {
    pub entry: OutboxEntry,
    /// The text part, decoded.
    pub text_body: Option<String>,
    /// The HTML part, decoded. Show it only escaped or sandboxed.
    pub html_body: Option<String>,
    /// The whole message as stored.
    pub source: String,
}

/// The mails in the outbox, newest first; an outbox that does not exist yet is empty.
pub fn list_outbox(dir: &Path) -> Result<Vec<OutboxEntry>, OutboxError> {
    let io = |source| OutboxError::Io { path: dir.to_owned(), source };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(e)),
    };
    let mut names: Vec<String> = Vec::new();
    for entry in entries {
        let name = entry.map_err(io)?.file_name();
        if let Some(name) = name.to_str().filter(|n| stamp::parse_file_name(n).is_some()) {
            names.push(name.to_owned());
        }
    }
    names.sort_unstable_by(|a, b| b.cmp(a));
    let mut list = Vec::with_capacity(names.len());
    for name in names {
        match read_outbox_mail(dir, &name) {
            Ok(mail) => list.push(mail.entry),
            // Removed between listing and reading.
            Err(OutboxError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(list)
}

/// One mail of the outbox by its file name (as [`list_outbox`] gave it); other names are refused.
pub fn read_outbox_mail(dir: &Path, file_name: &str) -> Result<OutboxMail, OutboxError> {
    let millis = stamp::parse_file_name(file_name).ok_or_else(|| OutboxError::UnknownFile(file_name.to_owned()))?;
    let path = dir.join(file_name);
    let bytes = std::fs::read(&path).map_err(|source| OutboxError::Io { path, source })?;
    let parsed = mime::parse(&bytes);
    let source = String::from_utf8_lossy(&bytes).into_owned();
    let time = UNIX_EPOCH + Duration::from_millis(millis);
    let entry =
        OutboxEntry { file_name: file_name.to_owned(), time, time_utc: stamp::rfc3339(time), to: parsed.to, subject: parsed.subject };
    Ok(OutboxMail { entry, text_body: parsed.text_body, html_body: parsed.html_body, source })
}
