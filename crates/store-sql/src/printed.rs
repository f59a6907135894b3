//! What was printed for a meeting: one row per document key, replaced by each print, all in
//! one transaction.

use app::ports::{PrintedDocument, PrintedStore, StoreError};
use async_trait::async_trait;
use domain::meetings::MeetingId;

use crate::meeting_rows::PrintedRow;
use crate::rows::IdRow;
use crate::{db_error, Conn, Dialect, SqlStore, Statement};

#[async_trait]
impl<D: Dialect> PrintedStore for SqlStore<D> {
    async fn record_printed(&self, meeting: MeetingId, documents: &[PrintedDocument], at: i64) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let exists: Option<IdRow> =
            tx.fetch_optional(Statement::new("SELECT id FROM meeting WHERE id = $1").bind(meeting.0)).await.map_err(db_error)?;
        if exists.is_none() {
            return Err(StoreError::NotFound(format!("meeting {meeting}")));
        }
        for document in documents {
            let st = Statement::new(
                "INSERT INTO meeting_printed_document (meeting_id, document_key, fingerprint, printed_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (meeting_id, document_key) DO UPDATE SET fingerprint = excluded.fingerprint, printed_at = excluded.printed_at",
            )
            .bind(meeting.0)
            .bind(&document.key)
            .bind(&document.fingerprint)
            .bind(at);
            tx.execute(st).await.map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)
    }

    async fn printed(&self, meeting: MeetingId) -> Result<Vec<PrintedDocument>, StoreError> {
        let st =
            Statement::new("SELECT document_key, fingerprint FROM meeting_printed_document WHERE meeting_id = $1 ORDER BY document_key")
                .bind(meeting.0);
        let rows: Vec<PrintedRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows.into_iter().map(PrintedDocument::from).collect())
    }
}
