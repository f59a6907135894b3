//! Logo pictures: one row per hash, never changed; who uploaded which one when, for the quota;
//! pictures no revision uses purged after the grace period.

use app::ports::{LogoStore, LogoUsage, StoreError, StoredLogo};
use async_trait::async_trait;
use domain::ids::OrgId;
use domain::logo::LogoHash;

use crate::rows::{CountRow, LogoRow, LogoUsageRow};
use crate::{corrupt, db_error, Conn, Dialect, SqlStore, Statement};

/// The hashes in use: named by a published revision or by one awaiting review. The schema's
/// trigger `logo_in_use_kept` says the same and refuses deleting them.
fn in_use<D: Dialect>() -> String {
    let logo = D::json_text("r.content", "logo");
    format!(
        "SELECT {logo} FROM organisation_revision r WHERE {logo} IS NOT NULL \
         AND (r.review_state = 'pending' OR r.id IN (SELECT approved_revision_id FROM organisation WHERE approved_revision_id IS NOT NULL))"
    )
}

#[async_trait]
impl<D: Dialect> LogoStore for SqlStore<D> {
    async fn save_logo(&self, logo: &StoredLogo, by: OrgId, now: i64) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let picture = Statement::new("INSERT INTO logo (hash, png, width, height) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING")
            .bind(logo.hash.as_str())
            .bind(&logo.png)
            .bind(logo.width)
            .bind(logo.height);
        tx.execute(picture).await.map_err(db_error)?;
        let upload = Statement::new(format!(
            "INSERT INTO logo_upload (organisation_id, hash, uploaded_at) VALUES ($1, $2, $3) \
             ON CONFLICT (organisation_id, hash) DO UPDATE SET uploaded_at = excluded.uploaded_at, updated_at = {}",
            D::NOW
        ))
        .bind(by.0)
        .bind(logo.hash.as_str())
        .bind(now);
        tx.execute(upload).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(())
    }

    async fn logo(&self, hash: &LogoHash) -> Result<Option<StoredLogo>, StoreError> {
        let st = Statement::new("SELECT png, width, height FROM logo WHERE hash = $1").bind(hash.as_str());
        let row: Option<LogoRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(|r| {
            let side = |v: i32| u32::try_from(v).map_err(corrupt);
            Ok(StoredLogo { hash: hash.clone(), png: r.png, width: side(r.width)?, height: side(r.height)? })
        })
        .transpose()
    }

    async fn logo_usage(&self, by: OrgId) -> Result<LogoUsage, StoreError> {
        let st = Statement::new(
            "SELECT COUNT(*) AS logos, CAST(COALESCE(SUM(length(l.png)), 0) AS BIGINT) AS bytes \
             FROM logo_upload u JOIN logo l ON l.hash = u.hash WHERE u.organisation_id = $1",
        )
        .bind(by.0);
        let row: LogoUsageRow = self.db.fetch_one(st).await.map_err(db_error)?;
        let count = |v: i64| u64::try_from(v).map_err(corrupt);
        Ok(LogoUsage { logos: count(row.logos)?, bytes: count(row.bytes)? })
    }

    async fn uploaded_logo(&self, by: OrgId, hash: &LogoHash) -> Result<bool, StoreError> {
        let st =
            Statement::new("SELECT COUNT(*) AS n FROM logo_upload WHERE organisation_id = $1 AND hash = $2").bind(by.0).bind(hash.as_str());
        let row: CountRow = self.db.fetch_one(st).await.map_err(db_error)?;
        Ok(row.n > 0)
    }

    async fn purge_unused_logos(&self, uploaded_before: i64) -> Result<u64, StoreError> {
        let st = Statement::new(format!(
            "DELETE FROM logo WHERE hash NOT IN ({in_use}) \
             AND NOT EXISTS (SELECT 1 FROM logo_upload u WHERE u.hash = logo.hash AND u.uploaded_at >= $1)",
            in_use = in_use::<D>()
        ))
        .bind(uploaded_before);
        self.db.execute(st).await.map_err(db_error)
    }
}
