//! The outbox folder behind the [`OutboxReader`] port, for the administrators' outbox page.

use std::path::PathBuf;

use app::mail::outbox::{OutboxItem, OutboxMessage, OutboxReadError, OutboxReader};
use async_trait::async_trait;

use super::{list_outbox, read_outbox_mail, OutboxEntry, OutboxError};

/// Reads the `.eml` files of an outbox folder.
pub struct OutboxFolder {
    dir: PathBuf,
}

impl OutboxFolder {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        OutboxFolder { dir: dir.into() }
    }
}

fn item(entry: OutboxEntry) -> OutboxItem {
    OutboxItem { file_name: entry.file_name, time_utc: entry.time_utc, to: entry.to, subject: entry.subject }
}

fn read_error(error: OutboxError) -> OutboxReadError {
    match error {
        OutboxError::UnknownFile(_) => OutboxReadError::NotFound,
        OutboxError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => OutboxReadError::NotFound,
        other => OutboxReadError::Unavailable(other.to_string()),
    }
}

/// Runs blocking file access off the async workers.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T, OutboxReadError> + Send + 'static) -> Result<T, OutboxReadError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| OutboxReadError::Unavailable(e.to_string()))?
}

#[async_trait]
impl OutboxReader for OutboxFolder {
    async fn list(&self) -> Result<Vec<OutboxItem>, OutboxReadError> {
        let dir = self.dir.clone();
        blocking(move || Ok(list_outbox(&dir).map_err(read_error)?.into_iter().map(item).collect())).await
    }

    async fn read(&self, file_name: &str) -> Result<OutboxMessage, OutboxReadError> {
        let (dir, name) = (self.dir.clone(), file_name.to_owned());
        blocking(move || {
            let mail = read_outbox_mail(&dir, &name).map_err(read_error)?;
            Ok(OutboxMessage { item: item(mail.entry), text_body: mail.text_body })
        })
        .await
    }
}
