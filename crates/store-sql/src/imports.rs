//! Imports of the directory: one transaction per import, every entry a published revision
//! marked with the import; external ids kept per source.

use app::ports::{
    Author, ImportBatch, ImportOrigin, ImportRecord, ImportStore, JobId, NewUpload, StoreError, StoredUpload, IMPORT_UPLOAD_JOB,
};
use async_trait::async_trait;
use domain::ids::OrgId;

use crate::directory::{bump_version, save_category_statement, save_district_statement};
use crate::jobs::unix_millis;
use crate::revisions::publish;
use crate::rows::IdRow;
use crate::{corrupt, db_error, is_unique_violation, Conn, Dialect, SqlStore, Statement, NETWORK};

#[derive(sqlx::FromRow)]
struct ReferenceRow {
    external_id: String,
    organisation_id: i64,
}

#[derive(sqlx::FromRow)]
struct ImportRow {
    id: i64,
    author: String,
    file_name: String,
    format: String,
    created_at: String,
    created_count: i64,
    updated_count: i64,
}

#[derive(sqlx::FromRow)]
struct UploadRow {
    id: i64,
    author: String,
    file_name: String,
    format: String,
    mapping: String,
    content: Vec<u8>,
    job_id: Option<i64>,
    report: Option<String>,
    created_at: String,
}

#[async_trait]
impl<D: Dialect> ImportStore for SqlStore<D> {
    async fn external_references(&self, source: &str) -> Result<Vec<(String, OrgId)>, StoreError> {
        let st = Statement::new("SELECT external_id, organisation_id FROM external_reference WHERE network_id = $1 AND source = $2")
            .bind(NETWORK)
            .bind(source);
        let rows: Vec<ReferenceRow> = self.db.fetch_all(st).await.map_err(db_error)?;
        Ok(rows.into_iter().map(|r| (r.external_id, OrgId(r.organisation_id))).collect())
    }

    async fn store_import(&self, origin: &ImportOrigin, batch: &ImportBatch) -> Result<i64, StoreError> {
        let entries = &batch.entries;
        let author = origin.author.label();
        let now = self.clock.now().unix_secs();
        let created = entries.iter().filter(|e| e.existing.is_none()).count() as i64;
        let updated = entries.len() as i64 - created;
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let record = Statement::new(
            "INSERT INTO directory_import (network_id, author, file_name, format, created_count, updated_count) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(NETWORK)
        .bind(&author)
        .bind(&origin.file_name)
        .bind(&origin.format)
        .bind(created)
        .bind(updated);
        let import_id = tx.fetch_one::<IdRow>(record).await.map_err(db_error)?.id;
        // Before the entries that name them.
        for category in &batch.categories {
            tx.execute(save_category_statement::<D>(category)?).await.map_err(db_error)?;
        }
        for district in &batch.districts {
            tx.execute(save_district_statement::<D>(district)?).await.map_err(db_error)?;
        }
        for entry in entries {
            let (org, number) = match entry.existing {
                None => {
                    let insert = Statement::new(
                        "INSERT INTO organisation (network_id, slug, name, confirmed_at) VALUES ($1, $2, $3, $4) RETURNING id",
                    )
                    .bind(NETWORK)
                    .bind(entry.slug.as_str())
                    .bind(&entry.profile.name)
                    .bind(now);
                    let id = match tx.fetch_one::<IdRow>(insert).await {
                        Ok(row) => row.id,
                        Err(e) if is_unique_violation(&e) => return Err(StoreError::SlugTaken(entry.slug.to_string())),
                        Err(e) => return Err(db_error(e)),
                    };
                    (id, 1)
                }
                Some(org) => {
                    let next = Statement::new(
                        "SELECT COALESCE(MAX(r.number), 0) + 1 AS id FROM organisation_revision r JOIN organisation o \
                         ON o.id = r.organisation_id WHERE r.organisation_id = $1 AND o.network_id = $2",
                    )
                    .bind(org.0)
                    .bind(NETWORK);
                    (org.0, tx.fetch_one::<IdRow>(next).await.map_err(db_error)?.id)
                }
            };
            let revision = Statement::new(
                "INSERT INTO organisation_revision (organisation_id, number, author, content, review_state, reviewed_by, reviewed_at, import_id) \
                 VALUES ($1, $2, $3, $4, 'approved', $3, $5, $6) RETURNING id",
            )
            .bind(org)
            .bind(number)
            .bind(&author)
            .bind_json(&entry.profile)?
            .bind(now)
            .bind(import_id);
            let revision_id = tx.fetch_one::<IdRow>(revision).await.map_err(db_error)?.id;
            if entry.existing.is_none() {
                let point = Statement::new("UPDATE organisation SET approved_revision_id = $1, published_at = $3 WHERE id = $2")
                    .bind(revision_id)
                    .bind(org)
                    .bind(now);
                tx.execute(point).await.map_err(db_error)?;
            } else {
                publish::<D>(&mut tx, org, number, &author, now).await?;
            }
            if let Some(external_id) = &entry.external_id {
                let reference = Statement::new(
                    "INSERT INTO external_reference (network_id, source, external_id, organisation_id, import_id) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (network_id, source, external_id) DO UPDATE SET organisation_id = excluded.organisation_id, \
                     import_id = excluded.import_id",
                )
                .bind(NETWORK)
                .bind(&origin.source)
                .bind(external_id)
                .bind(org)
                .bind(import_id);
                tx.execute(reference).await.map_err(db_error)?;
            }
        }
        tx.execute(bump_version()).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(import_id)
    }

    async fn import_of_revision(&self, org: OrgId, number: i64) -> Result<Option<ImportRecord>, StoreError> {
        let st = Statement::new(format!(
            "SELECT i.id, i.author, i.file_name, i.format, {created_at} AS created_at, i.created_count, i.updated_count \
             FROM directory_import i JOIN organisation_revision r ON r.import_id = i.id \
             WHERE i.network_id = $1 AND r.organisation_id = $2 AND r.number = $3",
            created_at = D::iso("i.created_at")
        ))
        .bind(NETWORK)
        .bind(org.0)
        .bind(number);
        let row: Option<ImportRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(|r| {
            Ok(ImportRecord {
                id: r.id,
                author: Author::parse(&r.author).ok_or_else(|| corrupt(format!("import author {:?}", r.author)))?,
                file_name: r.file_name,
                format: r.format,
                created_at: r.created_at,
                created: r.created_count,
                updated: r.updated_count,
            })
        })
        .transpose()
    }

    async fn save_upload(&self, upload: &NewUpload, keep_unconfirmed: u32) -> Result<i64, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let insert = Statement::new(
            "INSERT INTO import_upload (network_id, author, file_name, format, content) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(NETWORK)
        .bind(upload.author.label())
        .bind(&upload.file_name)
        .bind(&upload.format)
        .bind(&upload.content);
        let id = tx.fetch_one::<IdRow>(insert).await.map_err(db_error)?.id;
        let older = Statement::new(
            "DELETE FROM import_upload WHERE network_id = $1 AND job_id IS NULL AND id NOT IN \
             (SELECT id FROM import_upload WHERE network_id = $1 AND job_id IS NULL ORDER BY id DESC LIMIT $2)",
        )
        .bind(NETWORK)
        .bind(i64::from(keep_unconfirmed.max(1)));
        tx.execute(older).await.map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(id)
    }

    async fn upload(&self, id: i64) -> Result<Option<StoredUpload>, StoreError> {
        let st = Statement::new(format!(
            "SELECT id, author, file_name, format, mapping, content, job_id, report, {created_at} AS created_at \
             FROM import_upload WHERE id = $1 AND network_id = $2",
            created_at = D::iso("created_at")
        ))
        .bind(id)
        .bind(NETWORK);
        let row: Option<UploadRow> = self.db.fetch_optional(st).await.map_err(db_error)?;
        row.map(|r| {
            Ok(StoredUpload {
                id: r.id,
                author: Author::parse(&r.author).ok_or_else(|| corrupt(format!("upload author {:?}", r.author)))?,
                file_name: r.file_name,
                format: r.format,
                mapping: r.mapping,
                content: r.content,
                job: r.job_id.map(JobId),
                report: r.report.map(|text| serde_json::from_str(&text).map_err(corrupt)).transpose()?,
                created_at: r.created_at,
            })
        })
        .transpose()
    }

    async fn set_upload_mapping(&self, id: i64, mapping: &str) -> Result<bool, StoreError> {
        let st = Statement::new("UPDATE import_upload SET mapping = $1 WHERE id = $2 AND network_id = $3 AND job_id IS NULL")
            .bind(mapping)
            .bind(id)
            .bind(NETWORK);
        Ok(self.db.execute(st).await.map_err(db_error)? > 0)
    }

    async fn confirm_upload(&self, id: i64) -> Result<Option<JobId>, StoreError> {
        let mut tx = self.db.begin().await.map_err(db_error)?;
        let job = Statement::new(format!(
            "INSERT INTO job (network_id, kind, payload, run_at) VALUES ($1, $2, $3, {}) RETURNING id",
            D::job_time("$4")
        ))
        .bind(NETWORK)
        .bind(IMPORT_UPLOAD_JOB)
        .bind(serde_json::json!({ "upload": id }))
        .bind(unix_millis(std::time::SystemTime::now()));
        let job = tx.fetch_one::<IdRow>(job).await.map_err(db_error)?.id;
        let attach = Statement::new("UPDATE import_upload SET job_id = $1 WHERE id = $2 AND network_id = $3 AND job_id IS NULL")
            .bind(job)
            .bind(id)
            .bind(NETWORK);
        if tx.execute(attach).await.map_err(db_error)? == 0 {
            // Confirmed already or gone: the job row is rolled back with the transaction.
            return Ok(None);
        }
        tx.commit().await.map_err(db_error)?;
        Ok(Some(JobId(job)))
    }

    async fn finish_upload(&self, id: i64, report: &serde_json::Value) -> Result<(), StoreError> {
        let st = Statement::new("UPDATE import_upload SET report = $1, content = $2 WHERE id = $3 AND network_id = $4")
            .bind(report.to_string())
            .bind(&Vec::<u8>::new())
            .bind(id)
            .bind(NETWORK);
        self.db.execute(st).await.map_err(db_error)?;
        Ok(())
    }
}
